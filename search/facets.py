"""Where each page type keeps the date, werkteam and tags the search filters on, read from the
summary contract (home/summary.py): nothing here knows a page type or guesses a field name."""

from dataclasses import dataclass
from functools import cache

from django.db.models import DateField, F, IntegerField, Value
from django.db.models.functions import Coalesce, ExtractYear, TruncDate
from wagtail.models import Page

from articles.models import WerkteamLinkMixin
from home.summary import summarised_page_models


@dataclass(frozen=True)
class FacetSources:
    """Where each page type keeps what the filters use, as paths from Page."""

    date_paths: tuple
    werkteam_paths: tuple
    tag_throughs: tuple


@cache
def facet_sources():
    date_paths, werkteam_paths, tag_throughs = [], [], []
    for model in summarised_page_models():
        # Reverse one-to-one paths from Page exist for its direct subclasses.
        if list(model._meta.parents) != [Page]:
            continue
        name = model._meta.model_name
        date_field = model._meta.get_field(model.summary_date_field) if model.summary_date_field else None
        # A date kept on Page itself (first_published_at) is the fallback in annotate_facets.
        if date_field is not None and date_field.model is not Page:
            path = f"{name}__{date_field.name}"
            date_paths.append(TruncDate(path) if model.date_is_datetime() else F(path))
        if issubclass(model, WerkteamLinkMixin):
            werkteam_paths.append(f"{name}__werkteam")
        if model.tags_field:
            tag_throughs.append(getattr(model, model.tags_field).through)
    return FacetSources(tuple(date_paths), tuple(werkteam_paths), tuple(tag_throughs))


def annotate_facets(pages):
    """Adds sort_date, search_year and search_werkteam, read from every page type's table."""
    sources = facet_sources()
    pages = pages.annotate(
        sort_date=Coalesce(*sources.date_paths, TruncDate("first_published_at"), output_field=DateField())
    ).annotate(search_year=ExtractYear("sort_date"))
    if sources.werkteam_paths:
        pages = pages.annotate(
            search_werkteam=Coalesce(*sources.werkteam_paths, output_field=IntegerField())
            if len(sources.werkteam_paths) > 1
            else F(sources.werkteam_paths[0])
        )
    else:
        pages = pages.annotate(search_werkteam=Value(None, output_field=IntegerField()))
    return pages
