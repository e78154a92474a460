"""The site search on any database: language, visibility, results page, filters, bad input."""

import re
from datetime import date

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from articles.models import BlogPage
from home.cache import start_new_generation
from search.query import clean_query, query_terms
from search.snippets import best_passage, highlight
from search.views import RESULTS_PER_PAGE
from tests.factories.search import (
    blog_post,
    event,
    news_item,
    person,
    publish,
    section_tree,
    standard_page,
    translate_home,
    werkteam,
)

SEARCH_NL = "/nl/zoeken/"
SEARCH_EN = "/en/search/"


@pytest.fixture
def dutch(home_page):
    return section_tree(home_page)


@pytest.fixture
def english_sections(home_page, english):
    return section_tree(translate_home(home_page, english))


def titles(response):
    return [result.page.title for result in response.context["results"]]


def search(client, q, url=SEARCH_NL, **params):
    return client.get(url, {"q": q, **params})


# Which pages are searched


@pytest.mark.django_db
def test_finds_streamfield_text_of_every_page_type(client, home_page, dutch):
    team = werkteam(dutch["werkteams"], "Werkteam Armoede", "Schulden bij jongeren")
    blog_post(dutch["blog"], "Een blog", "Over de wijkverpleegkundige in Dordrecht.")
    news_item(dutch["news"], "Een nieuwsbericht", "De wijkverpleegkundige krijgt een prijs.")
    event(dutch["events"], "Een evenement", "Ontmoet de wijkverpleegkundige.")
    standard_page(home_page, "Over ons", "Wij werken samen met de wijkverpleegkundige.")

    response = search(client, "wijkverpleegkundige")

    assert response.status_code == 200
    assert sorted(titles(response)) == ["Een blog", "Een evenement", "Een nieuwsbericht", "Over ons"]
    assert titles(search(client, "schulden")) == [team.title]


@pytest.mark.django_db
def test_finds_pages_by_author_name_and_tag(client, dutch):
    author = person("Marjolein Vlasblom")
    blog_post(dutch["blog"], "Met auteur", "Tekst.", authors=[author])
    news_item(dutch["news"], "Met tag", "Tekst.", tags=["laaggeletterdheid"])

    assert titles(search(client, "Vlasblom")) == ["Met auteur"]
    assert titles(search(client, "laaggeletterdheid")) == ["Met tag"]


@pytest.mark.django_db
def test_only_pages_in_the_readers_language(client, dutch, english_sections):
    blog_post(dutch["blog"], "Dutch post about Rotterdam", "Rotterdam.")
    blog_post(english_sections["blog"], "English post about Rotterdam", "Rotterdam.")

    assert titles(search(client, "Rotterdam")) == ["Dutch post about Rotterdam"]
    assert titles(search(client, "Rotterdam", url=SEARCH_EN)) == ["English post about Rotterdam"]


@pytest.mark.django_db
def test_leaves_out_drafts_and_private_pages(client, dutch):
    blog_post(dutch["blog"], "Concept", "Jeugdzorg.", live=False)
    private = blog_post(dutch["blog"], "Besloten", "Jeugdzorg.")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    blog_post(dutch["blog"], "Openbaar", "Jeugdzorg.")

    assert titles(search(client, "jeugdzorg")) == ["Openbaar"]


# The index follows what editors do


@pytest.mark.django_db
def test_publishing_a_change_updates_the_index_at_once(client, dutch):
    page = blog_post(dutch["blog"], "Bericht", "Oude tekst.")
    assert titles(search(client, "schuldhulpverlening")) == []

    page.title = "Bericht over schuldhulpverlening"
    page.tags.add("armoede")
    publish(page)

    assert titles(search(client, "schuldhulpverlening")) == ["Bericht over schuldhulpverlening"]
    assert titles(search(client, "armoede")) == ["Bericht over schuldhulpverlening"]


@pytest.mark.django_db
def test_unpublishing_hides_the_page_at_once(client, dutch):
    page = blog_post(dutch["blog"], "Bericht", "Mantelzorg.")
    page.unpublish()

    assert titles(search(client, "mantelzorg")) == []


@pytest.mark.django_db
def test_a_moved_page_is_found_at_its_new_address(client, home_page, dutch):
    page = standard_page(home_page, "Verhuisd", "Mantelzorg.")
    new_parent = standard_page(home_page, "Archief", "Oud.")
    page.move(new_parent, pos="last-child")

    response = search(client, "mantelzorg")

    assert titles(response) == ["Verhuisd"]
    assert 'href="/nl/archief/verhuisd/"' in response.content.decode()


