from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from .forms import SearchForm
from .query import run_search
from .snippets import snippets


@dataclass(frozen=True)
class SearchResult:
    page: object
    type_label: str
    snippet: str


RESULTS_PER_PAGE = 10
SEARCH_PATHS = {"nl": "zoeken/", "en": "search/"}


def search_url(language_code=None):
    """The search page in a language: /nl/zoeken/ or /en/search/."""
    language_code = language_code or translation.get_language()
    if language_code not in SEARCH_PATHS:
        language_code = "nl"
    with translation.override(language_code):
        return reverse(f"search_{language_code}")


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
    outcome = run_search(request, locale, query, form.search_filters(), form.sort_order()) if query else None
    if outcome and outcome.terms:
        paginator = Paginator(outcome.pages.specific(), RESULTS_PER_PAGE)
        paginator.count = outcome.total  # counted with the facets already
        page_obj = paginator.get_page(request.GET.get("page"))
        results = list(page_obj.object_list)
        found_snippets = snippets(results, outcome.terms, locale.language_code)
        context.update(
            page_obj=page_obj,
            results=[SearchResult(page, page.type_label(), found_snippets[page.pk]) for page in results],
            result_count=page_obj.paginator.count,
            more_results=outcome.more,
            facets=outcome.facets,
            filters_active=any(form.search_filters().values()),
            promotions=list(editors_picks(query, locale)) if page_obj.number == 1 else [],
        )
        if "page" not in request.GET:  # paging through results is not a new search
            Query.get(query).add_hit()
    response = TemplateResponse(request, "search/search.html", context)
    # Results differ per reader and query and must not be indexed or kept by shared caches.
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response
