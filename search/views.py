from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from home.cache import cached_for_readers

from .forms import SearchForm
from .query import has_results, other_language_results, run_search, specific_pages
from .snippets import snippets
from .spelling import did_you_mean
from .suggestions import title_suggestions


@dataclass(frozen=True)
class SearchResult:
    page: object
    type_label: str
    snippet: str


RESULTS_PER_PAGE = 10
# The query parameters a results page depends on.
PARAMETERS = ("q", "type", "tag", "werkteam", "year", "sort", "page")
# Fewer results than this and "Bedoelde je …?" looks for a better query.
FEW_RESULTS = 3
SEARCH_PATHS = {"nl": "zoeken/", "en": "search/"}
SUGGESTION_PATHS = {"nl": "zoeken/suggesties/", "en": "search/suggestions/"}


def search_url(language_code=None):
    """The search page in a language: /nl/zoeken/ or /en/search/."""
    language_code = language_code or translation.get_language()
    if language_code not in SEARCH_PATHS:
        language_code = "nl"
    with translation.override(language_code):
        return reverse(f"search_{language_code}")


def suggestions_url(language_code=None):
    """The suggestions endpoint in a language: /nl/zoeken/suggesties/ or /en/search/suggestions/."""
    language_code = language_code or translation.get_language()
    if language_code not in SUGGESTION_PATHS:
        language_code = "nl"
    with translation.override(language_code):
        return reverse(f"search_suggestions_{language_code}")


def editors_picks(query, locale):
    """Promotions for this exact query: external links and live pages of the reader's language."""
    return (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__live=True, page__locale=locale))
        .select_related("page")
        .order_by("sort_order")
    )


@require_safe
def search(request):
    own_url = search_url()
    if request.path != own_url:
        query_string = request.META.get("QUERY_STRING", "")
        return HttpResponseRedirect(f"{own_url}?{query_string}" if query_string else own_url)

    form = SearchForm(request.GET)
    form.is_valid()
    query = form.search_query()
    locale = Locale.get_active()
    context = {
        "form": form,
        "search_query": query,
        "query_was_shortened": len(request.GET.get("q", "")) > len(query) and bool(query),
        "ignored_filters": form.ignored_filters(),
        "sort": form.sort_order(),
        "search_url": own_url,
    }
    if query:
        # The same for every reader until something is published (home/cache.py): a query
        # asked again in this content generation is answered without searching.
        found = cached_for_readers(
            request,
            f"search:{locale.pk}",
            lambda: results(request, locale, query, form),
            parameters=PARAMETERS,
        )
        context.update(found)
        if "page_obj" in found and "page" not in request.GET:  # paging through results is no new search
            Query.get(query).add_hit()
    response = TemplateResponse(request, "search/search.html", context)
    # Results differ per reader and query and must not be indexed or kept by shared caches.
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def results(request, locale, query, form):
    """What the results page shows for this query, filters and page of results."""
    outcome = run_search(request, locale, query, form.search_filters(), form.sort_order())
    if not outcome.terms:
        return {}
    page_obj = Paginator(outcome.hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    pages = specific_pages(page_obj.object_list)
    found_snippets = snippets(pages, outcome.terms, locale.language_code)
    return {
        "page_obj": page_obj,
        "results": [SearchResult(page, str(page.type_label()), found_snippets[page.pk]) for page in pages],
        "result_count": page_obj.paginator.count,
        "more_results": outcome.more,
        "facets": outcome.facets,
        "filters_active": any(form.search_filters().values()),
        "promotions": list(editors_picks(query, locale)) if page_obj.number == 1 else [],
        **alternatives(request, locale, outcome, form),
    }


def alternatives(request, locale, outcome, form):
    """ "Bedoelde je …?" for few results, and the other language's results for none."""
    found = {}
    if outcome.total < FEW_RESULTS and not any(form.search_filters().values()):
        found["did_you_mean"] = did_you_mean(
            outcome.terms, locale.language_code, lambda terms: has_results(request, locale, terms)
        )
    if outcome.total == 0:
        found["other_languages"] = [
            (other, search_url(other.locale.language_code))
            for other in other_language_results(request, locale, outcome.terms)
        ]
    return found


@require_safe
def suggestions(request):
    """Titles for the search box while typing, as JSON: {"suggestions": [{"title", "url"}]}."""
    form = SearchForm(request.GET)
    form.is_valid()
    locale = Locale.get_active()
    pages = title_suggestions(request, locale, form.search_query())
    response = JsonResponse(
        {"suggestions": [{"title": page.title, "url": page.get_url(request)} for page in pages]}
    )
    patch_cache_control(response, private=True, max_age=60)
    response["X-Robots-Tag"] = "noindex"
    return response
