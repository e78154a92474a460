from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from operations import accounts


@hooks.register("register_admin_urls")
def account_urls():
    return [
        # Before wagtail-2fa's own view of the same name (this app's hooks run first).
        path("2fa/auth", accounts.TOTPLoginView.as_view(), name="wagtail_2fa_auth"),
        path("inlogblokkades/", accounts.lockouts, name="operations_lockouts"),
        path("inlogblokkades/opheffen/", accounts.unlock, name="operations_unlock"),
    ]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return accounts.can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(_("Inlogblokkades"), reverse("operations_lockouts"), icon_name="lock", order=900)


@hooks.register("register_permissions")
def second_factor_permission():
    """Lets a group be required to use TOTP ("enable_2fa", made by wagtail-2fa's migration);
    wagtail-2fa only offers it with its own middleware class, which ours extends."""
    return Permission.objects.filter(content_type__app_label="wagtailadmin", codename="enable_2fa")
