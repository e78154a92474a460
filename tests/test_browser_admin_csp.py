"""The Wagtail admin works under its Content-Security-Policy, and the public pages under
theirs with an editor's userbar on them: Chromium reports no violation (the
`securitypolicyviolation` event in every frame, and the console) on the dashboard, the page
editor with its live preview, and the image upload forms."""

import pytest
from django.contrib.auth.models import User

from tests.browser import BROWSER_TEST_MARKS, DESKTOP, chromium_page, log_in
from tests.factories.home import StandardPageFactory
from tests.images import png_bytes
from tests.roles import PASSWORD

pytestmark = BROWSER_TEST_MARKS

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const report = `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`;
  window.__cspViolations.push(report);
  if (window.top !== window) { try { window.top.__cspViolations.push(report); } catch (error) {} }
});
"""


@pytest.fixture
def editor_browser(live_server, home_page):
    User.objects.create_superuser("beheerder", "beheerder@example.org", PASSWORD)
    with chromium_page(viewport=DESKTOP) as page:
        # Before the first navigation: the context runs it in every document and frame loaded later.
        page.context.add_init_script(RECORD_VIOLATIONS)
        console = []
        page.on(
            "console",
            lambda message: "Content Security Policy" in message.text and console.append(message.text),
        )
        log_in(page, live_server.url, "beheerder")
        page.console_violations = console
        yield page


def violations(page):
    reported = [report for frame in page.frames for report in frame.evaluate("window.__cspViolations || []")]
    return reported + page.console_violations


def test_dashboard_has_no_csp_violation(editor_browser):
    editor_browser.wait_for_load_state("networkidle")
    assert violations(editor_browser) == []


@pytest.fixture
def page_to_edit(home_page):
    """Made before the browser starts: while Playwright runs, this thread may not query."""
    return StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons")


def test_page_editor_with_live_preview_has_no_csp_violation(page_to_edit, editor_browser, live_server):
    editor_browser.goto(f"{live_server.url}/admin/pages/{page_to_edit.pk}/edit/")
    editor_browser.click('[data-side-panel-toggle="preview"]')
    preview = editor_browser.frame_locator("#w-preview-iframe")
    preview.locator("h1").first.wait_for()
    editor_browser.wait_for_load_state("networkidle")
    assert "Over ons" in preview.locator("h1").first.inner_text()
    assert violations(editor_browser) == []


def test_image_upload_forms_have_no_csp_violation(editor_browser, live_server, tmp_path):
    image = tmp_path / "foto.png"
    image.write_bytes(png_bytes(200, 150))
    editor_browser.goto(f"{live_server.url}/admin/images/add/")
    editor_browser.set_input_files("input[type=file]", str(image))
    editor_browser.wait_for_load_state("networkidle")
    editor_browser.goto(f"{live_server.url}/admin/images/multiple/add/")
    editor_browser.set_input_files("input[type=file]", str(image))
    editor_browser.get_by_text("foto").first.wait_for()
    editor_browser.wait_for_load_state("networkidle")
    assert violations(editor_browser) == []


def test_public_page_with_the_userbar_has_no_csp_violation(editor_browser, live_server):
    editor_browser.goto(f"{live_server.url}/nl/")
    editor_browser.locator("wagtail-userbar, [data-wagtail-userbar]").first.wait_for(state="attached")
    editor_browser.wait_for_load_state("networkidle")
    assert violations(editor_browser) == []
