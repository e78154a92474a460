"""Admin login protection: django-axes' lockout answer on Wagtail's login page, and a Wagtail
admin view where an administrator lifts a lockout before it expires."""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F, Sum
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.account import LoginView
from wagtail_2fa import views as two_factor_views
from wagtail_2fa.forms import TokenForm
from wagtail_2fa.middleware import VerifyUserPermissionsMiddleware

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
    # Rendered here: django-axes returns it from its middleware, where no one renders it later.
    return render(request, view.template_name, context, status=429)


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


class SecondFactorMiddleware(VerifyUserPermissionsMiddleware):
    """wagtail-2fa's check: users with the permission "enable_2fa" (every superuser) must
    set up and use a TOTP device; others may add one, and are then asked for it too.

    Only requests with a session cookie can belong to a signed-in user: the others are
    passed on untouched, so public pages never read the session (no `Vary: Cookie`, no
    query) because of this check."""

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return self.get_response(request)
        return super().__call__(request)


class TOTPTokenForm(TokenForm):
    """django-otp 1.7 no longer tries each of a user's devices in turn (a failure would be
    counted against every device), it wants the form to name one. wagtail-2fa 1.8.0's form
    names none, so it refused every code. Here the device is the user's TOTP device, the
    one used last when there are several."""

    def _chosen_device(self, user):
        devices = TOTPDevice.objects.devices_for_user(user, confirmed=True).select_for_update()
        return devices.order_by(F("last_used_at").desc(nulls_last=True), "-pk").first()


class TOTPLoginView(two_factor_views.LoginView):
    form_class = TOTPTokenForm
