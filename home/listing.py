"""One listing mechanism for every overview: cards from the summary contract, pagination on
``?page=``, and card images loaded for a whole page of cards at once.

A listing costs the same number of queries for 5 or 500 items: each page type's
``listing_pages()`` prefetches what its card shows, and ``attach_images`` loads every card's
image with its card rendition in two queries.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Page

from .localization import in_active_language

PER_PAGE = 12
# The one query parameter every listing pages with; the canonical URL keeps it.
PAGE_PARAMETER = "page"
CARD_RENDITION = "fill-640x360"


def attach_images(summaries):
    """Load the images of all summaries with their card rendition: two queries in all."""
    image_ids = {summary.image_id for summary in summaries if summary.image_id}
    if not image_ids:
        return summaries
    images = get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(CARD_RENDITION)
    by_id = {image.pk: image for image in images}
    for summary in summaries:
        summary.image = by_id.get(summary.image_id)
    return summaries


def summaries(pages):
    """Cards for specific pages (of one or several types), with their images."""
    return attach_images([page.summary() for page in pages])


def summaries_for_keys(translation_keys):
    """Cards for the live pages with these translation keys in the reader's language, in the
    keys' order: one query to find their types, then one per type (with its prefetches)."""
    found = (
        Page.objects.live()
        .public()
        .filter(in_active_language(), translation_key__in=translation_keys)
        .values_list("content_type", "translation_key")
    )
    keys_by_type = defaultdict(list)
    for content_type_id, key in found:
        keys_by_type[content_type_id].append(key)
    by_key = {}
    for content_type_id, keys in keys_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        by_key.update(
            {page.translation_key: page for page in model.listing_pages().filter(translation_key__in=keys)}
        )
    return summaries(by_key[key] for key in translation_keys if key in by_key)


def summaries_across(models, condition):
    """Cards of live pages of several types in the reader's language, newest first; `condition`
    gives each model's filter (a Q object), since each type names its fields itself."""
    cards = []
    for model in models:
        cards += [page.summary() for page in model.listing_pages().filter(condition(model)).distinct()]
    cards.sort(key=lambda card: (card.sort_key is not None, card.sort_key), reverse=True)
    return cards


def requested_page_number(request):
    """The page number asked for, when it is a whole number above 1 (else None: the first page)."""
    raw = request.GET.get(PAGE_PARAMETER, "")
    return int(raw) if raw.isdigit() and int(raw) > 1 else None


def paginate(request, items, per_page=PER_PAGE):
    """The requested page; a missing, non-numeric or too-high number gives the first or last page."""
    return Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAMETER))


def parse_year(request):
    """(year, error): a valid four-digit year, or None with a message for the reader."""
    raw = request.GET.get("year", "").strip()
    if not raw:
        return None, ""
    if raw.isdigit() and 1900 <= int(raw) <= 2100:
        return int(raw), ""
    return None, _("“%(year)s” is geen geldig jaartal; we tonen alle jaren.") % {"year": raw[:20]}
