"""Synchronised links in translations: the werkteam and the people.

wagtail-localize copies a page's werkteam and its author list from the Dutch original, so an
English page points at the Dutch werkteam and the Dutch Person snippets. Readers of English
pages must get the English werkteam, its English pages and the English bios.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.articles import (
    ActueelIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    WerkteamIndexPageFactory,
    WerkteamPageFactory,
)
from tests.factories.home import PersonFactory
from tests.factories.magazine import (
    MagazineArticleAuthorFactory,
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssueContributorFactory,
    MagazineIssuePageFactory,
)

LINK = re.compile(r'href="(/(?:nl|en)/[^"]*)"')


def english_copy(page, english, slug=None):
    """A published English translation, its parents copied along (as "Vertaal" does)."""
    copy = page.copy_for_translation(english, copy_parents=True)
    copy.slug = slug or copy.slug
    copy.title = f"{page.title} (EN)"
    copy.save_revision().publish()
    return type(copy).objects.get(pk=copy.pk)


def english_person(person, english, bio):
    copy = person.copy_for_translation(english)
    copy.role, copy.bio = "researcher", bio
    copy.save()
    return copy


def main_links(client, url):
    html = client.get(url).content.decode()
    return LINK.findall(html[html.index("<main") : html.index("</main>")])


@pytest.fixture
def site(home_page, english):
    """A Dutch werkteam with a news item and an event, all translated, and an English home."""
    english_copy(home_page, english)
    werkteams = WerkteamIndexPageFactory(parent=home_page)
    werkteam = WerkteamPageFactory(parent=werkteams, title="Armoede", slug="armoede")
    actueel = ActueelIndexPageFactory(parent=home_page)
    news = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=actueel), slug="bericht", werkteam=werkteam, tags=["armoede"]
    )
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=actueel), slug="bijeenkomst", werkteam=werkteam
    )
    return {
        "werkteam": werkteam,
        "news": news,
        "event": event,
        "werkteam_en": english_copy(werkteam, english, "poverty"),
        "news_en": english_copy(news, english, "item"),
        "event_en": english_copy(event, english, "meeting"),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["news_en", "event_en"])
def test_english_page_links_to_the_english_werkteam(client, site, name):
    english_page = site[name]
    assert english_page.werkteam_id == site["werkteam"].pk  # synchronised: still the Dutch one
    links = main_links(client, english_page.url)
    assert site["werkteam_en"].url in links
    assert site["werkteam"].url not in links


@pytest.mark.django_db
def test_dutch_page_keeps_the_dutch_werkteam(client, site):
    links = main_links(client, site["news"].url)
    assert site["werkteam"].url in links
    assert site["werkteam_en"].url not in links


@pytest.mark.django_db
def test_untranslated_werkteam_is_linked_in_dutch_and_a_draft_not_at_all(client, site):
    site["werkteam_en"].unpublish()
    assert site["werkteam"].url in main_links(client, site["news_en"].url)
    site["werkteam"].unpublish()
    assert "/werkteams/" not in " ".join(main_links(client, site["news_en"].url))


@pytest.mark.django_db
def test_linked_werkteam_costs_one_query(site, django_assert_num_queries):
    page = type(site["news_en"]).objects.get(pk=site["news_en"].pk)
    with django_assert_num_queries(1):
        assert page.linked_werkteam == site["werkteam_en"]


@pytest.mark.django_db
def test_werkteam_pages_list_the_pages_of_their_own_language(client, english, site):
    # Written in English from scratch, linking the English werkteam directly.
    english_only = NewsPageFactory(
        parent=site["news_en"].get_parent(), slug="english-only", werkteam=site["werkteam_en"]
    )
    english_links = main_links(client, site["werkteam_en"].url)
    for page in (site["news_en"], site["event_en"], english_only):
        assert page.url in english_links, page.url
    assert not [link for link in english_links if link.startswith("/nl/")]

    dutch_links = main_links(client, site["werkteam"].url)
    assert site["news"].url in dutch_links and site["event"].url in dutch_links
    assert not [link for link in dutch_links if link.startswith("/en/")]


@pytest.mark.django_db
def test_english_news_item_shows_the_english_bio(client, english, site):
    person = PersonFactory(name="Jan Jansen", bio="Jan onderzoekt armoede.")
    english_person(person, english, "Jan studies poverty.")
    # As a sync leaves it: both language versions list the Dutch person.
    for page in (site["news"], site["news_en"]):
        page.authors.create(person=person)
        page.save_revision().publish()
    html = client.get(site["news_en"].url).content.decode()
    assert "Jan studies poverty." in html and "researcher" in html
    assert "Jan onderzoekt armoede." not in html
    assert "Jan onderzoekt armoede." in client.get(site["news"].url).content.decode()


# The magazine


@pytest.fixture
def issue(home_page, english):
    english_copy(home_page, english)
    werkteam = WerkteamPageFactory(parent=WerkteamIndexPageFactory(parent=home_page), slug="armoede")
    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page), slug="nummer")
    person = PersonFactory(name="Fatima El Amrani", bio="Fatima schrijft over armoede.")
    english_person(person, english, "Fatima writes about poverty.")
    MagazineIssueContributorFactory(page=issue, person=person)
    issue.save_revision().publish()
    articles = []
    for number in range(3):
        article = MagazineArticlePageFactory(parent=issue, slug=f"artikel-{number}", werkteam=werkteam)
        MagazineArticleAuthorFactory(page=article, person=person)
        article.tags.add("armoede")
        article.save_revision().publish()
        articles.append(article)
    return {
        "issue": issue,
        "person": person,
        "werkteam_en": english_copy(werkteam, english, "poverty"),
        "issue_en": english_copy(issue, english, "issue"),
        "articles_en": [english_copy(article, english, f"article-{n}") for n, article in enumerate(articles)],
    }


@pytest.mark.django_db
def test_english_magazine_shows_english_people_and_werkteam(client, issue):
    issue_html = client.get(issue["issue_en"].url).content.decode()
    assert "researcher" in issue_html and "onderzoeker" not in issue_html
    article_url = issue["articles_en"][0].url
    assert issue["werkteam_en"].url in main_links(client, article_url)
    html = client.get(article_url).content.decode()
    assert "Fatima writes about poverty." in html
    assert "Fatima schrijft" not in html


@pytest.mark.django_db
def test_english_issue_query_count_does_not_grow_with_articles(client, english, issue):
    def count():
        client.get(issue["issue_en"].url)  # warm-up
        with CaptureQueriesContext(connection) as queries:
            assert client.get(issue["issue_en"].url).status_code == 200
        return len(queries)

    before = count()
    for number in range(3, 8):
        article = MagazineArticlePageFactory(parent=issue["issue"], slug=f"artikel-{number}")
        MagazineArticleAuthorFactory(page=article, person=issue["person"])
        article.save_revision().publish()
        english_copy(article, english, f"article-{number}")
    assert count() == before
