"""Admin accounts: login throttled per account and per address (django-axes) with a Dutch
message on Wagtail's login page, lifted by an administrator; TOTP required for superusers
(wagtail-2fa); private pages without shared passwords."""

import io
import json
import os
import subprocess
import sys

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from magazine.roles import COMMUNICATIONS
from tests.roles import PASSWORD, member_of

LOCKOUT_TEXT = "Te veel mislukte inlogpogingen"


@pytest.fixture
def editor(db):
    return member_of(COMMUNICATIONS, "redacteur")


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("beheerder", "beheerder@example.org", PASSWORD)


def log_in(client, username, password, address="192.0.2.1"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(client, username, times, address=None):
    """Wrong passwords; the one that reaches the limit is already answered with the lockout."""
    for attempt in range(times):
        response = log_in(client, username, "fout", address or f"192.0.2.{100 + attempt}")
        assert response.status_code == (429 if attempt + 1 >= settings.AXES_FAILURE_LIMIT else 200)


def test_account_is_locked_after_five_failures_from_any_address(client, editor):
    fail(client, editor.username, settings.AXES_FAILURE_LIMIT)  # five different addresses
    response = log_in(client, editor.username, PASSWORD, address="198.51.100.7")
    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKOUT_TEXT in html and "30 minuten geblokkeerd" in html
    assert 'name="password"' in html  # Wagtail's login page, in Wagtail's design
    assert "_auth_user_id" not in client.session


def test_address_is_locked_after_five_failures_for_any_account(client, editor):
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"iemand{number}", "fout", address="203.0.113.9")
    assert log_in(client, editor.username, PASSWORD, address="203.0.113.9").status_code == 429
    assert log_in(client, editor.username, PASSWORD, address="203.0.113.10").status_code == 302


def test_fewer_failures_do_not_lock_and_a_success_starts_again(client, editor):
    fail(client, editor.username, settings.AXES_FAILURE_LIMIT - 1, address="192.0.2.5")
    assert log_in(client, editor.username, PASSWORD, address="192.0.2.5").status_code == 302
    client.logout()
    fail(client, editor.username, settings.AXES_FAILURE_LIMIT - 1, address="192.0.2.5")
    assert log_in(client, editor.username, PASSWORD, address="192.0.2.5").status_code == 302


def test_lockout_counts_the_address_the_trusted_proxy_saw(client, editor, settings):
    settings.ENGAGEMENT_TRUSTED_PROXY_COUNT = 1
    for number in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/admin/login/",
            {"username": f"iemand{number}", "password": "fout"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.20",
        )
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.20"}


def test_administrator_sees_and_lifts_a_lockout(client, editor, superuser):
    fail(client, editor.username, settings.AXES_FAILURE_LIMIT)
    admin = Client()
    admin.force_login(superuser)
    listing = admin.get("/admin/inlogblokkades/")
    assert listing.status_code == 200
    assert "redacteur" in listing.content.decode()
    assert "/admin/inlogblokkades/" in admin.get("/admin/").content.decode()  # in the settings menu

    lifted = admin.post("/admin/inlogblokkades/opheffen/", {"username": "redacteur"}, follow=True)
    assert "De blokkade van gebruikersnaam redacteur is opgeheven." in lifted.content.decode()
    assert "Er is nu niets geblokkeerd." in lifted.content.decode()
    assert log_in(client, editor.username, PASSWORD, address="198.51.100.7").status_code == 302


def test_administrator_lifts_an_address_lockout(client, editor, superuser):
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"iemand{number}", "fout", address="203.0.113.9")
    admin = Client()
    admin.force_login(superuser)
    admin.post("/admin/inlogblokkades/opheffen/", {"ip_address": "203.0.113.9"})
    assert log_in(client, editor.username, PASSWORD, address="203.0.113.9").status_code == 302


def test_editors_cannot_lift_lockouts(client, editor):
    fail(Client(), "iemand", settings.AXES_FAILURE_LIMIT)
    client.force_login(editor)
    # Wagtail turns a refusal into a redirect to the dashboard with a message; a post answers 403.
    assert client.get("/admin/inlogblokkades/")["Location"] == "/admin/"
    assert client.post("/admin/inlogblokkades/opheffen/", {"username": "iemand"}).status_code == 403
    assert AccessAttempt.objects.exists()
    assert "/admin/inlogblokkades/" not in client.get("/admin/").content.decode()


