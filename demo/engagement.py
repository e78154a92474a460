"""Demo content for reader engagement: the newsletter page and the contact form.

The content engineer creates "Contact" as a standard page (slug "contact"); the form lives
beneath it as "Contactformulier", so links to Contact keep working."""

from wagtail.models import Locale

from engagement.models import ContactFormField, ContactPage, NewsletterPage
from home.models import HomePage, StandardPage

from .content.site import CONTACT_FIELDS, CONTACT_FORM, NEWSLETTER
from .pages import upsert_page


def load(stdout):
    dutch = Locale.objects.get(language_code="nl")
    home = HomePage.objects.get(depth=2, locale=dutch)

    newsletter = dict(NEWSLETTER["nl"])
    upsert_page(home, NewsletterPage, newsletter.pop("slug"), **newsletter)

    contact_form = dict(CONTACT_FORM["nl"])
    slug = contact_form.pop("slug")
    parent = StandardPage.objects.filter(locale=dutch, slug="contact").first() or home
    if not ContactPage.objects.filter(locale=dutch, slug=slug).exists():
        page = ContactPage(slug=slug, **contact_form)
        for sort_order, (label, field_type, required, help_text) in enumerate(CONTACT_FIELDS["nl"]):
            page.form_fields.add(
                ContactFormField(
                    sort_order=sort_order,
                    label=label,
                    field_type=field_type,
                    required=required,
                    help_text=help_text,
                )
            )
        parent.add_child(instance=page).save_revision().publish()
        stdout.write("Contactformulier aangemaakt.")
    else:
        upsert_page(parent, ContactPage, slug, **contact_form)
