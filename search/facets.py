"""Where each page type keeps the date, werkteam and tags the search filters on."""

from dataclasses import dataclass
from functools import cache

from django.db.models import DateField, DateTimeField, F, IntegerField, Value
from django.db.models.functions import Coalesce, ExtractYear, TruncDate
from wagtail.models import Page, get_page_models


@dataclass(frozen=True)
class FacetSources:
    """Where each page type keeps what the filters use, as paths from Page."""

    date_paths: tuple
    werkteam_paths: tuple
    tag_throughs: tuple


@cache
def facet_sources():
    date_paths, werkteam_paths, tag_throughs = [], [], []
    for model in get_page_models():
        # Reverse one-to-one paths from Page exist for its direct subclasses.
        if list(model._meta.parents) != [Page]:
            continue
        fields = {f.name: f for f in model._meta.get_fields()}
        name = model._meta.model_name
        # A werkteam is dated by when it started; pages without a date of their own by when
        # they were first published (the fallback in annotate_facets).
        for date_name in ("date", "start", "issue_date", "period_start"):
            date_field = fields.get(date_name)
            if isinstance(date_field, DateField | DateTimeField):
                path = f"{name}__{date_name}"
                date_paths.append(TruncDate(path) if isinstance(date_field, DateTimeField) else F(path))
                break
        if "werkteam" in fields and fields["werkteam"].is_relation:
            werkteam_paths.append(f"{name}__werkteam")
        if "tags" in fields and hasattr(fields["tags"], "through"):
            tag_throughs.append(fields["tags"].through)
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
