"""Remove event registrations whose confirmation link was never followed: they never took a
place, and without confirmation the address may not be kept. Run hourly or daily from cron."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from engagement.models import Registration


class Command(BaseCommand):
    help = (
        "Verwijdert aanmeldingen voor evenementen die niet binnen REGISTRATION_CONFIRM_HOURS zijn bevestigd."
    )

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(hours=settings.REGISTRATION_CONFIRM_HOURS)
        deleted, _ = Registration.objects.filter(
            status=Registration.Status.PENDING, created_at__lt=cutoff
        ).delete()
        self.stdout.write(f"{deleted} onbevestigde aanmelding(en) voor evenementen verwijderd.")
