"""Search that forgives (issue 15), alike on SQLite and PostgreSQL: accents and case, plurals,
"Bedoelde je …?", the other language, stop words, suggestions while typing, hidden pages and
merged tags."""

import pytest
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from engagement.models import NewsletterPage
from search.models import PageSearchEntry, SearchWord
from search.spelling import similar_words
from tests.factories.search import blog_post, publish, section_tree, translate_home

pytestmark = pytest.mark.django_db

SEARCH_NL = "/nl/zoeken/"
SEARCH_EN = "/en/search/"


@pytest.fixture
def sections(home_page, english):
    return {"nl": section_tree(home_page), "en": section_tree(translate_home(home_page, english))}


def titles(client, q, url=SEARCH_NL, **params):
    response = client.get(url, {"q": q, **params})
    return sorted(result.page.title for result in response.context.get("results", []))


def test_accents_case_and_plural_never_decide_a_match(client, sections):
    blog_post(sections["nl"]["blog"], "Het café", "Elke maand een kenniscafé in Dordrecht.")
    blog_post(sections["nl"]["blog"], "Twee cafés", "Onze Kenniscafés trokken veel bezoekers.")
    blog_post(sections["nl"]["blog"], "Zonder accent", "Het kenniscafe was vol.")
    blog_post(sections["nl"]["blog"], "Iets anders", "Over de wijk.")

    expected = ["Het café", "Twee cafés", "Zonder accent"]
    for query in ("kenniscafe", "kenniscafé", "Kenniscafés", "KENNISCAFES"):
        assert titles(client, query) == expected, query


def test_did_you_mean_offers_a_site_word_that_finds_pages(client, sections):
    blog_post(sections["nl"]["blog"], "Samen tegen eenzaamheid", "Eenzaamheid onder ouderen in de wijk.")

    response = client.get(SEARCH_NL, {"q": "eenzaamhied"})

    assert response.context["result_count"] == 0
    assert response.context["did_you_mean"] == "eenzaamheid"
    assert 'href="?q=eenzaamheid"' in response.content.decode()
    assert "Bedoelde je" in response.content.decode()


def test_did_you_mean_never_suggests_a_word_that_finds_nothing(client, sections):
    post = blog_post(sections["nl"]["blog"], "Samen tegen eenzaamheid", "Eenzaamheid onder ouderen.")
    # The vocabulary keeps words of pages that are gone or hidden; they are never offered.
    post.unpublish()
    assert "eenzaamheid" in SearchWord.objects.filter(language="nl").values_list("word", flat=True)
    assert "eenzaamheid" in similar_words("eenzaamhied", "nl")

    assert client.get(SEARCH_NL, {"q": "eenzaamhied"}).context.get("did_you_mean") is None


def test_no_did_you_mean_when_the_query_finds_enough(client, sections):
    for number in range(3):
        blog_post(sections["nl"]["blog"], f"Wijkteam {number}", "Het wijkteam helpt.")

    assert client.get(SEARCH_NL, {"q": "wijkteam"}).context.get("did_you_mean") is None


def test_the_other_language_is_pointed_to_and_its_results_marked(client, sections):
    blog_post(sections["en"]["blog"], "Loneliness in town", "Loneliness among the elderly.")
    blog_post(sections["en"]["blog"], "Lonely evenings", "Tackling loneliness together.")

    response = client.get(SEARCH_NL, {"q": "loneliness"})
    html = response.content.decode()

    assert response.context["result_count"] == 0
    assert "2 resultaten in het Engels" in html
    assert f'href="{SEARCH_EN}?q=loneliness"' in html
    assert html.count('class="search-result search-result--other-language" lang="en"') == 2


def test_the_english_search_points_to_dutch_results(client, sections):
    blog_post(sections["nl"]["blog"], "Eenzaamheid", "Eenzaamheid onder ouderen.")

    html = client.get(SEARCH_EN, {"q": "eenzaamheid"}).content.decode()

    assert "1 result in Dutch" in html
    assert f'href="{SEARCH_NL}?q=eenzaamheid"' in html


def test_stop_words_are_neither_matched_nor_highlighted(client, sections):
    blog_post(sections["nl"]["blog"], "De hand", "De hand van de buurt, des te beter.")
    blog_post(sections["nl"]["blog"], "Andere", "De buurt.")

    response = client.get(SEARCH_NL, {"q": "de hand"})
    snippet = response.context["results"][0].snippet

    assert [result.page.title for result in response.context["results"]] == ["De hand"]
    assert "<mark>hand</mark>" in snippet
    assert "<mark>De</mark>" not in snippet and "<mark>de</mark>" not in snippet
    assert "<mark>des</mark>" not in snippet


