"""The demo content: the seeds as real pages of the right types, loaded twice without changes."""

from datetime import date
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Revision

from articles.models import (
    ActueelIndexPage,
    BlogIndexPage,
    BlogPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    WerkteamIndexPage,
    WerkteamPage,
)
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def load():
    call_command("load_demo_content", stdout=StringIO())


def snapshot():
    """Rows per model, so that any duplicate, new revision or new translation record shows."""
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def my_revisions():
    """Revisions of the Dutch pages this app's demo modules create (translations are another module's)."""
    models = (HomePage, StandardPage, ActueelIndexPage, BlogIndexPage, NewsIndexPage, EventIndexPage)
    models += (BlogPage, NewsPage, EventPage, WerkteamIndexPage, WerkteamPage)
    ids = [
        str(pk)
        for model in models
        for pk in model.objects.filter(locale__language_code="nl").values_list("pk", flat=True)
    ]
    return Revision.objects.filter(object_id__in=ids).count()


@pytest.fixture
def demo(home_page):
    load()


def test_loading_twice_duplicates_and_changes_nothing(demo):
    before = snapshot()
    load()
    after = snapshot()
    assert {label: (before[label], count) for label, count in after.items() if before[label] != count} == {}
    assert before["wagtailcore.Page"] > 40 and before["wagtail_localize.StringTranslation"] > 100


def test_a_changed_demo_page_is_restored_once(demo):
    page = NewsPage.objects.get(locale__language_code="nl", slug="het-hart-van-de-werkplaats")
    page.title = "Door iemand aangepast"
    page.save_revision().publish()
    revisions = my_revisions()
    load()
    page.refresh_from_db()
    assert page.title == "Het hart van de Werkplaats"
    assert my_revisions() == revisions + 1


def test_the_seeds_become_pages_with_their_facts(demo):
    blog = BlogPage.objects.get(locale__language_code="nl", slug="dagdroom-negen-maanden")
    assert blog.date == date(2016, 11, 3)
    author = blog.authors.get().person
    assert author.name == "Elizabeth van Twist" and author.bio
    assert [block.block_type for block in blog.body] == ["paragraph", "footnotes"]

    heart = NewsPage.objects.get(locale__language_code="nl", slug="het-hart-van-de-werkplaats")
    assert (heart.title, heart.date) == ("Het hart van de Werkplaats", date(2018, 7, 11))
    burgerkracht = NewsPage.objects.get(
        locale__language_code="nl", slug="burgerkracht-als-doorzettingskracht"
    )
    assert burgerkracht.date == date(2018, 5, 13)
    assert burgerkracht.werkteam.number == 2
    press = NewsPage.objects.get(
        locale__language_code="nl", slug="iedereen-kan-zorgen-voor-meer-verbondenheid"
    )
    assert press.date == date(2020, 3, 9)
    # The seed places the verbondenheid-en-veerkracht platform under this werkteam.
    assert press.werkteam.slug == "platform-ontmoeting-en-innovatie"
    assert "Barendrecht, Schiedam en Vlaardingen" in press.werkteam.municipalities
    report = NewsPage.objects.get(locale__language_code="nl", slug="werkconferentie-doe-leer-en-inspireer")
    assert "De Buurtvrouw" in str(report.body) and not report.source_url
    assert {tag.name for tag in press.tags.all()} >= {"verbondenheid", "eenzaamheid"}

    # The seed names three werkteams; the demo has no invented fourth one.
    assert WerkteamPage.objects.live().filter(locale__language_code="nl").count() == 3
    platform = WerkteamPage.objects.get(locale__language_code="nl", slug="platform-ontmoeting-en-innovatie")
    assert "vrijwilligers" in platform.member_role_list

    conference = EventPage.objects.get(locale__language_code="nl", slug="werkconferentie-2017")
    assert conference.local_start_date == date(2017, 10, 26)
    assert conference.location_name == "Theater aan de Schie" and not conference.address
    kick_off = EventPage.objects.get(locale__language_code="nl", slug="kick-off-2020")
    assert kick_off.local_start_date == date(2020, 4, 2)
    # The seeds give these days without a time.
    assert not conference.time_known and not kick_off.time_known
    # The seed gives the kenniscafés only a month: they are in the news item, not in the agenda.
    assert not EventPage.objects.filter(slug__startswith="kenniscafe-", start__year=2018).exists()

    slugs = set(StandardPage.objects.live().values_list("slug", flat=True))
    assert {"over", "contact", "routebeschrijving", "privacy", "toegankelijkheid"} <= slugs
    contact = StandardPage.objects.get(locale__language_code="nl", slug="contact")
    assert "Museumpark 40" in str(contact.body[0].value) and "010 794 5676" in str(contact.body[0].value)


def test_every_page_type_renders_from_the_demo_content(demo, client):
    models = [HomePage, StandardPage, ActueelIndexPage, BlogIndexPage, NewsIndexPage, EventIndexPage]
    models += [BlogPage, NewsPage, EventPage, WerkteamIndexPage, WerkteamPage]
    for model in models:
        page = model.objects.live().filter(locale__language_code="nl").first()
        assert page is not None, model
        response = client.get(page.url)
        assert response.status_code == 200, (model, page.url)
    agenda = EventIndexPage.objects.get(locale__language_code="nl")
    assert client.get(agenda.url + "archief/").status_code == 200
