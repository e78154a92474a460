"""Newsletter: double opt-in with provable consent, one-click unsubscribe, export, clean-up."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.template import Context, Template
from django.test import Client
from django.urls import reverse, reverse_lazy
from django.utils import timezone

from engagement.models import ConsentText, Subscriber
from engagement.tokens import confirm_token, unsubscribe_token
from tests.factories.engagement import NewsletterPageFactory, SubscriberFactory, news_page, started_token

pytestmark = pytest.mark.django_db
SUBSCRIBE_URL = "/nl/engagement/nieuwsbrief/"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def newsletter_page(home_page):
    return NewsletterPageFactory(parent=home_page)


def sign_up_data(page=None, placement="page", **overrides):
    data = {
        "email": "lezer@example.org",
        "consent": "on",
        "consent_version": ConsentText.current().version,
        "placement": placement,
        "started": started_token(),
        "website": "",
        **overrides,
    }
    if page is not None:
        data["page"] = page.pk
    return data


def link_in(message, name):
    return re.search(rf"http://testserver(/nl/engagement/nieuwsbrief/{name}/[^/\s]+/)", message.body).group(1)


def test_newsletter_page_shows_form_with_current_consent_text(client, newsletter_page):
    response = client.get(newsletter_page.url)
    html = response.content.decode()
    assert ConsentText.current().text in html
    assert f'name="consent_version" value="{ConsentText.current().version}"' in html
    # A cacheable page: no per-reader token, no cookie (home/security.py checks the origin).
    assert 'name="csrfmiddlewaretoken"' not in html
    assert "private" not in response.get("Cache-Control", "")


def test_footer_include_works_with_only_the_page_context(rf, home_page):
    request = rf.get("/nl/")
    html = Template('{% load engagement_tags %}{% newsletter_form "footer" %}').render(
        Context({"request": request, "page": home_page})
    )
    assert 'id="nieuwsbrief-footer"' in html
    assert f'name="page" value="{home_page.pk}"' in html
    assert 'id="newsletter-footer-email"' in html


def test_sign_up_confirm_unsubscribe(client, newsletter_page):
    response = client.post(SUBSCRIBE_URL, sign_up_data(newsletter_page))
    assert response.status_code == 302
    assert response["Location"] == f"{newsletter_page.url}?verzonden=nieuwsbrief-page#nieuwsbrief-page"
    subscriber = Subscriber.objects.get()
    assert subscriber.status == "pending"
    assert subscriber.source_page.pk == newsletter_page.pk
    assert subscriber.source_url == newsletter_page.url
    assert subscriber.consent_text == ConsentText.current()
    assert subscriber.language == "nl"
    assert "Bijna klaar!" in client.get(response["Location"]).content.decode()

    (message,) = mail.outbox
    assert message.to == ["lezer@example.org"]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_path = link_in(message, "afmelden")
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe_path}>"

    confirm_path = link_in(message, "bevestigen")
    page = client.get(confirm_path)
    assert page.status_code == 200
    assert "Ja, ik wil de nieuwsbrief ontvangen" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == "pending"  # following the link alone confirms nothing

    assert client.post(confirm_path).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed" and subscriber.confirmed_at

    # RFC 8058: the mail program posts without cookies or CSRF token.
    one_click = Client(enforce_csrf_checks=True).post(unsubscribe_path, {"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed" and subscriber.unsubscribed_at

    # The old confirmation link does not subscribe the reader again.
    html = client.post(confirm_path).content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"
    assert "Meld je dan opnieuw aan" in html

    # Signing up again makes a new link; the old one no longer works, the new one does.
    mail.outbox.clear()
    cache.clear()  # the rate limit
    client.post(SUBSCRIBE_URL, sign_up_data(newsletter_page))
    assert client.post(confirm_path).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == "pending"
    client.post(link_in(mail.outbox[0], "bevestigen"))
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"


def test_unsubscribe_page_asks_before_unsubscribing(client):
    subscriber = SubscriberFactory(status=Subscriber.Status.CONFIRMED)

    path = reverse("engagement:newsletter_unsubscribe", args=[unsubscribe_token(subscriber.key)])
    assert "Afmelden" in client.get(path).content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"
    client.post(path)
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"


def test_signing_up_twice_neither_duplicates_nor_reveals(client, newsletter_page):
    first = client.post(SUBSCRIBE_URL, sign_up_data(newsletter_page))
    second = client.post(SUBSCRIBE_URL, sign_up_data(newsletter_page, email="LEZER@example.org"))
    assert Subscriber.objects.count() == 1
    assert (first.status_code, first["Location"]) == (second.status_code, second["Location"])

    subscriber = Subscriber.objects.get()
    subscriber.confirm()
    mail.outbox.clear()
    third = client.post(SUBSCRIBE_URL, sign_up_data(newsletter_page))
    assert (third.status_code, third["Location"]) == (first.status_code, first["Location"])
    assert Subscriber.objects.count() == 1
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"
    # The owner of the mailbox (not the visitor) learns they were already subscribed.
    assert "al aangemeld" in mail.outbox[0].subject
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers


def test_consent_version_shown_is_recorded(client, newsletter_page):
    newer = ConsentText.objects.create(text="Nieuwe tekst", text_en="New text")
    assert newer.version == ConsentText.objects.exclude(pk=newer.pk).get().version + 1
    older_version = newer.version - 1
    client.post(SUBSCRIBE_URL, sign_up_data(newsletter_page, consent_version=older_version))
    assert Subscriber.objects.get().consent_text.version == older_version


def test_consent_text_in_use_is_frozen():
    subscriber = SubscriberFactory()
    consent = subscriber.consent_text
    consent.text = "Stilletjes veranderd"
    with pytest.raises(ValidationError):
        consent.full_clean()
    unused = ConsentText.objects.create(text="Concept", text_en="Draft")
    unused.text = "Verbeterd concept"
    unused.full_clean()


def test_english_sign_up_gets_english_text_addresses_and_mail(client):
    response = client.get("/en/engagement/newsletter/")
    assert ConsentText.current().text_en in response.content.decode()
    client.post("/en/engagement/newsletter/", sign_up_data())
    assert Subscriber.objects.get().language == "en"
    assert "http://testserver/en/engagement/newsletter/confirm/" in mail.outbox[0].body
    assert "http://testserver/en/engagement/newsletter/unsubscribe/" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("overrides", "field_error"),
    [
        ({"consent": ""}, "Geef toestemming"),
        ({"email": "geen adres"}, "Vul een geldig e-mailadres in"),
        ({"email": "a" * 300 + "@example.org"}, "Gebruik hoogstens 254 tekens"),
        ({"consent_version": "999"}, "De toestemmingstekst ontbreekt"),
        ({"consent_version": "<script>"}, "De toestemmingstekst ontbreekt"),
    ],
)
def test_invalid_sign_up_shows_the_form_again_with_a_way_back(client, home_page, overrides, field_error):
    article = news_page(home_page)
    data = sign_up_data(article, placement="footer", **overrides)
    response = client.post(SUBSCRIBE_URL, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert field_error in html
    assert f'name="page" value="{article.pk}"' in html  # the sign-up still counts for that page
    assert f'href="{article.url}"' in html  # and the reader finds their way back to it
    assert not Subscriber.objects.exists()
    assert not mail.outbox
    # The address survives a reload: it is the standalone sign-up page.
    assert client.get(SUBSCRIBE_URL).status_code == 200


def test_invalid_sign_up_without_page_uses_the_standalone_form(client):
    response = client.post(SUBSCRIBE_URL, sign_up_data(page=None, email="kapot", placement="nonsense"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vul een geldig e-mailadres in" in html
    assert 'value="kapot"' in html


@pytest.mark.parametrize("page_value", ["abc", "999999", ""])
def test_bogus_source_page_is_ignored(client, page_value):
    data = {**sign_up_data(), "page": page_value}
    response = client.post(SUBSCRIBE_URL, data)
    assert response.status_code == 302
    assert Subscriber.objects.get().source_page is None


def test_honeypot_and_too_fast(client, newsletter_page):
    assert client.post(SUBSCRIBE_URL, sign_up_data(newsletter_page, website="x")).status_code == 302
    too_fast = client.post(SUBSCRIBE_URL, sign_up_data(newsletter_page, started=started_token(0)))
    assert too_fast.status_code == 400
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_rate_limit(client, settings):
    settings.ENGAGEMENT_RATE_LIMIT = (1, 600)
    assert client.post(SUBSCRIBE_URL, sign_up_data()).status_code == 302
    assert client.post(SUBSCRIBE_URL, sign_up_data(email="ander@example.org")).status_code == 429
    assert Subscriber.objects.count() == 1


def test_expired_confirmation_link(client, settings):
    subscriber = SubscriberFactory()

    settings.NEWSLETTER_CONFIRM_MAX_AGE = -1
    response = client.post(
        reverse(
            "engagement:newsletter_confirm", args=[confirm_token(subscriber.key, subscriber.signed_up_at)]
        )
    )
    assert response.status_code == 400
    assert "verlopen" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == "pending"


@pytest.mark.parametrize("name", ["newsletter_confirm", "newsletter_unsubscribe"])
def test_forged_links(client, name):
    subscriber = SubscriberFactory(status=Subscriber.Status.CONFIRMED)

    # A token made for the other purpose, a tampered one, and rubbish.
    other = (
        unsubscribe_token(subscriber.key)
        if name == "newsletter_confirm"
        else confirm_token(subscriber.key, subscriber.signed_up_at)
    )
    for token in [
        other,
        f"{subscriber.key}:abc",
        "rubbish",
        confirm_token(subscriber.key, subscriber.signed_up_at)[:-2] + "xx",
    ]:
        response = client.post(reverse(f"engagement:{name}", args=[token]))
        assert response.status_code == 400
        assert "niet geldig" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"


def test_link_of_a_deleted_sign_up(client):
    subscriber = SubscriberFactory()

    token = unsubscribe_token(subscriber.key)
    subscriber.delete()
    assert client.get(reverse("engagement:newsletter_unsubscribe", args=[token])).status_code == 400


SUBSCRIBERS = reverse_lazy("wagtailsnippets_engagement_subscriber:list")


def csv_rows(response):
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_csv_export_of_confirmed_subscribers_neutralises_formulas(admin_client):
    confirmed = SubscriberFactory(email="=cmd@example.org", status=Subscriber.Status.CONFIRMED)
    confirmed.confirm()
    SubscriberFactory(email="pending@example.org")
    SubscriberFactory(email="gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    response = admin_client.get(SUBSCRIBERS, {"status": "confirmed", "export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0][:2] == ["E-mail", "Status"]
    assert [row[0] for row in rows[1:]] == ["'=cmd@example.org"]  # no spreadsheet formulas
    assert rows[1][1] == "bevestigd"
    assert rows[1][5] == str(confirmed.consent_text.version)


def test_csv_export_needs_permission(client, django_user_model):
    user = django_user_model.objects.create_user("redacteur", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(SUBSCRIBERS, {"export": "csv"})
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    assert response.status_code == 302
    assert not response["Content-Type"].startswith("text/csv")


def test_subscriber_admin_lists_exports_and_cannot_add(admin_client):
    SubscriberFactory(email="zichtbaar@example.org", status=Subscriber.Status.CONFIRMED)
    html = admin_client.get(SUBSCRIBERS).content.decode()
    assert "zichtbaar@example.org" in html
    assert "export=csv" in html and "export=xlsx" in html
    assert admin_client.get(reverse("wagtailsnippets_engagement_subscriber:add")).status_code in (302, 403)


def test_cleanup_command_removes_old_unconfirmed_sign_ups(settings):
    settings.NEWSLETTER_UNCONFIRMED_DAYS = 7
    old = timezone.now() - timedelta(days=8)
    SubscriberFactory(email="oud@example.org", signed_up_at=old)
    SubscriberFactory(email="recent@example.org")
    SubscriberFactory(email="bevestigd@example.org", signed_up_at=old, status=Subscriber.Status.CONFIRMED)
    out = io.StringIO()
    call_command("purge_unconfirmed_subscribers", stdout=out)
    assert "1 onbevestigde" in out.getvalue()
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "bevestigd@example.org",
        "recent@example.org",
    ]
    call_command("purge_unconfirmed_subscribers", "--days=0", stdout=out)
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["bevestigd@example.org"]


def test_no_subscriber_address_in_public_html(client, newsletter_page):
    SubscriberFactory(email="geheim@example.org", status=Subscriber.Status.CONFIRMED)
    client.post(SUBSCRIBE_URL, sign_up_data(newsletter_page, email="ook-geheim@example.org"))
    for url in [newsletter_page.url, SUBSCRIBE_URL, f"{newsletter_page.url}?verzonden=nieuwsbrief-page"]:
        html = client.get(url).content.decode()
        assert "geheim@example.org" not in html


def test_include_renders_without_request():
    html = Template('{% load engagement_tags %}{% newsletter_form "footer" %}').render(Context({}))
    assert 'name="email"' in html
