"""Run Lighthouse (mobile) on every page shape in both languages and print its four scores.

    CHROME_PATH=/usr/bin/chromium manage.py lighthouse --url http://127.0.0.1:8080

Lighthouse comes from the npm registry (``npm install lighthouse``; pass its binary with
``--lighthouse`` when it is not on PATH) and drives the machine's Chromium headless. Run it
against the production stack (``make serve-production``), so pages arrive as readers get them:
cached, compressed, with their images. Not part of ``make test``: scores are printed, not asserted.
"""

import json
import os
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations.page_shapes import sample_paths

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
ATTEMPTS = 3
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"


class Command(BaseCommand):
    help = "Print Lighthouse's mobile scores for every page shape, in every language."

    def add_arguments(self, parser):
        parser.add_argument("--url", required=True, help="The site as readers reach it.")
        parser.add_argument("--lighthouse", default="lighthouse", help="The Lighthouse command.")

    def handle(self, *args, **options):
        if not os.environ.get("CHROME_PATH"):
            raise CommandError("Set CHROME_PATH to the Chromium binary, for example /usr/bin/chromium.")
        rows = []
        for language_code, _ in settings.LANGUAGES:
            for name, _, path in sample_paths(language_code):
                scores = self.scores(options["lighthouse"], options["url"] + path)
                rows.append((language_code, name, *scores))
                self.stdout.write("  ".join(rows[-1]))
        lowest = [min(int(row[2 + index]) for row in rows) for index in range(len(CATEGORIES))]
        self.stdout.write("lowest: " + ", ".join(f"{c} {s}" for c, s in zip(CATEGORIES, lowest, strict=True)))

    def scores(self, lighthouse, url):
        with tempfile.TemporaryDirectory() as directory:
            report = Path(directory) / "report.json"
            command = [
                lighthouse,
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(CATEGORIES)}",
                f"--chrome-flags={CHROME_FLAGS}",
            ]
            # Lighthouse sometimes loses the trace of a load (NO_NAVSTART); a second try is normal.
            for _ in range(ATTEMPTS):
                result = subprocess.run(command, capture_output=True, text=True, check=False)
                if not result.returncode and report.exists():
                    break
            else:
                raise CommandError(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
            categories = json.loads(report.read_text())["categories"]
        return [f"{round((categories[name]['score'] or 0) * 100)}" for name in CATEGORIES]
