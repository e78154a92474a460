"""The site search: live, public pages of the reader's language, with filters, facets and snippets."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, ExtractYear
from modelsearch.backends.database.postgres.weights import WEIGHTS_VALUES
from taggit.models import Tag
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from home.cache import cached
from home.visibility import public

from .backends import LocalisedPostgresSearchBackend
from .facets import annotate_facets, facet_sources
from .languages import text_search_config
from .text import WORD, fold, is_stop_word, stem, term_stems, variants

# Long enough for any real question, short enough to keep the query and the log row small.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Results are counted, ranked and grouped into facets up to this many ("meer dan 1000").
MAX_COUNTED = 1000
# Matching search rows read before the reader's filters (language, live, public, place).
CANDIDATES = 2 * MAX_COUNTED + 2


def clean_query(raw):
    """The query as readers see it: printable, single-spaced, at most MAX_QUERY_LENGTH characters."""
    printable = "".join(char if char.isprintable() else " " for char in raw or "")
    return " ".join(printable.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(query):
    """Words only: quotes and SQL, tsquery or FTS operators never reach the database."""
    return WORD.findall(query)[:MAX_TERMS]


def tag_key(name, language_code):
    """Tags differing only in case, accents or number share a key and are one facet: "Werkteam"
    and "werkteams" are "werkteam"."""
    return "-".join(found for word in WORD.findall(name) if (found := stem(word, language_code))) or fold(
        name
    )


def tagged_with(key, language_code):
    """Pages with any tag whose key (tag_key) is this one."""
    slugs = [
        slug for slug, name in Tag.objects.values_list("slug", "name") if tag_key(name, language_code) == key
    ]
    tagged_pages = Q(pk__in=[])
    for through in facet_sources().tag_throughs:
        tagged_pages |= Q(pk__in=through.objects.filter(tag__slug__in=slugs).values("content_object_id"))
    return tagged_pages


def search_backend_name(language_code):
    """A search cluster has one backend per language; the database backend serves both."""
    return language_code if language_code in settings.WAGTAILSEARCH_BACKENDS else "default"


def reader_pages(request, locale):
    """Live, public pages of this site in the reader's language."""
    # home.visibility's public(): the restricted paths from the cache, not a query per search.
    pages = public(Page.objects.live().filter(locale=locale))
    site = Site.find_for_request(request)
    if site is None:
        return pages.filter(depth__gt=1)

    def root():
        page = site.root_page.get_translation_or_none(locale) or site.root_page
        return page.path, page.depth

    # The site's home in this language, as descendant_of(inclusive=True) needs it, kept per
    # content generation (home/cache.py): a query less for every search and suggestion.
    path, depth = cached(f"search-root:{site.pk}:{locale.pk}", root)
    return pages.filter(path__startswith=path, depth__gte=depth)


def matching_pages(pages, terms, locale):
    """The pages matching every term, annotated with HIT_FIELDS (unordered: ranked() orders them)."""
    language_code = locale.language_code
    backend_name = search_backend_name(language_code)
    backend = get_search_backend(backend_name)
    if isinstance(backend, LocalisedPostgresSearchBackend):
        return matching_search_entries(pages, terms, locale)
    if getattr(backend, "folds_in_python", False):
        return matching_folded_entries(pages, terms, language_code)
    results = pages.search(" ".join(terms), operator="and", backend=backend_name)
    if hasattr(results, "get_queryset"):
        # The database backends hand back SQL, so filtering and counting stay in SQL.
        matched = results.annotate_score("_score").get_queryset().annotate(relevance=F("_score"))
    else:
        # A search cluster returns ranked ids: keep the best thousand, ranked in its order.
        ids = [page.pk for page in results[:MAX_COUNTED]]
        matched = pages.filter(pk__in=ids).annotate(
            relevance=Case(
                *(When(pk=pk, then=Value(float(len(ids) - rank))) for rank, pk in enumerate(ids)),
                default=Value(0.0),
                output_field=FloatField(),
            )
        )
    return annotate_facets(matched).annotate(
        title_hit=Case(When(title_matches(terms), then=True), default=False, output_field=BooleanField())
    )


