"""Registrations are confirmed by an emailed link before they take a place.

Existing registrations were made before confirmation existed: they keep their status (a place
or the waiting list) and count as confirmed when they were made. Each gets its own key for the
links in mails; a unique key is added in three steps so no two rows share one.
"""

import uuid

from django.db import migrations, models


def give_each_registration_a_key(apps, schema_editor):
    Registration = apps.get_model("engagement", "Registration")
    for registration in Registration.objects.only("pk", "created_at", "status").iterator():
        registration.key = uuid.uuid4()
        if registration.status in ("confirmed", "waiting"):
            registration.confirmed_at = registration.created_at
        registration.save(update_fields=["key", "confirmed_at"])


class Migration(migrations.Migration):
    dependencies = [
        ("engagement", "0006_registration_event_any_page"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="confirmed_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="bevestigd op"),
        ),
        migrations.AddField(
            model_name="registration",
            name="cancelled_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="afgemeld op"),
        ),
        migrations.AddField(
            model_name="registration",
            name="key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(give_each_registration_a_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="registration",
            name="key",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="registration",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "nog niet bevestigd"),
                    ("confirmed", "aangemeld"),
                    ("waiting", "wachtlijst"),
                    ("cancelled", "afgemeld"),
                ],
                default="pending",
                max_length=10,
                verbose_name="status",
            ),
        ),
    ]
