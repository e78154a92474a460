"""Everything `make run` does before serving, in one process so a second run starts quickly."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compileert de vertalingen, migreert, laadt de demo-inhoud en zorgt voor de accounts."

    def handle(self, *args, **options):
        # Catalogues first: Django reads them on the first translated string of the process.
        for name, kwargs in (
            ("compile_translations", {}),
            ("migrate", {"interactive": False}),
            ("load_demo_content", {}),
            ("ensure_accounts", {}),
        ):
            call_command(name, stdout=self.stdout, stderr=self.stderr, **kwargs)
