"""The mail queue: mail is sent by a worker, never inside a reader's request.

``engagement.mail.deliver`` enqueues each message on the "mail" task backend (a database queue
in production: django-tasks-db, worked by ``manage.py db_worker --backend mail --queue-name
mail``). A message that cannot be sent (mail server down, refusing, too slow: EMAIL_TIMEOUT) is
tried again later, up to MAIL_MAX_ATTEMPTS times with growing pauses; every attempt is a task
result that admins see under Instellingen → Uitgaande e-mail.
"""

import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from django.utils import timezone
from django_tasks import task, task_backends
from django_tasks_db.models import DBTaskResult, get_date_max

MAIL_BACKEND = "mail"
MAIL_QUEUE = "mail"
# A worker that picks up nothing for this long is not running.
STUCK_AFTER = timedelta(minutes=15)


def message_to_dict(message):
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
    }


def message_from_dict(data):
    return EmailMessage(
        data["subject"],
        data["body"],
        data["from_email"],
        data["to"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )


def retry_delay(attempt):
    """1, 4, 16, 64 … minutes: a short outage costs a little delay, a long one few attempts."""
    return timedelta(minutes=4 ** (attempt - 1))


@task(backend=MAIL_BACKEND, queue_name=MAIL_QUEUE)
def send_message(message, attempt=1):
    try:
        message_from_dict(message).send()
    except (smtplib.SMTPException, OSError):
        backend = task_backends[MAIL_BACKEND]
        if attempt < settings.MAIL_MAX_ATTEMPTS and backend.supports_defer:
            send_message.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(message, attempt + 1)
        raise  # this attempt is recorded as failed


def check_mail_queue():
    """For /healthz: fails when mail has waited longer than STUCK_AFTER for a worker."""
    if not task_backends[MAIL_BACKEND].supports_defer:  # mail is sent at once (development, tests)
        return
    cutoff = timezone.now() - STUCK_AFTER
    waiting = (
        DBTaskResult.objects.ready()
        .filter(queue_name=MAIL_QUEUE, backend_name=MAIL_BACKEND)
        # Mail without a later start time carries the queue's "no time set" date instead.
        .filter(Q(run_after__lt=cutoff) | Q(run_after=get_date_max(), enqueued_at__lt=cutoff))
    )
    if waiting.exists():
        raise RuntimeError("Mail has been waiting for a worker for more than 15 minutes.")


check_mail_queue.needs_database = True
