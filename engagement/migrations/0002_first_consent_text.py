"""The first consent text, so the sign-up form works on a fresh site. Later versions are
added by editors in the admin; this one is never changed."""

from django.db import migrations

TEXT_NL = (
    "Ik wil de nieuwsbrief van de Werkplaats Sociaal Domein Zuid-Holland Zuid per e-mail ontvangen. "
    "De Werkplaats gebruikt mijn e-mailadres alleen om de nieuwsbrief te sturen en deelt het met niemand. "
    "Ik kan me op elk moment afmelden via de link in iedere e-mail."
)
TEXT_EN = (
    "I want to receive the newsletter of the Werkplaats Sociaal Domein Zuid-Holland Zuid by email. "
    "The Werkplaats uses my email address only to send the newsletter and shares it with no one. "
    "I can unsubscribe at any time through the link in every email."
)


def create_first_version(apps, schema_editor):
    ConsentText = apps.get_model("engagement", "ConsentText")
    ConsentText.objects.get_or_create(version=1, defaults={"text": TEXT_NL, "text_en": TEXT_EN})


class Migration(migrations.Migration):
    dependencies = [("engagement", "0001_initial")]

    operations = [migrations.RunPython(create_first_version, migrations.RunPython.noop)]