@pytest.mark.django_db
def test_deleting_a_page_removes_it_from_the_index(client, dutch):
    page = blog_post(dutch["blog"], "Weg", "Mantelzorg.")
    page_id = page.pk
    page.delete()

    assert titles(search(client, "mantelzorg")) == []
    assert not BlogPage.objects.filter(pk=page_id).exists()
    assert not page.index_entries.model.objects.filter(object_id=str(page_id)).exists()


# The results page


@pytest.mark.django_db
def test_results_show_type_date_title_and_highlighted_snippet(client, dutch):
    blog_post(dutch["blog"], "Wonen", "Over wonen en <b>zorg</b> in Zwijndrecht.", day=date(2016, 11, 3))

    response = search(client, "Zwijndrecht")
    html = response.content.decode()

    assert response.context["result_count"] == 1
    assert '<span class="card__type">Blog</span>' in html
    assert "3 november 2016" in html
    assert "<mark>Zwijndrecht</mark>" in html


@pytest.mark.django_db
def test_snippet_is_escaped_before_highlighting(client, dutch):
    blog_post(dutch["blog"], "Veilig", "Tekst met &lt;script&gt;alert(1)&lt;/script&gt; en wijkteams.")

    html = search(client, "wijkteams").content.decode()

    assert "<script>alert(1)" not in html
    assert "<mark>wijkteams</mark>" in html


def test_highlight_escapes_then_marks_whole_words_and_their_inflections():
    assert highlight("<i>Zorg</i> en zorgen, zorgvuldig", ["zorg"], "nl") == (
        "&lt;i&gt;<mark>Zorg</mark>&lt;/i&gt; en <mark>zorgen</mark>, zorgvuldig"
    )


def test_stop_words_are_never_highlighted():
    assert highlight("De hand van de buurt", ["de", "hand"], "nl") == "De <mark>hand</mark> van de buurt"
    assert highlight("The hands of the town", ["the", "hand"], "en") == "The <mark>hands</mark> of the town"


def test_accents_and_case_do_not_decide_a_highlight():
    assert highlight("Het Kenniscafé en kenniscafés", ["kenniscafe"], "nl") == (
        "Het <mark>Kenniscafé</mark> en <mark>kenniscafés</mark>"
    )


def test_the_snippet_is_the_passage_with_most_matches():
    filler = " ".join(["buurt"] * 60)
    text = f"Eenzaamheid komt voor. {filler} eenzaam eenzaamheid en nog eens eenzaamheid. {filler}"

    passage = best_passage(text, ["eenzaamheid"], "nl", size=10)

    assert passage.startswith("… ") and passage.endswith(" …")
    assert passage.count("eenzaamheid") == 2


@pytest.mark.django_db
def test_title_matches_come_first(client, dutch):
    blog_post(dutch["blog"], "Over iets anders", "Eenzaamheid. " * 20, day=date(2024, 1, 1))
    blog_post(dutch["blog"], "Eenzaamheid onder ouderen", "Een verhaal.", day=date(2020, 1, 1))

    assert titles(search(client, "eenzaamheid")) == ["Eenzaamheid onder ouderen", "Over iets anders"]


@pytest.mark.django_db
def test_sorting_by_date_puts_the_newest_first(client, dutch):
    blog_post(dutch["blog"], "Oud over participatie", "Participatie.", day=date(2018, 1, 1))
    blog_post(dutch["blog"], "Nieuw", "Participatie.", day=date(2024, 1, 1))
    event(dutch["events"], "Middel", "Participatie.")  # 15 September 2022

    response = search(client, "participatie", sort="date")

    assert titles(response) == ["Nieuw", "Middel", "Oud over participatie"]


