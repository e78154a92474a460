"""Make sure the admin account (and the demo role accounts) exist.

Passwords come from ADMIN_PASSWORD / DEMO_PASSWORD, or are generated and printed once,
when the account is created. Existing accounts are never changed.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from demo.accounts import DEMO_ACCOUNTS


class Command(BaseCommand):
    help = "Maakt het beheerdersaccount en de demo-accounts aan als ze nog niet bestaan."

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("ADMIN_USERNAME", "admin")
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Beheerdersaccount '{username}' bestaat al.")
        else:
            password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            User.objects.create_superuser(username, os.environ.get("ADMIN_EMAIL", ""), password)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Beheerder aangemaakt: gebruikersnaam '{username}', wachtwoord '{password}'"
                )
            )

        for account in DEMO_ACCOUNTS:
            if User.objects.filter(username=account.username).exists():
                continue
            password = os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(12)
            user = User.objects.create_user(
                account.username,
                f"{account.username}@example.org",
                password,
                first_name=account.first_name,
                last_name=account.last_name,
            )
            group, _ = Group.objects.get_or_create(name=account.group)
            user.groups.add(group)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo-account ({account.group}) aangemaakt: "
                    f"gebruikersnaam '{account.username}', wachtwoord '{password}'"
                )
            )
