"""English translations made through wagtail-localize's records (demo/translations.py)."""

import datetime
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from articles.models import ActueelIndexPage, BlogIndexPage, BlogPage
from demo import translations as demo_translations
from demo.translations import translate
from engagement.models import ContactFormField, ContactPage
from home.models import Person, StandardPage

HOME = {"Werkplaats Sociaal Domein Zuid-Holland Zuid": "Werkplaats Sociaal Domein Zuid-Holland Zuid"}
OVER = {
    "Over de Werkplaats": "About the Werkplaats",
    "Wie we zijn en wat we doen.": "Who we are and what we do.",
    "Samen leren": "Learning together",
    "De werkteams vormen het hart van de Werkplaats.": "The working groups are the heart of the Werkplaats.",
}


@pytest.fixture
def over(home_page):
    page = StandardPage(
        title="Over de Werkplaats",
        slug="over",
        intro="Wie we zijn en wat we doen.",
        body=[
            ("heading", {"heading_text": "Samen leren", "size": "h2", "anchor": ""}),
            ("paragraph", "<p>De werkteams vormen het hart van de Werkplaats.</p>"),
        ],
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def english_home(home_page, english):
    return translate(home_page, english, HOME).instance


@pytest.mark.django_db
def test_page_translation_goes_through_wagtail_localize(over, english, english_home):
    result = translate(over, english, {**OVER, "over": "about"})
    page = result.instance

    assert page.locale == english and page.live
    assert page.get_parent().specific == english_home
    assert page.title == "About the Werkplaats"
    assert page.intro == "Who we are and what we do."
    assert page.body[0].value["heading_text"] == "Learning together"
    assert "The working groups are the heart" in str(page.body[1].value)
    assert page.url == "/en/about/"

    translation = Translation.objects.get(source__object_id=over.translation_key, target_locale=english)
    total, done = translation.get_progress()
    assert total == done > 0
    assert result.untranslated == []


@pytest.mark.django_db
def test_translating_again_changes_nothing(over, english, english_home):
    translate(over, english, {**OVER, "over": "about"})
    revisions = Revision.objects.count()
    strings = StringTranslation.objects.count()

    result = translate(over, english, {**OVER, "over": "about"})

    assert not result.changed
    assert Revision.objects.count() == revisions
    assert StringTranslation.objects.count() == strings
    assert TranslationSource.objects.filter(object_id=over.translation_key).count() == 1


@pytest.mark.django_db
def test_changed_source_text_is_synced_to_the_translation(over, english, english_home):
    translate(over, english, {**OVER, "over": "about"})
    over.intro = "Wie we zijn."
    over.save_revision().publish()

    result = translate(over, english, {**OVER, "over": "about", "Wie we zijn.": "Who we are."})

    assert result.changed
    assert StandardPage.objects.get(pk=result.instance.pk).intro == "Who we are."


@pytest.mark.django_db
def test_missing_strings_are_reported_and_keep_the_dutch_text(over, english, english_home):
    partial = {key: value for key, value in OVER.items() if key != "Samen leren"} | {"over": "about"}
    result = translate(over, english, partial)
    assert result.untranslated == ["Samen leren"]
    assert result.instance.body[0].value["heading_text"] == "Samen leren"


@pytest.mark.django_db
def test_snippet_translation(english):
    person = Person.objects.create(name="Jan Jansen", role="lector", bio="Hij onderzoekt burgerkracht.")
    result = translate(
        person, english, {"lector": "professor", "Hij onderzoekt burgerkracht.": "He studies civic power."}
    )
    translated = result.instance
    assert translated.locale == english
    assert translated.translation_key == person.translation_key
    assert (translated.role, translated.bio) == ("professor", "He studies civic power.")
    assert Translation.objects.filter(
        source__object_id=person.translation_key, target_locale=english
    ).exists()


@pytest.mark.django_db
def test_contact_form_fields_are_translated_and_keep_their_keys(home_page, english, client):
    translate(home_page, english, HOME)
    page = ContactPage(title="Contactformulier", slug="contactformulier")
    page.form_fields.add(ContactFormField(label="Je naam", field_type="singleline", help_text="Voluit"))
    home_page.add_child(instance=page)
    page.save_revision().publish()

    strings = {"Contactformulier": "Contact form", "contactformulier": "contact-form"}
    result = translate(page, english, {**strings, "Je naam": "Your name", "Voluit": "In full"})

    dutch_field, english_field = page.form_fields.get(), result.instance.form_fields.get()
    assert (english_field.label, english_field.help_text) == ("Your name", "In full")
    assert english_field.locale == english
    assert english_field.translation_key == dutch_field.translation_key
    assert english_field.clean_name == dutch_field.clean_name == "je_naam"
    assert "Your name" in client.get(result.instance.url).content.decode()


# Field configuration: tags per language, fixed fields synchronised


def add(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def blog_post(home_page, english):
    actueel = add(home_page, ActueelIndexPage(title="Actueel", slug="actueel"))
    blog_index = add(actueel, BlogIndexPage(title="Blog", slug="blog"))
    post = BlogPage(title="Burgerkracht", slug="burgerkracht", date=datetime.date(2018, 5, 13))
    post.tags.set(["burgerkracht"])
    post = add(blog_index, post)
    for page in (home_page, actueel, blog_index):
        translate(page, english, {})
    return post


@pytest.mark.django_db
def test_english_page_carries_its_own_tags(blog_post, english):
    result = translate(blog_post, english, {"Burgerkracht": "Civic power"}, tags=["civic power"])

    assert set(result.instance.tags.names()) == {"civic power"}
    assert set(type(blog_post).objects.get(pk=blog_post.pk).tags.names()) == {"burgerkracht"}


@pytest.mark.django_db
def test_syncing_keeps_english_tags_and_copies_fixed_fields(blog_post, english):
    english_post = translate(
        blog_post, english, {"Burgerkracht": "Civic power"}, tags=["civic power"]
    ).instance
    blog_post.date = blog_post.date.replace(year=2016)
    blog_post.tags.set(["burgerkracht", "wijkteams"])
    blog_post.save_revision().publish()

    translate(blog_post, english, {"Burgerkracht": "Civic power"}, tags=["civic power"])

    english_post = type(english_post).objects.get(pk=english_post.pk)
    assert english_post.date.year == 2016
    assert set(english_post.tags.names()) == {"civic power"}


@pytest.mark.django_db
def test_a_new_translation_does_not_inherit_dutch_tags(blog_post, english):
    copy = blog_post.copy_for_translation(english)
    assert list(type(copy).objects.get(pk=copy.pk).tags.names()) == []


# The demo content


ENGLISH_DEMO_PAGES = [
    "/en/",
    "/en/about/",
    "/en/contact/",
    "/en/news-and-events/",
    "/en/news-and-events/blog/",
    "/en/news-and-events/news/",
    "/en/news-and-events/events/",
    "/en/news-and-events/blog/daydream-nine-months/",
    "/en/news-and-events/news/the-heart-of-the-werkplaats/",
    "/en/news-and-events/events/kick-off-2020/",
    "/en/working-groups/",
    "/en/working-groups/platform-for-encounter-and-innovation/",
    "/en/directions/",
    "/en/privacy/",
    "/en/accessibility/",
    "/en/newsletter/",
    "/en/contact/contact-form/",
    "/en/news-and-events/news/anyone-can-help-create-more-connectedness/",
    "/en/news-and-events/news/citizen-power-as-staying-power/",
    "/en/news-and-events/news/working-conference-do-learn-and-inspire/",
    "/en/news-and-events/events/working-conference-2017/",
    "/en/magazine/",
    "/en/magazine/connectedness-and-resilience/",
    "/en/magazine/connectedness-and-resilience/from-loneliness-to-connectedness/",
    "/en/magazine/connectedness-and-resilience/how-the-working-group-worked/",
]


@pytest.fixture
def demo(db, home_page):
    call_command("load_demo_content", stdout=StringIO())


@pytest.mark.django_db
def test_demo_translations_are_complete_wagtail_localize_translations(demo, client, english):
    for path in ENGLISH_DEMO_PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        page = response.context["page"]
        assert page.locale == english
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=english)
        total, done = translation.get_progress()
        assert total == done, (path, total, done)
    assert not Page.objects.filter(locale=english, live=False).exists()
    for model in ("Person", "Partner", "MainMenu", "FooterContent"):
        snippet_model = apps.get_model("home", model)
        assert (
            snippet_model.objects.filter(locale=english).count()
            == snippet_model.objects.filter(locale__language_code="nl").count()
        )


@pytest.mark.django_db
def test_loading_the_demo_again_changes_no_translation(demo):
    def counts():
        models = (Revision, StringTranslation, TranslationSource, Translation, Page, Person)
        return {model.__name__: model.objects.count() for model in models}

    before = counts()
    output = StringIO()
    demo_translations.load(output)
    assert counts() == before
    assert "0 bijgewerkt" in output.getvalue()
    call_command("load_demo_content", stdout=StringIO())
    assert counts() == before


@pytest.mark.django_db
def test_every_demo_page_and_snippet_can_be_translated(demo, english):
    """wagtail-localize extracts and rebuilds every page type and block the site uses."""
    dutch_pages = Page.objects.filter(locale__language_code="nl", depth__gt=2).live().order_by("path")
    page_types = set()
    for page in dutch_pages:
        translated = translate(page, english, {}).instance
        assert translated.locale == english and translated.live, page.url_path
        page_types.add(type(translated).__name__)
    assert {"ContactPage", "NewsletterPage", "MagazineArticlePage", "EventPage", "WerkteamPage"} <= page_types
    for model_name in ("Person", "Partner", "MainMenu", "FooterContent"):
        for snippet in apps.get_model("home", model_name).objects.filter(locale__language_code="nl"):
            assert translate(snippet, english, {}).instance.locale == english