@pytest.mark.django_db
def test_filters_have_counts_and_narrow_the_results(client, dutch):
    team = werkteam(dutch["werkteams"], "Werkteam Jeugd", "Jeugdhulp")
    blog_post(dutch["blog"], "Blog 2024", "Jeugdhulp.", day=date(2024, 2, 2), tags=["jeugd"], werkteam=team)
    blog_post(dutch["blog"], "Blog 2021", "Jeugdhulp.", day=date(2021, 2, 2), tags=["jeugd", "school"])
    news_item(dutch["news"], "Nieuws 2024", "Jeugdhulp.", day=date(2024, 3, 3), tags=["school"])

    response = search(client, "jeugdhulp")
    facets = response.context["facets"]

    assert {(f.label, f.count) for f in facets["type"]} == {
        ("Blog", 2),
        ("Nieuws", 1),
        ("Werkteam", 1),
    }
    assert [(f.label, f.count) for f in facets["tag"]] == [("jeugd", 2), ("school", 2)]
    assert [(f.label, f.count) for f in facets["werkteam"]] == [("Werkteam Jeugd", 1)]
    assert ("2024", 2) in [(f.label, f.count) for f in facets["year"]]

    blog_type = next(f.value for f in facets["type"] if f.label == "Blog")
    assert sorted(titles(search(client, "jeugdhulp", type=blog_type))) == ["Blog 2021", "Blog 2024"]
    assert sorted(titles(search(client, "jeugdhulp", tag="school"))) == ["Blog 2021", "Nieuws 2024"]
    assert titles(search(client, "jeugdhulp", werkteam=team.pk)) == ["Blog 2024"]
    assert sorted(titles(search(client, "jeugdhulp", year=2024))) == ["Blog 2024", "Nieuws 2024"]
    combined = search(client, "jeugdhulp", year=2024, tag="school")
    assert titles(combined) == ["Nieuws 2024"]
    # A facet counts the results as the other filters leave them.
    assert {(f.label, f.count) for f in combined.context["facets"]["year"]} == {("2024", 1), ("2021", 1)}


@pytest.mark.django_db
def test_results_are_paginated_and_bad_page_numbers_are_harmless(client, dutch):
    for number in range(RESULTS_PER_PAGE + 3):
        blog_post(dutch["blog"], f"Bericht {number}", "Wijkteam.")

    first = search(client, "wijkteam")
    second = search(client, "wijkteam", page=2)

    assert first.context["result_count"] == RESULTS_PER_PAGE + 3
    assert len(titles(first)) == RESULTS_PER_PAGE
    assert len(titles(second)) == 3
    assert not set(titles(first)) & set(titles(second))
    for bad in ["0", "-1", "abc", "99999999999999999999", "1.5", ""]:
        assert search(client, "wijkteam", page=bad).status_code == 200


@pytest.mark.django_db
def test_no_results_offers_help(client, dutch):
    response = search(client, "xyzzyquux")
    html = response.content.decode()

    assert response.context["result_count"] == 0
    assert "0 resultaten" in html
    assert "Niets gevonden" in html


@pytest.mark.django_db
def test_result_count_is_shown(client, dutch):
    blog_post(dutch["blog"], "Eén", "Buurtcoach.")
    blog_post(dutch["blog"], "Twee", "Buurtcoach.")

    assert "2 resultaten voor ‘buurtcoach’" in search(client, "buurtcoach").content.decode()


@pytest.mark.django_db
def test_editors_picks_come_first_and_queries_are_logged(client, dutch):
    blog_post(dutch["blog"], "Gewoon resultaat", "Armoede.")
    pick = blog_post(dutch["blog"], "Uitgelicht over geld", "Iets anders.")
    SearchPromotion.objects.create(
        query=Query.get("armoede"), page=pick, description="Begin hier.", sort_order=0
    )

    response = search(client, "Armoede")
    html = response.content.decode()

    assert [promotion.page for promotion in response.context["promotions"]] == [pick.page_ptr]
    assert html.index("Uitgelicht over geld") < html.index("Gewoon resultaat")
    assert Query.get("armoede").hits == 1
    search(client, "armoede", page=2)
    assert Query.get("armoede").hits == 1  # paging through is not a new search


@pytest.mark.django_db
def test_results_are_private_and_not_indexed(client, dutch):
    response = search(client, "zorg")

    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex' in response.content.decode()


# Addresses


@pytest.mark.django_db
@pytest.mark.parametrize("url", [SEARCH_NL, SEARCH_EN])
def test_search_page_in_each_language(client, home_page, english, url):
    translate_home(home_page, english)
    assert client.get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(("wrong", "right"), [("/nl/search/", SEARCH_NL), ("/en/zoeken/", SEARCH_EN)])
