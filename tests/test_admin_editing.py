"""Editors create, preview and publish every Actueel, werkteam and standard page in the admin.

Driven with the admin client on the forms' own fields (querydict_from_html), as a browser
would send them, with the StreamField and inline panels filled in.
"""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from articles.models import EventPage, NewsPage, WerkteamPage
from tests.factories.articles import (
    ActueelIndexPageFactory,
    BlogIndexPageFactory,
    EventIndexPageFactory,
    NewsIndexPageFactory,
    WerkteamIndexPageFactory,
    WerkteamPageFactory,
)
from tests.factories.home import PersonFactory

pytestmark = pytest.mark.django_db

BODY = nested_form_data(
    {
        "body": streamfield(
            [
                ("paragraph", rich_text("<p>De werkteams vormen het hart van de Werkplaats.</p>")),
                (
                    "quote",
                    {
                        "quote": "Iedereen kan het verschil maken.",
                        "attribution": "Guido Walraven",
                        "role": "",
                    },
                ),
            ]
        )
    }
)


@pytest.fixture
def tree(home_page):
    actueel = ActueelIndexPageFactory(parent=home_page)
    werkteams = WerkteamIndexPageFactory(parent=home_page)
    return {
        "home": home_page,
        "actueel": actueel,
        "blog": BlogIndexPageFactory(parent=actueel),
        "news": NewsIndexPageFactory(parent=actueel),
        "agenda": EventIndexPageFactory(parent=actueel),
        "werkteams": werkteams,
        "werkteam": WerkteamPageFactory(parent=werkteams, title="Informeel-formeel"),
    }


def admin_form(client, url, fields):
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form").copy()
    for key, value in fields.items():
        data[key] = value
    return data


def authors(*people):
    data = {"authors-TOTAL_FORMS": str(len(people)), "authors-INITIAL_FORMS": "0"}
    for number, person in enumerate(people):
        data.update(
            {
                f"authors-{number}-person": str(person.pk),
                f"authors-{number}-id": "",
                f"authors-{number}-ORDER": str(number + 1),
                f"authors-{number}-DELETE": "",
            }
        )
    return data


def cases(tree):
    person = PersonFactory(name="Elizabeth van Twist")
    article = {
        "date": "11-07-2018",
        "intro": "Vier werkteams blikken terug.",
        "tags": "werkteams, kenniscafé",
        "werkteam": str(tree["werkteam"].pk),
        **BODY,
        **authors(person),
    }
    return [
        ("home", "standardpage", "over", {"title": "Over", "intro": "Wie we zijn.", **BODY}),
        ("home", "actueelindexpage", "actueel-2", {"title": "Actueel", "intro": "Het laatste nieuws."}),
        ("actueel", "blogindexpage", "blog-2", {"title": "Blog", "intro": "Blogs."}),
        ("actueel", "newsindexpage", "nieuws-2", {"title": "Nieuws", "intro": "Nieuws."}),
        ("actueel", "eventindexpage", "agenda-2", {"title": "Agenda", "intro": "Bijeenkomsten."}),
        ("blog", "blogpage", "dagdroom", {"title": "Dagdroom", **article}),
        (
            "news",
            "newspage",
            "het-hart",
            {
                "title": "Het hart van de Werkplaats",
                "source_url": "https://www.socialevraagstukken.nl/",
                "source_label": "Lees verder op Sociale Vraagstukken",
                **article,
            },
        ),
        (
            "agenda",
            "eventpage",
            "kick-off",
            {
                "title": "Kick-off",
                "start": "02-04-2030 14:00",
                "end": "02-04-2030 17:00",
                "location_name": "Theater aan de Schie",
                "address": "Stadserf 1\n3112 DZ Schiedam",
                "tags": "verbondenheid",
                **BODY,
            },
        ),
        ("home", "werkteamindexpage", "werkteams-2", {"title": "Werkteams"}),
        (
            "werkteams",
            "werkteampage",
            "verbondenheid",
            {
                "title": "Verbondenheid en veerkracht",
                "number": "4",
                "theme": "Een duurzame aanpak tegen eenzaamheid",
                "period_start": "01-01-2018",
                "period_end": "30-11-2019",
                "municipalities": "Barendrecht, Schiedam en Vlaardingen",
                "member_roles": "beleidsmakers\nvrijwilligers",
                **BODY,
            },
        ),
    ]


