"""sitemap.xml with the live pages of every language and their hreflang alternates.

Wagtail's own sitemap lists only the default site's tree, which is the Dutch one; the English
pages live in a sibling tree. Aliases repeat another page's content and are left out. A routable
page lists its own readable sub-views too (``sitemap_routes``: the agenda's archive, an issue's
reading view), in each language's words. Every address is on the site's one base URL (home/site.py).
"""

from collections import defaultdict
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db.models import Q
from django.utils.translation import override
from wagtail.models import Page, Site

from . import site as public_site
from .localization import language_of


class BilingualPageSitemap(Sitemap):
    def __init__(self, request):
        self.request = request
        self.site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()

    def items(self):
        if self.site is None:
            return Page.objects.none()
        roots = Page.objects.filter(translation_key=self.site.root_page.translation_key)
        in_site = Q()
        for root in roots:
            in_site |= Q(path__startswith=root.path)
        pages = (
            Page.objects.live()
            .public()
            .filter(in_site, alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .specific()
        )
        return [(page, route) for page in pages for route in ("", *getattr(page, "sitemap_routes", ()))]

    def location(self, item):
        page, route = item
        url = page.get_url(self.request, current_site=self.site)
        if route:
            with override(language_of(page)):
                url += page.reverse_subpage(route)
        return url

    def lastmod(self, item):
        return item[0].last_published_at

    def get_protocol(self, protocol=None):
        return urlsplit(public_site.base_url(self.request)).scheme or super().get_protocol(protocol)

    def get_domain(self, site=None):
        return urlsplit(public_site.base_url(self.request)).netloc or super().get_domain(site)

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        by_key = defaultdict(dict)
        for url in urls:
            page, route = url["item"]
            by_key[page.translation_key, route][page.locale.language_code] = url["location"]
        for url in urls:
            page, route = url["item"]
            versions = by_key[page.translation_key, route]
            url["alternates"] = [
                {"lang_code": code, "location": versions[code]}
                for code, _name in settings.LANGUAGES
                if code in versions
            ]
            if settings.LANGUAGE_CODE in versions:
                url["alternates"].append(
                    {"lang_code": "x-default", "location": versions[settings.LANGUAGE_CODE]}
                )
        return urls


def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": BilingualPageSitemap(request)})
