"""Moderation in one click: approve or reject in each row of the list, which opens on the
comments waiting; a refused comment keeps the reader on the article with their text."""

import pytest
from django.urls import reverse

from engagement.groups import MODERATORS_GROUP
from engagement.models import Comment
from magazine.roles import RESEARCHERS
from tests.factories.engagement import CommentFactory, news_page, started_token
from tests.roles import login

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_engagement_comment:list"


@pytest.fixture
def article(home_page):
    return news_page(home_page, title="Verbondenheid en veerkracht")


@pytest.fixture
def moderator_client(client):
    login(client, MODERATORS_GROUP, "mirjam")
    return client


def moderate_url(comment, word):
    return reverse("wagtailsnippets_engagement_comment:moderate", args=(comment.pk, word))


def test_the_list_opens_on_the_waiting_comments(moderator_client, article):
    CommentFactory(page=article, name="Wachtende", status=Comment.Status.PENDING)
    CommentFactory(page=article, name="Al goedgekeurd", status=Comment.Status.APPROVED)

    response = moderator_client.get(reverse(LIST), follow=True)

    assert response.redirect_chain == [(reverse(LIST) + "?status=pending", 302)]
    html = response.content.decode()
    assert "Wachtende" in html
    assert "Al goedgekeurd" not in html


def test_each_row_has_approve_and_reject_buttons(moderator_client, article):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING)
    html = moderator_client.get(reverse(LIST) + "?status=pending").content.decode()
    assert f'action="{moderate_url(comment, "goedkeuren")}"' in html
    assert f'action="{moderate_url(comment, "afwijzen")}"' in html
    assert "Excerpt" not in html


def test_one_click_approves_and_the_comment_appears(moderator_client, client, article):
    comment = CommentFactory(page=article, body="Een reactie die online mag.", status=Comment.Status.PENDING)
    back = reverse(LIST) + "?status=pending"

    response = moderator_client.post(moderate_url(comment, "goedkeuren"), {"next": back})

    assert response.status_code == 302
    assert response["Location"] == back
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert comment.moderated_at is not None
    moderator_client.logout()
    assert "Een reactie die online mag." in client.get(article.url).content.decode()


def test_one_click_rejects(moderator_client, article):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING)
    moderator_client.post(moderate_url(comment, "afwijzen"))
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED


def test_moderation_needs_a_post_and_the_permission(client, article):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING)
    login(client, RESEARCHERS, "olaf")
    assert client.post(moderate_url(comment, "goedkeuren")).status_code == 403
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_an_outside_next_address_is_not_followed(moderator_client, article):
    comment = CommentFactory(page=article, status=Comment.Status.PENDING)
    response = moderator_client.post(moderate_url(comment, "goedkeuren"), {"next": "https://example.org/"})
    assert response["Location"] == reverse(LIST) + "?status=pending"


def test_a_refused_comment_stays_on_the_article_with_its_text_and_survives_a_reload(client, article):
    data = {
        "form": "comment",
        "name": "Elizabeth",
        "email": "elizabeth@example.org",
        "body": "Te snel verstuurd, maar wel gemeend.",
        "started": started_token(seconds_ago=0),
        "website": "",
    }
    response = client.post(article.url, data)

    assert response.status_code == 400
    assert response.wsgi_request.path == article.url
    html = response.content.decode()
    assert "erg snel" in html
    assert "Te snel verstuurd, maar wel gemeend." in html
    assert client.get(article.url).status_code == 200  # a reload of that address shows the article
