"""What happens when a reader comments, subscribes or registers: the domain operations.

Views and page mixins validate a form and call one of these with its cleaned data; these store
what was given, once, and hand the mail to engagement.mail.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .mail import notify_moderators, send_registration_mail, send_subscription_mail
from .models import Comment, Registration, Subscriber


def submit_comment(page, data, language):
    """A comment waiting for a moderator; the moderators are told."""
    comment = Comment.objects.create(page=page, language=language, **data)
    notify_moderators(comment)
    return comment


def subscribe(email, consent_text, language, source_page=None, source_url=""):
    """Sign an address up for the newsletter, pending its confirmation, and mail the link.

    A confirmed subscriber keeps the consent they gave (and is told they are subscribed);
    anyone else signs up afresh with the consent text they were shown now.
    """
    email = email.strip().lower()
    sign_up = {
        "status": Subscriber.Status.PENDING,
        "language": language,
        "signed_up_at": timezone.now(),
        "source_page": source_page,
        "source_url": source_url[:500],
        "consent_text": consent_text,
    }
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults=sign_up
        )
        if not created and subscriber.status != Subscriber.Status.CONFIRMED:
            for field, value in sign_up.items():
                setattr(subscriber, field, value)
            subscriber.save()
    send_subscription_mail(subscriber)
    return subscriber


def confirmed_count(event):
    return Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).count()


def register(event, data, language):
    """Register, or put on the waiting list when the event is full; safe under concurrency.

    The insert comes first so SQLite takes its write lock before anything is read, and the
    event row is locked (PostgreSQL) before counting, so two last-minute sign-ups cannot both
    take the final place. Registering twice with one address keeps the first registration.
    """
    email = data["email"].strip().lower()
    with transaction.atomic():
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event,
                    status=Registration.Status.WAITING_LIST,
                    language=language,
                    **{**data, "email": email},
                )
        except IntegrityError:
            registration = Registration.objects.get(event=event, email=email)
        else:
            locked = type(event).objects.select_for_update().only("capacity").get(pk=event.pk)
            if locked.capacity is None or confirmed_count(event) < locked.capacity:
                registration.status = Registration.Status.CONFIRMED
                registration.save(update_fields=["status"])
    send_registration_mail(registration)
    return registration