def text_query(terms, config, language_code):
    """Every term, each in any of its variants (search/text.py), as one tsquery; stop words are left
    out (PostgreSQL would drop them, but not their variants: "de" would find "des")."""
    combined = None
    for term in terms:
        if is_stop_word(term, language_code):
            continue
        either = None
        for variant in variants(term):
            one = SearchQuery(variant, search_type="plain", config=config)
            either = one if either is None else either | one
        combined = either if combined is None else combined & either
    return combined if combined is not None else SearchQuery(" ".join(terms), config=config)


class IsAnyOf(Func):
    """The condition "field = ANY(array)": one array, however many ids, and an index scan per id."""

    arg_joiner = " = ANY("
    template = "%(expressions)s)"
    output_field = BooleanField()


class MatchingPageIds(Func):
    """The first CANDIDATES matching search rows of a language, always through their GIN index
    (search_matching_pages, migration search.0006)."""

    function = "search_matching_pages"
    template = "ARRAY(SELECT %(function)s(%(expressions)s))"
    output_field = ArrayField(IntegerField())


def matching_search_entries(pages, terms, locale):
    """matching_pages from PageSearchEntry, the PostgreSQL backend's narrow per-page table.

    Matching, ranking and the filter values all come from that one table, where modelsearch's
    query ranks on the wide index table and the filter values need every page type's table.
    The search rows of the reader's language come first (GIN index, stopping at CANDIDATES), then
    their pages by id: joined the other way round PostgreSQL hashes every page of the language. A
    common word's matches are thus its first CANDIDATES rows in index order, whatever the filters.
    """
    query = text_query(terms, text_search_config(locale.language_code), locale.language_code)
    candidates = MatchingPageIds(Value(locale.pk), query, Value(CANDIDATES))
    return pages.filter(IsAnyOf(F("pk"), candidates)).annotate(
        sort_date=F("search_entry__sort_date"),
        search_year=ExtractYear("search_entry__sort_date"),
        search_werkteam=F("search_entry__werkteam"),
        title_hit=Case(
            When(search_entry__title=query, then=True), default=False, output_field=BooleanField()
        ),
        # modelsearch's weights for the index's boosts, so a title word counts for more.
        relevance=SearchRank(F("search_entry__vector"), query, weights=WEIGHTS_VALUES),
    )


def stems_condition(field_name, terms, language_code):
    """Every term's stems (any variant) in the " stem stem " text of field_name; stop words are left out."""
    condition = Q()
    wanted = [found for term in terms if (found := term_stems(term, language_code))]
    if not wanted:
        return Q(pk__in=[])
    for term_stem_set in wanted:
        either = Q(pk__in=[])
        for found in sorted(term_stem_set):
            either |= Q(**{f"{field_name}__contains": f" {found} "})
        condition &= either
    return condition


def matching_folded_entries(pages, terms, language_code):
    """matching_search_entries on SQLite: the same folding and stems, from search/text.py."""
    return pages.filter(stems_condition("search_entry__stems", terms, language_code)).annotate(
        sort_date=F("search_entry__sort_date"),
        search_year=ExtractYear("search_entry__sort_date"),
        search_werkteam=F("search_entry__werkteam"),
        title_hit=Case(
            When(stems_condition("search_entry__title_stems", terms, language_code), then=True),
            default=False,
            output_field=BooleanField(),
        ),
        # No rank on SQLite: title matches first, then the newest.
        relevance=Value(0.0, output_field=FloatField()),
    )


def title_matches(terms):
    """True when every term is in the title: those results come first."""
    condition = Q()
    for term in terms:
        condition &= Q(title__icontains=term)
    return condition


@dataclass
class Facet:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass(frozen=True)
class Hit:
    """One match, with what ranking and the type, year and werkteam facets need."""

    pk: int
    content_type: int
    year: int | None
    werkteam: int | None
    sort_date: date | None
    title_hit: bool
    relevance: float


HIT_FIELDS = ("pk", "content_type", "search_year", "search_werkteam", "sort_date", "title_hit", "relevance")


@dataclass
class SearchOutcome:
    query: str
    terms: list
    hits: list = field(default_factory=list)  # ranked (or by date), at most MAX_COUNTED
    facets: dict = field(default_factory=dict)
    # True when there are more than MAX_COUNTED results ("meer dan 1000").
    more: bool = False

    @property
    def total(self):
        return len(self.hits)


