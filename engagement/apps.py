from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _

from home.cache import start_new_generation


class EngagementConfig(AppConfig):
    name = "engagement"
    verbose_name = _("Reacties, nieuwsbrief en aanmeldingen")

    def ready(self):
        # Modules with models can only be imported once the apps are loaded.
        from .groups import ensure_moderators_group
        from .models import ConsentText

        # Not limited to this app's signal: the permissions it needs belong to apps that may
        # migrate later (wagtailadmin), so it runs, idempotently, after each app.
        post_migrate.connect(ensure_moderators_group, dispatch_uid="engagement_moderators_group")
        # Every footer shows the current consent text, which is cached (ConsentText.current).
        post_save.connect(start_new_generation, sender=ConsentText, dispatch_uid="engagement_consent_text")
