"""Language-aware stemming: only PostgreSQL has Dutch and English text search configs."""

from datetime import date

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from search.backends import LocalisedPostgresSearchBackend
from search.models import PageSearchEntry
from tests.factories.search import blog_post, publish, section_tree, translate_home, werkteam

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="stemming needs PostgreSQL's text search configs; SQLite matches exact words only",
    ),
]


@pytest.fixture
def sections(home_page, english):
    return {"nl": section_tree(home_page), "en": section_tree(translate_home(home_page, english))}


def titles(client, url, q):
    return sorted(result.page.title for result in client.get(url, {"q": q}).context["results"])


def test_the_backend_is_the_localised_one():
    assert isinstance(get_search_backend(), LocalisedPostgresSearchBackend)


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("De gemeenten werken samen.", "gemeente"),  # plural page, singular query
        ("Elke gemeente doet mee.", "gemeenten"),  # singular page, plural query
        ("Drie bijeenkomsten in Dordrecht.", "bijeenkomst"),
        ("Bewoners praatten mee over de wijk.", "praten"),  # past tense page, infinitive query
        ("We gaan samenwerken met scholen.", "samenwerking"),
    ],
)
def test_dutch_inflections_find_each_other(client, sections, text, query):
    blog_post(sections["nl"]["blog"], "Nederlands bericht", text)

    assert titles(client, "/nl/zoeken/", query) == ["Nederlands bericht"]


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Volunteers helped the municipalities.", "volunteer"),
        ("A volunteer in every municipality.", "municipalities"),
        ("Residents are helping each other.", "helped"),
        ("She organised three meetings.", "organising meeting"),
    ],
)
def test_english_inflections_find_each_other(client, sections, text, query):
    blog_post(sections["en"]["blog"], "English post", text)

    assert titles(client, "/en/search/", query) == ["English post"]


def test_each_language_is_stemmed_with_its_own_rules(client, sections):
    # English stems "helping" and "helped" to "help"; the Dutch stemmer keeps both words whole.
    blog_post(sections["nl"]["blog"], "Nederlands", "Helping in de regio.")
    blog_post(sections["en"]["blog"], "English", "Helping in the region.")

    assert titles(client, "/en/search/", "helped") == ["English"]
    assert titles(client, "/nl/zoeken/", "helped") == []
    assert titles(client, "/nl/zoeken/", "helping") == ["Nederlands"]
    # Dutch stop words are dropped from Dutch queries.
    assert titles(client, "/nl/zoeken/", "de regio") == ["Nederlands"]


def test_index_stores_each_page_with_its_languages_config(sections):
    dutch = blog_post(sections["nl"]["blog"], "Gemeenten", "Gemeenten.")
    english = blog_post(sections["en"]["blog"], "Municipalities", "Municipalities.")

    table = dutch.index_entries.model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT object_id, title::text FROM {table} WHERE object_id IN (%s, %s)",  # noqa: S608
            [str(dutch.pk), str(english.pk)],
        )
        vectors = dict(cursor.fetchall())

    assert vectors[str(dutch.pk)] == "'gemeent':1B"
    assert vectors[str(english.pk)] == "'municip':1B"


def test_a_word_both_languages_use_finds_the_readers_pages_first(client, sections, monkeypatch):
    # Only the first CANDIDATES matches are read: they must be the reader's language's, even when
    # the other language's pages with the word were indexed first.
    monkeypatch.setattr("search.query.CANDIDATES", 2)
    for number in range(3):
        blog_post(sections["en"]["blog"], f"School {number}", "The school project.")
    blog_post(sections["nl"]["blog"], "Schoolproject", "Een project op school.")

    assert titles(client, "/nl/zoeken/", "school") == ["Schoolproject"]
    assert len(titles(client, "/en/search/", "school")) == 2


def test_search_entry_follows_the_page(sections):
    team = werkteam(sections["nl"]["werkteams"], "Werkteam Jeugd", "Jeugdhulp")
    post = blog_post(sections["nl"]["blog"], "Gemeenten", "Tekst.", day=date(2016, 11, 3), werkteam=team)

    entry = PageSearchEntry.objects.get(page=post)
    assert (entry.sort_date, entry.werkteam_id, entry.title) == (date(2016, 11, 3), team.pk, "'gemeent':1B")
    assert entry.locale_id == post.locale_id
    assert "'gemeent':1B" in entry.vector and "'tekst'" in entry.vector

    post.title = "Wijkteams"
    post.date = date(2020, 1, 1)
    publish(post)
    entry.refresh_from_db()
    assert (entry.sort_date, entry.title) == (date(2020, 1, 1), "'wijkteam':1B")

    team.delete()
    entry.refresh_from_db()
    assert entry.werkteam_id is None

    post_id = post.pk
    post.delete()
    assert not PageSearchEntry.objects.filter(page_id=post_id).exists()


def test_snippet_highlights_the_inflected_form_the_page_uses(client, sections):
    blog_post(sections["nl"]["blog"], "Bericht", "Veel gemeenten in Zuid-Holland werken samen.")

    html = client.get("/nl/zoeken/", {"q": "gemeente"}).content.decode()

    assert "<mark>gemeenten</mark>" in html
