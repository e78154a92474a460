"""Template helpers for articles: links to tag pages."""

from django import template

from home.cache import cached_per_language
from home.site import current_site

from ..models import ActueelIndexPage

register = template.Library()

SLUG_PLACEHOLDER = "__tag__"


def tag_url_pattern(request):
    """The address of a tag page in the reader's language with a placeholder for the tag, or ""
    when there is no live Actueel page; looked up once per site and language (home/cache.py)."""
    site = current_site(request)

    def build():
        page = ActueelIndexPage.listing_pages().first()
        if page is None:
            return ""
        return page.get_url(request) + page.reverse_subpage("tag", args=[SLUG_PLACEHOLDER])

    return cached_per_language("actueel-tag-url", site.pk if site else None, build)


@register.simple_tag(takes_context=True)
def tag_url(context, tag):
    """The page listing everything with `tag`, or "" when there is no Actueel section."""
    pattern = tag_url_pattern(context.get("request"))
    return pattern.replace(SLUG_PLACEHOLDER, tag.slug) if pattern else ""
