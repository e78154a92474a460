"""Update locale/*/django.po from the templates and Python code, then compile them.

Pure Python (see home/catalogue.py), so no gettext installation is needed. English entries
that are new arrive with an empty msgstr for the translator; the Dutch catalogue maps every
Dutch source string to itself so that no third-party Dutch catalogue can change our wording.
locale/nl/LC_MESSAGES/djangojs.po (Dutch for wagtail-localize's JavaScript editor) has no
strings of ours to extract; it is kept by hand and compiled here with the others.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.catalogue import extract, merge


class Command(BaseCommand):
    help = "Zoekt alle vertaalbare teksten en werkt de .po-bestanden bij (zonder gettext)."

    def handle(self, *args, **options):
        catalogue = extract()
        for language_code, _name in settings.LANGUAGES:
            is_source = language_code == settings.LANGUAGE_CODE
            added, removed = merge(catalogue, language_code, copy_source=is_source)
            self.stdout.write(
                f"{language_code}: {len(catalogue)} teksten, {added} nieuw, {removed} vervallen."
            )
        call_command("compile_translations", stdout=self.stdout)
