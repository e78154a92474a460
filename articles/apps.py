from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Actueel en werkteams"

    def ready(self):
        # Widgets that name our page models can only be built once the apps are loaded.
        from . import admin_widgets

        admin_widgets.register()
