"""CSV exports for staff. Values a reader typed are neutralised so a spreadsheet never runs
them as formulas."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Registration, Subscriber

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def csv_response(filename, header, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8 names correctly
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return response


def export_subscribers(request):
    if not request.user.has_perm("engagement.view_subscriber"):
        raise PermissionDenied
    subscribers = (
        Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
        .select_related("consent_text", "source_page")
        .order_by("confirmed_at", "pk")
    )
    header = [
        _("e-mail"),
        _("taal"),
        _("aangemeld op"),
        _("bevestigd op"),
        _("versie toestemmingstekst"),
        _("aangemeld via"),
    ]
    rows = (
        [
            subscriber.email,
            subscriber.language,
            local(subscriber.signed_up_at),
            local(subscriber.confirmed_at),
            subscriber.consent_text.version,
            subscriber.source_url,
        ]
        for subscriber in subscribers.iterator()
    )
    return csv_response(f"nieuwsbrief-abonnees-{timezone.localdate():%Y-%m-%d}.csv", header, rows)


def export_registrations(request):
    if not request.user.has_perm("engagement.view_registration"):
        raise PermissionDenied
    registrations = Registration.objects.select_related("event").order_by(
        "event__start", "event_id", "created_at"
    )
    event_id = request.GET.get("event", "")
    if event_id.isdigit():
        registrations = registrations.filter(event_id=int(event_id))
    header = [
        _("evenement"),
        _("begin"),
        _("naam"),
        _("e-mail"),
        _("organisatie"),
        _("opmerkingen"),
        _("status"),
        _("aangemeld op"),
    ]
    rows = (
        [
            registration.event.title,
            local(registration.event.start),
            registration.name,
            registration.email,
            registration.organisation,
            registration.remarks,
            registration.get_status_display(),
            local(registration.created_at),
        ]
        for registration in registrations.iterator()
    )
    return csv_response(f"aanmeldingen-{timezone.localdate():%Y-%m-%d}.csv", header, rows)
