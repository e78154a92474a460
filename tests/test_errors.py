"""The 404 and 500 pages in the site's design."""

import pytest
from django.core.cache import cache
from django.template import loader
from django.urls import path
from wagtail.models import Site

from site_project.urls import urlpatterns as site_urlpatterns
from tests.factories.chrome import FooterContentFactory


def broken_view(request):
    raise RuntimeError("Deze view faalt expres.")


# Used through @pytest.mark.urls: the site's own URLs plus a view that fails.
urlpatterns = [path("kapot/", broken_view), *site_urlpatterns]


def test_missing_page_gets_the_404_page_with_the_chrome(client, home_page):
    FooterContentFactory()
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Deze pagina bestaat niet (meer)" in html
    assert 'class="site-header"' in html
    assert "Museumpark 40" in html
    assert '<meta name="robots" content="noindex">' in html
    assert '<a class="button" href="/nl/">' in html


def test_404_page_in_english(client, home_page):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()


@pytest.fixture
def no_site(home_page):
    """No Site at all; Wagtail's cached site root paths are cleared again afterwards."""
    Site.objects.all().delete()
    yield
    cache.clear()


def test_404_without_any_site(client, home_page, no_site):
    response = client.get("/nl/")
    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]


@pytest.mark.urls("tests.test_errors")
def test_server_error_gets_the_500_page(client, home_page):
    client.raise_request_exception = False
    response = client.get("/kapot/")
    assert response.status_code == 500
    assert "500.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert 'class="site-header"' in html
    assert "/static/css/site.css" in html


def test_500_template_needs_no_context_or_database():
    # No db fixture: any query would fail this test.
    html = loader.get_template("500.html").render()
    assert "Er ging iets mis" in html
