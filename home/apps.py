from django.apps import AppConfig
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_migrate, post_save
from wagtail.signals import copy_for_translation_done


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home en site"

    def ready(self):
        # Modules with models can only be imported once the apps are loaded.
        from . import admin_widgets, cache, signals
        from .models import HomePage
        from .translation_fields import drop_copied_tags
        from .translators import (
            create_translators_group,
            date_translation_comments_in_the_admins_language,
            grant_new_home_translation,
            preselect_translation_targets,
        )

        signals.connect()
        request_started.connect(cache.request_started, dispatch_uid="home.cache.request_started")
        request_finished.connect(cache.request_finished, dispatch_uid="home.cache.request_finished")
        # Every deploy migrates: values kept by the previous release's code are not served.
        post_migrate.connect(cache.start_new_generation, sender=self, dispatch_uid="home.cache.after_migrate")
        admin_widgets.register()
        preselect_translation_targets()
        date_translation_comments_in_the_admins_language()
        post_migrate.connect(create_translators_group, dispatch_uid="home.translators.group")
        post_save.connect(grant_new_home_translation, sender=HomePage, dispatch_uid="home.translators.home")
        copy_for_translation_done.connect(drop_copied_tags, dispatch_uid="home.translation_fields.tags")
