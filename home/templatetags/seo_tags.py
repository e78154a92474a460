"""What search engines and social media read: canonical URL, description, Open Graph, JSON-LD.

``{% seo_meta %}`` in base.html renders all of it for the ``page`` in the context. Page types
are recognised by what they have, not by their class, so the magazine's articles get the same
treatment as blog posts: ``authors`` make an Article, a ``start`` makes an Event.
"""

import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import Page

from .i18n_tags import route_suffix
from .navigation_tags import absolute_url, site_chrome, site_name

register = template.Library()

DESCRIPTION_LENGTH = 200
SUMMARY_FIELDS = ("intro", "standfirst")
IMAGE_FIELDS = ("image", "hero_image", "cover_image")
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
    """The editor's search description, else the page's intro as plain text."""
    summary = next((getattr(page, field) for field in SUMMARY_FIELDS if getattr(page, field, None)), "")
    text = getattr(page, "search_description", "") or strip_tags(str(summary))
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


def page_image(page):
    for field in IMAGE_FIELDS:
        image = getattr(page, field, None)
        if image is not None:
            return image
    return None


def canonical_url(page, request):
    """The page's own address (with its sub-route: a tag page, the archive); a listing's later
    pages keep their page number."""
    if page is not None:
        url = absolute_url(request, page.get_url(request) + route_suffix(request, page)[0])
    else:
        url = absolute_url(request, request.path)
    page_number = request.GET.get("page", "")
    if page_number.isdigit() and int(page_number) > 1:
        url = f"{url}?page={int(page_number)}"
    return url


def _author_names(page):
    # Page types that list their authors expose `author_people`; reuse it (and its cache).
    if hasattr(page, "author_people"):
        return [person.name for person in page.author_people]
    return [getattr(author, "person", author).name for author in page.authors.all()]


def is_article(page):
    """Blog posts, news items and magazine articles: pages written by authors."""
    return hasattr(page, "authors")


def published_on(page):
    """The editor's publication date where the page has one, else the first publication."""
    return getattr(page, "date", None) or page.first_published_at


def is_event(page):
    return hasattr(page, "start")


def organisation_json_ld(request, name, home_url):
    data = {"@context": "https://schema.org", "@type": "Organization", "name": name, "url": home_url}
    chrome = site_chrome(request)
    footer = chrome["footer"]
    if footer:
        lines = [line.strip() for line in footer.address.splitlines() if line.strip()]
        address = {"@type": "PostalAddress", "streetAddress": lines[0] if lines else ""}
        if len(lines) > 1:
            match = DUTCH_POSTCODE_AND_PLACE.match(lines[1])
            if match:
                address.update(postalCode=match["postcode"], addressLocality=match["place"])
            else:
                address["addressLocality"] = lines[1]
        data.update(name=footer.organisation_name or name, address=address)
        if footer.email:
            data["email"] = footer.email
        if footer.phone:
            data["telephone"] = footer.phone
    same_as = [link["url"] for link in chrome["social_links"]]
    if same_as:
        data["sameAs"] = same_as
    return data


def page_json_ld(page, request, *, name, image_url, description):
    """The schema.org objects describing `page`: a list of dicts ready for json.dumps."""
    url = absolute_url(request, page.get_url(request))
    language = translation.get_language()
    home_url = absolute_url(request, f"/{language}/")
    if page.depth == 2:
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
    publisher = {"@type": "Organization", "name": name, "url": home_url}
    if is_event(page):
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": page.title,
            "url": url,
            "startDate": timezone.localtime(page.start).isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "organizer": publisher,
            "inLanguage": language,
        }
        if getattr(page, "end", None):
            data["endDate"] = timezone.localtime(page.end).isoformat()
        location_name = getattr(page, "location_name", "")
        address = " ".join(getattr(page, "address", "").split())
        if location_name or address:
            data["location"] = {
                "@type": "Place",
                "name": location_name or address,
                "address": address or None,
            }
    elif is_article(page):
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": page.title,
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": published_on(page),
            "author": [{"@type": "Person", "name": author} for author in _author_names(page)],
            "publisher": publisher,
            "inLanguage": language,
        }
        if page.last_published_at:
            data["dateModified"] = page.last_published_at
    else:
        return []
    if description:
        data["description"] = description
    if image_url:
        data["image"] = image_url
    return [{key: value for key, value in data.items() if value not in (None, "", [])}]


@register.inclusion_tag("includes/seo_meta.html", takes_context=True)
def seo_meta(context):
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    if not isinstance(page, Page):
        page = None
    name = site_name(context)
    description = page_description(page) if page else ""
    image = page_image(page) if page else None
    rendition = image.get_rendition(OG_IMAGE_FILTER) if image else None
    image_url = absolute_url(request, rendition.url) if rendition else ""
    json_ld = (
        page_json_ld(page, request, name=name, image_url=image_url, description=description) if page else []
    )
    article = page is not None and is_article(page)
    return {
        "canonical": canonical_url(page, request),
        "description": description,
        "title": (page.seo_title or page.title) if page else "",
        "site_name": name,
        "og_type": "article" if article else "website",
        "og_locale": OG_LOCALES.get(translation.get_language(), ""),
        "published": published_on(page).isoformat() if article and published_on(page) else "",
        "image": rendition,
        "image_url": image_url,
        "image_alt": image.title if image else "",
        "json_ld": [to_json_ld(data) for data in json_ld],
    }
