"""Load the demo content. Safe to run again: it updates what exists and adds nothing twice."""

import logging

from django.core.management.base import BaseCommand
from django.db import transaction

from demo import actueel, chrome, engagement, magazine, site, translations
from home.cache import start_new_generation

# Order matters: people and werkteams before the posts that refer to them, every page before
# the menu and footer that link to them, Dutch pages before their translations.
LOADERS = [site, actueel, magazine, engagement, chrome, translations]


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (idempotent)."

    def handle(self, *args, **options):
        # Wagtail logs every edit, publish and redirect at INFO: hundreds of lines on a first load.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(max(level, logging.WARNING))
        try:
            with transaction.atomic():
                for loader in LOADERS:
                    loader.load(self.stdout)
        finally:
            wagtail_logger.setLevel(level)
        # Pages written without a publish signal: nothing kept from before may be served.
        start_new_generation()
        self.stdout.write(self.style.SUCCESS("Demo-inhoud geladen."))