def test_editor_creates_previews_and_publishes_every_page_type(admin_client, tree):
    for parent_key, model_name, slug, fields in cases(tree):
        parent = tree[parent_key]
        add_url = reverse(
            "wagtailadmin_pages:add",
            args=("articles" if model_name != "standardpage" else "home", model_name, parent.pk),
        )
        data = admin_form(admin_client, add_url, {**fields, "slug": slug})

        preview_url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=("articles" if model_name != "standardpage" else "home", model_name, parent.pk),
        )
        preview = admin_client.post(preview_url, data)
        assert json.loads(preview.content) == {"is_valid": True, "is_available": True}, (
            model_name,
            preview.content,
        )
        rendered = admin_client.get(preview_url)
        assert rendered.status_code == 200, model_name
        assert fields["title"] in rendered.content.decode(), model_name

        data["action-publish"] = "action-publish"
        response = admin_client.post(add_url, data)
        assert response.status_code == 302, (model_name, response.context and response.context["form"].errors)
        page = Page.objects.get(slug=slug).specific
        assert page.live and page.title == fields["title"]
        assert admin_client.get(page.url).status_code == 200, model_name


def test_saved_fields_arrive_on_the_page(admin_client, tree):
    for parent_key, model_name, slug, fields in cases(tree):
        if model_name not in ("newspage", "eventpage", "werkteampage"):
            continue
        app = "articles"
        add_url = reverse("wagtailadmin_pages:add", args=(app, model_name, tree[parent_key].pk))
        data = admin_form(admin_client, add_url, {**fields, "slug": slug})
        data["action-publish"] = "action-publish"
        assert admin_client.post(add_url, data).status_code == 302
    news = NewsPage.objects.get(slug="het-hart")
    assert [author.person.name for author in news.authors.all()] == ["Elizabeth van Twist"]
    assert {tag.name for tag in news.tags.all()} == {"werkteams", "kenniscafé"}
    assert news.werkteam == tree["werkteam"] and news.date.isoformat() == "2018-07-11"
    assert [block.block_type for block in news.body] == ["paragraph", "quote"]
    event = EventPage.objects.get(slug="kick-off")
    assert (event.end - event.start).total_seconds() == 3 * 3600
    werkteam = WerkteamPage.objects.get(slug="verbondenheid")
    assert werkteam.member_role_list == ["beleidsmakers", "vrijwilligers"]


def test_a_pasted_dated_title_is_split_on_save(admin_client, tree):
    add_url = reverse("wagtailadmin_pages:add", args=("articles", "newspage", tree["news"].pk))
    data = admin_form(
        admin_client,
        add_url,
        {"title": "13-05-18: Burgerkracht als doorzettingskracht", "slug": "13-05-18-burgerkracht", **BODY},
    )
    data["action-publish"] = "action-publish"
    assert admin_client.post(add_url, data).status_code == 302
    page = NewsPage.objects.get(title="Burgerkracht als doorzettingskracht")
    assert page.date.isoformat() == "2018-05-13"


def test_an_event_ending_before_it_starts_is_refused(admin_client, tree):
    add_url = reverse("wagtailadmin_pages:add", args=("articles", "eventpage", tree["agenda"].pk))
    data = admin_form(
        admin_client,
        add_url,
        {
            "title": "Verkeerd om",
            "slug": "verkeerd-om",
            "start": "02-04-2030 14:00",
            "end": "01-04-2030 14:00",
            **BODY,
        },
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(add_url, data)
    assert response.status_code == 200
    assert "end" in response.context["form"].errors
    assert not EventPage.objects.filter(slug="verkeerd-om").exists()


def test_editor_edits_and_publishes_the_home_page(admin_client, tree):
    home = tree["home"]
    url = reverse("wagtailadmin_pages:edit", args=(home.pk,))
    data = admin_form(admin_client, url, {"intro": rich_text("<p>Samen leren in de praktijk.</p>")})
    data["featured_items-TOTAL_FORMS"] = "1"
    data.update(
        {
            "featured_items-0-page": str(tree["werkteam"].pk),
            "featured_items-0-id": "",
            "featured_items-0-ORDER": "1",
            "featured_items-0-DELETE": "",
        }
    )
    data["action-publish"] = "action-publish"
    assert admin_client.post(url, data).status_code == 302
    response = admin_client.get(home.url)
    assert "Samen leren in de praktijk." in response.content.decode()
    assert [card.page.title for card in response.context["featured"]] == ["Informeel-formeel"]


def test_editors_keep_people_as_snippets_and_choose_authors_with_a_chooser(admin_client, tree):
    person = PersonFactory(name="Elizabeth van Twist", organisation="Hogeschool Inholland")

    listing = admin_client.get(reverse("wagtailsnippets_home_person:list"))
    assert listing.status_code == 200
    assert "Elizabeth van Twist" in listing.content.decode()

    add_blog_post = reverse("wagtailadmin_pages:add", args=("articles", "blogpage", tree["blog"].pk))
    form = admin_client.get(add_blog_post).content.decode()
    # The author field opens the snippet chooser (searchable) rather than a long dropdown.
    assert reverse("wagtailsnippetchoosers_home_person:choose") in form
    chooser = admin_client.get(reverse("wagtailsnippetchoosers_home_person:choose"), {"q": "Twist"})
    assert chooser.status_code == 200
    assert person.name in chooser.content.decode()