def test_the_other_languages_path_redirects(client, home_page, wrong, right):
    response = client.get(wrong, {"q": "zorg"})

    assert response.status_code == 302
    assert response["Location"] == f"{right}?q=zorg"


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "action"), [("nl", SEARCH_NL), ("en", SEARCH_EN)])
def test_header_search_box_points_to_the_search_page_of_the_language(home_page, language, action):
    with translation.override(language):
        html = render_to_string("includes/search_form.html", {"request": RequestFactory().get("/")})

    assert f'action="{action}"' in html
    assert re.search(r'<label[^>]+for="site-search-query"', html)


# Bad input


def test_clean_query_strips_control_characters_and_truncates():
    assert clean_query("  zorg\x00\x07 en\twelzijn\n") == "zorg en welzijn"
    assert len(clean_query("a" * 5000)) == 200
    assert query_terms("'zorg' & !welzijn | (jeugd:*) <-> \"x\"; DROP TABLE") == [
        "zorg",
        "welzijn",
        "jeugd",
        "x",
        "DROP",
        "TABLE",
    ]


NASTY_QUERIES = [
    "",
    "   ",
    "a" * 5000,
    "zorg & welzijn",
    "zorg | welzijn",
    "!zorg",
    "zorg:*",
    "(zorg",
    "zorg <-> welzijn",
    "<2> <-> ::",
    "' OR 1=1 --",
    '"; DROP TABLE wagtailcore_page; --',
    '"zorg"',
    "'",
    "\\",
    "\x00",
    "zorg\x00welzijn",
    "\x01\x02\x1b[31m",
    "zorg\u200b\ufeff",
    "ĳsbeer café naïef 日本語 🙂",
    "&&&|||!!!",
    "*",
    "%_%",
]


@pytest.mark.django_db
@pytest.mark.parametrize("q", NASTY_QUERIES)
def test_bad_queries_give_a_page(client, dutch, q):
    blog_post(dutch["blog"], "Zorg en welzijn", "Zorg.")

    response = search(client, q)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"type": "abc"},
        {"type": "999999"},
        {"type": "0"},
        {"tag": "<script>"},
        {"tag": "x" * 500},
        {"werkteam": "-3"},
        {"werkteam": "1e9"},
        {"year": "0"},
        {"year": "99999999999999999999999"},
        {"sort": "title"},
        {"page": "\x00"},
    ],
)
def test_bad_filters_are_ignored_with_a_message(client, dutch, params):
    blog_post(dutch["blog"], "Zorg", "Zorg.")

    response = search(client, "zorg", **params)

    assert response.status_code == 200
    assert titles(response) == ["Zorg"]
    if set(params) - {"sort", "page"}:
        assert "genegeerd" in response.content.decode()


@pytest.mark.django_db
def test_repeated_parameters_and_post_are_handled(client, dutch):
    assert client.get(SEARCH_NL + "?q=zorg&q=welzijn&year=2020&year=x").status_code == 200
    assert client.post(SEARCH_NL, {"q": "zorg"}).status_code == 405


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=300), year=st.text(max_size=8), page=st.text(max_size=8))
def test_any_input_gives_a_page(client, dutch, q, year, page):
    response = client.get(SEARCH_NL, {"q": q, "year": year, "page": page, "tag": q[:30]})

    assert response.status_code == 200


@pytest.mark.skipif(
    connection.vendor == "postgresql", reason="checks the SQLite behaviour the README describes"
)
@pytest.mark.django_db
def test_sqlite_matches_exact_words(client, dutch):
    blog_post(dutch["blog"], "Gemeenten", "De gemeenten werken samen.")

    assert titles(search(client, "gemeenten")) == ["Gemeenten"]


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_results(client, dutch):
    from django.test.utils import CaptureQueriesContext

    def queries_for(q):
        search(client, q)  # the first search of a query creates its log row
        start_new_generation()  # counted as searched afresh, not as kept from the first search
        with CaptureQueriesContext(connection) as captured:
            assert search(client, q).status_code == 200
        return len(captured)

    # Three, so neither search has few enough results to look for "Bedoelde je …?".
    for number in range(3):
        blog_post(dutch["blog"], f"Weinig {number}", "Schuldhulp.", tags=["geld"])
    for number in range(RESULTS_PER_PAGE + 2):
        blog_post(dutch["blog"], f"Veel {number}", "Buurtwerk.", tags=["buurt", "wijk"])

    assert queries_for("schuldhulp") == queries_for("buurtwerk")
