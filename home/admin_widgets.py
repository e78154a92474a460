"""Date, time and slug fields in the admin: what an editor types is kept, minutes can be picked.

Wagtail's date picker corrects what it cannot read when the field loses focus (31-02-2026
became 03-03-2026, "abc" became today) and offers whole hours only. Here the picker leaves the
text alone, so the form refuses an impossible date with a message instead of saving another
one, and lists times every five minutes. Registered for every model form of the admin (pages,
snippets, settings) when the app is ready (home/apps.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput, SlugInput

MINUTE_STEP = 5
# xdsoft datetimepicker options: no correction on blur, a time every MINUTE_STEP minutes.
KEEP_TYPED_TEXT = {"validateOnBlur": False, "allowBlank": True}

INVALID_SLUG = _(
    "Gebruik in de slug alleen kleine letters zonder accenten, cijfers en streepjes, bijvoorbeeld kenniscafe."
)
INVALID_DATE = _("Dit is geen bestaande datum. Typ dag-maand-jaar, bijvoorbeeld 09-03-2026.")
INVALID_TIME = _("Dit is geen geldige tijd. Typ uren:minuten, bijvoorbeeld 14:30.")
INVALID_DATETIME = _(
    "Dit is geen bestaande datum met tijd. Typ dag-maand-jaar uren:minuten, bijvoorbeeld 09-03-2026 14:30."
)


class DateInput(AdminDateInput):
    def get_config(self):
        return {**super().get_config(), **KEEP_TYPED_TEXT}


class TimeInput(AdminTimeInput):
    def get_config(self):
        return {**super().get_config(), **KEEP_TYPED_TEXT, "step": MINUTE_STEP}


class DateTimeInput(AdminDateTimeInput):
    def get_config(self):
        return {**super().get_config(), **KEEP_TYPED_TEXT, "step": MINUTE_STEP}


def register():
    # Slugs in plain ASCII (WAGTAIL_ALLOW_UNICODE_SLUGS = False makes the editor's script suggest
    # them; this refuses a typed "kenniscafé" on the server as well). The override replaces
    # Wagtail's, so it names Wagtail's SlugInput again: without it the title is copied unslugified.
    register_form_field_override(
        models.SlugField,
        override={"widget": SlugInput, "allow_unicode": False, "error_messages": {"invalid": INVALID_SLUG}},
    )
    register_form_field_override(
        models.DateField, override={"widget": DateInput, "error_messages": {"invalid": INVALID_DATE}}
    )
    register_form_field_override(
        models.TimeField, override={"widget": TimeInput, "error_messages": {"invalid": INVALID_TIME}}
    )
    register_form_field_override(
        models.DateTimeField,
        override={"widget": DateTimeInput, "error_messages": {"invalid": INVALID_DATETIME}},
    )
