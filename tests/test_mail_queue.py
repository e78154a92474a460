"""Mail never runs inside a request: every form answers once its data is saved, whatever the
mail server does; the queue's worker delivers the mail once the server is back.

A real SMTP server (aiosmtpd) receives the mail; a socket that accepts and never answers plays
the hanging server; a free port with nothing behind it plays the unreachable one.
"""

import socket
import threading
import time
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from engagement.models import Comment, ConsentText, Registration, Subscriber
from engagement.tasks import check_mail_queue
from tests.factories.engagement import contact_page, event_page, news_page, started_token

pytestmark = pytest.mark.django_db

EMAIL_TIMEOUT = 2


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class HangingServer:
    """Accepts connections and never says a word, like a mail server that has stopped answering."""

    def __init__(self, port):
        self.listener = socket.create_server(("127.0.0.1", port))
        self.connections = []
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread waiting in accept()
        self.listener.close()
        self.thread.join()
        for connection in self.connections:
            connection.close()


class Inbox:
    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append(envelope)
        return "250 OK"

    def __init__(self):
        self.messages = []


@pytest.fixture
def queued_mail(settings, monkeypatch):
    """Mail goes through the database queue to SMTP on a port of the test's choosing."""
    settings.TASKS = {
        **settings.TASKS,
        "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
    }
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = EMAIL_TIMEOUT
    settings.COMMENT_MODERATORS_EMAIL = ["moderator@example.org"]
    settings.CONTACT_FORM_RECIPIENTS = ["info@example.org"]
    # The worker closes the database connection between tasks; on PostgreSQL that would end the
    # test's own transaction, so the worker keeps the connection it is given.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    return settings


def run_worker():
    call_command(
        "db_worker", "--backend=mail", "--queue-name=mail", "--batch", "--no-startup-delay", verbosity=0
    )


def mail_tasks():
    return DBTaskResult.objects.filter(backend_name="mail")


def post_each_form(client, home_page):
    """Post the comment, newsletter, registration and contact forms; return the responses."""
    article = news_page(home_page, title="Verbondenheid")
    event = event_page(home_page, title="Kick-off", capacity=20)
    contact = contact_page(home_page, to_address="info@example.org")
    common = {"started": started_token(), "website": ""}
    return {
        "comment": client.post(
            article.url,
            {"form": "comment", "name": "Lezer", "email": "lezer@example.org", "body": "Mooi.", **common},
        ),
        "newsletter": client.post(
            reverse("engagement:newsletter_subscribe"),
            {
                "email": "abonnee@example.org",
                "consent": "on",
                "consent_version": ConsentText.current().version,
                **common,
            },
        ),
        "registration": client.post(
            event.url,
            {"form": "registration", "name": "Deelnemer", "email": "deelnemer@example.org", **common},
        ),
        "contact": client.post(
            contact.url,
            {
                "naam": "Toby",
                "e_mailadres": "toby@example.org",
                "bericht": "Graag meer informatie.",
                **common,
            },
        ),
    }


def saved_once():
    return (
        Comment.objects.count(),
        Subscriber.objects.count(),
        Registration.objects.count(),
        FormSubmission.objects.count(),
    ) == (1, 1, 1, 1)


@pytest.mark.parametrize("server", ["unreachable", "hanging"])
def test_forms_answer_without_waiting_for_the_mail_server(client, home_page, queued_mail, server):
    hanging = HangingServer(queued_mail.EMAIL_PORT) if server == "hanging" else None
    try:
        began = time.monotonic()
        responses = post_each_form(client, home_page)
        elapsed = time.monotonic() - began
        assert {name: response.status_code for name, response in responses.items()} == {
            "comment": 302,
            "newsletter": 302,
            "registration": 302,
            "contact": 200,  # the thank-you page
        }
        # Nobody knocked on the mail server's door during the requests: the mail waits in the queue.
        assert hanging is None or hanging.connections == []
        assert elapsed < EMAIL_TIMEOUT  # four posts in less than one mail server timeout
        assert saved_once()
        assert (
            mail_tasks().filter(status="READY").count() == 4
        )  # moderators, newsletter, registration, contact

        run_worker()  # the mail server does not answer: every mail fails and is planned again
        assert mail_tasks().filter(status="FAILED").count() == 4
        retries = mail_tasks().filter(status="READY")
        assert retries.count() == 4
        assert all(retry.run_after > timezone.now() for retry in retries)
    finally:
        if hanging:
            hanging.close()

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=queued_mail.EMAIL_PORT)
    controller.start()
    try:
        # Time passes: the planned attempts are due.
        retries.update(run_after=timezone.now() - timedelta(seconds=1))
        run_worker()
    finally:
        controller.stop()
    recipients = sorted(address for message in inbox.messages for address in message.rcpt_tos)
    assert recipients == [
        "abonnee@example.org",
        "deelnemer@example.org",
        "info@example.org",
        "moderator@example.org",
    ]
    assert saved_once()  # nothing stored twice


def test_mail_that_keeps_failing_stops_after_the_last_attempt_and_shows_in_the_admin(
    client, admin_client, home_page, queued_mail
):
    queued_mail.MAIL_MAX_ATTEMPTS = 2
    post_each_form(client, home_page)
    run_worker()
    mail_tasks().filter(status="READY").update(run_after=timezone.now() - timedelta(seconds=1))
    run_worker()
    assert not mail_tasks().filter(status="READY").exists()  # given up after two attempts
    html = admin_client.get(reverse("outgoing_mail:index")).content.decode()
    assert "mislukt, geen nieuwe poging" in html and "mislukt, wordt opnieuw geprobeerd" in html
    assert "Nieuwe reactie op" in html and "moderator@example.org" in html


def test_only_admins_see_the_outgoing_mail(client, django_user_model):
    editor = django_user_model.objects.create_user("redacteur", password="x")
    client.force_login(editor)
    assert client.get(reverse("outgoing_mail:index")).status_code in (302, 403)


def test_healthz_notices_mail_nobody_sends(client, home_page, queued_mail):
    post_each_form(client, home_page)
    check_mail_queue()  # just queued: fine
    mail_tasks().update(enqueued_at=timezone.now() - timedelta(hours=1))
    with pytest.raises(RuntimeError):
        check_mail_queue()
    assert client.get("/healthz").json()["checks"]["queue"] == "error"
