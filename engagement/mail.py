"""Every mail the site sends, written in the recipient's language and handed to ``deliver``,
which puts it in the mail queue (engagement/tasks.py): a reader's request never waits for a
mail server. Links in mails use the site's public address (home/site.py), never the host of a
request."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from home.site import absolute_url

from .groups import MODERATORS_GROUP
from .tasks import message_to_dict, send_message
from .tokens import confirm_token, registration_cancel_token, registration_confirm_token, unsubscribe_token


def deliver(message):
    send_message.enqueue(message_to_dict(message))


def moderator_addresses():
    configured = list(settings.COMMENT_MODERATORS_EMAIL)
    members = (
        get_user_model()
        .objects.filter(groups__name=MODERATORS_GROUP, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    return sorted(set(configured) | set(members))


def notify_moderators(comment):
    recipients = moderator_addresses()
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        edit_path = reverse(comment.snippet_viewset.get_url_name("edit"), args=[comment.pk])
        body = render_to_string(
            "engagement/email/comment_moderation.txt",
            {"comment": comment, "page": comment.page, "moderation_url": absolute_url(edit_path)},
        )
        subject = _("Nieuwe reactie op “%(title)s” wacht op goedkeuring") % {"title": comment.page.title}
    deliver(EmailMessage(subject, body, None, recipients))


def unsubscribe_url(subscriber):
    with translation.override(subscriber.language):
        return absolute_url(
            reverse("engagement:newsletter_unsubscribe", args=[unsubscribe_token(subscriber.key)])
        )


def newsletter_message(subscriber, subject, template_name, context=None):
    """A mail to a (would-be) subscriber, with RFC 8058 one-click unsubscribe headers and
    the same link in the text. Call it inside translation.override(subscriber.language)."""
    link = unsubscribe_url(subscriber)
    body = render_to_string(
        template_name, {**(context or {}), "subscriber": subscriber, "unsubscribe_url": link}
    )
    return EmailMessage(
        subject,
        body,
        to=[subscriber.email],
        headers={"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )


def send_subscription_mail(subscriber):
    """Pending addresses get a confirmation link; confirmed ones are told they already are
    subscribed. The visitor sees the same answer either way."""
    with translation.override(subscriber.language):
        if subscriber.status == subscriber.Status.CONFIRMED:
            message = newsletter_message(
                subscriber,
                _("Je bent al aangemeld voor de nieuwsbrief"),
                "engagement/email/newsletter_already_subscribed.txt",
            )
        else:
            path = reverse(
                "engagement:newsletter_confirm", args=[confirm_token(subscriber.key, subscriber.signed_up_at)]
            )
            message = newsletter_message(
                subscriber,
                _("Bevestig je aanmelding voor de nieuwsbrief"),
                "engagement/email/newsletter_confirm.txt",
                {
                    "confirm_url": absolute_url(path),
                    "valid_days": max(1, settings.NEWSLETTER_CONFIRM_MAX_AGE // 86400),
                },
            )
    deliver(message)


def registration_context(registration):
    event = registration.event.specific
    return {
        "registration": registration,
        "event": event,
        "details": event.registration_details(),
        "event_url": absolute_url(event.url),
    }


def send_registration_confirm_request(registration):
    """The link that makes a registration count: until it is followed it takes no place."""
    with translation.override(registration.language):
        context = registration_context(registration)
        path = reverse("engagement:registration_confirm", args=[registration_confirm_token(registration)])
        context.update(confirm_url=absolute_url(path), valid_hours=settings.REGISTRATION_CONFIRM_HOURS)
        subject = _("Bevestig je aanmelding voor “%(title)s”") % {"title": context["event"].title}
        body = render_to_string("engagement/email/registration_confirm.txt", context)
    deliver(EmailMessage(subject, body, None, [registration.email]))


def send_registration_mail(registration, promoted_from_waiting_list=False):
    """Where a confirmed registration stands (a place or the waiting list), with a cancel link."""
    with translation.override(registration.language):
        context = registration_context(registration)
        title = context["event"].title
        if registration.status == registration.Status.WAITING_LIST:
            subject = _("Je staat op de wachtlijst voor “%(title)s”") % {"title": title}
        elif promoted_from_waiting_list:
            subject = _("Er is een plek vrijgekomen: je bent aangemeld voor “%(title)s”") % {"title": title}
        else:
            subject = _("Je bent aangemeld voor “%(title)s”") % {"title": title}
        path = reverse("engagement:registration_cancel", args=[registration_cancel_token(registration)])
        context.update(cancel_url=absolute_url(path), promoted=promoted_from_waiting_list)
        body = render_to_string("engagement/email/registration.txt", context)
    deliver(EmailMessage(subject, body, None, [registration.email]))


def send_contact_submission(page, form, recipients):
    with translation.override(settings.LANGUAGE_CODE):
        subject = page.subject or _("Nieuw bericht via het contactformulier")
        body = page.render_email(form)
    message = EmailMessage(subject, body, page.from_address or None, recipients)
    email_fields = [field.clean_name for field in page.get_form_fields() if field.field_type == "email"]
    reply_to = [form.cleaned_data[name] for name in email_fields if form.cleaned_data.get(name)]
    if reply_to:
        message.reply_to = reply_to[:1]
    deliver(message)
