"""Comments: submit → pending → approve → visible, and everything that must not get through."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from engagement.groups import MODERATORS_GROUP
from engagement.models import Comment
from home.cache import start_new_generation
from tests.factories.engagement import CommentFactory, blog_page, news_page, started_token
from tests.factories.magazine import (
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
)
from tests.roles import login, member_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def article(home_page):
    return news_page(home_page, title="Verbondenheid en veerkracht")


def comment_data(**overrides):
    return {
        "form": "comment",
        "name": "Elizabeth",
        "email": "elizabeth@example.org",
        "body": "Wat een inspirerend verhaal over de hand als werkvorm.",
        "started": started_token(),
        "website": "",
        **overrides,
    }


def post_comment(client, page, **overrides):
    return client.post(page.url, comment_data(**overrides))


def magazine_article(home_page):
    index = MagazineIndexPageFactory(parent=home_page)
    return MagazineArticlePageFactory(parent=MagazineIssuePageFactory(parent=index))


@pytest.mark.parametrize("make_page", [news_page, blog_page, magazine_article])
def test_comment_form_on_articles(client, home_page, make_page):
    page = make_page(home_page)
    response = client.get(page.url)
    html = response.content.decode()
    assert "Reacties (0)" in html
    # The form posts to the page itself and carries no per-reader token: the page is cacheable.
    assert f'action="{page.url}#reacties"' in html
    assert 'name="form" value="comment"' in html
    assert 'name="csrfmiddlewaretoken"' not in html
    assert 'name="website"' in html and 'name="started"' in html
    assert "private" not in response.get("Cache-Control", "")


@pytest.mark.parametrize("setting", ["moderator@example.org"])
def test_submit_pending_approve_visible(client, admin_client, article, settings, setting):
    settings.COMMENT_MODERATORS_EMAIL = [setting]

    response = post_comment(client, article)
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}?verzonden=reactie#reacties"
    comment = Comment.objects.get()
    assert (comment.status, comment.page_id, comment.language) == ("pending", article.pk, "nl")

    assert [message.to for message in mail.outbox] == [[setting]]
    assert "Verbondenheid en veerkracht" in mail.outbox[0].subject
    assert f"/admin/snippets/engagement/comment/edit/{comment.pk}/" in mail.outbox[0].body

    html = client.get(response["Location"]).content.decode()
    assert "Bedankt! Je reactie wordt geplaatst na goedkeuring." in html
    assert "inspirerend verhaal" not in html
    assert "Reacties (0)" in html

    approve_url = (
        reverse("wagtail_bulk_action", args=["engagement", "comment", "approve"]) + f"?id={comment.pk}"
    )
    assert admin_client.post(approve_url, {}).status_code == 302
    comment.refresh_from_db()
    assert comment.status == "approved" and comment.moderated_at

    html = client.get(article.url).content.decode()
    assert "Reacties (1)" in html
    assert "Elizabeth" in html
    assert "inspirerend verhaal" in html
    assert comment.created_at.strftime("%Y-") in html
    assert "elizabeth@example.org" not in html


def test_only_approved_comments_are_counted_and_shown(client, article):
    approved = CommentFactory.create_batch(2, page=article, status=Comment.Status.APPROVED)
    hidden = [
        CommentFactory(page=article, status=status, body=f"verborgen {status}")
        for status in (Comment.Status.PENDING, Comment.Status.REJECTED, Comment.Status.SPAM)
    ]
    html = client.get(article.url).content.decode()
    assert "Reacties (2)" in html
    for comment in approved:
        assert comment.name in html
    for comment in hidden:
        assert comment.body not in html
    for comment in approved + hidden:
        assert comment.email not in html


def test_comments_listing_query_count_does_not_grow(client, article, django_assert_max_num_queries):
    CommentFactory.create_batch(3, page=article, status=Comment.Status.APPROVED)
    client.get(article.url)  # warm the site and locale caches
    start_new_generation()  # the page is built again, with its comments, as after a moderation
    with django_assert_max_num_queries(60) as few:
        client.get(article.url)
    CommentFactory.create_batch(30, page=article, status=Comment.Status.APPROVED)
    start_new_generation()
    with django_assert_max_num_queries(60) as many:
        client.get(article.url)
    assert len(many.captured_queries) == len(few.captured_queries)


def test_closed_comments_show_no_form_and_refuse_posts(client, article):
    article.allow_comments = False
    article.save_revision().publish()
    CommentFactory(page=article, status=Comment.Status.APPROVED, body="Eerdere reactie blijft staan.")
    html = client.get(article.url).content.decode()
    assert "Reageren op dit bericht is gesloten." in html
    assert "Eerdere reactie blijft staan." in html
    assert 'name="body"' not in html

    response = post_comment(client, article)
    assert response.status_code == 403
    assert Comment.objects.count() == 1


def test_missing_fields_keep_text_and_explain(client, article):
    response = post_comment(client, article, email="", name="")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Wat een inspirerend verhaal over de hand als werkvorm." in html
    assert 'id="comment-name-error"' in html and 'id="comment-email-error"' in html
    assert "Dit veld is verplicht." in html
    assert 'aria-describedby="comment-email-help comment-email-error"' in html
    assert not Comment.objects.exists()


def test_invalid_email_is_explained(client, article):
    response = post_comment(client, article, email="geen-adres")
    assert response.status_code == 400
    assert "Vul een geldig e-mailadres in" in response.content.decode()


def test_oversized_comment_is_refused_with_its_text(client, article):
    long_text = "a" * 3001
    response = post_comment(client, article, body=long_text)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Gebruik hoogstens 3000 tekens (nu 3001)." in html
    assert long_text in html
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"name": ["a", "b"], "body": "\x00", "email": "x@example.org", "started": "garbage"},
        {"name": "x" * 100_000, "email": "@", "body": "", "started": ""},
    ],
)
def test_garbage_never_breaks_the_page(client, article, data):
    response = client.post(article.url, {"form": "comment", **data})
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_post_without_a_known_form_only_shows_the_page(client, article):
    for form in ("", "newsletter", "x" * 500):
        response = client.post(article.url, comment_data(form=form))
        assert response.status_code == 200
        assert "Reacties (0)" in response.content.decode()
    assert not Comment.objects.exists()


def test_page_without_comments_cannot_receive_them(client, home_page):
    response = post_comment(client, home_page)
    assert response.status_code == 200
    assert not Comment.objects.exists()


def test_honeypot_pretends_success_but_stores_nothing(client, article):
    response = post_comment(client, article, website="http://spam.example")
    assert response.status_code == 302
    assert not Comment.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (lambda: started_token(seconds_ago=0), "erg snel"),
        (lambda: "1700000000:forged-signature", "verlopen"),
        (lambda: started_token(seconds_ago=2 * 24 * 3600), "verlopen"),
    ],
)
def test_too_fast_forged_or_stale_forms_are_refused(client, article, token, message):
    response = post_comment(client, article, started=token())
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "inspirerend verhaal" in html
    assert not Comment.objects.exists()


def test_rate_limit_per_address(client, article, settings):
    settings.ENGAGEMENT_RATE_LIMIT = (2, 600)
    assert post_comment(client, article).status_code == 302
    assert post_comment(client, article).status_code == 302
    response = post_comment(client, article, body="Mijn derde reactie.")
    assert response.status_code == 429
    assert "te vaak" in response.content.decode()
    assert "Mijn derde reactie." in response.content.decode()
    assert Comment.objects.count() == 2
    # Another address is not affected.
    other_address = client.post(article.url, comment_data(), REMOTE_ADDR="10.0.0.2")
    assert other_address.status_code == 302


def test_rate_limit_uses_forwarded_address_only_behind_trusted_proxy(client, article, settings):
    settings.ENGAGEMENT_RATE_LIMIT = (1, 600)
    settings.ENGAGEMENT_TRUSTED_PROXY_COUNT = 1
    forwarded = {"HTTP_X_FORWARDED_FOR": "forged, 203.0.113.7"}
    assert client.post(article.url, comment_data(), **forwarded).status_code == 302
    other = {"HTTP_X_FORWARDED_FOR": "forged, 203.0.113.8"}
    assert client.post(article.url, comment_data(), **other).status_code == 302
    assert client.post(article.url, comment_data(), **forwarded).status_code == 429


def test_posts_from_another_site_are_refused(article):
    """No CSRF token on a cacheable page: the browser's Origin (or Referer) must be this site."""
    browser = Client(enforce_csrf_checks=True)
    for headers in ({"HTTP_ORIGIN": "https://evil.example"}, {"HTTP_REFERER": "https://evil.example/x"}, {}):
        assert browser.post(article.url, comment_data(), **headers).status_code == 403
    assert not Comment.objects.exists()
    same_site = {"HTTP_ORIGIN": "http://testserver"}
    assert browser.post(article.url, comment_data(), **same_site).status_code == 302
    assert (
        browser.post(article.url, comment_data(), HTTP_REFERER=f"http://testserver{article.url}").status_code
        == 302
    )
    assert browser.post(article.url, comment_data(), HTTP_SEC_FETCH_SITE="same-origin").status_code == 302
    assert Comment.objects.count() == 3


