"""Admin login protection: django-axes' lockout answer on Wagtail's login page, and a Wagtail
admin view where an administrator lifts a lockout before it expires."""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.account import LoginView

UNLOCK_PERMISSION = "axes.delete_accessattempt"


def lockout_minutes():
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_response(request, original_response=None, credentials=None):
    """Wagtail's login page with the reason in the reader's language (Dutch by default),
    answered 429 Too Many Requests."""
    view = LoginView()
    view.setup(request)
    username = (credentials or {}).get("username", "")
    form = view.get_form_class()(request, initial={"username": username})
    context = view.get_context_data(form=form)
    context["lockout_message"] = _(
        "Te veel mislukte inlogpogingen. Inloggen met deze gebruikersnaam of vanaf dit adres is "
        "%(minutes)s minuten geblokkeerd. Een beheerder kan de blokkade eerder opheffen."
    ) % {"minutes": lockout_minutes()}
    return TemplateResponse(request, view.template_name, context, status=429)


def can_unlock(user):
    return user.is_active and user.has_perm(UNLOCK_PERMISSION)


def current_lockouts(field):
    """Usernames or addresses (`field`) whose recent failures reach the limit."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    rows = (
        AccessAttempt.objects.filter(attempt_time__gte=since)
        .exclude(**{field: None})
        .values(field)
        .annotate(failures=Sum("failures_since_start"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by(field)
    )
    return [{"value": row[field], "failures": row["failures"]} for row in rows]


def lockouts(request):
    if not can_unlock(request.user):
        raise PermissionDenied
    context = {
        "usernames": current_lockouts("username"),
        "addresses": current_lockouts("ip_address"),
        "minutes": lockout_minutes(),
    }
    return TemplateResponse(request, "operations/lockouts.html", context)


@require_POST
def unlock(request):
    if not can_unlock(request.user):
        raise PermissionDenied
    username = request.POST.get("username", "")
    address = request.POST.get("ip_address", "")
    if username:
        reset(username=username)
        messages.success(
            request, _("De blokkade van gebruikersnaam %(name)s is opgeheven.") % {"name": username}
        )
    elif address:
        reset(ip=address)
        message = _("De blokkade van adres %(address)s is opgeheven.") % {"address": address}
        messages.success(request, message)
    return redirect("operations_lockouts")
