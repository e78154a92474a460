"""The site in a real browser (Chromium, driven by Playwright): what only a browser can show.

The menu script, keyboard use and layout at phone and desktop widths. Needs Debian's chromium
(`apt-get install chromium`; .ci/run installs it); without it these tests are skipped with
that message.
"""

import pytest

from demo.translations import translate
from tests.browser import BROWSER_TEST_MARKS, CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE, sync_api
from tests.factories.chrome import MainMenuItemFactory
from tests.factories.home import StandardPageFactory
from tests.factories.search import blog_post, section_tree

pytestmark = BROWSER_TEST_MARKS


@pytest.fixture
def menu(home_page):
    about = StandardPageFactory(parent=home_page, title="Over de Werkplaats", slug="over")
    return MainMenuItemFactory(page=about)


@pytest.fixture
def open_page(live_server, menu):
    """Opens a path in a fresh browser tab at a given viewport, collecting script errors.

    The browser starts after the database fixtures and stops before their teardown: while
    Playwright's event loop runs in this thread, Django hands out different connections.
    """
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        def open_page(path, viewport):
            page = browser.new_context(viewport=viewport).new_page()
            errors = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda message: message.type == "error" and errors.append(message.text))
            page.on(
                "response", lambda reply: reply.status >= 400 and errors.append(f"{reply.status} {reply.url}")
            )
            response = page.goto(live_server.url + path)
            assert response.status == 200
            page.script_errors = errors
            return page

        yield open_page
        browser.close()


@pytest.fixture
def english_home(home_page, english):
    return translate(home_page, english, {}).instance


def test_phone_menu_opens_with_the_button_and_closes_with_escape(open_page, home_page):
    page = open_page("/nl/", PHONE)
    toggle = page.get_by_role("button", name="Menu")
    menu = page.get_by_role("navigation", name="Hoofdmenu")

    assert toggle.is_visible()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()

    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu.is_visible()

    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")
    assert page.script_errors == []


def test_desktop_shows_the_menu_without_a_button(open_page, home_page):
    page = open_page("/nl/", DESKTOP)
    assert page.get_by_role("navigation", name="Hoofdmenu").is_visible()
    assert not page.get_by_role("button", name="Menu").is_visible()
    assert page.script_errors == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(open_page, home_page):
    page = open_page("/nl/", DESKTOP)
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Naar de inhoud")
    assert skip_link.evaluate("link => link === document.activeElement")
    assert skip_link.is_visible(), "the focused skip link must become visible"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_english_page_speaks_english_and_the_switcher_leads_back_to_dutch(english_home, open_page):
    page = open_page("/en/", PHONE)
    assert page.get_attribute("html", "lang") == "en"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/nl/")
    assert page.get_attribute("html", "lang") == "nl"
    assert page.script_errors == []


# The header's search box as a combobox: typing, arrow keys, Enter, Escape, the live region.


@pytest.fixture
def posts(home_page):
    """Made before the browser starts (see open_page)."""
    blog = section_tree(home_page)["blog"]
    return [
        blog_post(blog, title, "Tekst.") for title in ("Kenniscafé in Dordrecht", "Kenniscafé in Gorinchem")
    ]


def test_suggestions_combobox_works_with_the_keyboard(posts, open_page):
    page = open_page("/nl/", DESKTOP)
    box = page.get_by_role("combobox", name="Zoeken op de website")

    box.fill("kenniscafe")
    listbox = page.get_by_role("listbox", name="Suggesties")
    listbox.wait_for(state="visible")
    options = page.get_by_role("option")
    assert sorted(options.all_inner_texts()) == ["Kenniscafé in Dordrecht", "Kenniscafé in Gorinchem"]
    assert box.get_attribute("aria-expanded") == "true"
    assert page.locator("#site-search-status").inner_text() == "2 suggesties, kies met pijltje omlaag"

    box.press("ArrowDown")
    first = options.nth(0)
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")

    box.press("Escape")
    assert not listbox.is_visible()
    assert box.get_attribute("aria-expanded") == "false"

    box.press("ArrowDown")
    listbox.wait_for(state="visible")
    box.press("ArrowDown")
    chosen = options.nth(0).inner_text()
    with page.expect_navigation():
        box.press("Enter")
    assert page.locator("h1").first.inner_text() == chosen
    assert page.script_errors == []


def test_enter_without_a_chosen_suggestion_searches(posts, open_page):
    page = open_page("/nl/", DESKTOP)
    box = page.get_by_role("combobox", name="Zoeken op de website")

    box.fill("kenniscafe")
    page.get_by_role("listbox", name="Suggesties").wait_for(state="visible")
    with page.expect_navigation():
        box.press("Enter")

    assert "/nl/zoeken/?q=kenniscafe" in page.url
    assert page.script_errors == []
