"""Forms for templates owned by others: each tag needs only the page context."""

from django import template
from django.utils import translation

from articles.models import EventPage

from ..forms import CommentForm, RegistrationForm, SubscribeForm
from ..http import mark_private
from ..models import Comment, Registration
from ..views import (
    NEWSLETTER_PLACEMENTS,
    SENT_PARAMETER,
    bound_form,
    comment_auto_id,
    confirmed_count,
    newsletter_auto_id,
    registration_auto_id,
    registration_open,
)

register = template.Library()


def sent(request):
    return request.GET.get(SENT_PARAMETER, "") if request is not None else ""


@register.inclusion_tag("engagement/includes/comments.html", takes_context=True)
def comments_section(context):
    page, request = context.get("page"), context.get("request")
    if page is None or not hasattr(page, "allow_comments") or not page.pk:
        return {"show": False}
    comments = list(
        Comment.objects.filter(page_id=page.pk, status=Comment.Status.APPROVED)
        .order_by("created_at")
        .only("name", "body", "created_at")
    )
    form = None
    if page.allow_comments:
        mark_private(request)
        form = bound_form(request, "comment") or CommentForm(auto_id=comment_auto_id())
    return {
        "show": True,
        "page": page,
        "request": request,
        "comments": comments,
        "form": form,
        "thanks": sent(request) == "reactie",
    }


@register.inclusion_tag("engagement/includes/newsletter_form.html", takes_context=True)
def newsletter_form(context, placement="footer"):
    request, page = context.get("request"), context.get("page")
    placement = placement if placement in NEWSLETTER_PLACEMENTS else "footer"
    form = bound_form(request, f"newsletter-{placement}") or SubscribeForm(
        auto_id=newsletter_auto_id(placement)
    )
    if request is not None:
        mark_private(request)
    thanks = sent(request) == f"nieuwsbrief-{placement}"
    return {
        "form": form,
        "placement": placement,
        "page": page if getattr(page, "pk", None) else None,
        "consent": form.consent_text.text_for(translation.get_language()) if form.consent_text else "",
        "thanks": thanks,
        "request": request,
    }


@register.inclusion_tag("engagement/includes/event_registration.html", takes_context=True)
def event_registration(context):
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, EventPage) or not page.pk or not page.registration_enabled:
        return {"show": False}
    is_open = registration_open(page)
    places_left = None
    if page.capacity is not None:
        places_left = max(0, page.capacity - confirmed_count(page))
    form = None
    if is_open:
        mark_private(request)
        form = bound_form(request, "registration") or RegistrationForm(auto_id=registration_auto_id())
    return {
        "show": True,
        "page": page,
        "request": request,
        "is_open": is_open,
        "places_left": places_left,
        "is_full": places_left == 0,
        "form": form,
        "result": sent(request),
        "Status": Registration.Status,
    }


@register.simple_tag
def field_widget(field):
    """The widget with its help text and error message linked for screen readers."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-help")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
    attrs = {"aria-describedby": " ".join(described_by)} if described_by else {}
    return field.as_widget(attrs=attrs)
