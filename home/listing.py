"""One listing mechanism for every overview: cards from the summary contract, pagination on
``?page=``, and card images loaded for a whole page of cards at once.

A listing costs the same number of queries for 5 or 500 items: each page type's
``listing_pages()`` prefetches what its card shows, and ``attach_images`` loads every card's
image in one query (their renditions come from Wagtail's rendition cache).
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Page

from .cache import cached_per_language
from .localization import in_active_language
from .summary import tagged_page_models, with_listing_date
from .visibility import public

PER_PAGE = 12
# The one query parameter every listing pages with; the canonical URL keeps it.
PAGE_PARAMETER = "page"


def attach_images(summaries):
    """Load the images of all summaries: one query in all."""
    image_ids = {summary.image_id for summary in summaries if summary.image_id}
    if not image_ids:
        return summaries
    # No prefetch of renditions: Wagtail keeps each rendition in the cache once made, and a
    # prefetch taken before the first render (or kept in a cached card) would hide it from there.
    images = get_image_model().objects.filter(pk__in=image_ids)
    by_id = {image.pk: image for image in images}
    for summary in summaries:
        summary.image = by_id.get(summary.image_id)
    return summaries


def summaries(pages, images=True):
    """Cards for specific pages (of one or several types), with their images unless the caller
    attaches those for several listings at once (the home page)."""
    cards = [page.summary() for page in pages]
    return attach_images(cards) if images else cards


def first_url(model):
    """The address of the first live page of this type in the reader's language (an overview's
    "see all" link), or ""; kept per language and content generation."""

    def build():
        page = model.listing_pages().first()
        return page.url if page else ""

    return cached_per_language(f"first-url:{model._meta.label}", None, build)


def summaries_of(pages, images=True):
    """Cards for Page rows of several types (one page of a mixed listing), in their order: each
    loaded as its own type with what its card shows, one query (and its prefetches) per type."""
    pages = list(pages)
    ids_by_type = defaultdict(list)
    for page in pages:
        ids_by_type[page.content_type_id].append(page.pk)
    loaded = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        loaded.update((page.pk, page) for page in model.listing_pages().filter(pk__in=ids))
    return summaries((loaded[page.pk] for page in pages if page.pk in loaded), images)


def pages_where(models, condition):
    """Live, public pages of these types in the reader's language, newest first, as one Page
    queryset (so it counts and pages in SQL); ``condition(model)`` gives each type's filter, as
    each type names its own fields."""
    matching = Q(pk__in=[])
    for model in models:
        matching |= Q(pk__in=model.objects.filter(condition(model)).values("pk"))
    pages = public(Page.objects.live()).filter(in_active_language()).filter(matching)
    return with_listing_date(pages.only("pk", "content_type")).order_by(
        F("listing_date").desc(nulls_last=True), "-pk"
    )


def pages_tagged(tag):
    """Everything with this tag, of every page type that has tags."""
    return pages_where(tagged_page_models(), lambda model: Q(**{model.tags_field: tag}))


def requested_page_number(request):
    """The page number asked for, when it is a whole number above 1 (else None: the first page)."""
    raw = request.GET.get(PAGE_PARAMETER, "")
    return int(raw) if raw.isdigit() and int(raw) > 1 else None


def cards_page(request, pages, summarise=None):
    """The requested page of ``pages`` as cards (``summaries`` unless told otherwise); a missing,
    non-numeric or too-high number gives the first or last page. It holds only its own cards
    and the total count, not the query, so it can be kept in the cache."""
    items = Paginator(pages, PER_PAGE).get_page(request.GET.get(PAGE_PARAMETER))
    cards = (summarise or summaries)(items.object_list)
    counted = Paginator(range(items.paginator.count), PER_PAGE)
    return PaginatorPage(cards, items.number, counted)


def parse_year(request):
    """(year, error): a valid four-digit year, or None with a message for the reader."""
    raw = request.GET.get("year", "").strip()
    if not raw:
        return None, ""
    if raw.isdigit() and 1900 <= int(raw) <= 2100:
        return int(raw), ""
    return None, _("“%(year)s” is geen geldig jaartal; we tonen alle jaren.") % {"year": raw[:20]}
