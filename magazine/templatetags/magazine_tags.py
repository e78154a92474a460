"""Helpers for the magazine templates: share links and heading levels."""

from urllib.parse import quote, urlencode

from django import template

from home import site

register = template.Library()

HEADING_LEVELS = ["h2", "h3", "h4", "h5", "h6"]


@register.simple_tag(takes_context=True)
def share_links(context, page):
    """Plain share URLs (mail and LinkedIn): no third-party scripts, nothing loads until clicked."""
    request = context.get("request")
    url = site.absolute_url(page.get_url(request), request)
    return {
        "mail": f"mailto:?subject={quote(page.title)}&body={quote(url)}",
        "linkedin": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
    }


@register.simple_tag(takes_context=True)
def heading_level(context, size):
    """The tag for a heading of the given size, one level deeper where articles are nested
    under an issue heading (the one-page reading view sets ``heading_offset``)."""
    offset = context.get("heading_offset", 0)
    position = HEADING_LEVELS.index(size) if size in HEADING_LEVELS else 0
    return HEADING_LEVELS[min(position + offset, len(HEADING_LEVELS) - 1)]
