"""The magazine for readers: demo issue, contents, reading features and query budgets."""

from io import StringIO
from unittest import mock

import pytest
import wagtail_factories
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.models import Page

from demo import magazine as demo
from home.cache import start_new_generation
from magazine.blocks import MagazineStreamBlock
from magazine.models import MagazineArticlePage, MagazineIndexPage, MagazineIssuePage
from tests.factories.magazine import (
    MagazineArticleAuthorFactory,
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def offline_embeds():
    """No test may reach a video provider: embeds fail as they do with the network off."""
    with mock.patch("home.blocks.embeds.get_embed", side_effect=EmbedNotFoundException) as get_embed:
        yield get_embed


@pytest.fixture
def index(home_page):
    return MagazineIndexPageFactory(parent=home_page)


def chapter(text, anchor=""):
    return {"type": "chapter", "value": {"heading_text": text, "size": "h2", "anchor": anchor}}


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def build_issue(index, article_count, **issue_fields):
    """An issue with articles that each have an author, a hero image, tags and chapters."""
    issue = MagazineIssuePageFactory(
        parent=index, cover_image=wagtail_factories.ImageFactory(), **issue_fields
    )
    articles = []
    for number in range(article_count):
        article = MagazineArticlePageFactory(
            parent=issue,
            title=f"Verhaal {number}",
            hero_image=wagtail_factories.ImageFactory(),
            body=[chapter("Inleiding"), paragraph("tekst " * 50), chapter("Inleiding")],
        )
        MagazineArticleAuthorFactory(page=article, person=PersonFactory(name=f"Auteur {number}"))
        article.tags.add("verbondenheid", f"tag-{number}")
        article.save_revision().publish()
        articles.append(article)
    return issue, articles


def test_demo_issue_is_complete_and_loads_idempotently(home_page, client):
    demo.load(StringIO())
    demo.load(StringIO())

    assert MagazineIndexPage.objects.count() == 1
    issue = MagazineIssuePage.objects.get(slug="verbondenheid-en-veerkracht")
    articles = MagazineArticlePage.objects.child_of(issue).live()
    assert articles.count() >= 5
    used = {block.block_type for article in articles for block in article.body}
    # The seed gives no interview, video link, worksheet or werkvorm steps: the demo does not make
    # them up (tests/test_magazine_blocks.py renders every block type instead).
    assert used <= set(MagazineStreamBlock().child_blocks)
    assert {"section", "chapter", "quote", "key_figures", "gallery", "callout", "text_image"} <= used
    quotes = [block for article in articles for block in article.body if block.block_type == "quote"]
    assert {block.value["style"] for block in quotes} == {"inline", "featured"}
    assert not used & {"interview", "video", "document", "werkvorm"}

    urls = [issue.get_parent().url, issue.url, issue.reading_url] + [article.url for article in articles]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url


def test_index_lists_live_issues_newest_first_and_survives_bad_page_numbers(index, client):
    MagazineIssuePageFactory(parent=index, title="Oud nummer", issue_date="2019-01-01")
    MagazineIssuePageFactory(parent=index, title="Nieuw nummer", issue_date="2020-03-09")
    MagazineIssuePageFactory(parent=index, title="Concept", live=False)

    for query in ("", "?page=99", "?page=abc"):
        response = client.get(index.url + query)
        assert response.status_code == 200
        titles = [card.page.title for card in response.context["items"]]
        assert titles == ["Nieuw nummer", "Oud nummer"]


def test_issue_contents_follow_tree_order_and_skip_drafts(index, client):
    issue, (first, second, _third) = build_issue(index, 3)
    Page.objects.get(pk=first.pk).move(Page.objects.get(pk=issue.pk), pos="last-child")
    second.unpublish()

    response = client.get(issue.url)

    assert [article.title for article in response.context["page"].articles] == ["Verhaal 2", "Verhaal 0"]
    html = response.content.decode()
    assert html.index("Verhaal 2") < html.index("Verhaal 0")
    assert "Verhaal 1" not in html
    assert f'href="{issue.url}lezen/"' in html


def test_article_shows_unique_chapter_anchors_in_its_contents(index, client):
    _issue, (article,) = build_issue(index, 1)

    html = client.get(article.url).content.decode()

    assert html.count('id="inleiding"') == 1
    assert html.count('id="inleiding-2"') == 1
    assert 'href="#inleiding"' in html and 'href="#inleiding-2"' in html


def test_article_links_to_neighbours_and_back_to_the_issue(index, client):
    issue, (first, middle, last) = build_issue(index, 3)

    context = client.get(middle.url).context
    assert context["page"].previous_article.pk == first.pk
    assert context["page"].next_article.pk == last.pk
    html = client.get(first.url).content.decode()
    assert 'rel="prev"' not in html
    assert f'href="{middle.url}" rel="next"' in html
    assert f'href="{issue.url}"' in html


def test_article_shows_reading_time_authors_share_links_and_comments(index, client):
    _issue, (article,) = build_issue(index, 1)

    html = client.get(article.url).content.decode()

    assert "1 minuut leestijd" in html
    assert "Door Auteur 0" in html
    assert "mailto:?subject=Verhaal%200" in html
    assert "https://www.linkedin.com/sharing/share-offsite/?url=http%3A%2F%2F" in html
    assert 'class="comments"' in html


def test_reading_time_grows_with_the_text(index):
    issue = MagazineIssuePageFactory(parent=index)
    article = MagazineArticlePageFactory(parent=issue, standfirst="", body=[paragraph("woord " * 1000)])

    assert article.reading_time == 5


def test_related_articles_share_a_tag_and_the_readers_language(index, client, english):
    issue, (article, neighbour, _other) = build_issue(index, 3)
    unrelated = MagazineArticlePageFactory(parent=issue, title="Zonder tags")
    translation = article.copy_for_translation(english, copy_parents=True)
    translation.save_revision().publish()
    translation.tags.add("verbondenheid")
    translation.save()

    related = [card.page.pk for card in client.get(article.url).context["page"].related_summaries]

    assert neighbour.pk in related
    assert translation.pk not in related
    assert unrelated.pk not in related
    assert article.pk not in related


def test_reading_view_shows_every_article_with_prefixed_anchors(index, client):
    issue, articles = build_issue(index, 2)

    response = client.get(issue.reading_url)

    html = response.content.decode()
    for article in articles:
        assert f'id="{article.slug}"' in html
        assert f'<h3 id="{article.slug}-inleiding" class="block-chapter">' in html
        assert f'id="{article.slug}-inleiding-2"' in html
    assert "css/magazine.css" in html


def test_unknown_issue_route_is_a_404(index, client):
    issue, _articles = build_issue(index, 1)

    assert client.get(issue.url + "bestaat-niet/").status_code == 404


def test_search_finds_articles_by_author_and_tag(index):
    _issue, (article,) = build_issue(index, 1)

    assert article in MagazineArticlePage.objects.live().search("Auteur")
    assert article in MagazineArticlePage.objects.live().search("verbondenheid")


# Measured once; the point is that they do not change with the number of articles.
# Served again in the same content generation, a page needs no query (home/routing.py); after a
# publish it is built once: an overview at most 15 queries, a piece at most 12 (issue 11).
ISSUE_PAGE_QUERIES = 0, 22
ARTICLE_PAGE_QUERIES = 0, 27  # previous, next and chapters share one query


@pytest.mark.parametrize("article_count", [3, 12])
def test_issue_page_costs_a_fixed_number_of_queries(index, client, article_count, django_assert_num_queries):
    issue, _articles = build_issue(index, article_count)
    assert_queries(client, issue.url, ISSUE_PAGE_QUERIES, django_assert_num_queries)


@pytest.mark.parametrize("article_count", [3, 12])
def test_article_page_costs_a_fixed_number_of_queries(
    index, client, article_count, django_assert_num_queries
):
    _issue, articles = build_issue(index, article_count)
    assert_queries(client, articles[1].url, ARTICLE_PAGE_QUERIES, django_assert_num_queries)


def assert_queries(client, url, counts, django_assert_num_queries):
    again, after_a_change = counts
    client.get(url)  # warm-up: renditions and site caches are made once, not per request
    with django_assert_num_queries(again):
        client.get(url)
    start_new_generation()  # as publishing does
    with django_assert_num_queries(after_a_change):
        client.get(url)
