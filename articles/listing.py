"""Cards, filters and pagination shared by every listing (indexes, tag pages, home, werkteams).

A listing costs the same number of queries for 5 or 500 items: querysets prefetch tags and
authors with their person, and ``attach_card_images`` loads every card's image with its
card rendition in two queries.
"""

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from home.localization import in_active_language

PER_PAGE = 12
CARD_RENDITION = "fill-640x360"


@dataclass(frozen=True)
class CardSource:
    """How to read one page type as a card. Add a line to TAGGED_SOURCES to list a new type."""

    model_label: str
    type_label: str
    date_field: str = "date"
    intro_field: str = "intro"
    image_field: str = "image"
    has_authors: bool = True

    @cached_property
    def model(self):
        """The model, or None when its app is not installed (the magazine is optional)."""
        try:
            return apps.get_model(self.model_label)
        except LookupError:
            return None

    def has_field(self, name):
        return self.model is not None and any(f.name == name for f in self.model._meta.get_fields())

    def queryset(self):
        """Live, public pages of the reader's language, with what a card shows prefetched."""
        queryset = self.model.objects.live().public().filter(in_active_language()).prefetch_related("tags")
        if self.has_authors:
            author_model = self.model._meta.get_field("authors").related_model
            queryset = queryset.prefetch_related(
                Prefetch("authors", queryset=author_model.objects.select_related("person"))
            )
        return queryset

    def card(self, page):
        return Card(
            page=page,
            type_label=self.type_label,
            date=getattr(page, self.date_field),
            intro=getattr(page, self.intro_field),
            image_id=getattr(page, f"{self.image_field}_id"),
            authors=[item.person for item in page.authors.all()] if self.has_authors else [],
        )


@dataclass
class Card:
    """What a card shows, the same for every page type (template: articles/includes/card.html)."""

    page: object
    type_label: str
    date: object
    intro: str
    image_id: int | None
    authors: list = field(default_factory=list)
    image: object = None

    @property
    def sort_key(self):
        value = self.date
        if isinstance(value, datetime):
            return timezone.localtime(value).date()
        return value


BLOG = CardSource("articles.BlogPage", _("Blog"))
NEWS = CardSource("articles.NewsPage", _("Nieuws"))
EVENT = CardSource("articles.EventPage", _("Agenda"), date_field="start", has_authors=False)
MAGAZINE_ARTICLE = CardSource(
    "magazine.MagazineArticlePage",
    _("Magazine"),
    date_field="first_published_at",
    intro_field="standfirst",
    image_field="hero_image",
)

# Everything a tag page lists, and everything a werkteam page lists (types with a werkteam).
TAGGED_SOURCES = [BLOG, NEWS, EVENT, MAGAZINE_ARTICLE]


def generic_card(page):
    """A card for a page of any type (a specific instance), e.g. for the editors' featured items."""
    for source in TAGGED_SOURCES:
        if source.model is not None and isinstance(page, source.model):
            return Card(
                page=page,
                type_label=source.type_label,
                date=getattr(page, source.date_field),
                intro=getattr(page, source.intro_field),
                image_id=getattr(page, f"{source.image_field}_id"),
            )
    image_id = next(
        (
            getattr(page, name)
            for name in ("image_id", "hero_image_id", "cover_image_id")
            if hasattr(page, name)
        ),
        None,
    )
    intro = getattr(page, "intro", "") or page.search_description
    return Card(
        page=page,
        type_label=page.specific_class._meta.verbose_name.capitalize(),
        date=None,
        intro=strip_tags(str(intro)),
        image_id=image_id,
    )


def available(sources, field_name):
    return [source for source in sources if source.has_field(field_name)]


def attach_card_images(cards):
    """Load the images of all cards with their card rendition: two queries in all."""
    image_ids = {card.image_id for card in cards if card.image_id}
    if not image_ids:
        return cards
    images = get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(CARD_RENDITION)
    by_id = {image.pk: image for image in images}
    for card in cards:
        card.image = by_id.get(card.image_id)
    return cards


def cards_for(source, pages):
    return attach_card_images([source.card(page) for page in pages])


def cards_across(sources, **filters):
    """Cards of several page types matching `filters`, newest first."""
    cards = []
    for source in sources:
        cards += [source.card(page) for page in source.queryset().filter(**filters).distinct()]
    cards.sort(key=lambda card: (card.sort_key is not None, card.sort_key), reverse=True)
    return cards


def paginate(request, items):
    """The requested page; a missing, non-numeric or too-high number gives the first or last page."""
    return Paginator(items, PER_PAGE).get_page(request.GET.get("page"))


def parse_year(request):
    """(year, error): a valid four-digit year, or None with a message for the reader."""
    raw = request.GET.get("year", "").strip()
    if not raw:
        return None, ""
    if raw.isdigit() and 1900 <= int(raw) <= 2100:
        return int(raw), ""
    return None, _("“%(year)s” is geen geldig jaartal; we tonen alle jaren.") % {"year": raw[:20]}
