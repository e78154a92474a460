"""Reflow (WCAG 1.4.10): every page shape, in both languages, fits a 320 px screen without
sideways scrolling; on a phone the search results come before the folded filters.

Walks the demo content (loaded once for the module) in Chromium; skipped without Chromium.
"""

from io import StringIO

import pytest
from django.core.management import call_command

from demo.page_shapes import page_shapes
from tests.browser import BROWSER_TEST_MARKS, PHONE, chromium_page

NARROW = {"width": 320, "height": 640}

pytestmark = BROWSER_TEST_MARKS

# Elements wider than the screen, for the failure message.
TOO_WIDE = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *")]
    .filter((element) => element.getBoundingClientRect().right > width + 1)
    .slice(0, 5)
    .map((element) => element.tagName.toLowerCase() + "." + element.className);
}"""


@pytest.fixture
def shapes(home_page):
    call_command("load_demo_content", stdout=StringIO())
    return [(language, name, path) for language in ("nl", "en") for name, path in page_shapes(language)]


def test_every_page_shape_fits_320_pixels_in_both_languages(live_server, shapes):
    assert {name for _language, name, _path in shapes} >= {"home", "news", "magazine-article", "search"}
    assert {language for language, _name, _path in shapes} == {"nl", "en"}
    too_wide = {}
    with chromium_page(viewport=NARROW) as page:
        for language, name, path in shapes:
            page.goto(live_server.url + path)
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > NARROW["width"]:
                too_wide[f"{language} {name} {path}"] = (scroll_width, page.evaluate(TOO_WIDE))
    assert too_wide == {}


def test_on_a_phone_search_results_come_before_the_folded_filters(live_server, shapes):
    path = next(path for language, name, path in shapes if language == "nl" and name == "search")
    with chromium_page(viewport=PHONE) as page:
        page.goto(live_server.url + path)
        first_result = page.locator(".search-result").first.bounding_box()
        filters = page.locator(".search-filters").bounding_box()
        folded = page.locator(".search-filters__details").evaluate("details => !details.open")
        option_visible = page.locator(".filters__list a").first.is_visible()
        header_search_visible = page.locator(".site-header .site-search").is_visible()
    assert first_result["y"] < filters["y"]
    assert first_result["y"] < PHONE["height"]  # the first result is on the first screen
    assert folded and not option_visible
    assert not header_search_visible  # one search box on the search page
