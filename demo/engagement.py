"""Demo content for reader engagement: the newsletter page and the contact form.

The content engineer creates "Contact" as a standard page (slug "contact"); the form lives
beneath it as "Contactformulier", so links to Contact keep working."""

from datetime import datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Locale

from articles.models import EventIndexPage, EventPage
from engagement.models import ContactFormField, ContactPage, NewsletterPage
from home.models import HomePage, StandardPage

from .content.sections import OPEN_EVENT
from .content.site import CONTACT_FIELDS, CONTACT_FORM, NEWSLETTER
from .pages import upsert_page

# The events from the old site are past; this one shows registration with a waiting list.
OPEN_EVENT_SLUG = OPEN_EVENT["nl"]["slug"]


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

    agenda = EventIndexPage.objects.filter(locale=dutch).first()
    fields = dict(OPEN_EVENT["nl"])
    fields.pop("slug")
    if agenda and not EventPage.objects.filter(locale=dutch, slug=OPEN_EVENT_SLUG).exists():
        # Two months ahead of the first load, so that registering can be tried; only the day is set.
        day = timezone.localdate() + timedelta(days=60)
        agenda.add_child(
            instance=EventPage(
                slug=OPEN_EVENT_SLUG,
                start=timezone.make_aware(datetime.combine(day, time.min)),
                time_known=False,
                registration_enabled=True,
                capacity=20,
                **fields,
            )
        ).save_revision().publish()
        stdout.write("Kenniscafé met aanmelden aangemaakt.")
    elif agenda:
        upsert_page(agenda, EventPage, OPEN_EVENT_SLUG, time_known=False, address="", **fields)
