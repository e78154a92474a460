"""Linked pages and snippets in the language being shown.

Some links are the same in every language: wagtail-localize copies a page's werkteam and its
authors from the Dutch original, so an English page still points at the Dutch werkteam and
the Dutch people. Templates show their translations instead, found with these helpers.
"""

from django.conf import settings
from django.db.models import Q
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .cache import cached


def in_active_language():
    """A filter for pages and snippets in the language being shown.

    It joins the locale table instead of calling Locale.get_active(), which runs a query of its
    own on every call: once per listing section, several times per page.
    """
    return Q(locale__language_code=get_supported_content_language_variant(translation.get_language()))


def in_locale(objects, locale_id, candidates):
    """Each object's translation in ``locale_id``, else the object itself.

    ``candidates()`` returns the queryset to take translations from (e.g. live pages only);
    it is called only when needed, because building some querysets (``public()``) queries.
    One query for the whole list, none when every object is in that locale already.
    """
    objects = list(objects)
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale_id}
    if not keys:
        return objects
    translations = {
        translation.translation_key: translation
        for translation in candidates().filter(translation_key__in=keys, locale_id=locale_id)
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def language_of(obj):
    """The language code of a page's or snippet's locale, without a query each time."""
    codes = cached("locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code")))
    return codes[obj.locale_id]


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that a path without a language prefix is Dutch.

    Django picks the browser's language for it, so an English browser asking for "/actueel/"
    was sent to "/en/actueel/" and got the English 404: page slugs differ per language, and the
    address without a prefix is the Dutch one. Only "/" still follows the browser's language,
    because both languages have a home page.
    """

    def process_request(self, request):
        super().process_request(request)
        if request.path_info != "/" and not translation.get_language_from_path(request.path_info):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = translation.get_language()