def test_english_page_takes_english_comments(client, article, english):
    english_article = article.copy_for_translation(english, copy_parents=True)
    english_article.save_revision().publish()
    response = client.post(english_article.url, comment_data())
    assert response.status_code == 302
    assert response["Location"].startswith("/en/")
    assert Comment.objects.get().language == "en"


def test_moderation_listing_filters_and_counts(admin_client, article):
    CommentFactory(page=article, name="Wachtende", status=Comment.Status.PENDING)
    CommentFactory(page=article, name="Goedgekeurde", status=Comment.Status.APPROVED)
    CommentFactory(page=article, name="Spammer", status=Comment.Status.SPAM)
    listing = reverse("wagtailsnippets_engagement_comment:list")
    html = admin_client.get(listing, {"status": "pending"}).content.decode()
    assert "Wachtende" in html and "Goedgekeurde" not in html and "Spammer" not in html
    html = admin_client.get(listing, {"status": "spam"}).content.decode()
    assert "Spammer" in html and "Wachtende" not in html

    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 reactie wacht op goedkeuring" in dashboard
    assert "Reacties (1)" in dashboard  # the menu label


@pytest.mark.parametrize(
    ("action", "status"), [("reject", "rejected"), ("spam", "spam"), ("approve", "approved")]
)
def test_bulk_moderation(admin_client, article, action, status):
    comments = CommentFactory.create_batch(3, page=article)
    ids = "&".join(f"id={comment.pk}" for comment in comments[:2])
    url = reverse("wagtail_bulk_action", args=["engagement", "comment", action]) + "?" + ids
    assert admin_client.get(url).status_code == 200  # the confirmation page
    assert admin_client.post(url, {}).status_code == 302
    assert sorted(Comment.objects.values_list("status", flat=True)) == sorted([status, status, "pending"])


