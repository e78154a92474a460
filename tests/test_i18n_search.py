"""Search in two languages: own path per language, switcher between them, results in the
reader's language only."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

LINK = re.compile(r'href="(/(?:nl|en)/[^"]*)"')


@pytest.fixture
def demo(db, home_page):
    call_command("load_demo_content", stdout=StringIO())


def main_links(response):
    html = response.content.decode()
    return LINK.findall(html[html.index("<main") : html.index("</main>")])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "other"),
    [
        ("/nl/zoeken/?q=werkteam", 'href="/en/search/?q=werkteam" hreflang="en"'),
        ("/en/search/?q=werkteam", 'href="/nl/zoeken/?q=werkteam" hreflang="nl"'),
    ],
)
def test_switcher_on_search_keeps_the_query_and_uses_the_other_path(client, home_page, path, other):
    response = client.get(path)
    assert response.status_code == 200
    assert other in response.content.decode()


@pytest.mark.django_db
def test_search_hreflang_points_at_both_search_paths(client, home_page):
    html = client.get("/en/search/").content.decode()
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/zoeken/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/search/">' in html


@pytest.mark.django_db
def test_search_results_are_in_the_readers_language(client, demo):
    for path, language, other in (
        ("/en/search/?q=working", "en", "nl"),
        ("/nl/zoeken/?q=werkteam", "nl", "en"),
    ):
        links = main_links(client.get(path))
        results = [link for link in links if "search" not in link and "zoeken" not in link]
        assert any(link.startswith(f"/{language}/") for link in results), path
        assert not [link for link in results if link.startswith(f"/{other}/")], path


@pytest.mark.django_db
def test_werkteam_filter_is_labelled_in_the_readers_language(client, demo):
    # The werkteam link is synchronised: English pages point at the Dutch werkteam page.
    english = client.get("/en/search/?q=loneliness").content.decode()
    dutch = client.get("/nl/zoeken/?q=eenzaamheid").content.decode()
    assert re.search(r'werkteam=\d+">Platform for encounter and innovation \(\d+\)', english)
    assert "Platform ontmoeting en innovatie (" not in english
    assert re.search(r'werkteam=\d+">Platform ontmoeting en innovatie \(\d+\)', dutch)
