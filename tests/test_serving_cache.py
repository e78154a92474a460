"""Pages are served from what was kept in this content generation (home/routing.py, the
listings' ``cached_for_readers``), and every change a reader can see starts a new one."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import NewsPage
from engagement.models import Comment
from home.cache import start_new_generation
from tests.factories.articles import ActueelIndexPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.factories.engagement import CommentFactory
from tests.factories.home import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(home_page):
    index = NewsIndexPageFactory(parent=ActueelIndexPageFactory(parent=home_page))
    page = NewsPageFactory(parent=index, title="Samen sterker", authors=[PersonFactory(name="Anna de Vries")])
    start_new_generation()  # factories write pages without a publish signal
    return page


def test_a_page_served_again_makes_no_query(client, article, django_assert_num_queries):
    client.get(article.url)
    with django_assert_num_queries(0):
        response = client.get(article.url)
    assert "Samen sterker" in response.text


def test_a_published_change_is_served_at_once(client, article):
    client.get(article.url)
    article.title = "Samen nog sterker"
    article.save_revision().publish()
    assert "Samen nog sterker" in client.get(article.url).text


def test_an_unpublished_page_is_gone_at_once(client, article):
    client.get(article.url)
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_a_renamed_author_is_shown_at_once(client, article):
    assert "Anna de Vries" in client.get(article.url).text
    person = article.authors.first().person
    person.name = "Anna de Vries-Jansen"
    person.save()
    assert "Anna de Vries-Jansen" in client.get(article.url).text


def test_a_comment_appears_once_approved_and_goes_when_rejected(client, article):
    comment = CommentFactory(page=article, body="Herkenbaar verhaal uit de wijk.")
    assert "Herkenbaar verhaal" not in client.get(article.url).text
    comment.status = Comment.Status.APPROVED
    comment.save()
    assert "Herkenbaar verhaal" in client.get(article.url).text
    comment.status = Comment.Status.REJECTED
    comment.save()
    assert "Herkenbaar verhaal" not in client.get(article.url).text


def test_a_new_comment_waiting_for_moderation_keeps_the_generation(
    client, article, django_assert_num_queries
):
    client.get(article.url)
    CommentFactory(page=article)  # pending: shown nowhere yet
    with django_assert_num_queries(0):
        client.get(article.url)


def test_each_page_of_a_listing_is_kept_apart(client, article):
    index = article.get_parent()
    for number in range(13):  # one more than fits on the first page
        NewsPageFactory(parent=index, title=f"Bericht {number}")
    start_new_generation()

    def cards(url):
        return re.findall(r"Bericht \d+|Samen sterker", client.get(url).text)

    first, second = cards(index.url), cards(index.url + "?page=2")
    assert first and second and not set(first) & set(second)
    assert (cards(index.url), cards(index.url + "?page=2")) == (first, second)


def test_a_newly_published_item_appears_in_its_listing(client, article):
    index = article.get_parent()
    client.get(index.url)
    item = NewsPageFactory(parent=index, title="Nieuw bericht over mantelzorg", live=False)
    item.save_revision().publish()
    assert "Nieuw bericht over mantelzorg" in client.get(index.url).text


def test_an_odd_address_is_built_afresh_not_kept(client, article):
    """No cache entry for every made-up parameter a crawler tries."""
    odd = f"{article.get_parent().url}?tag={'x' * 200}"
    client.get(odd)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(odd)
    assert response.status_code == 200
    assert len(queries) > 0


def test_after_a_change_by_hand_a_command_starts_a_new_generation(client, article):
    """A restore or SQL by hand sends no signal: `manage.py new_content_generation`."""
    client.get(article.url)
    NewsPage.objects.filter(pk=article.pk).update(title="Door een script gewijzigd")
    assert "Door een script gewijzigd" not in client.get(article.url).text
    call_command("new_content_generation", verbosity=0)
    assert "Door een script gewijzigd" in client.get(article.url).text
