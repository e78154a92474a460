"""Screenshots of every page shape, desktop and phone, in both languages, into one folder.

Starts its own development server on the current database (or uses --base-url), opens each
page shape in Chromium and saves a full-page PNG per shape, width and language. It also prints
what a reviewer would otherwise measure by hand: the bytes of images a fresh visit downloads,
the cumulative layout shift during load, and whether the page scrolls sideways.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from demo.page_shapes import page_shapes

WIDTHS = {
    "desktop": {"width": 1366, "height": 900},
    "phone": {"width": 390, "height": 844},
    "narrow": {"width": 320, "height": 640},  # WCAG 1.4.10 reflow; not in the default set
}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Layout shifts without recent input, summed as the browser reports them while the page loads.
CLS_SCRIPT = """
window.__cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) { if (!entry.hadRecentInput) window.__cls += entry.value; }
}).observe({type: "layout-shift", buffered: true});
"""

SCROLL_SCRIPT = """async () => {
  for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
    window.scrollTo(0, y);
    await new Promise((done) => setTimeout(done, 60));
  }
  window.scrollTo(0, 0);
}"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Command(BaseCommand):
    help = "Maakt schermafbeeldingen van elke paginavorm (desktop en telefoon, beide talen) in één map."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="screenshots", help="Map voor de afbeeldingen.")
        parser.add_argument("--base-url", default="", help="Een draaiende site; anders start er een.")
        parser.add_argument("--languages", default="nl,en")
        parser.add_argument("--widths", default="desktop,phone", help="desktop, phone en/of narrow (320 px)")
        parser.add_argument("--only", default="", help="Alleen deze paginavormen (komma's).")

    def handle(self, *args, **options):
        chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
        only = {name for name in options["only"].split(",") if name}
        # The pages are looked up before Playwright starts: its event loop makes the ORM refuse.
        shapes = [
            (language, name, path)
            for language in options["languages"].split(",")
            for name, path in page_shapes(language)
            if not only or name in only
        ]
        output = Path(options["output"]).resolve()
        output.mkdir(parents=True, exist_ok=True)
        server, base_url = self.server(options["base_url"])
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                for width_name in options["widths"].split(","):
                    for language, name, path in shapes:
                        self.shoot(browser, base_url, output, width_name, language, name, path)
                browser.close()
        finally:
            if server:
                server.terminate()
                server.wait()
        self.stdout.write(f"Schermafbeeldingen in {output}")

    def shoot(self, browser, base_url, output, width_name, language, name, path):
        context = browser.new_context(viewport=WIDTHS[width_name])
        page = context.new_page()
        page.set_default_timeout(180_000)  # a first visit makes the renditions (AVIF takes a while)
        page.add_init_script(CLS_SCRIPT)
        image_bytes = []

        def count(response):
            if response.request.resource_type == "image":
                with contextlib.suppress(PlaywrightError):  # a redirect or aborted image has no body
                    image_bytes.append(len(response.body()))

        page.on("response", count)
        response = page.goto(base_url + path, wait_until="load")
        page.wait_for_timeout(300)
        cls = page.evaluate("window.__cls")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        downloaded = sum(image_bytes)
        # Scroll through once so lazy images are in the full-page picture (after the measuring).
        page.evaluate(SCROLL_SCRIPT)
        page.wait_for_timeout(400)
        page.screenshot(path=str(output / f"{language}-{name}-{width_name}.png"), full_page=True)
        context.close()
        self.stdout.write(
            f"{language} {width_name:7} {name:18} {response.status} images {downloaded / 1024:6.1f} KB "
            f"({len(image_bytes)}) CLS {cls:.3f} scrollWidth {scroll_width}  {path}"
        )

    def server(self, base_url):
        if base_url:
            return None, base_url.rstrip("/")
        port = free_port()
        command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"]
        server = subprocess.Popen(command, cwd=settings.BASE_DIR, stdout=subprocess.DEVNULL)
        base_url = f"http://127.0.0.1:{port}"
        for _attempt in range(100):
            try:
                urlopen(base_url + "/healthz", timeout=2)  # noqa: S310 - our own local server
                return server, base_url
            except OSError:
                time.sleep(0.2)
        server.terminate()
        raise CommandError("De ontwikkelserver startte niet.")
