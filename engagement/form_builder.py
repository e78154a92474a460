"""The contact form that editors build with Wagtail's form builder, with the site's defences."""

from django import forms
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from .spam import INVALID_EMAIL, REQUIRED, TOO_LONG, SpamProtectedForm


class ContactBaseForm(SpamProtectedForm, BaseForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Fields made by editors speak the same way as the rest of the site's forms.
        for field in self.fields.values():
            field.error_messages.update({"required": REQUIRED, "max_length": TOO_LONG})
            if isinstance(field, forms.EmailField):
                field.error_messages["invalid"] = INVALID_EMAIL


class ContactFormBuilder(FormBuilder):
    MULTILINE_MAX_LENGTH = 5000

    def create_multiline_field(self, field, options):
        options.setdefault("max_length", self.MULTILINE_MAX_LENGTH)
        return super().create_multiline_field(field, options)

    def get_form_class(self):
        return type("ContactForm", (ContactBaseForm,), self.formfields)
