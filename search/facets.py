"""Where each page type keeps the date, werkteam and tags the search filters on, read from the
summary contract (home/summary.py): nothing here knows a page type or guesses a field name."""

from dataclasses import dataclass
from functools import cache

from django.db.models import F, IntegerField, Value
from django.db.models.functions import Coalesce, ExtractYear
from wagtail.models import Page

from articles.models import WerkteamLinkMixin
from home.summary import summarised_page_models, with_listing_date


@dataclass(frozen=True)
class FacetSources:
    """Where each page type keeps what the filters use, as paths from Page."""

    werkteam_paths: tuple
    tag_throughs: tuple


@cache
def facet_sources():
    werkteam_paths, tag_throughs = [], []
    for model in summarised_page_models():
        # Reverse one-to-one paths from Page exist for its direct subclasses.
        if list(model._meta.parents) != [Page]:
            continue
        if issubclass(model, WerkteamLinkMixin):
            werkteam_paths.append(f"{model._meta.model_name}__werkteam")
        if model.tags_field:
            tag_throughs.append(getattr(model, model.tags_field).through)
    return FacetSources(tuple(werkteam_paths), tuple(tag_throughs))


def annotate_facets(pages):
    """Adds sort_date (the summary date of every page type), search_year and search_werkteam."""
    sources = facet_sources()
    pages = with_listing_date(pages).annotate(
        sort_date=F("listing_date"), search_year=ExtractYear("listing_date")
    )
    if sources.werkteam_paths:
        pages = pages.annotate(
            search_werkteam=Coalesce(*sources.werkteam_paths, output_field=IntegerField())
            if len(sources.werkteam_paths) > 1
            else F(sources.werkteam_paths[0])
        )
    else:
        pages = pages.annotate(search_werkteam=Value(None, output_field=IntegerField()))
    return pages
