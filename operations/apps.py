from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """What production needs around the site: security headers, error pages, health checks,
    media serving, upload limits and admin login protection."""

    name = "operations"
    verbose_name = "Beheer en beveiliging"

    def ready(self):
        from . import checks  # noqa: F401 (registers the deployment checks)
