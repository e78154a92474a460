"""Event registration: register → capacity → waiting list, confirmations and the export."""

import csv
import io
import re
import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from engagement.models import Registration
from engagement.services import confirm_registration, request_registration
from engagement.tokens import registration_cancel_token
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


def link_in(message, name):
    return re.search(rf"http://testserver(/nl/engagement/aanmelding/{name}/[^/\s]+/)", message.body).group(1)


def register_and_confirm(client, event, n):
    """Register through the form, then follow the link in the mail and press the button."""
    mail.outbox.clear()
    post_registration(client, event, n)
    confirm = link_in(mail.outbox[0], "bevestigen")
    return client.post(confirm)


def test_a_registration_counts_only_once_confirmed(client, event):
    response = post_registration(client, event, 1)
    assert response.status_code == 302
    assert response["Location"] == f"{event.url}?verzonden=aanmelding#aanmelden"
    assert "Bevestig je aanmelding" in client.get(f"{event.url}?verzonden=aanmelding").content.decode()
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.PENDING
    assert "Nog 2 plekken vrij." in client.get(event.url).content.decode()  # no place taken yet

    (message,) = mail.outbox
    assert message.to == ["deelnemer1@example.org"]
    assert "Bevestig je aanmelding voor “Kick-off”" in message.subject
    confirm = link_in(message, "bevestigen")
    assert "Ja, ik kom" in client.get(confirm).content.decode()  # a mail scanner confirms nothing
    registration.refresh_from_db()
    assert registration.status == Registration.Status.PENDING

    mail.outbox.clear()
    assert client.post(confirm).status_code == 200
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED and registration.confirmed_at
    assert "aangemeld voor “Kick-off”" in mail.outbox[0].subject
    assert "Theater aan de Schie" in mail.outbox[0].body
    assert "/nl/engagement/aanmelding/afmelden/" in mail.outbox[0].body
    assert "Nog 1 plek vrij." in client.get(event.url).content.decode()


def test_made_up_addresses_take_no_places(client, event, settings):
    settings.ENGAGEMENT_RATE_LIMIT = (100, 600)
    for n in range(8):
        post_registration(client, event, n)
    assert Registration.objects.filter(status=Registration.Status.PENDING).count() == 8
    assert "Nog 2 plekken vrij." in client.get(event.url).content.decode()
    register_and_confirm(client, event, 20)
    assert "Nog 1 plek vrij." in client.get(event.url).content.decode()


def test_confirmed_until_full_then_waiting_list_and_a_cancel_moves_it_up(client, event):
    """Only confirmed registrations take places; the waiting list follows in confirmation order."""
    for n in (1, 2, 3):
        register_and_confirm(client, event, n)
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "deelnemer1@example.org": "confirmed",
        "deelnemer2@example.org": "confirmed",
        "deelnemer3@example.org": "waiting",
    }
    assert "wachtlijst" in mail.outbox[-1].subject
    assert "Dit evenement is vol." in client.get(event.url).content.decode()

    # Deelnemer 1 cancels through the link in the confirmation mail; deelnemer 3 moves up.
    mail.outbox.clear()
    first = Registration.objects.get(email="deelnemer1@example.org")
    cancel = reverse("engagement:registration_cancel", args=[registration_cancel_token(first)])
    assert "Ja, meld me af" in client.get(cancel).content.decode()
    assert client.post(cancel).status_code == 200
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["deelnemer1@example.org"] == "cancelled"
    assert statuses["deelnemer3@example.org"] == "confirmed"
    assert [message.to for message in mail.outbox] == [["deelnemer3@example.org"]]
    assert "Er is een plek vrijgekomen" in mail.outbox[0].subject


def test_unlimited_event_never_fills(home_page):
    event = event_page(home_page, capacity=None)
    RegistrationFactory.create_batch(5, event=event, status=Registration.Status.CONFIRMED)
    registration = request_registration(event, registrant(), "nl")
    assert confirm_registration(registration).status == Registration.Status.CONFIRMED


def test_zero_capacity_goes_straight_to_the_waiting_list(event):
    event.capacity = 0
    event.save()
    registration = request_registration(event, registrant(), "nl")
    assert confirm_registration(registration).status == Registration.Status.WAITING_LIST


def test_one_registration_per_address(client, event):
    post_registration(client, event, 1)
    post_registration(client, event, 1, email="Deelnemer1@Example.org", name="Andere naam")
    assert Registration.objects.count() == 1
    # Unconfirmed, the newest details count and the newest link works; the first one does not.
    assert Registration.objects.get().name == "Andere naam"
    first, second = (link_in(message, "bevestigen") for message in mail.outbox)
    assert client.post(first).status_code == 400
    assert client.post(second).status_code == 200
    # Confirmed, registering again changes nothing and says where the registrant stands.
    mail.outbox.clear()
    post_registration(client, event, 1, name="Derde naam")
    registration = Registration.objects.get()
    assert (registration.name, registration.status) == ("Andere naam", "confirmed")
    assert "aangemeld voor “Kick-off”" in mail.outbox[0].subject


def test_links_that_are_stale_or_forged_are_refused(client, event, settings):
    post_registration(client, event, 1)
    confirm = link_in(mail.outbox[0], "bevestigen")
    for bad in (confirm[:-3] + "xx/", "/nl/engagement/aanmelding/bevestigen/rommel/"):
        assert client.post(bad).status_code == 400
    settings.REGISTRATION_CONFIRM_HOURS = 0
    response = client.post(confirm)
    assert response.status_code == 400
    assert "verlopen" in response.content.decode()
    assert client.post("/nl/engagement/aanmelding/afmelden/rommel/").status_code == 400
    assert Registration.objects.get().status == Registration.Status.PENDING


def test_unconfirmed_registrations_are_removed_after_the_confirmation_time(event, settings):
    old = RegistrationFactory(event=event, created_at=timezone.now() - timedelta(hours=49))
    fresh = RegistrationFactory(event=event)
    confirmed = RegistrationFactory(
        event=event, status=Registration.Status.CONFIRMED, created_at=timezone.now() - timedelta(days=30)
    )
    call_command("purge_unconfirmed_registrations", stdout=io.StringIO())
    assert set(Registration.objects.values_list("pk", flat=True)) == {fresh.pk, confirmed.pk}
    assert not Registration.objects.filter(pk=old.pk).exists()


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
    """Concurrent confirmations for the last place: exactly one gets it (PostgreSQL row lock)."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers itself; the row lock is exercised on PostgreSQL")
    event = event_page(home_page, capacity=1)
    waiting = [request_registration(event, registrant(n), "nl") for n in range(4)]
    barrier = threading.Barrier(4)
    results = []

    def confirm(registration):
        try:
            barrier.wait()
            results.append(confirm_registration(registration).status)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=confirm, args=(registration,)) for registration in waiting]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["confirmed", "waiting", "waiting", "waiting"]
    assert Registration.objects.filter(status=Registration.Status.CONFIRMED).count() == 1
