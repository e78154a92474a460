"""The site search: live, public pages of the reader's language, with filters, facets and snippets."""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import BooleanField, Case, Count, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, ExtractYear
from modelsearch.backends.database.postgres.weights import WEIGHTS_VALUES
from taggit.models import Tag
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from .backends import LocalisedPostgresSearchBackend
from .facets import annotate_facets, facet_sources
from .languages import text_search_config
from .models import PageSearchEntry
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
    pages = Page.objects.live().public().filter(locale=locale)
    site = Site.find_for_request(request)
    if site is None:
        return pages.filter(depth__gt=1)
    root = site.root_page.get_translation_or_none(locale) or site.root_page
    return pages.descendant_of(root, inclusive=True)


def matching_pages(pages, terms, language_code):
    """The pages matching every term, with their filter values, title matches first, then by relevance."""
    backend_name = search_backend_name(language_code)
    backend = get_search_backend(backend_name)
    if isinstance(backend, LocalisedPostgresSearchBackend):
        return matching_search_entries(pages, terms, language_code)
    if getattr(backend, "folds_in_python", False):
        return matching_folded_entries(pages, terms, language_code)
    results = pages.search(" ".join(terms), operator="and", backend=backend_name)
    if hasattr(results, "get_queryset"):
        # The database backends hand back SQL, so filtering, counting and facets stay in SQL.
        matched = results.annotate_score("_score").get_queryset()
    else:
        # A search cluster returns ranked ids: keep the best thousand, in its order.
        ids = [page.pk for page in results[:1000]]
        matched = pages.filter(pk__in=ids).order_by(
            Case(*(When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ids)), output_field=IntegerField())
        )
    backend_ordering = matched.query.order_by
    return (
        annotate_facets(matched)
        .annotate(
            title_hit=Case(When(title_matches(terms), then=True), default=False, output_field=BooleanField())
        )
        .order_by(F("title_hit").desc(), *backend_ordering)
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


def matching_search_entries(pages, terms, language_code, match=True):
    """matching_pages from PageSearchEntry, the PostgreSQL backend's narrow per-page table.

    Matching, ranking and the filter values all come from that one table, where modelsearch's
    query ranks on the wide index table and the filter values need every page type's table.
    With match=False the pages are known to match (the candidates of run_search): only ranked.
    """
    query = text_query(terms, text_search_config(language_code), language_code)
    if match:
        # The search rows first (GIN index, stopping at the limit), then their pages by id: joined
        # the other way round PostgreSQL hashes every page of the language. A common word's
        # matches are thus its first CANDIDATES rows in index order, whatever the filters.
        entry_ids = list(
            PageSearchEntry.objects.filter(vector=query).values_list("page_id", flat=True)[:CANDIDATES]
        )
        pages = pages.filter(among("pk", entry_ids), among("search_entry__page_id", entry_ids))
    return pages.annotate(
        sort_date=F("search_entry__sort_date"),
        search_year=ExtractYear("search_entry__sort_date"),
        search_werkteam=F("search_entry__werkteam"),
        title_hit=Case(
            When(search_entry__title=query, then=True), default=False, output_field=BooleanField()
        ),
        # modelsearch's weights for the index's boosts, so a title word counts for more.
        relevance=SearchRank(F("search_entry__vector"), query, weights=WEIGHTS_VALUES),
    ).order_by(F("title_hit").desc(), F("relevance").desc(), "-pk")


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
    return (
        pages.filter(stems_condition("search_entry__stems", terms, language_code))
        .annotate(
            sort_date=F("search_entry__sort_date"),
            search_year=ExtractYear("search_entry__sort_date"),
            search_werkteam=F("search_entry__werkteam"),
            title_hit=Case(
                When(stems_condition("search_entry__title_stems", terms, language_code), then=True),
                default=False,
                output_field=BooleanField(),
            ),
        )
        .order_by(F("title_hit").desc(), F("sort_date").desc(nulls_last=True), "-pk")
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


@dataclass
class SearchOutcome:
    query: str
    terms: list
    pages: object  # the sorted, filtered queryset
    total: int = 0
    facets: dict = field(default_factory=dict)
    # True when there are more than MAX_COUNTED results: total is then MAX_COUNTED ("meer dan 1000").
    more: bool = False


def first_ids(pages, limit=MAX_COUNTED):
    """Up to limit + 1 matching page ids in index order: one GIN scan that stops early."""
    return list(pages.order_by().values_list("pk", flat=True)[: limit + 1])


def among(field_name, ids):
    """field_name is one of ids. On PostgreSQL the ids go as one array parameter: a thousand
    separate parameters cost more to build and parse than the query takes to run."""
    if connection.vendor == "postgresql":
        return Q(**{f"{field_name}__in": RawSQL("SELECT unnest(%s::integer[])", (list(ids),))})
    return Q(**{f"{field_name}__in": ids})


def run_search(request, locale, query, filters, sort="relevance"):
    """Search the reader's pages; filters is a dict of type, tag, werkteam and year (or None).

    Common words match tens of thousands of pages at scale, so nothing is counted or ranked over
    all of them: the first MAX_COUNTED + 1 matches (in index order) are the candidates that are
    ranked, counted ("meer dan 1000") and grouped into facets.
    """
    terms = query_terms(query)
    if not terms:
        return SearchOutcome(query=query, terms=terms, pages=Page.objects.none())
    matched = matching_pages(reader_pages(request, locale), terms, locale.language_code)
    if filters.get("tag"):
        # A tag's slug ("werkteams", from an older link) or a facet's key ("werkteam") alike.
        filters = {**filters, "tag": tag_key(filters["tag"].replace("-", " "), locale.language_code)}

    conditions = {
        "type": Q(content_type=filters["type"]) if filters.get("type") else Q(),
        "tag": tagged_with(filters["tag"], locale.language_code) if filters.get("tag") else Q(),
        "werkteam": Q(search_werkteam=filters["werkteam"]) if filters.get("werkteam") else Q(),
        "year": Q(search_year=filters["year"]) if filters.get("year") else Q(),
    }

    def filtered(*, leaving_out=None):
        result = matched
        for name, condition in conditions.items():
            if name != leaving_out:
                result = result.filter(condition)
        return result

    ranked_by_entries = isinstance(
        get_search_backend(search_backend_name(locale.language_code)), LocalisedPostgresSearchBackend
    )

    def of_candidates(ids):
        """The matches among these ids. On PostgreSQL they are known to match and to be the
        reader's pages, so they are annotated from their search rows without matching again."""
        if ranked_by_entries:
            return matching_search_entries(
                Page.objects.filter(among("pk", ids), among("search_entry__page_id", ids)),
                terms,
                locale.language_code,
                match=False,
            )
        return matched.filter(pk__in=ids)

    # The facets count the candidates with the tag filter only; each facet then counts them as
    # the other filters leave them.
    sample = first_ids(matched.filter(conditions["tag"]))
    other_filters = any(filters.get(name) for name in ("type", "werkteam", "year"))
    candidates = first_ids(filtered()) if other_filters else sample
    more = len(candidates) > MAX_COUNTED
    candidates = candidates[:MAX_COUNTED]
    pages = of_candidates(candidates)
    if sort == "date":
        pages = pages.order_by(F("sort_date").desc(nulls_last=True), "-pk")

    groups = list(
        of_candidates(sample[:MAX_COUNTED])
        .order_by()
        .values_list("content_type", "search_year", "search_werkteam")
        .annotate(count=Count("pk"))
    )
    selected_type = filters.get("type").pk if filters.get("type") else None
    wanted = {0: selected_type, 1: filters.get("year"), 2: filters.get("werkteam")}

    def counts(position):
        totals = Counter()
        for group in groups:
            if all(
                value is None or group[other] == value for other, value in wanted.items() if other != position
            ):
                totals[group[position]] += group[3]
        return totals

    tag_pages = Page.objects.filter(
        among(
            "pk",
            first_ids(filtered(leaving_out="tag"))[:MAX_COUNTED]
            if filters.get("tag")
            else (candidates if other_filters else sample[:MAX_COUNTED]),
        )
    )
    facets = {
        "type": type_facet(counts(0), selected_type),
        "year": year_facet(counts(1), filters.get("year")),
        "werkteam": werkteam_facet(counts(2), filters.get("werkteam"), locale),
        # Without a tag filter the tag counts are of the pages grouped above: only their types
        # can have tags to count.
        "tag": tag_facet(
            tag_pages,
            filters.get("tag"),
            locale.language_code,
            page_types=None if filters.get("tag") else {group[0] for group in groups},
        ),
    }
    return SearchOutcome(
        query=query, terms=terms, pages=pages, total=len(candidates), facets=facets, more=more
    )


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


def tag_facet(pages, selected, language_code, page_types=None):
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
    page_ids = pages.order_by().values("pk")
    counts_per_type = [
        through.objects.filter(content_object_id__in=page_ids)
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
    return matching_pages(reader_pages(request, locale), terms, locale.language_code).exists()


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
        matched = matching_pages(reader_pages(request, other), terms, other.language_code)
        ids = first_ids(matched)
        if ids:
            pages = list(matched.filter(pk__in=ids[:MAX_COUNTED]).specific()[:shown])
            found.append(
                OtherLanguageResults(other, min(len(ids), MAX_COUNTED), len(ids) > MAX_COUNTED, pages)
            )
    return found
