"""Every role's admin pages in a real browser (Chromium via Playwright): no script errors.

Each role opens the pages of its daily work (dashboard, page explorer, the editors of a news
item and a magazine article, people, comments, wagtail-localize's translation editor) and the
test fails on any console error or uncaught exception. The translation editor, a JavaScript app
the HTML crawl of tests/test_admin_dutch.py cannot read, is read here once drawn. Autosave on a
new page without a title answers 400 (Wagtail's validation); the editor sees it paused, in Dutch,
and nothing else. Everything is made before the browser starts: while Playwright runs, this
thread may not query.
"""

import re

import pytest
from django.urls import reverse

from demo.translations import translate
from engagement.groups import MODERATORS_GROUP
from home.translators import GROUP_NAME as TRANSLATORS
from magazine.roles import COMMUNICATIONS, RESEARCHERS
from tests.browser import BROWSER_TEST_MARKS, DESKTOP, chromium_page, log_in
from tests.factories.articles import ActueelIndexPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.factories.engagement import CommentFactory
from tests.factories.home import PersonFactory
from tests.factories.magazine import (
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
)
from tests.roles import member_of

pytestmark = BROWSER_TEST_MARKS
USERS = {COMMUNICATIONS: "carla", RESEARCHERS: "olaf", TRANSLATORS: "vera", MODERATORS_GROUP: "mirjam"}


@pytest.fixture
def role_urls(home_page, english):
    """{group: the admin addresses its members use}, with a user per group."""
    users = {group: member_of(group, username) for group, username in USERS.items()}
    news_index = NewsIndexPageFactory(parent=ActueelIndexPageFactory(parent=home_page))
    news = NewsPageFactory(parent=news_index, title="Oogstfeest in de moestuin")
    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page))
    article = MagazineArticlePageFactory(parent=issue, owner=users[RESEARCHERS])
    english_news = translate(news, english, {news.title: "Harvest festival"}).instance
    PersonFactory(name="Marit de Boer")
    CommentFactory(page=news)

    def edit(page):
        return reverse("wagtailadmin_pages:edit", args=(page.pk,))

    def explore(page):
        return reverse("wagtailadmin_explore", args=(page.pk,))

    dashboard = reverse("wagtailadmin_home")
    comments = reverse("wagtailsnippets_engagement_comment:list") + "?status=pending"
    return {
        COMMUNICATIONS: [
            dashboard,
            explore(home_page),
            edit(news),
            edit(article),
            reverse("wagtailsnippets_home_person:list"),
            comments,
            edit(english_news),
        ],
        RESEARCHERS: [dashboard, explore(issue), edit(article)],
        TRANSLATORS: [
            dashboard,
            explore(english_news.get_parent()),
            edit(english_news),
        ],
        MODERATORS_GROUP: [dashboard, comments],
        "add_news": reverse("wagtailadmin_pages:add", args=("articles", "newspage", news_index.pk)),
    }


@pytest.fixture
def admin_page(live_server):
    """A Chromium tab that records console errors and uncaught exceptions, with their address,
    as ``page.errors`` (chromium_page's ``script_errors`` holds the exceptions only)."""
    with chromium_page(viewport=DESKTOP, locale="nl-NL") as page:
        page.set_default_timeout(15_000)
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(f"{page.url}: {error}"))
        page.on(
            "console",
            lambda message: (
                message.type == "error"
                and page.errors.append(f"{page.url}: {message.text} ({message.location.get('url')})")
            ),
        )
        yield page


def visit(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("group", list(USERS))
def test_each_roles_admin_pages_run_without_script_errors(role_urls, live_server, admin_page, group):
    page = admin_page
    log_in(page, live_server.url, USERS[group])
    for url in role_urls[group]:
        visit(page, live_server.url + url)
        if url == role_urls[group][0] and group != MODERATORS_GROUP:
            page.get_by_role("button", name="Pagina's").click()  # the explorer in the menu
            page.locator(".c-page-explorer__item").first.wait_for()
    assert page.errors == []


def test_the_translation_editor_reads_as_dutch(role_urls, live_server, admin_page):
    page = admin_page
    log_in(page, live_server.url, USERS[TRANSLATORS])
    visit(page, live_server.url + role_urls[TRANSLATORS][-1])
    editor = page.locator(".js-translation-editor")
    editor.get_by_text("Vertaling van het Nederlands naar het Engels").first.wait_for()
    text = editor.inner_text() + page.locator("footer").inner_text()
    for dutch in ("Gebruikt de versie in het Nederlands", "Publiceer in het Engels", "Handmatig vertaald op"):
        assert dutch in text
    english = re.findall(r"\b(to|translation|Uses|version|Publish|January|March|November|December)\b", text)
    assert english == []
    assert page.errors == []


def test_autosave_of_a_new_page_without_title_stays_quiet(role_urls, live_server, admin_page):
    """Wagtail's autosave posts the form after each change; without a title that answers 400
    and autosave pauses. The editor sees that pause in Dutch, nothing else."""
    page = admin_page
    add_url = live_server.url + role_urls["add_news"]
    log_in(page, live_server.url, USERS[COMMUNICATIONS])
    visit(page, add_url)
    posted = []
    page.on("response", lambda response: response.request.method == "POST" and posted.append(response.status))
    page.click("#id_intro")
    for word in ("Bewoners ", "oogsten ", "samen."):
        page.keyboard.type(word)
        page.wait_for_timeout(2_500)  # past an autosave interval each time
    assert posted and set(posted) == {400}, posted

    rejected_autosave = (
        f"Failed to load resource: the server responded with a status of 400 (Bad Request) ({add_url})"
    )
    assert [error for error in page.errors if not error.endswith(rejected_autosave)] == []
    footer = page.locator("footer").inner_text()
    assert "Automatisch opslaan is gepauzeerd" in footer, footer
    assert page.locator(".messages .error, .error-message").count() == 0
    assert page.input_value("#id_title") == ""
