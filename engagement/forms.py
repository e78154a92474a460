"""The forms readers fill in on the site's pages: comments, newsletter and event registration."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ConsentText
from .spam import INVALID_EMAIL, REQUIRED, TOO_LONG, SpamProtectedForm


def text_field(label, max_length, required=True, textarea=False, **kwargs):
    kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 6}) if textarea else forms.TextInput)
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        error_messages={"required": REQUIRED, "max_length": TOO_LONG},
        **kwargs,
    )


def email_field(**kwargs):
    return forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        error_messages={"required": REQUIRED, "invalid": INVALID_EMAIL, "max_length": TOO_LONG},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        **kwargs,
    )


class CommentForm(SpamProtectedForm):
    name = text_field(_("Naam"), 100, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = email_field(help_text=_("Wordt niet getoond."))
    body = text_field(_("Reactie"), 3000, textarea=True)

    field_order = ["name", "email", "body"]


class SubscribeForm(SpamProtectedForm):
    email = email_field()
    consent = forms.BooleanField(
        label=_("Ik geef toestemming"),
        error_messages={"required": _("Geef toestemming om de nieuwsbrief te ontvangen.")},
    )
    # The version the visitor was shown, so the record proves what was agreed to.
    consent_version = forms.ModelChoiceField(
        queryset=ConsentText.objects.all(),
        to_field_name="version",
        widget=forms.HiddenInput,
        error_messages={
            "required": _("De toestemmingstekst ontbreekt. Laad de pagina opnieuw."),
            "invalid_choice": _("De toestemmingstekst ontbreekt. Laad de pagina opnieuw."),
        },
    )

    field_order = ["email", "consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.consent_text = ConsentText.current()
        if self.consent_text:
            self.fields["consent_version"].initial = self.consent_text.version


class RegistrationForm(SpamProtectedForm):
    name = text_field(_("Naam"), 100, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = email_field()
    organisation = text_field(
        _("Organisatie"), 160, required=False, widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    remarks = text_field(
        _("Opmerkingen"),
        1000,
        required=False,
        textarea=True,
        help_text=_("Bijvoorbeeld over toegankelijkheid."),
    )

    field_order = ["name", "email", "organisation", "remarks"]


# Where the sign-up form stands: each placement gets its own element ids and thank-you anchor.
NEWSLETTER_PLACEMENTS = ("footer", "page")


def newsletter_auto_id(placement):
    return f"newsletter-{placement}-%s"
