"""Compile .po catalogues to .mo with polib, so no system gettext is needed."""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

from home.catalogue import translations


def catalogue_paths():
    """Every .po file of the project: LOCALE_PATHS and our own apps' locale folders."""
    roots = [Path(path) for path in settings.LOCALE_PATHS]
    base = Path(settings.BASE_DIR)
    for config in apps.get_app_configs():
        app_path = Path(config.path)
        if base in app_path.parents and ".venv" not in app_path.parts:
            roots.append(app_path / "locale")
    seen = set()
    for root in roots:
        for po_path in sorted(root.glob("*/LC_MESSAGES/*.po")):
            if po_path not in seen:
                seen.add(po_path)
                yield po_path


class Command(BaseCommand):
    help = "Compileert de vertaalbestanden (.po naar .mo) zonder gettext."

    def handle(self, *args, **options):
        compiled = 0
        for po_path in catalogue_paths():
            mo_path = po_path.with_suffix(".mo")
            po = polib.pofile(str(po_path))
            # Compared by content: a checkout gives both files arbitrary modification times.
            if mo_path.exists() and translations(polib.mofile(str(mo_path))) == translations(po):
                continue
            po.save_as_mofile(str(mo_path))
            compiled += 1
        self.stdout.write(f"Vertalingen gecompileerd: {compiled} bestand(en) bijgewerkt.")
