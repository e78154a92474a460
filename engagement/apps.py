from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "engagement"
    verbose_name = _("Reacties, nieuwsbrief en aanmeldingen")

    def ready(self):
        from .groups import ensure_moderators_group

        # Not limited to this app's signal: the permissions it needs belong to apps that may
        # migrate later (wagtailadmin), so it runs, idempotently, after each app.
        post_migrate.connect(ensure_moderators_group, dispatch_uid="engagement_moderators_group")
