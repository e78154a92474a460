"""Refusals the admin's own permission checks leave out, answered with 403 before anything is saved.

Wagtail treats a "publish" posted by someone who may not publish as "save a draft", so a forged
request still changes the page; and model permissions on snippets are the same in every language,
so they cannot keep translators out of the Dutch originals. The hooks in home/wagtail_hooks.py
call these for every page and snippet form, on GET and POST.
"""

from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _
from wagtail.models import Locale, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy

from .translators import is_source_locale, may_edit_source_content

PUBLISH_ACTION = "action-publish"


def refuse(message):
    return HttpResponseForbidden(message, content_type="text/plain; charset=utf-8")


def publishing_refused():
    return refuse(_("U mag dit niet publiceren. Er is niets opgeslagen."))


def source_language_refused():
    return refuse(_("Vertalers bewerken alleen vertalingen; het Nederlandse origineel is niet voor u."))


def posts_publish(request):
    return request.method == "POST" and PUBLISH_ACTION in request.POST


def page_edit_guard(request, page):
    if posts_publish(request) and not page.permissions_for_user(request.user).can_publish():
        return publishing_refused()
    return None


def page_create_guard(request, parent_page, page_class):
    if posts_publish(request) and not parent_page.permissions_for_user(request.user).can_publish_subpage():
        return publishing_refused()
    return None


def snippet_locale(request):
    """The language a new snippet will be created in: ?locale=, else the default (Dutch)."""
    code = request.GET.get("locale")
    return Locale.objects.filter(language_code=code).first() if code else Locale.get_default()


def snippet_publish_refused(request, model):
    if posts_publish(request) and not ModelPermissionPolicy(model).user_has_permission(
        request.user, "publish"
    ):
        return publishing_refused()
    return None


def snippet_create_guard(request, model):
    if issubclass(model, TranslatableMixin):
        locale = snippet_locale(request)
        source = locale is not None and is_source_locale(locale)
        if source and not may_edit_source_content(request.user, model, "add"):
            return source_language_refused()
    return snippet_publish_refused(request, model)


def snippet_edit_guard(request, instance):
    model = type(instance)
    source = isinstance(instance, TranslatableMixin) and is_source_locale(instance.locale)
    if source and not may_edit_source_content(request.user, model, "change"):
        return source_language_refused()
    return snippet_publish_refused(request, model)
