"""Defences shared by every public form: honeypot, minimum fill time and a rate limit."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

REQUIRED = _("Dit veld is verplicht.")
INVALID_EMAIL = _("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.")
TOO_LONG = _("Gebruik hoogstens %(limit_value)d tekens (nu %(show_value)d).")

STARTED_SALT = "engagement.form-started"
HONEYPOT_FIELD = "website"
STARTED_FIELD = "started"
SPAM_FIELDS = (HONEYPOT_FIELD, STARTED_FIELD)
# A form left open longer than this must be sent again; it keeps replayed tokens short-lived.
STARTED_MAX_AGE = 60 * 60 * 24


def issue_started_token(at=None):
    """A signed timestamp of when the form was shown."""
    return signing.Signer(salt=STARTED_SALT).sign(str(int(time.time() if at is None else at)))


def seconds_since(token):
    """Seconds since the token was issued, or None when it is missing or forged."""
    try:
        issued = int(signing.Signer(salt=STARTED_SALT).unsign(token or ""))
    except (signing.BadSignature, ValueError):
        return None
    return time.time() - issued


class SpamProtectedForm(forms.Form):
    """Adds a honeypot and a signed start time; both are removed from cleaned_data."""

    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Whatever was posted, the re-rendered form starts a fresh clock.
        self.fresh_started_token = issue_started_token()

    @property
    def reader_fields(self):
        return [field for field in self if field.name not in SPAM_FIELDS and not field.is_hidden]

    @property
    def is_honeypot_filled(self):
        return bool(self.data.get(HONEYPOT_FIELD))

    def clean(self):
        cleaned_data = super().clean()
        elapsed = seconds_since(cleaned_data.get(STARTED_FIELD))
        if elapsed is None or elapsed > STARTED_MAX_AGE:
            raise forms.ValidationError(
                _("Het formulier is verlopen. Controleer je gegevens en verstuur het opnieuw."),
                code="expired",
            )
        if elapsed < settings.ENGAGEMENT_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("Je verstuurde het formulier erg snel. Controleer je gegevens en verstuur het opnieuw."),
                code="too_fast",
            )
        for name in SPAM_FIELDS:
            cleaned_data.pop(name, None)
        return cleaned_data


def client_ip(request):
    """REMOTE_ADDR, or the address the trusted proxies saw (ENGAGEMENT_TRUSTED_PROXY_COUNT)."""
    proxies = settings.ENGAGEMENT_TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        # Each trusted proxy appends the address it received from; earlier entries can be forged.
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def rate_limit_exceeded(request, scope):
    """Count this POST against the sender's address; True once the limit is passed."""
    count, window = settings.ENGAGEMENT_RATE_LIMIT
    key = f"engagement:rate:{scope}:{client_ip(request)}"
    cache.add(key, 0, timeout=window)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        used = 1
    return used > count


RATE_LIMIT_MESSAGE = _(
    "Je hebt in korte tijd te vaak een formulier verstuurd. Probeer het over een paar minuten opnieuw."
)
