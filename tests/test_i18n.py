"""Language switcher, hreflang alternates and the bilingual sitemap."""

import xml.etree.ElementTree as ET

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from home.models import StandardPage

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent, title, slug):
    page = StandardPage(title=title, slug=slug)
    parent.add_child(instance=page)
    return publish(page)


def translate(page, locale, slug=None, title=None, live=True):
    translated = page.copy_for_translation(locale)
    translated.title = title or f"{page.title} (EN)"
    if slug:
        translated.slug = slug
    translated.save_revision()
    if live:
        translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture
def english_home(home_page, english):
    return translate(home_page, english, title="Home")


@pytest.fixture
def tree(home_page, english_home, english):
    """Over (translated) › Team (not translated), and Contact (translated)."""
    over = add_page(home_page, "Over de Werkplaats", "over")
    team = add_page(over, "Ons team", "team")
    contact = add_page(home_page, "Contact", "contact")
    return {
        "over": over,
        "over_en": translate(over, english, slug="about", title="About"),
        "team": team,
        "contact": contact,
        "contact_en": translate(contact, english, slug="contact", title="Contact"),
    }


def render(template_source, page=None, path="/nl/", language="nl"):
    request = RequestFactory().get(path)
    with translation.override(language):
        return Template("{% load i18n_tags %}" + template_source).render(
            Context({"page": page, "request": request, "self": page})
        )


def links(page=None, path="/nl/", language="nl"):
    request = RequestFactory().get(path)
    from home.templatetags.i18n_tags import language_links

    with translation.override(language):
        return {link["code"]: link for link in language_links({"page": page, "request": request})}


# The switcher


@pytest.mark.django_db
def test_switcher_goes_to_the_translation_of_this_page(tree):
    result = links(tree["over"], path="/nl/over/")
    assert result["en"]["url"] == "/en/about/"
    assert result["en"]["is_exact"]
    assert result["nl"]["is_current"] and result["nl"]["url"] == "/nl/over/"


@pytest.mark.django_db
def test_switcher_from_english_goes_back_to_the_dutch_page(tree):
    result = links(tree["over_en"], path="/en/about/", language="en")
    assert result["nl"]["url"] == "/nl/over/"
    assert result["en"]["is_current"]


@pytest.mark.django_db
def test_switcher_falls_back_to_the_nearest_translated_ancestor(tree):
    result = links(tree["team"], path="/nl/over/team/")
    assert result["en"]["url"] == "/en/about/"
    assert not result["en"]["is_exact"]


@pytest.mark.django_db
def test_switcher_skips_a_translation_that_is_not_live(tree, english):
    page = add_page(tree["contact"], "Route", "route")
    translate(page, english, slug="directions", live=False)
    result = links(page, path="/nl/contact/route/")
    assert result["en"]["url"] == "/en/contact/"


@pytest.mark.django_db
def test_switcher_falls_back_to_the_english_home_page(home_page, english_home):
    page = add_page(home_page, "Alleen Nederlands", "alleen-nederlands")
    assert links(page, path="/nl/alleen-nederlands/")["en"]["url"] == "/en/"


@pytest.mark.django_db
def test_switcher_leaves_out_a_language_without_any_live_page(home_page):
    page = add_page(home_page, "Alleen Nederlands", "alleen-nederlands")
    assert set(links(page, path="/nl/alleen-nederlands/")) == {"nl"}
    assert render("{% include 'includes/language_switcher.html' %}", page).strip() == ""


@pytest.mark.django_db
def test_switcher_markup_is_labelled_and_marks_the_current_language(tree):
    html = render("{% include 'includes/language_switcher.html' %}", tree["over"], path="/nl/over/")
    assert '<nav class="language-switcher" aria-label="Taal">' in html
    assert 'href="/en/about/" hreflang="en" lang="en"' in html
    assert 'lang="nl" aria-current="true">Nederlands</span>' in html
    assert ">English</a>" in html


@pytest.mark.django_db
def test_switcher_query_count_does_not_grow_with_depth(home_page, english_home, django_assert_num_queries):
    shallow = add_page(home_page, "Een", "een")
    deep = shallow
    for number in range(4):
        deep = add_page(deep, f"Niveau {number}", f"niveau-{number}")
    request = RequestFactory().get("/nl/")
    from home.templatetags.i18n_tags import language_links

    # Warm the site root paths cache that every page URL uses.
    home_page.get_url(request)
    for page in (shallow, deep):
        with django_assert_num_queries(2):
            language_links({"page": page, "request": request})


# hreflang


@pytest.mark.django_db
def test_hreflang_lists_live_translations_and_dutch_x_default(tree):
    html = render("{% include 'includes/hreflang.html' %}", tree["over_en"], path="/en/about/", language="en")
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/over/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/nl/over/">' in html


@pytest.mark.django_db
def test_hreflang_of_an_untranslated_page_has_no_english_alternate(tree):
    html = render("{% include 'includes/hreflang.html' %}", tree["team"], path="/nl/over/team/")
    assert 'hreflang="nl" href="http://testserver/nl/over/team/"' in html
    assert 'hreflang="x-default" href="http://testserver/nl/over/team/"' in html
    assert 'hreflang="en"' not in html


# sitemap.xml


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link") if link.get("rel")
        }
        entries[url.find(f"{SITEMAP}loc").text] = alternates
    return entries


@pytest.mark.django_db
def test_sitemap_lists_both_languages_with_alternates(client, tree):
    entries = sitemap_entries(client)
    assert {
        "http://testserver/nl/",
        "http://testserver/en/",
        "http://testserver/nl/over/",
        "http://testserver/en/about/",
        "http://testserver/nl/over/team/",
    } <= set(entries)
    assert entries["http://testserver/en/about/"] == {
        "nl": "http://testserver/nl/over/",
        "en": "http://testserver/en/about/",
        "x-default": "http://testserver/nl/over/",
    }
    assert entries["http://testserver/nl/over/team/"] == {
        "nl": "http://testserver/nl/over/team/",
        "x-default": "http://testserver/nl/over/team/",
    }


@pytest.mark.django_db
def test_sitemap_leaves_out_aliases_drafts_and_private_pages(client, tree, english_home, english):
    alias = tree["team"].create_alias(parent=tree["over_en"], update_slug="team-alias", update_locale=english)
    draft = add_page(tree["contact"], "Concept", "concept")
    draft.unpublish()
    private = add_page(tree["contact"], "Intern", "intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    entries = sitemap_entries(client)
    assert Page.objects.get(pk=alias.pk).alias_of_id == tree["team"].pk
    assert "http://testserver/en/about/team-alias/" not in entries
    assert "http://testserver/nl/contact/concept/" not in entries
    assert "http://testserver/nl/contact/intern/" not in entries
    assert "http://testserver/nl/contact/" in entries