def first_hits(pages, limit=MAX_COUNTED):
    """Up to limit + 1 matches in index order, as Hits: one query, whatever is counted or ranked."""
    return [Hit(*row) for row in pages.order_by().values_list(*HIT_FIELDS)[: limit + 1]]


def first_ids(pages, limit=MAX_COUNTED):
    return list(pages.order_by().values_list("pk", flat=True)[: limit + 1])


def newest_first(hit):
    return (hit.sort_date is None, -hit.sort_date.toordinal() if hit.sort_date else 0, -hit.pk)


def ranked(hits, sort="relevance"):
    """Title matches first, then by relevance, then the newest; or only the newest first."""
    if sort == "date":
        return sorted(hits, key=newest_first)
    return sorted(hits, key=lambda hit: (not hit.title_hit, -hit.relevance, *newest_first(hit)))


def among(field_name, ids):
    """field_name is one of ids. On PostgreSQL the ids go as one array parameter: a thousand
    separate parameters cost more to build and parse than the query takes to run."""
    if connection.vendor == "postgresql":
        return Q(IsAnyOf(F(field_name), RawSQL("%s::integer[]", (list(ids),))))
    return Q(**{f"{field_name}__in": ids})


def specific_pages(hits):
    """The hits' pages as their own page types, in the hits' order, each with its sort_date (as the
    results page shows it): one query per page type."""
    per_type = {}
    for hit in hits:
        per_type.setdefault(hit.content_type, []).append(hit.pk)
    found = {}
    for content_type_id, ids in per_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            found.update((page.pk, page) for page in model.objects.filter(pk__in=ids))
    pages = []
    for hit in hits:
        if hit.pk in found:
            found[hit.pk].sort_date = hit.sort_date
            pages.append(found[hit.pk])
    return pages


def run_search(request, locale, query, filters, sort="relevance"):
    """Search the reader's pages; filters is a dict of type, tag, werkteam and year (or None).

    Common words match tens of thousands of pages at scale, so nothing is counted or ranked over
    all of them: the first MAX_COUNTED + 1 matches (in index order) are read in one query with
    their rank and filter values, then counted ("meer dan 1000"), ranked and grouped into facets
    here. Only the tag counts need another query.
    """
    terms = query_terms(query)
    if not terms:
        return SearchOutcome(query=query, terms=terms)
    matched = matching_pages(reader_pages(request, locale), terms, locale)
    if filters.get("tag"):
        # A tag's slug ("werkteams", from an older link) or a facet's key ("werkteam") alike.
        filters = {**filters, "tag": tag_key(filters["tag"].replace("-", " "), locale.language_code)}
    selected_type = filters.get("type").pk if filters.get("type") else None
    wanted = {0: selected_type, 1: filters.get("year"), 2: filters.get("werkteam")}
    conditions = {
        "type": Q(content_type=selected_type) if selected_type else Q(),
        "werkteam": Q(search_werkteam=wanted[2]) if wanted[2] else Q(),
        "year": Q(search_year=wanted[1]) if wanted[1] else Q(),
    }
    tagged = matched.filter(tagged_with(filters["tag"], locale.language_code) if filters.get("tag") else Q())

    # The facets count the matches with the tag filter only; each facet then counts them as the
    # other filters leave them. The results are those the other filters leave too.
    sample = first_hits(tagged)
    other_filters = any(wanted.values())
    candidates = first_hits(tagged.filter(*conditions.values())) if other_filters else sample
    more = len(candidates) > MAX_COUNTED
    candidates = candidates[:MAX_COUNTED]
    groups = Counter((hit.content_type, hit.year, hit.werkteam) for hit in sample[:MAX_COUNTED])

    def counts(position):
        totals = Counter()
        for group, count in groups.items():
            if all(
                value is None or group[other] == value for other, value in wanted.items() if other != position
            ):
                totals[group[position]] += count
        return totals

    if filters.get("tag"):
        tag_ids, page_types = first_ids(matched.filter(*conditions.values()))[:MAX_COUNTED], None
    else:
        tag_ids = [hit.pk for hit in candidates]
        page_types = {hit.content_type for hit in candidates}
    facets = {
        "type": type_facet(counts(0), selected_type),
        "year": year_facet(counts(1), wanted[1]),
        "werkteam": werkteam_facet(counts(2), wanted[2], locale),
        # Only the types of the counted pages can have tags to count.
        "tag": tag_facet(tag_ids, filters.get("tag"), locale.language_code, page_types),
    }
    return SearchOutcome(query=query, terms=terms, hits=ranked(candidates, sort), facets=facets, more=more)


