"""Shared by the browser tests: Debian's Chromium driven by Playwright, and signing in to the admin.

Importing this module skips the importing test module when Playwright is not installed.
"""

import os
import re
import shutil
from contextlib import contextmanager

import pytest

from tests.roles import PASSWORD

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

BROWSER_TEST_MARKS = [
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium ontbreekt: apt-get install chromium"),
    # The live server runs in another thread with its own connection: the data must be committed.
    # serialized_rollback restores the pages and locales the migrations made.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@contextmanager
def chromium_page(**context_options):
    """A tab in a fresh Chromium; uncaught script errors collect in `page.script_errors`.

    Start it after the database fixtures: while Playwright's event loop runs in this thread,
    Django hands out different connections.
    """
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(**context_options).new_page()
        page.script_errors = []
        page.on("pageerror", lambda error: page.script_errors.append(str(error)))
        yield page
        browser.close()


def log_in(page, base, username):
    """Signs in through the admin's login form, as an account from tests.roles."""
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))
