"""The newsletter's own addresses: sign-up (the footer's form posts here), confirmation and
unsubscribing, and the fresh form-start token that cached pages ask for."""

from django.http import HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.models import Page

from home.visibility import public

from .forms import NEWSLETTER_PLACEMENTS, SubscribeForm, newsletter_auto_id
from .models import Registration, Subscriber
from .pages import SENT_PARAMETER, checked_form
from .services import cancel_registration, confirm_registration, subscribe
from .spam import issue_started_token
from .tokens import TokenExpired, TokenInvalid


def source_page(request):
    """The live page the form was on (the footer's form is on every page), or None."""
    try:
        page_id = int(request.POST.get("page", ""))
    except ValueError:
        return None
    return public(Page.objects.live()).filter(pk=page_id).first()


def render_standalone(request, form=None, status=200, source_page=None):
    """The sign-up form on its own page; with errors, the reader's text stays in it and a link
    leads back to the page the reader came from."""
    context = {"engagement_forms": {"newsletter-page": form} if form else {}, "source_page": source_page}
    return TemplateResponse(request, "engagement/newsletter_standalone.html", context, status=status)


@require_http_methods(["GET", "POST"])
def subscribe_view(request):
    if request.method == "GET":
        return render_standalone(request)
    placement = request.POST.get("placement")
    placement = placement if placement in NEWSLETTER_PLACEMENTS else "page"
    page = source_page(request)
    form = SubscribeForm(request.POST, auto_id=newsletter_auto_id("page"))
    if not form.is_honeypot_filled:
        if status := checked_form(request, form, "newsletter"):
            return render_standalone(request, form, status, source_page=page)
        subscribe(
            form.cleaned_data["email"],
            form.cleaned_data["consent_version"],
            translation.get_language(),
            source_page=page,
            source_url=page.url if page else request.path,
        )
    # Bots that filled in the honeypot get the same answer; nothing was stored or sent.
    if page is None:
        return HttpResponseRedirect(
            f"{reverse('engagement:newsletter_subscribe')}?{SENT_PARAMETER}=nieuwsbrief-page#nieuwsbrief-page"
        )
    return HttpResponseRedirect(
        f"{page.url}?{SENT_PARAMETER}=nieuwsbrief-{placement}#nieuwsbrief-{placement}"
    )


def render_token_page(request, template, context, status=200):
    response = TemplateResponse(request, template, context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def link_problem(request, message, back_url="", back_label=""):
    context = {"message": message, "back_url": back_url, "back_label": back_label}
    return render_token_page(request, "engagement/link_problem.html", context, 400)


def newsletter_link_problem(request, expired):
    if expired:
        message = _(
            "De link om je aanmelding te bevestigen is verlopen. Meld je opnieuw aan; je krijgt dan een "
            "nieuwe link."
        )
    else:
        message = _(
            "Deze link is niet geldig. Kopieer de volledige link uit de e-mail, of meld je opnieuw aan."
        )
    return link_problem(
        request,
        message,
        reverse("engagement:newsletter_subscribe"),
        _("Naar de aanmelding voor de nieuwsbrief"),
    )


def registration_link_problem(request, expired):
    """No link back: an expired or forged token does not tell which event's page has the form."""
    if expired:
        message = _(
            "De link om je aanmelding te bevestigen is verlopen. Meld je opnieuw aan op de pagina van het "
            "evenement; je krijgt dan een nieuwe link."
        )
    else:
        message = _(
            "Deze link is niet geldig. Kopieer de volledige link uit de e-mail, of meld je opnieuw aan op de "
            "pagina van het evenement."
        )
    return link_problem(request, message)


@require_http_methods(["GET", "POST"])
def confirm_subscription(request, token):
    try:
        subscriber = Subscriber.for_confirm_token(token)
    except TokenExpired:
        return newsletter_link_problem(request, expired=True)
    except TokenInvalid:
        return newsletter_link_problem(request, expired=False)
    # Confirming takes a button press, so mail scanners that follow links confirm nothing; only
    # a sign-up still waiting is confirmed (an unsubscribed reader signs up again).
    if request.method == "POST" and subscriber.status == Subscriber.Status.PENDING:
        subscriber.confirm()
    return render_token_page(request, "engagement/newsletter_confirm.html", {"subscriber": subscriber})


# Mail programs post RFC 8058 one-click requests from elsewhere, without the site's origin:
# the signed token in the URL is what authorises the request.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = Subscriber.for_unsubscribe_token(token)
    except TokenInvalid:
        return newsletter_link_problem(request, expired=False)
    if request.method == "POST" and subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.unsubscribe()
    return render_token_page(request, "engagement/newsletter_unsubscribe.html", {"subscriber": subscriber})


@require_http_methods(["GET", "POST"])
def registration_confirm(request, token):
    """The link in the first mail: one button press gives the registration a place."""
    try:
        registration = Registration.for_confirm_token(token)
    except TokenExpired:
        return registration_link_problem(request, expired=True)
    except TokenInvalid:
        return registration_link_problem(request, expired=False)
    event = registration.event.specific
    if request.method == "POST" and event.registration_open:
        registration = confirm_registration(registration)
    context = {"registration": registration, "event": event}
    return render_token_page(request, "engagement/registration_confirm.html", context)


@require_http_methods(["GET", "POST"])
def registration_cancel(request, token):
    """The link in the confirmation mail: one button press frees the place."""
    try:
        registration = Registration.for_cancel_token(token)
    except TokenInvalid:
        return registration_link_problem(request, expired=False)
    if request.method == "POST":
        registration = cancel_registration(registration)
    context = {"registration": registration, "event": registration.event.specific}
    return render_token_page(request, "engagement/registration_cancel.html", context)


@require_GET
@never_cache
def form_started(request):
    """A fresh form-start token: pages come from a shared cache, so the one in the page is as
    old as the cached copy; site.js asks for this one when a reader starts filling in a form."""
    return JsonResponse({"started": issue_started_token()})
