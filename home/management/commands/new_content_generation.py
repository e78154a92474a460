"""Start a new content generation (home/cache.py): every value the site keeps is built again.

Publishing and saving in the admin do this themselves; run it after changing the database any
other way (a restore, a script, SQL by hand).
"""

from django.core.management.base import BaseCommand

from home.cache import start_new_generation


class Command(BaseCommand):
    help = "Start a new content generation: everything the site keeps in its cache is built again."

    def handle(self, *args, **options):
        start_new_generation()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Nieuwe inhoudsgeneratie gestart."))
