from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and accounts for development; production settings do not install it."""

    name = "demo"
    verbose_name = "Demo-inhoud"
