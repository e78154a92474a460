"""sitemap.xml with the live pages of every language and their hreflang alternates.

Wagtail's own sitemap lists only the default site's tree, which is the Dutch one; the English
pages live in a sibling tree. Aliases repeat another page's content and are left out.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db.models import Q
from wagtail.models import Page, Site


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
        return (
            Page.objects.live()
            .public()
            .filter(in_site, alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )

    def location(self, page):
        return page.get_url(self.request, current_site=self.site)

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        by_key = defaultdict(dict)
        for url in urls:
            by_key[url["item"].translation_key][url["item"].locale.language_code] = url["location"]
        for url in urls:
            versions = by_key[url["item"].translation_key]
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
