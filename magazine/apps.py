from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_migrate, post_save


class MagazineConfig(AppConfig):
    name = "magazine"
    verbose_name = "Online magazine"

    def ready(self):
        # Modules with models can only be imported once the apps are loaded.
        from .models import MagazineIndexPage, MagazineIssuePage
        from .roles import check_workflow_reviewers, create_magazine_roles, open_new_magazine_page

        post_migrate.connect(create_magazine_roles, dispatch_uid="magazine.roles.groups")
        for model in (MagazineIndexPage, MagazineIssuePage):
            post_save.connect(open_new_magazine_page, sender=model, dispatch_uid=f"magazine.roles.{model}")
        checks.register(check_workflow_reviewers, checks.Tags.database)
