from django import template

from search.views import search_url as language_search_url
from search.views import suggestions_url

register = template.Library()


@register.simple_tag
def search_url(language_code=None):
    """The search page in the active (or given) language."""
    return language_search_url(language_code)


@register.simple_tag
def search_suggestions_url(language_code=None):
    """Where the header's search box asks for title suggestions while typing."""
    return suggestions_url(language_code)


@register.simple_tag(takes_context=True)
def facet_url(context, name, value):
    """The current search with one filter set (or cleared when value is empty), back on page one."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    if value:
        params[name] = value
    else:
        params.pop(name, None)
    return f"?{params.urlencode()}"
