"""Event registration: register → capacity → waiting list, confirmations and the export."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from engagement.models import Registration
from engagement.services import register
from tests.factories.engagement import RegistrationFactory, event_page, started_token

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def event(home_page):
    return event_page(home_page, title="Kick-off", capacity=2)


def registrant(n=9):
    return {"name": f"Deelnemer {n}", "email": f"deelnemer{n}@example.org", "organisation": "", "remarks": ""}


def registration_data(n=1, **overrides):
    return {
        "form": "registration",
        "name": f"Deelnemer {n}",
        "email": f"deelnemer{n}@example.org",
        "organisation": "Hogeschool Rotterdam",
        "remarks": "Ik kom met de fiets.",
        "started": started_token(),
        "website": "",
        **overrides,
    }


def post_registration(client, event, n=1, **overrides):
    return client.post(event.url, registration_data(n, **overrides))


def test_form_shows_places_left(client, event):
    response = client.get(event.url)
    html = response.content.decode()
    assert "Nog 2 plekken vrij." in html
    assert 'name="organisation"' in html and 'name="remarks"' in html
    assert f'action="{event.url}#aanmelden"' in html


def test_register_until_full_then_waiting_list(client, event):
    for n in (1, 2):
        response = post_registration(client, event, n)
        assert response.status_code == 302
        assert response["Location"] == f"{event.url}?verzonden=aanmelding#aanmelden"
    assert "Je bent aangemeld." in client.get(f"{event.url}?verzonden=aanmelding").content.decode()

    html = client.get(event.url).content.decode()
    assert "Dit evenement is vol." in html
    assert "Op de wachtlijst" in html

    response = post_registration(client, event, 3)
    assert response["Location"] == f"{event.url}?verzonden=wachtlijst#aanmelden"
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "deelnemer1@example.org": "confirmed",
        "deelnemer2@example.org": "confirmed",
        "deelnemer3@example.org": "waiting",
    }
    assert [message.to for message in mail.outbox] == [[f"deelnemer{n}@example.org"] for n in (1, 2, 3)]
    assert "aangemeld voor “Kick-off”" in mail.outbox[0].subject
    assert "wachtlijst" in mail.outbox[2].subject
    assert "Theater aan de Schie" in mail.outbox[0].body


def test_unlimited_event_never_fills(home_page):
    event = event_page(home_page, capacity=None)
    RegistrationFactory.create_batch(5, event=event, status=Registration.Status.CONFIRMED)
    registration = register(event, registrant(), "nl")
    assert registration.status == Registration.Status.CONFIRMED


def test_zero_capacity_goes_straight_to_the_waiting_list(event):
    event.capacity = 0
    event.save()
    assert register(event, registrant(), "nl").status == Registration.Status.WAITING_LIST


def test_registering_twice_keeps_one_registration(client, event):
    post_registration(client, event, 1)
    post_registration(client, event, 1, email="Deelnemer1@Example.org", name="Andere naam")
    assert Registration.objects.count() == 1
    assert Registration.objects.get().name == "Deelnemer 1"


def test_registration_disabled_or_past(client, home_page):
    closed = event_page(home_page, registration_enabled=False)
    assert 'name="organisation"' not in client.get(closed.url).content.decode()
    assert post_registration(client, closed).status_code == 403

    past = event_page(home_page, start=timezone.now() - timedelta(days=1))
    html = client.get(past.url).content.decode()
    assert "niet meer mogelijk" in html
    assert post_registration(client, past).status_code == 403
    assert not Registration.objects.exists()


def test_invalid_input_keeps_text(client, event):
    response = post_registration(client, event, name="", remarks="x" * 1001, organisation="Minters")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dit veld is verplicht." in html
    assert "Gebruik hoogstens 1000 tekens (nu 1001)." in html
    assert 'value="Minters"' in html
    assert 'id="registration-remarks-error"' in html
    assert not Registration.objects.exists()


def test_spam_defences(client, event, settings):
    assert post_registration(client, event, website="spam").status_code == 302
    assert post_registration(client, event, started=started_token(0)).status_code == 400
    assert not Registration.objects.exists()
    settings.ENGAGEMENT_RATE_LIMIT = (1, 600)
    cache.clear()
    assert post_registration(client, event, 1).status_code == 302
    assert post_registration(client, event, 2).status_code == 429
    assert Registration.objects.count() == 1


def test_no_registrant_address_in_public_html(client, event):
    RegistrationFactory(event=event, email="privé@example.org", status=Registration.Status.CONFIRMED)
    post_registration(client, event, 5)
    for url in [event.url, f"{event.url}?verzonden=aanmelding"]:
        html = client.get(url).content.decode()
        assert "example.org" not in html


def test_csv_export_per_event(admin_client, event, home_page):
    other = event_page(home_page, title="Werkconferentie")
    RegistrationFactory(event=event, name="=SUM(A1)", status=Registration.Status.CONFIRMED)
    RegistrationFactory(event=event, name="Wachtende", status=Registration.Status.WAITING_LIST)
    RegistrationFactory(event=other, name="Elders")
    listing = reverse("wagtailsnippets_engagement_registration:list")
    response = admin_client.get(listing, {"event": event.pk, "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["Evenement", "Naam", "E-mail"]
    assert sorted((row[0], row[1], row[5]) for row in rows[1:]) == [
        ("Kick-off", "'=SUM(A1)", "aangemeld"),
        ("Kick-off", "Wachtende", "wachtlijst"),
    ]
    everything = admin_client.get(listing, {"export": "csv"})
    assert len(list(csv.reader(io.StringIO(b"".join(everything.streaming_content).decode())))) == 4


def test_staff_see_registrations_in_admin(admin_client, event):
    RegistrationFactory(event=event, name="Zichtbare deelnemer")
    listing = reverse("wagtailsnippets_engagement_registration:list")
    html = admin_client.get(listing, {"event": event.pk}).content.decode()
    assert "Zichtbare deelnemer" in html
    assert "export=csv" in html


# serialized_rollback: an earlier transactional test may have emptied the pages the migrations made.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_last_place_cannot_be_taken_twice_at_once(home_page):
    """Concurrent sign-ups for the last place: exactly one gets it (PostgreSQL row lock)."""
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers itself; the row lock is exercised on PostgreSQL")
    event = event_page(home_page, capacity=1)
    barrier = threading.Barrier(4)
    results = []

    def sign_up(n):
        try:
            barrier.wait()
            results.append(register(event, registrant(n), "nl").status)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["confirmed", "waiting", "waiting", "waiting"]
    assert Registration.objects.filter(status=Registration.Status.CONFIRMED).count() == 1