def test_moderators_group_members_are_notified(client, article):
    moderator = member_of(MODERATORS_GROUP, "mirjam")
    post_comment(client, article)
    assert mail.outbox[0].to == [moderator.email]


def test_moderator_can_moderate_but_not_see_subscribers(client, article):
    login(client, MODERATORS_GROUP, "mirjam")
    comment = CommentFactory(page=article, name="Te beoordelen")
    listing = client.get(reverse("wagtailsnippets_engagement_comment:list"), follow=True)
    assert "Te beoordelen" in listing.content.decode()
    url = reverse("wagtail_bulk_action", args=["engagement", "comment", "approve"]) + f"?id={comment.pk}"
    client.post(url, {})
    comment.refresh_from_db()
    assert comment.status == "approved"
    assert client.get(reverse("wagtailsnippets_engagement_subscriber:list")).status_code == 302
    # Comments only come in through the public form.
    assert client.get(reverse("wagtailsnippets_engagement_comment:add")).status_code == 302


def test_moderation_listing_query_count_does_not_grow(admin_client, article, django_assert_max_num_queries):
    listing = reverse("wagtailsnippets_engagement_comment:list")
    CommentFactory.create_batch(2, page=article)
    admin_client.get(listing)
    with django_assert_max_num_queries(100) as few:
        admin_client.get(listing)
    CommentFactory.create_batch(15, page=article)
    with django_assert_max_num_queries(100) as many:
        admin_client.get(listing)
    assert len(many.captured_queries) == len(few.captured_queries)


def test_request_too_big_is_refused_not_crashed(client, article):
    response = post_comment(client, article, body="x" * (3 * 1024 * 1024))
    assert response.status_code == 400
    assert not Comment.objects.exists()
