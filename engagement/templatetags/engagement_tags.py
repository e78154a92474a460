"""The reader forms inside templates of other apps: each tag needs only the page context.

A page that received a form with errors passes it back in ``engagement_forms`` (see
engagement/pages.py); otherwise the tags show an empty form.
"""

from django import template
from django.template.loader import render_to_string
from django.utils import translation

from home.cache import cached

from ..forms import NEWSLETTER_PLACEMENTS, CommentForm, RegistrationForm, SubscribeForm, newsletter_auto_id
from ..models import Comment, Registration
from ..pages import (
    COMMENT_AUTO_ID,
    REGISTRATION_AUTO_ID,
    SENT_PARAMETER,
    CommentsMixin,
    EventRegistrationMixin,
)

register = template.Library()


def sent(request):
    return request.GET.get(SENT_PARAMETER, "") if request is not None else ""


def bound_form(context, key):
    return context.get("engagement_forms", {}).get(key)


@register.inclusion_tag("engagement/includes/comments.html", takes_context=True)
def comments_section(context):
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, CommentsMixin) or not page.pk:
        return {"show": False}
    # A comment's approval or removal starts a new content generation (engagement/apps.py).
    comments = cached(
        f"comments:{page.pk}",
        lambda: list(
            Comment.objects.filter(page_id=page.pk, status=Comment.Status.APPROVED)
            .order_by("created_at")
            .only("name", "body", "created_at")
        ),
    )
    form = None
    if page.allow_comments:
        form = bound_form(context, "comment") or CommentForm(auto_id=COMMENT_AUTO_ID)
    return {
        "show": True,
        "page": page,
        "comments": comments,
        "form": form,
        "thanks": sent(request) == "reactie",
    }


@register.inclusion_tag("engagement/includes/newsletter_form.html", takes_context=True)
def newsletter_form(context, placement="footer"):
    request = context.get("request")
    # The page the sign-up counts for: the one shown, or the one the reader came from.
    page = context.get("page") or context.get("source_page")
    placement = placement if placement in NEWSLETTER_PLACEMENTS else "footer"
    form = bound_form(context, f"newsletter-{placement}") or SubscribeForm(
        auto_id=newsletter_auto_id(placement)
    )
    return {
        "form": form,
        "placement": placement,
        "page": page if getattr(page, "pk", None) else None,
        "consent": form.consent_text.text_for(translation.get_language()) if form.consent_text else "",
        "thanks": sent(request) == f"nieuwsbrief-{placement}",
    }


@register.inclusion_tag("engagement/includes/event_registration.html", takes_context=True)
def event_registration(context):
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, EventRegistrationMixin) or not page.pk or not page.registration_enabled:
        return {"show": False}
    is_open = page.registration_open
    places_left = page.places_left
    form = None
    if is_open:
        form = bound_form(context, "registration") or RegistrationForm(auto_id=REGISTRATION_AUTO_ID)
    return {
        "show": True,
        "page": page,
        "is_open": is_open,
        "places_left": places_left,
        "is_full": places_left == 0,
        "form": form,
        "result": sent(request),
        "Status": Registration.Status,
    }


@register.simple_tag
def reader_fields(form, *kept_as):
    """The form's fields for readers. An empty form is the same for every reader: its HTML is
    kept per language and content generation under ``kept_as`` (names this form, and its page
    where the fields are the page's own)."""

    def render():
        return render_to_string("engagement/includes/reader_fields.html", {"form": form})

    if form.is_bound:  # the reader's input and the errors in it
        return render()
    name = ":".join(map(str, kept_as))
    return cached(f"reader-fields:{name}:{form.auto_id}:{translation.get_language()}", render)


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
