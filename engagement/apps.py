from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _

from home.cache import start_new_generation


class EngagementConfig(AppConfig):
    name = "engagement"
    verbose_name = _("Reacties, nieuwsbrief en aanmeldingen")

    def ready(self):
        # Modules with models can only be imported once the apps are loaded.
        from home import frontcache

        from .groups import ensure_moderators_group
        from .models import Comment, ConsentText, Registration

        # Not limited to this app's signal: the permissions it needs belong to apps that may
        # migrate later (wagtailadmin), so it runs, idempotently, after each app.
        post_migrate.connect(ensure_moderators_group, dispatch_uid="engagement_moderators_group")
        # Every footer shows the current consent text, which is cached (ConsentText.current).
        post_save.connect(start_new_generation, sender=ConsentText, dispatch_uid="engagement_consent_text")
        # The footer's consent text is on every page; a comment shows on its page, and a
        # registration changes the places left on its event's page.
        post_save.connect(
            frontcache.everything_changed, sender=ConsentText, dispatch_uid="engagement_consent_purge"
        )
        # Approved comments are kept with their page per content generation; places left are not.
        for model, page_field, kept in ((Comment, "page", True), (Registration, "event", False)):
            for signal in (post_save, post_delete):
                signal.connect(
                    purge_page_of(frontcache, page_field, kept),
                    sender=model,
                    weak=False,
                    dispatch_uid=f"engagement_{model.__name__}_{signal is post_save}_purge",
                )


def purge_page_of(frontcache, page_field, kept_per_generation):
    """A receiver that purges the page (with its query variants) the saved object belongs to,
    and starts a new content generation if the page keeps such objects in it (home/cache.py);
    a comment waiting for moderation or an unconfirmed registration shows nowhere yet."""

    def receiver(sender, instance, **kwargs):
        if instance.status == sender.Status.PENDING or not getattr(instance, f"{page_field}_id", None):
            return
        if kept_per_generation:
            start_new_generation()
        url = getattr(instance, page_field).url
        if url:
            frontcache.purge({url})

    return receiver