def test_suggestions_are_titles_of_the_readers_pages(client, sections):
    for number in range(10):
        blog_post(sections["nl"]["blog"], f"Kenniscafé {number}", "Tekst.")
    blog_post(sections["nl"]["blog"], "Verslag van het kenniscafé", "Tekst.")
    blog_post(sections["en"]["blog"], "Kenniscafé in English", "Text.")

    response = client.get(reverse("search_suggestions_nl"), {"q": "kennisca"})
    suggestions = response.json()["suggestions"]

    assert response.status_code == 200
    assert len(suggestions) == 8
    assert all(suggestion["title"].startswith("Kenniscafé ") for suggestion in suggestions)
    assert suggestions[0]["url"].startswith("/nl/")
    (only,) = client.get(reverse("search_suggestions_nl"), {"q": "verslag"}).json()["suggestions"]
    assert only["title"] == "Verslag van het kenniscafé"
    assert only["url"].startswith("/nl/actueel/blog/verslag-van-het-kennisca")


@pytest.mark.parametrize("q", ["", "ke", "\x00\x01", "a" * 500])
def test_suggestions_for_little_or_odd_input_are_empty_not_errors(client, sections, q):
    response = client.get(reverse("search_suggestions_nl"), {"q": q})

    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_the_search_box_works_without_javascript_and_names_its_suggestions(client, sections):
    html = client.get("/nl/").content.decode()

    assert 'data-suggestions="/nl/zoeken/suggesties/"' in html
    assert 'role="listbox"' in html and 'aria-live="polite"' in html
    assert "search-suggestions.js" in html
    # The combobox role is set by the script, so without it the box is a plain search field.
    assert 'role="combobox"' not in html


def test_a_page_hidden_from_search_is_no_result_nor_suggestion(client, sections):
    post = blog_post(sections["nl"]["blog"], "Wijkteam verborgen", "Het wijkteam.")
    blog_post(sections["nl"]["blog"], "Wijkteam zichtbaar", "Het wijkteam.")
    post.hide_from_search = True
    publish(post)

    assert titles(client, "wijkteam") == ["Wijkteam zichtbaar"]
    assert [
        s["title"]
        for s in client.get(reverse("search_suggestions_nl"), {"q": "wijkteam"}).json()["suggestions"]
    ] == ["Wijkteam zichtbaar"]
    assert not PageSearchEntry.objects.filter(page=post).exists()

    post.hide_from_search = False
    publish(post)
    assert titles(client, "wijkteam") == ["Wijkteam verborgen", "Wijkteam zichtbaar"]


def test_the_newsletter_page_is_hidden_from_search_by_default(client, home_page, sections):
    page = home_page.add_child(
        instance=NewsletterPage(title="Nieuwsbrief", slug="nieuwsbrief", intro="Nieuwsbrief")
    )
    publish(page)

    assert page.hide_from_search is True
    assert titles(client, "nieuwsbrief") == []


def test_tags_differing_in_case_or_number_are_one_facet(client, sections):
    blog_post(sections["nl"]["blog"], "Een", "Zorg in de wijk.", tags=["Werkteam"])
    blog_post(sections["nl"]["blog"], "Twee", "Zorg in de wijk.", tags=["werkteams"])
    blog_post(sections["nl"]["blog"], "Drie", "Zorg in de wijk.", tags=["Armoede"])

    response = client.get(SEARCH_NL, {"q": "zorg"})
    tags = {facet.value: (facet.label, facet.count) for facet in response.context["facets"]["tag"]}

    assert tags["werkteam"][1] == 2 and tags["werkteam"][0] in ("Werkteam", "werkteams")
    assert len(tags) == 2
    assert titles(client, "zorg", tag="werkteam") == ["Een", "Twee"]


def test_promoted_results_stay(client, sections):
    post = blog_post(sections["nl"]["blog"], "Aanbevolen bericht", "Tekst.")
    SearchPromotion.objects.create(
        query=Query.get("wijkteam"), page=post, sort_order=0, description="Lees dit"
    )

    assert client.get(SEARCH_NL, {"q": "wijkteam"}).context["promotions"][0].page.pk == post.pk
