"""The contact form page (Wagtail form builder) with the same defences as every form."""

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.contrib.forms.models import FormSubmission

from tests.factories.engagement import contact_page, started_token

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def page(home_page):
    return contact_page(home_page)


def contact_data(**overrides):
    return {
        "naam": "Toby",
        "e_mailadres": "toby@example.org",
        "bericht": "Graag meer informatie over de werkteams.",
        "started": started_token(),
        "website": "",
        **overrides,
    }


def test_form_renders_with_defences(client, page):
    response = client.get(page.url)
    html = response.content.decode()
    assert 'name="bericht"' in html and 'name="website"' in html and 'name="started"' in html
    assert 'name="csrfmiddlewaretoken"' not in html  # cacheable: the origin is checked instead
    assert "private" not in response.get("Cache-Control", "")


def test_submission_is_stored_and_sent_to_configured_address(client, page, settings):
    settings.CONTACT_FORM_RECIPIENTS = ["secretariaat@example.org"]
    response = client.post(page.url, contact_data())
    assert response.status_code == 200
    assert "Bedankt voor je bericht." in response.content.decode()
    submission = FormSubmission.objects.get()
    assert set(submission.form_data) == {"naam", "e_mailadres", "bericht"}
    (message,) = mail.outbox
    assert message.to == ["secretariaat@example.org"]
    assert message.reply_to == ["toby@example.org"]
    assert "Graag meer informatie over de werkteams." in message.body
    assert "started" not in message.body


def test_editor_address_wins_over_setting(client, page):
    page.to_address = "redactie@example.org"
    page.save()
    client.post(page.url, contact_data())
    assert mail.outbox[0].to == ["redactie@example.org"]


def test_invalid_input_keeps_text(client, page):
    response = client.post(page.url, contact_data(e_mailadres="", bericht="b" * 5001))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Gebruik hoogstens 5000 tekens (nu 5001)." in html
    assert "b" * 5001 in html
    assert not FormSubmission.objects.exists()


def test_honeypot_too_fast_and_rate_limit(client, page, settings):
    assert client.post(page.url, contact_data(website="spam")).status_code == 200
    assert client.post(page.url, contact_data(started=started_token(0))).status_code == 400
    assert not FormSubmission.objects.exists() and not mail.outbox
    settings.ENGAGEMENT_RATE_LIMIT = (2, 600)  # the too-fast post above counts too
    assert client.post(page.url, contact_data()).status_code == 200
    response = client.post(page.url, contact_data(bericht="Nog een bericht"))
    assert response.status_code == 429
    assert "Nog een bericht" in response.content.decode()
    assert FormSubmission.objects.count() == 1


def test_garbage_post(client, page):
    response = client.post(page.url, {"naam": ["x", "y"], "started": "\x00"})
    assert response.status_code == 400
