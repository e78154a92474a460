"""Page types that take a reader's comment or registration on their own address.

The forms post to the page itself, so an error shows the page again with the reader's text
and the message, on the page's URL; a success redirects there with ``?verzonden=`` (post,
redirect, get). Bound forms reach the templates through the page context
(``engagement_forms``), never through the request.
"""

from django.db import models
from django.http import HttpResponseRedirect
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .forms import CommentForm, RegistrationForm
from .services import confirmed_count, request_registration, submit_comment
from .spam import RATE_LIMIT_MESSAGE, rate_limit_exceeded

# The hidden field telling the page which of its forms was posted.
FORM_FIELD = "form"
SENT_PARAMETER = "verzonden"
COMMENT_AUTO_ID = "comment-%s"
REGISTRATION_AUTO_ID = "registration-%s"


def checked_form(request, form, scope):
    """Validate the form and apply the rate limit. Returns the error status, or None."""
    if rate_limit_exceeded(request, scope):
        form.is_valid()
        form.add_error(None, RATE_LIMIT_MESSAGE)
        return 429
    return None if form.is_valid() else 400


class ReaderFormsMixin:
    """Dispatches a POST to the page's form handler by the hidden ``form`` field."""

    form_handlers = {}  # value of the hidden field -> method name, per mixin

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            posted = request.POST.get(FORM_FIELD, "")
            for klass in type(self).__mro__:
                handler = vars(klass).get("form_handlers", {}).get(posted)
                if handler is not None:
                    return getattr(self, handler)(request)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, engagement_forms=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["engagement_forms"] = engagement_forms or {}
        return context

    def serve_with_forms(self, request, status, **forms):
        """The page as Wagtail serves it, with bound forms in place of empty ones."""
        response = super().serve(request, engagement_forms=forms)
        response.status_code = status
        return response

    def redirect_sent(self, sent, anchor):
        return HttpResponseRedirect(f"{self.url}?{SENT_PARAMETER}={sent}#{anchor}")


class CommentsMixin(ReaderFormsMixin, models.Model):
    """Readers comment on the page; comments appear after a moderator approves them."""

    allow_comments = models.BooleanField(_("reacties toestaan"), default=True)

    form_handlers = {"comment": "receive_comment"}

    class Meta:
        abstract = True

    def receive_comment(self, request):
        form = CommentForm(request.POST, auto_id=COMMENT_AUTO_ID)
        if not self.allow_comments:
            return self.serve_with_forms(request, 403)
        if form.is_honeypot_filled:
            return self.redirect_sent("reactie", "reacties")
        if status := checked_form(request, form, "comment"):
            return self.serve_with_forms(request, status, comment=form)
        submit_comment(self, form.cleaned_data, translation.get_language())
        return self.redirect_sent("reactie", "reacties")


class EventRegistrationMixin(ReaderFormsMixin, models.Model):
    """Readers register on the page; with a capacity, later registrations join the waiting list.

    The page type says until when registering is possible (``registration_closes_at``) and
    what the confirmation mail tells about the event (``registration_details``).
    """

    registration_enabled = models.BooleanField(
        _("aanmelden via deze site"),
        default=False,
        help_text=_("Bezoekers melden zich aan met het formulier op deze pagina."),
    )
    capacity = models.PositiveIntegerField(
        _("maximum aantal deelnemers"),
        null=True,
        blank=True,
        help_text=_("Leeg laten voor onbeperkt. Daarna komen aanmeldingen op de wachtlijst."),
    )

    form_handlers = {"registration": "receive_registration"}

    class Meta:
        abstract = True

    def registration_closes_at(self):
        raise NotImplementedError

    def registration_details(self):
        """[(label, value)] for the confirmation mail: when and where."""
        raise NotImplementedError

    @property
    def registration_open(self):
        return self.registration_enabled and self.registration_closes_at() > timezone.now()

    @property
    def places_left(self):
        if self.capacity is None:
            return None
        return max(0, self.capacity - confirmed_count(self))

    def receive_registration(self, request):
        form = RegistrationForm(request.POST, auto_id=REGISTRATION_AUTO_ID)
        if not self.registration_open:
            return self.serve_with_forms(request, 403)
        if form.is_honeypot_filled:
            return self.redirect_sent("aanmelding", "aanmelden")
        if status := checked_form(request, form, "registration"):
            return self.serve_with_forms(request, status, registration=form)
        request_registration(self, form.cleaned_data, translation.get_language())
        # The same answer whether the address was new or registered before: nothing is revealed.
        return self.redirect_sent("aanmelding", "aanmelden")
