"""The public forms post here. On bad input the page the form was on is rendered again with
the reader's text and the errors; on success the reader is sent back to it (post/redirect/get)."""

from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from articles.models import EventPage

from .forms import CommentForm, RegistrationForm, SubscribeForm
from .http import mark_private
from .mail import notify_moderators, send_registration_mail, send_subscription_mail
from .models import Comment, Registration, Subscriber
from .newsletter import TokenExpired, TokenInvalid, subscriber_for_confirmation, subscriber_for_unsubscribe
from .spam import RATE_LIMIT_MESSAGE, rate_limit_exceeded

# Where the template tags find a bound form to show instead of an empty one.
BOUND_FORMS_ATTR = "engagement_bound_forms"
NEWSLETTER_PLACEMENTS = ("footer", "page")
SENT_PARAMETER = "verzonden"


def comment_auto_id():
    return "comment-%s"


def newsletter_auto_id(placement):
    return f"newsletter-{placement}-%s"


def registration_auto_id():
    return "registration-%s"


def bound_form(request, key):
    return getattr(request, BOUND_FORMS_ATTR, {}).get(key)


def render_page(request, page, status, **bound_forms):
    """Serve the page as Wagtail would, with the given bound forms in place of empty ones."""
    mark_private(request)
    setattr(request, BOUND_FORMS_ATTR, bound_forms)
    request.is_preview = False
    return TemplateResponse(request, page.get_template(request), page.get_context(request), status=status)


def redirect_to_page(request, page, sent, anchor):
    url = page.get_url(request) or "/"
    return HttpResponseRedirect(f"{url}?{SENT_PARAMETER}={sent}#{anchor}")


def checked_form(request, form, scope):
    """Validate the form and apply the rate limit. Returns the error status, or None."""
    if rate_limit_exceeded(request, scope):
        form.is_valid()
        form.add_error(None, RATE_LIMIT_MESSAGE)
        return 429
    return None if form.is_valid() else 400


@require_POST
def submit_comment(request, page_id):
    page = get_object_or_404(Page.objects.live().public().specific(), pk=page_id)
    form = CommentForm(request.POST, auto_id=comment_auto_id())
    if not getattr(page, "allow_comments", False):
        return render_page(request, page, 403)
    if form.is_honeypot_filled:
        return redirect_to_page(request, page, "reactie", "reacties")
    if status := checked_form(request, form, "comment"):
        return render_page(request, page, status, comment=form)
    comment = Comment.objects.create(page=page, language=translation.get_language(), **form.cleaned_data)
    notify_moderators(comment)
    return redirect_to_page(request, page, "reactie", "reacties")


def source_page(request):
    try:
        page_id = int(request.POST.get("page", ""))
    except ValueError:
        return None
    return Page.objects.live().public().specific().filter(pk=page_id).first()


def render_standalone_newsletter(request, form=None, status=200):
    mark_private(request)
    setattr(request, BOUND_FORMS_ATTR, {"newsletter-page": form} if form else {})
    context = {"request": request}
    return TemplateResponse(request, "engagement/newsletter_standalone.html", context, status=status)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        return render_standalone_newsletter(request)
    placement = request.POST.get("placement")
    placement = placement if placement in NEWSLETTER_PLACEMENTS else "page"
    page = source_page(request)
    form = SubscribeForm(request.POST, auto_id=newsletter_auto_id(placement))
    if form.is_honeypot_filled:
        return subscribed_redirect(request, page, placement)
    if status := checked_form(request, form, "newsletter"):
        if page is None:
            return render_standalone_newsletter(request, form, status)
        return render_page(request, page, status, **{f"newsletter-{placement}": form})

    email = form.cleaned_data["email"].strip().lower()
    sign_up = {
        "status": Subscriber.Status.PENDING,
        "language": translation.get_language(),
        "signed_up_at": timezone.now(),
        "source_page": page,
        "source_url": (page.get_url(request) or "")[:500] if page else request.path,
        "consent_text": form.cleaned_data["consent_version"],
    }
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults=sign_up
        )
        # A confirmed subscriber keeps the consent they gave; anyone else signs up afresh.
        if not created and subscriber.status != Subscriber.Status.CONFIRMED:
            for field, value in sign_up.items():
                setattr(subscriber, field, value)
            subscriber.save()
    send_subscription_mail(subscriber, request)
    return subscribed_redirect(request, page, placement)


def subscribed_redirect(request, page, placement):
    if page is None:
        url = reverse("engagement:newsletter_subscribe")
        return HttpResponseRedirect(f"{url}?{SENT_PARAMETER}=nieuwsbrief-page#nieuwsbrief-page")
    return redirect_to_page(request, page, f"nieuwsbrief-{placement}", f"nieuwsbrief-{placement}")


def render_token_page(request, template, context, status=200):
    mark_private(request)
    return TemplateResponse(request, template, context, status=status)


@require_http_methods(["GET", "POST"])
def confirm_subscription(request, token):
    try:
        subscriber = subscriber_for_confirmation(token)
    except TokenExpired:
        return render_token_page(request, "engagement/newsletter_link_problem.html", {"expired": True}, 400)
    except TokenInvalid:
        return render_token_page(request, "engagement/newsletter_link_problem.html", {"expired": False}, 400)
    # Confirming takes a button press, so mail scanners that follow links confirm nothing.
    if request.method == "POST" and subscriber.status != Subscriber.Status.CONFIRMED:
        subscriber.confirm()
    return render_token_page(request, "engagement/newsletter_confirm.html", {"subscriber": subscriber})


# Mail programs post RFC 8058 one-click requests without a CSRF token; the signed token
# in the URL is what authorises the request.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = subscriber_for_unsubscribe(token)
    except TokenInvalid:
        return render_token_page(request, "engagement/newsletter_link_problem.html", {"expired": False}, 400)
    if request.method == "POST" and subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.unsubscribe()
    return render_token_page(request, "engagement/newsletter_unsubscribe.html", {"subscriber": subscriber})


@require_POST
def register_for_event(request, page_id):
    event = get_object_or_404(EventPage.objects.live().public(), pk=page_id)
    form = RegistrationForm(request.POST, auto_id=registration_auto_id())
    if not registration_open(event):
        return render_page(request, event, 403)
    if form.is_honeypot_filled:
        return redirect_to_page(request, event, "aanmelding", "aanmelden")
    if status := checked_form(request, form, "registration"):
        return render_page(request, event, status, registration=form)
    registration = register(event, form.cleaned_data, translation.get_language())
    send_registration_mail(registration, request)
    sent = "wachtlijst" if registration.status == Registration.Status.WAITING_LIST else "aanmelding"
    return redirect_to_page(request, event, sent, "aanmelden")


def registration_open(event):
    return event.registration_enabled and event.start > timezone.now()


def confirmed_count(event):
    return Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).count()


def register(event, data, language):
    """Register, or put on the waiting list when the event is full; safe under concurrency.

    The insert comes first so SQLite takes its write lock before anything is read, and the
    event row is locked (PostgreSQL) before counting, so two last-minute sign-ups cannot both
    take the final place."""
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
            # Registered before: keep the first registration and its place.
            return Registration.objects.get(event=event, email=email)
        locked = EventPage.objects.select_for_update().only("capacity").get(pk=event.pk)
        if locked.capacity is None or confirmed_count(event) < locked.capacity:
            registration.status = Registration.Status.CONFIRMED
            registration.save(update_fields=["status"])
    return registration
