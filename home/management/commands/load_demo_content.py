"""Load the demo content. Safe to run again: it updates what exists and adds nothing twice."""

import logging
from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Each module exposes load(stdout); order matters (people and werkteams before the posts
# that refer to them, Dutch pages before their translations).
DEMO_MODULES = [
    "home.demo",
    "articles.demo",
    "magazine.demo",
    "engagement.demo",
    # The menu and footer link to pages: keep home.demo_chrome after the modules that create
    # pages and before the translations module.
    "home.demo_chrome",
    "home.demo_translations",
]


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (idempotent)."

    def handle(self, *args, **options):
        # Wagtail logs every edit, publish and redirect at INFO: hundreds of lines on a first load.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(max(level, logging.WARNING))
        try:
            with transaction.atomic():
                for module_name in DEMO_MODULES:
                    import_module(module_name).load(self.stdout)
        finally:
            wagtail_logger.setLevel(level)
        self.stdout.write(self.style.SUCCESS("Demo-inhoud geladen."))
