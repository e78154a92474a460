import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Site

from home.models import HomePage


@pytest.fixture(autouse=True)
def dutch_by_default():
    """Each test starts in Dutch: a request to /en/ leaves English active in the thread."""
    translation.activate("nl")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached chrome or rate limits never leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    """The Dutch home page created by the migrations, as the default site's root."""
    return HomePage.objects.get(depth=2, locale__language_code="nl")


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")
