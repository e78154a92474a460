"""What happens when a reader comments, subscribes or registers: the domain operations.

Views and page mixins validate a form and call one of these with its cleaned data; these store
what was given, once, and hand the mail to engagement.mail.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from home import frontcache
from home.cache import start_new_generation

from .mail import (
    notify_moderators,
    send_registration_confirm_request,
    send_registration_mail,
    send_subscription_mail,
)
from .models import Comment, Registration, Subscriber


def submit_comment(page, data, language):
    """A comment waiting for a moderator; the moderators are told."""
    comment = Comment.objects.create(page=page, language=language, **data)
    notify_moderators(comment)
    return comment


def moderate_comments(comment_ids, status):
    """Approve, reject or mark as spam; returns how many comments changed. Their pages are
    served afresh (an update sends no save signal): a new content generation, and their
    addresses purged from the front cache."""
    comments = Comment.objects.filter(pk__in=comment_ids)
    pages = Page.objects.filter(pk__in=comments.values("page_id"))
    urls = {page.url for page in pages if page.url}
    changed = comments.update(status=status, moderated_at=timezone.now())
    if changed:
        start_new_generation()
        frontcache.purge(urls)
    return changed


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


def request_registration(event, data, language):
    """A registration waiting for its confirmation link to be followed; it takes no place yet.

    An address registers once per event: registering again sends the confirmation link again
    (new details replace the old while unconfirmed), or tells a confirmed registrant where they
    stand; a cancelled registration can be made again. Fake addresses take nobody's place.
    """
    email = data["email"].strip().lower()
    with transaction.atomic():
        registration, created = Registration.objects.select_for_update().get_or_create(
            event=event, email=email, defaults={**data, "email": email, "language": language}
        )
        if not created and not registration.takes_part:
            for field, value in {**data, "email": email, "language": language}.items():
                setattr(registration, field, value)
            # A new moment makes the links of the earlier registration worthless.
            registration.status = Registration.Status.PENDING
            registration.created_at = timezone.now()
            registration.cancelled_at = None
            registration.save()
    if registration.takes_part:
        send_registration_mail(registration)
    else:
        send_registration_confirm_request(registration)
    return registration


def confirm_registration(registration):
    """Give a waiting registration a place, or a spot on the waiting list when the event is full;
    safe under concurrency: the event row is locked (PostgreSQL) before counting, so two
    confirmations cannot both take the last place."""
    with transaction.atomic():
        locked = Registration.objects.select_for_update().get(pk=registration.pk)
        if locked.status != Registration.Status.PENDING:
            return locked
        event = (
            type(registration.event.specific)
            .objects.select_for_update()
            .only("capacity")
            .get(pk=registration.event_id)
        )
        full = event.capacity is not None and confirmed_count(event) >= event.capacity
        locked.status = Registration.Status.WAITING_LIST if full else Registration.Status.CONFIRMED
        locked.confirmed_at = timezone.now()
        locked.save(update_fields=["status", "confirmed_at"])
    send_registration_mail(locked)
    return locked


def cancel_registration(registration):
    """Cancel, and give a freed place to the first on the waiting list (who is told by mail)."""
    promoted = None
    with transaction.atomic():
        locked = Registration.objects.select_for_update().get(pk=registration.pk)
        if locked.status == Registration.Status.CANCELLED:
            return locked
        had_place = locked.status == Registration.Status.CONFIRMED
        locked.status = Registration.Status.CANCELLED
        locked.cancelled_at = timezone.now()
        locked.save(update_fields=["status", "cancelled_at"])
        if had_place:
            promoted = (
                Registration.objects.select_for_update()
                .filter(event_id=locked.event_id, status=Registration.Status.WAITING_LIST)
                .order_by("confirmed_at", "pk")
                .first()
            )
            if promoted is not None:
                promoted.status = Registration.Status.CONFIRMED
                promoted.save(update_fields=["status"])
    if promoted is not None:
        send_registration_mail(promoted, promoted_from_waiting_list=True)
    return locked
