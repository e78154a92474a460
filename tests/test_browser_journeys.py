"""Editorial journeys in a real browser (Chromium via Playwright), without script errors.

Moderator: opens the comments (the list starts on the waiting ones), approves one with one click,
and the comment appears on the article.
"""

import re

import pytest

from engagement.groups import MODERATORS_GROUP
from tests.browser import BROWSER_TEST_MARKS, DESKTOP, chromium_page, log_in
from tests.factories.engagement import CommentFactory, news_page
from tests.roles import member_of

pytestmark = BROWSER_TEST_MARKS


@pytest.fixture
def waiting_comment(home_page):
    """Made before the browser starts: while Playwright runs, this thread may not query."""
    article = news_page(home_page, title="Verbondenheid en veerkracht")
    member_of(MODERATORS_GROUP, "mirjam")
    CommentFactory(page=article, name="Elizabeth", body="Een reactie die online mag.")
    return article.url


@pytest.fixture
def browser_page(live_server, waiting_comment):
    with chromium_page(viewport=DESKTOP, locale="nl-NL") as page:
        yield page


def test_moderator_approves_a_comment_in_one_click_and_it_appears(browser_page, live_server, waiting_comment):
    page = browser_page
    log_in(page, live_server.url, "mirjam")
    page.get_by_role("link", name=re.compile("reactie wacht op goedkeuring")).click()
    page.wait_for_url(re.compile(r".*status=pending"))
    assert "Een reactie die online mag" in page.content()

    with page.expect_navigation():
        page.get_by_role("button", name="Goedkeuren").first.click()
    assert "goedgekeurd" in page.content()

    page.goto(live_server.url + waiting_comment)
    assert "Een reactie die online mag." in page.content()
    assert page.script_errors == []