def confirmed_device(user):
    return TOTPDevice.objects.create(user=user, name="telefoon", confirmed=True)


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_superuser_without_a_device_is_sent_to_set_one_up(client, superuser):
    assert log_in(client, superuser.username, PASSWORD).status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/devices/new")
    assert client.get("/admin/2fa/devices/new").status_code == 200  # makes an unconfirmed device
    qr_code = client.get("/admin/2fa/devices/qr-code")
    assert qr_code["Content-Type"] == "image/svg+xml"

    device = TOTPDevice.objects.get(user=superuser, confirmed=False)
    token = f"{totp(device.bin_key):06d}"
    setup = {"name": "telefoon", "otp_token": token, "password": PASSWORD}
    assert client.post("/admin/2fa/devices/new", setup).status_code == 302
    assert TOTPDevice.objects.get(user=superuser).confirmed
    assert client.get("/admin/pages/").status_code == 200  # verified by setting it up


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_superuser_signs_in_with_password_and_totp(client, superuser):
    device = confirmed_device(superuser)
    log_in(client, superuser.username, PASSWORD)
    asked = client.get("/admin/")
    assert asked.status_code == 302 and asked["Location"].startswith("/admin/2fa/auth")

    wrong = client.post("/admin/2fa/auth", {"otp_token": f"{(totp(device.bin_key) + 1) % 1_000_000:06d}"})
    assert wrong.status_code == 200
    assert client.get("/admin/").status_code == 302
    # django-otp throttles: right after a wrong code even the right one is refused for a while.
    assert client.post("/admin/2fa/auth", {"otp_token": f"{totp(device.bin_key):06d}"}).status_code == 200
    device.refresh_from_db()
    device.throttle_reset()

    response = client.post("/admin/2fa/auth?next=/admin/pages/", {"otp_token": f"{totp(device.bin_key):06d}"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_second_factor_is_optional_for_editors_until_they_add_one(client, editor):
    log_in(client, editor.username, PASSWORD)
    assert client.get("/admin/").status_code == 200
    client.logout()
    confirmed_device(editor)
    log_in(client, editor.username, PASSWORD)
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/auth")


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_public_pages_are_not_held_up_by_the_second_factor(client, home_page, superuser):
    log_in(client, superuser.username, PASSWORD)
    assert client.get("/nl/").status_code == 302  # an unverified admin session is checked everywhere
    assert Client().get("/nl/").status_code == 200


def settings_value(module, name):
    code = f"from django.conf import settings; print(settings.{name})"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": module, "SECRET_KEY": "x", "ALLOWED_HOSTS": "x"}
    env.pop("ADMIN_REQUIRE_2FA", None)
    command = [sys.executable, "-c", f"import django; django.setup(); {code}"]
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    return result.stdout.strip().splitlines()[-1]


def test_production_requires_totp_and_development_does_not():
    assert settings_value("site_project.settings.production", "WAGTAIL_2FA_REQUIRED") == "True"
    assert settings_value("site_project.settings.dev", "WAGTAIL_2FA_REQUIRED") == "False"


def test_demo_accounts_sign_in_as_in_make_run(client, monkeypatch, db):
    monkeypatch.setenv("ADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("DEMO_PASSWORD", PASSWORD)
    call_command("ensure_accounts", stdout=io.StringIO())
    for username in ("admin", "communicatie", "moderator"):
        assert log_in(client, username, PASSWORD).status_code == 302
        assert client.get("/admin/").status_code == 200
        client.logout()


def test_privacy_dialog_offers_no_shared_password(admin_client, home_page):
    url = f"/admin/pages/{home_page.pk}/privacy/"
    html = json.loads(admin_client.get(url).content)["html"]
    assert 'value="login"' in html
    assert 'value="password"' not in html
    admin_client.post(url, {"restriction_type": "password", "password": "geheim", "groups": []})
    assert not PageViewRestriction.objects.exists()
