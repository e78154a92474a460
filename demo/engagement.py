"""Demo content for reader engagement: the newsletter page and the contact form.

The content engineer creates "Contact" as a standard page (slug "contact"); the form lives
beneath it as "Contactformulier", so links to Contact keep working."""

from datetime import datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Locale

from articles.models import EventIndexPage, EventPage
from engagement.models import ContactFormField, ContactPage, NewsletterPage
from home.models import HomePage, StandardPage

CONTACT_FIELDS = [
    ("Naam", "singleline", True, ""),
    ("E-mailadres", "email", True, "We gebruiken je adres alleen om je te antwoorden."),
    ("Onderwerp", "singleline", False, ""),
    ("Bericht", "multiline", True, ""),
]
# The events from the old site are past; this one shows registration with a waiting list.
OPEN_EVENT_SLUG = "kenniscafe-verbondenheid-in-de-wijk"


def load(stdout):
    dutch = Locale.objects.get(language_code="nl")
    home = HomePage.objects.get(depth=2, locale=dutch)

    if not NewsletterPage.objects.filter(locale=dutch, slug="nieuwsbrief").exists():
        home.add_child(
            instance=NewsletterPage(
                title="Nieuwsbrief",
                slug="nieuwsbrief",
                intro=(
                    "<p>Een paar keer per jaar het nieuws van de Werkplaats in je mailbox: nieuwe werkteams, "
                    "verslagen van bijeenkomsten en het online magazine.</p>"
                ),
            )
        ).save_revision().publish()
        stdout.write("Nieuwsbriefpagina aangemaakt.")

    if not ContactPage.objects.filter(locale=dutch, slug="contactformulier").exists():
        parent = StandardPage.objects.filter(locale=dutch, slug="contact").first() or home
        page = ContactPage(
            title="Contactformulier",
            slug="contactformulier",
            intro="<p>Een vraag of een idee voor de Werkplaats? Stuur ons een bericht.</p>",
            thank_you_text="<p>Bedankt voor je bericht. We antwoorden binnen een paar werkdagen.</p>",
            subject="Bericht via het contactformulier",
        )
        for sort_order, (label, field_type, required, help_text) in enumerate(CONTACT_FIELDS):
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

    agenda = EventIndexPage.objects.filter(locale=dutch).first()
    if agenda and not EventPage.objects.filter(locale=dutch, slug=OPEN_EVENT_SLUG).exists():
        day = timezone.localdate() + timedelta(days=60)
        start = timezone.make_aware(datetime.combine(day, time(15, 0)))
        agenda.add_child(
            instance=EventPage(
                title="Kenniscafé: verbondenheid in de wijk",
                slug=OPEN_EVENT_SLUG,
                start=start,
                end=start + timedelta(hours=2),
                intro=(
                    "Bewoners, professionals en studenten delen wat werkt om mensen in de wijk met elkaar "
                    "in contact te brengen. Er zijn twintig plaatsen; daarna is er een wachtlijst."
                ),
                location_name="Hogeschool Rotterdam, Museumpark 40",
                address="Museumpark 40\n3015 CX Rotterdam",
                registration_enabled=True,
                capacity=20,
            )
        ).save_revision().publish()
        stdout.write("Kenniscafé met aanmelden aangemaakt.")
