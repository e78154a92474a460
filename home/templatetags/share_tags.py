"""Share links for articles of every kind."""

from urllib.parse import quote, urlencode

from django import template

from home import site

register = template.Library()


@register.simple_tag(takes_context=True)
def share_links(context, page):
    """Plain share URLs (mail and LinkedIn): no third-party scripts, nothing loads until clicked."""
    request = context.get("request")
    url = site.absolute_url(page.get_url(request), request)
    return {
        "mail": f"mailto:?subject={quote(page.title)}&body={quote(url)}",
        "linkedin": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
    }
