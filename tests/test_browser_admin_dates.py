"""Dates and times in the admin, in a real browser: the date picker leaves an impossible date
as typed, the form refuses it with a message, and the time list offers minutes."""

import pytest

from articles.models import ActueelIndexPage, EventIndexPage, NewsIndexPage
from magazine.roles import COMMUNICATIONS
from tests.browser import BROWSER_TEST_MARKS, DESKTOP, chromium_page, log_in
from tests.roles import member_of

pytestmark = BROWSER_TEST_MARKS


@pytest.fixture
def indexes(home_page):
    """Made before the browser starts: while Playwright runs, this thread may not query."""
    actueel = home_page.add_child(instance=ActueelIndexPage(title="Actueel", slug="actueel"))
    news = actueel.add_child(instance=NewsIndexPage(title="Nieuws", slug="nieuws"))
    events = actueel.add_child(instance=EventIndexPage(title="Agenda", slug="agenda"))
    member_of(COMMUNICATIONS, "carla")
    return news, events


@pytest.fixture
def editor(live_server, indexes):
    with chromium_page(viewport=DESKTOP, locale="nl-NL") as page:
        log_in(page, live_server.url, "carla")
        yield page


@pytest.mark.parametrize("typed", ["31-02-2026", "abc", "2026-13-45"])
def test_an_impossible_date_stays_as_typed_and_is_refused(editor, live_server, indexes, typed):
    news, _events = indexes
    editor.goto(f"{live_server.url}/admin/pages/add/articles/newspage/{news.pk}/")
    editor.fill("#id_title", "Nieuw bericht")
    date = editor.locator("#id_date")
    date.fill(typed)
    editor.locator("#id_title").click()  # the date field loses focus: the picker used to rewrite it
    editor.wait_for_timeout(300)  # the picker acts on blur after a short delay
    assert date.input_value() == typed

    with editor.expect_navigation():
        editor.locator("button[name=action-publish]").dispatch_event("click")

    assert "Dit is geen bestaande datum" in editor.content()
    assert editor.locator("#id_date").input_value() == typed
    assert editor.script_errors == []


def test_an_event_time_can_be_picked_to_the_minute(editor, live_server, indexes):
    _news, events = indexes
    editor.goto(f"{live_server.url}/admin/pages/add/articles/eventpage/{events.pk}/")
    editor.locator("#id_start").click()
    picker = editor.locator(".xdsoft_datetimepicker:visible")
    picker.wait_for()
    minutes = picker.locator(".xdsoft_time[data-hour='14']")
    assert minutes.count() == 12
    # The list scrolls to the current time: depending on the hour the test runs at, 14:35 sits
    # under the field's label, so the click goes to the entry itself.
    picker.locator(".xdsoft_time[data-hour='14'][data-minute='35']").dispatch_event("click")
    assert editor.locator("#id_start").input_value().endswith("14:35")
    assert editor.script_errors == []
