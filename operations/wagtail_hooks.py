from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from operations import accounts


@hooks.register("register_admin_urls")
def lockout_urls():
    return [
        path("inlogblokkades/", accounts.lockouts, name="operations_lockouts"),
        path("inlogblokkades/opheffen/", accounts.unlock, name="operations_unlock"),
    ]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return accounts.can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(_("Inlogblokkades"), reverse("operations_lockouts"), icon_name="lock", order=900)
