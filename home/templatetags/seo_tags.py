"""What search engines and social media read: canonical URL, description, Open Graph, JSON-LD.

``{% seo_meta %}`` in base.html renders all of it for the ``page`` in the context, read through
the summary contract (home/summary.py): the page type says its schema.org type, date, text,
image and authors; it adds type-specific properties (an event's start) in structured_data().
"""

import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from home import listing, site
from home.chrome import site_chrome
from home.images import renditions
from home.summary import SummaryMixin

from .i18n_tags import route_suffix

register = template.Library()

DESCRIPTION_LENGTH = 200
OG_IMAGE_FILTER = "fill-1200x630"
OG_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
# "3015 CX Rotterdam"
DUTCH_POSTCODE_AND_PLACE = re.compile(r"^(?P<postcode>\d{4}\s?[A-Za-z]{2})\s+(?P<place>.+)$")
# Characters that could close the <script> element or open markup inside it.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_json_ld(data):
    """Serialise `data` for a <script type="application/ld+json"> element, safely."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES))


def page_description(page):
    """The editor's search description, else the page's summary text."""
    return Truncator(" ".join((page.search_description or page.summary_text).split())).chars(
        DESCRIPTION_LENGTH
    )


def canonical_url(page, request):
    """The page's own address (with its sub-route: a tag page, the archive); a listing's later
    pages keep their page number."""
    if page is not None:
        url = site.absolute_url(page.get_url(request) + route_suffix(request, page)[0], request)
    else:
        url = site.absolute_url(request.path, request)
    page_number = listing.requested_page_number(request)
    if page_number:
        url = f"{url}?{listing.PAGE_PARAMETER}={page_number}"
    return url


def published_on(page):
    """The page's own publication date where it has one, else its first publication."""
    return page.summary_date or page.first_published_at


def organisation_json_ld(request, name, home_url):
    data = {"@context": "https://schema.org", "@type": "Organization", "name": name, "url": home_url}
    chrome = site_chrome(request)
    footer = chrome["footer"]
    if footer:
        lines = footer["address_lines"]
        address = {"@type": "PostalAddress", "streetAddress": lines[0] if lines else ""}
        if len(lines) > 1:
            match = DUTCH_POSTCODE_AND_PLACE.match(lines[1])
            if match:
                address.update(postalCode=match["postcode"], addressLocality=match["place"])
            else:
                address["addressLocality"] = lines[1]
        data.update(name=footer["organisation_name"] or name, address=address)
        if footer["email"]:
            data["email"] = footer["email"]
        if footer["phone"]:
            data["telephone"] = footer["phone"]
    same_as = [link["url"] for link in chrome["social_links"]]
    if same_as:
        data["sameAs"] = same_as
    return data


def page_json_ld(page, request, *, name, image_url, description):
    """The schema.org objects describing `page`: a list of dicts ready for json.dumps."""
    url = site.absolute_url(page.get_url(request), request)
    language = translation.get_language()
    if page.schema_type == "WebSite":
        return [
            organisation_json_ld(request, name, url),
            {
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": name,
                "url": url,
                "inLanguage": language,
            },
        ]
    publisher = {"@type": "Organization", "name": name, "url": site.absolute_url(f"/{language}/", request)}
    data = {
        "@context": "https://schema.org",
        "@type": page.schema_type,
        "name": page.title,
        "url": url,
        "inLanguage": language,
        "description": description,
        "image": image_url,
    }
    if page.is_written():
        data.update(
            headline=page.title,
            mainEntityOfPage=url,
            datePublished=published_on(page),
            dateModified=page.last_published_at,
            author=[{"@type": "Person", "name": author} for author in page.summary_author_names],
            publisher=publisher,
        )
    elif page.is_event():
        data["organizer"] = publisher
    data.update(page.structured_data())
    return [{key: value for key, value in data.items() if value not in (None, "", [])}]


@register.inclusion_tag("includes/seo_meta.html", takes_context=True)
def seo_meta(context):
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    if not isinstance(page, SummaryMixin):
        page = None
    name = site.site_name(request)
    description = page_description(page) if page else ""
    image = page.summary_image if page else None
    rendition = renditions(image, [OG_IMAGE_FILTER])[OG_IMAGE_FILTER] if image else None
    image_url = site.absolute_url(rendition.url, request) if rendition else ""
    json_ld = (
        page_json_ld(page, request, name=name, image_url=image_url, description=description) if page else []
    )
    article = page is not None and page.is_written()
    return {
        "canonical": canonical_url(page, request),
        "description": description,
        # A routable page's sub-view (an archive) can name itself: titles stay unique.
        "title": context.get("view_title") or ((page.seo_title or page.title) if page else ""),
        "site_name": name,
        "og_type": "article" if article else "website",
        "og_locale": OG_LOCALES.get(translation.get_language(), ""),
        "published": published_on(page).isoformat() if article and published_on(page) else "",
        "image": rendition,
        "image_url": image_url,
        "image_alt": image.default_alt_text if image else "",
        "json_ld": [to_json_ld(data) for data in json_ld],
    }
