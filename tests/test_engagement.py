"""Engagement set-up: demo content, groups, caching and the consent text that ships."""

import io
import os

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import RequestFactory

from demo import engagement as demo
from engagement.models import ConsentText, ContactPage, NewsletterPage
from engagement.spam import rate_limit_exceeded
from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_first_consent_text_ships_in_both_languages():
    consent = ConsentText.current()
    assert consent.version == 1
    assert "nieuwsbrief" in consent.text_for("nl")
    assert "newsletter" in consent.text_for("en")


def test_moderators_group_exists_with_comment_permissions():
    group = Group.objects.get(name="Moderatoren")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"view_comment", "change_comment", "access_admin"} <= codenames
    assert "view_subscriber" not in codenames


def test_demo_creates_form_pages_under_contact_once(home_page):
    contact = home_page.add_child(instance=StandardPage(title="Contact", slug="contact"))
    demo.load(io.StringIO())
    demo.load(io.StringIO())
    form_page = ContactPage.objects.get()
    assert form_page.get_parent().pk == contact.pk
    assert form_page.url == "/nl/contact/contactformulier/"
    assert [field.field_type for field in form_page.form_fields.all()] == [
        "singleline",
        "email",
        "singleline",
        "multiline",
    ]
    assert NewsletterPage.objects.get().url == "/nl/nieuwsbrief/"
    assert form_page.live


def test_demo_pages_render(client, home_page):
    demo.load(io.StringIO())
    assert client.get("/nl/nieuwsbrief/").status_code == 200
    assert 'name="e_mailadres"' in client.get(ContactPage.objects.get().url).content.decode()


@pytest.mark.skipif(
    not os.environ.get("REDIS_URL_FOR_TESTS"), reason="REDIS_URL_FOR_TESTS is not set (.ci/run sets it)"
)
def test_rate_limit_is_shared_through_redis(settings):
    """With REDIS_URL every worker process counts against the same limit, kept in Redis."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL_FOR_TESTS"],
            "KEY_PREFIX": f"wsdzhz-test-{os.getpid()}",
        }
    }
    settings.ENGAGEMENT_RATE_LIMIT = (2, 60)
    cache.clear()
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.7")
    try:
        assert [rate_limit_exceeded(request, "contact") for _ in range(3)] == [False, False, True]
        assert cache.get("engagement:rate:contact:192.0.2.7") == 3
        other = RequestFactory().post("/", REMOTE_ADDR="192.0.2.8")
        assert not rate_limit_exceeded(other, "contact")
    finally:
        cache.clear()
