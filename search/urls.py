"""The search page has a path in each language: /nl/zoeken/ and /en/search/.

Both paths are registered in every language; the view redirects a reader on the other
language's path (/en/zoeken/, /nl/search/) to their own.
"""

from django.urls import path

from .views import SEARCH_PATHS, SUGGESTION_PATHS, search, suggestions

urlpatterns = [path(route, search, name=f"search_{language}") for language, route in SEARCH_PATHS.items()] + [
    path(route, suggestions, name=f"search_suggestions_{language}")
    for language, route in SUGGESTION_PATHS.items()
]
