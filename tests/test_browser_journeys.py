"""Editorial journeys in a real browser (Chromium via Playwright), without script errors.

Moderator: opens the comments (the list starts on the waiting ones), approves one with one click,
and the comment appears on the article.
"""

import os
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from engagement.groups import MODERATORS_GROUP
from tests.factories.engagement import CommentFactory, news_page
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP

sync_api = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium ontbreekt: apt-get install chromium"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "een-goed-wachtwoord-42"


@pytest.fixture
def waiting_comment(home_page):
    """Made before the browser starts: while Playwright runs, this thread may not query."""
    article = news_page(home_page, title="Verbondenheid en veerkracht")
    user = get_user_model().objects.create_user("mirjam", "mirjam@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    CommentFactory(page=article, name="Elizabeth", body="Een reactie die online mag.")
    return article.url


@pytest.fixture
def browser_page(live_server, waiting_comment):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport=DESKTOP, locale="nl-NL").new_page()
        page.script_errors = []
        page.on("pageerror", lambda error: page.script_errors.append(str(error)))
        yield page
        browser.close()


def log_in(page, base, username):
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))


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
