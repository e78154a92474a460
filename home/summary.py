"""The summary contract: what a page type says about itself, once, for everything that lists it.

Cards in listings, the home page, werkteam pages, feeds, search results and facets, OpenGraph
and JSON-LD read a page through this contract only. A page type declares its fields as class
attributes; nothing guesses them from field names. tests/test_summary_contract.py defines a new
page type in one place and shows it in a listing, search, a feed and the SEO tags.
"""

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from django.db.models import DateField, DateTimeField, F
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import capfirst
from wagtail.models import Page, get_page_models

from .localization import in_active_language
from .search_visibility import SearchVisibilityMixin
from .visibility import ViewRestrictionsMixin, public

# schema.org types of written pieces: they get a headline, authors and publication dates.
ARTICLE_TYPES = {"Article", "BlogPosting", "NewsArticle", "ScholarlyArticle"}


@dataclass
class Summary:
    """One page as a card shows it (template: templates/includes/card.html)."""

    page: object
    label: str
    date: object
    text: str
    image_id: int | None
    date_format: str = "j F Y"
    author_names: list = field(default_factory=list)
    image: object = None  # set by home.listing.attach_images, with the card rendition prefetched

    @property
    def sort_key(self):
        """A date for ordering mixed listings: date-times count by their local day."""
        if isinstance(self.date, datetime):
            return timezone.localtime(self.date).date()
        return self.date


class SummaryMixin(ViewRestrictionsMixin, SearchVisibilityMixin):
    """The contract. Every page model of the site inherits it and states its own fields.

    - ``summary_date_field``: the DateField or DateTimeField a listing sorts by, a card shows and
      the search filters on; ``None`` for undated pages.
    - ``summary_date_format``: how precisely a card shows that date (Django's date format).
    - ``summary_text_field``: the plain or rich text field summarising the page; the editor's
      search description when it is empty.
    - ``summary_image_field``: the image ForeignKey shown on cards, in OpenGraph and JSON-LD.
    - ``summary_label``: what a card calls this type of page ("Blog"); the model's name if unset.
    - ``schema_type``: the schema.org type; ``structured_data()`` adds type-specific properties.
    - ``tags_field``: the tag manager readers browse by (tag pages, the search's tag filter).
    """

    summary_date_field = None
    summary_date_format = "j F Y"
    summary_text_field = None
    summary_image_field = None
    summary_label = None
    schema_type = "WebPage"
    tags_field = None

    class Meta:
        abstract = True

    @classmethod
    def type_label(cls):
        return cls.summary_label or capfirst(cls._meta.verbose_name)

    @classmethod
    def date_is_datetime(cls):
        return isinstance(cls._meta.get_field(cls.summary_date_field), DateTimeField)

    @classmethod
    def serving_pages(cls):
        """The queryset a page of this type is loaded from to be served (home/routing.py)."""
        return (
            cls.objects.select_related(cls.summary_image_field)
            if cls.summary_image_field
            else cls.objects.all()
        )

    # Cached properties that read other rows but depend only on published content (not on the
    # request, the clock or readers' submissions). Each class names its own ("issue.reading_url":
    # a property of one). The served page is kept per content generation with them computed
    # (home/routing.py), so readers' requests make no query for them; a preview computes them
    # afresh from the edited page. Wagtail keeps the site's root paths on a page once it has
    # made its URL: "url" keeps them with the served page, instead of a cache read per link.
    serving_properties = ("url", "tag_list")

    def prepare_for_serving(self):
        for cls in type(self).__mro__:
            for name in vars(cls).get("serving_properties", ()):
                value = self
                for part in name.split("."):
                    value = getattr(value, part)

    @classmethod
    def listing_pages(cls):
        """Live, public pages of this type in the reader's language, with what a card reads."""
        return public(cls.objects.live()).filter(in_active_language())

    @property
    def summary_date(self):
        return getattr(self, self.summary_date_field) if self.summary_date_field else None

    @property
    def summary_text(self):
        written = getattr(self, self.summary_text_field) if self.summary_text_field else ""
        return " ".join(strip_tags(str(written or "")).split()) or self.search_description

    @property
    def summary_image_id(self):
        return getattr(self, f"{self.summary_image_field}_id") if self.summary_image_field else None

    @property
    def summary_image(self):
        return getattr(self, self.summary_image_field) if self.summary_image_field else None

    @cached_property
    def tag_list(self):
        """The page's tags, read once however often a page shows them."""
        return list(getattr(self, self.tags_field).all()) if self.tags_field else []

    @property
    def summary_author_names(self):
        """Names of the people who wrote the page (a name is the same in every language)."""
        return []

    @classmethod
    def is_written(cls):
        """Articles, blog posts, news: pieces with authors and a publication date."""
        return cls.schema_type in ARTICLE_TYPES

    @classmethod
    def is_event(cls):
        return cls.schema_type == "Event"

    def summary(self):
        return Summary(
            page=self,
            label=self.type_label(),
            date=self.summary_date,
            text=self.summary_text,
            image_id=self.summary_image_id,
            date_format=self.summary_date_format,
            author_names=self.summary_author_names,
        )

    def structured_data(self):
        """schema.org properties of this type beyond name, url, description and image."""
        return {}


def summarised_page_models():
    """Every page model of the site, in a fixed order; each one keeps the contract."""
    return [model for model in get_page_models() if issubclass(model, SummaryMixin)]


@cache
def listing_date_paths():
    """Each page type's summary date as a path from Page (a date, also for date-times)."""
    paths = []
    for model in summarised_page_models():
        # Reverse one-to-one paths from Page exist for its direct subclasses.
        if list(model._meta.parents) != [Page] or not model.summary_date_field:
            continue
        field = model._meta.get_field(model.summary_date_field)
        # A date kept on Page itself (first_published_at) is everyone's fallback below.
        if field.model is not Page:
            path = f"{model._meta.model_name}__{field.name}"
            paths.append(TruncDate(path) if isinstance(field, DateTimeField) else F(path))
    return tuple(paths)


def with_listing_date(pages):
    """Page rows annotated with ``listing_date``: their type's summary date, else the day they
    were first published; for listings and filters across page types, in SQL."""
    return pages.annotate(
        listing_date=Coalesce(
            *listing_date_paths(), TruncDate("first_published_at"), output_field=DateField()
        )
    )


def tagged_page_models():
    return [model for model in summarised_page_models() if model.tags_field]
