"""Remove newsletter sign-ups that were never confirmed: without confirmation there is no
consent, so the address may not be kept. Run daily from cron."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from engagement.models import Subscriber


class Command(BaseCommand):
    help = "Verwijdert onbevestigde aanmeldingen voor de nieuwsbrief die ouder zijn dan N dagen."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.NEWSLETTER_UNCONFIRMED_DAYS,
            help="Ouder dan dit aantal dagen (standaard: NEWSLETTER_UNCONFIRMED_DAYS).",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            self.stderr.write("--days mag niet negatief zijn.")
            return
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _ = Subscriber.objects.filter(
            status=Subscriber.Status.PENDING, signed_up_at__lt=cutoff
        ).delete()
        self.stdout.write(f"{deleted} onbevestigde aanmelding(en) verwijderd.")
