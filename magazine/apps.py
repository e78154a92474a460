from django.apps import AppConfig


class MagazineConfig(AppConfig):
    name = "magazine"
    verbose_name = "Online magazine"

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        from .models import MagazineIndexPage
        from .roles import create_magazine_roles, open_new_magazine_index

        post_migrate.connect(create_magazine_roles, dispatch_uid="magazine.roles.groups")
        post_save.connect(
            open_new_magazine_index, sender=MagazineIndexPage, dispatch_uid="magazine.roles.index"
        )
