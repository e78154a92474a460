import uuid

from django.db import migrations


def set_keys_and_locales(apps, schema_editor):
    """Each existing form field gets its own translation key and its page's language."""
    ContactFormField = apps.get_model("engagement", "ContactFormField")
    for field in ContactFormField.objects.select_related("page"):
        field.translation_key = uuid.uuid4()
        field.locale_id = field.page.locale_id
        field.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [("engagement", "0003_contactformfield_bootstrap_translatable")]

    operations = [migrations.RunPython(set_keys_and_locales, migrations.RunPython.noop)]