def type_facet(counts, selected):
    facets = []
    for content_type_id, count in counts.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        facets.append(
            Facet(
                value=str(content_type_id),
                label=str(model.type_label()),
                count=count,
                selected=selected == content_type_id,
            )
        )
    return sorted(facets, key=lambda facet: (-facet.count, facet.label))


def year_facet(counts, selected):
    return [
        Facet(value=str(year), label=str(year), count=count, selected=year == selected)
        for year, count in sorted(counts.items(), key=lambda item: -(item[0] or 0))
        if year
    ]


def werkteam_facet(counts, selected, locale):
    """Werkteam links are synchronised, so they point at the Dutch page in every language; the
    label is the title of its live translation in the reader's language, where there is one."""
    counts = {werkteam_id: count for werkteam_id, count in counts.items() if werkteam_id}
    translated_title = Page.objects.live().filter(translation_key=OuterRef("translation_key"), locale=locale)
    titles = dict(
        Page.objects.filter(pk__in=counts)
        .annotate(label=Coalesce(Subquery(translated_title.values("title")[:1]), "title"))
        .values_list("pk", "label")
    )
    return sorted(
        (
            Facet(value=str(pk), label=titles[pk], count=count, selected=pk == selected)
            for pk, count in counts.items()
            if pk in titles
        ),
        key=lambda facet: (-facet.count, facet.label),
    )


def tag_facet(page_ids, selected, language_code, page_types=None):
    """The twenty most used tags of these pages, counted in one query over every tagged page type.

    page_types (content type ids), when given, are the only types the pages can be of.
    """
    throughs = [
        through
        for through in facet_sources().tag_throughs
        if page_types is None
        or ContentType.objects.get_for_model(through._meta.get_field("content_object").related_model).pk
        in page_types
    ]
    if not throughs:
        return []
    if not page_ids:
        return []
    counts_per_type = [
        through.objects.filter(among("content_object_id", page_ids))
        .order_by()
        .values_list("tag__slug", "tag__name")
        .annotate(count=Count("pk"))
        for through in throughs
    ]
    rows = (
        counts_per_type[0].union(*counts_per_type[1:], all=True) if len(throughs) > 1 else counts_per_type[0]
    )
    counts, names = Counter(), {}
    for _slug, name, count in rows:
        key = tag_key(name, language_code)
        counts[key] += count
        names.setdefault(key, Counter())[name] += count
    facets = [
        # The merged facet is labelled with its most used spelling.
        Facet(value=key, label=names[key].most_common(1)[0][0], count=count, selected=key == selected)
        for key, count in counts.items()
    ]
    return sorted(facets, key=lambda facet: (-facet.count, facet.label.lower()))[:20]


def has_results(request, locale, terms):
    """Whether a search for these terms finds any page of the reader's (or given) language."""
    return matching_pages(reader_pages(request, locale), terms, locale).exists()


@dataclass
class OtherLanguageResults:
    locale: object
    count: int
    more: bool
    pages: list


def other_language_results(request, locale, terms, shown=3):
    """Results in each other language of the site, for a search that found none in the reader's.

    The words are matched with the other language's stemming: they are likely words of it.
    """
    found = []
    for other in Locale.objects.exclude(pk=locale.pk).order_by("language_code"):
        hits = first_hits(matching_pages(reader_pages(request, other), terms, other))
        if hits:
            best = ranked(hits[:MAX_COUNTED])[:shown]
            found.append(
                OtherLanguageResults(
                    other, min(len(hits), MAX_COUNTED), len(hits) > MAX_COUNTED, specific_pages(best)
                )
            )
    return found
