"""Guards against the admin's traps: one footer and one menu per language, one way to register
for an event, alt text explained, ASCII slugs, no Gravatar, a working account page."""

import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Locale

from articles.models import EventPage
from home.models import FooterContent, MainMenu, StandardPage
from magazine.roles import COMMUNICATIONS
from operations.checks import editor_privacy_and_addresses
from operations.uploads import ImageForm
from tests.factories.chrome import FooterContentFactory, MainMenuFactory
from tests.roles import login

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    login(client, COMMUNICATIONS, "carla")
    return client


def test_the_admin_refuses_a_second_dutch_footer(editor_client):
    FooterContentFactory()
    url = reverse("wagtailsnippets_home_footercontent:add") + "?locale=nl"
    response = editor_client.post(url, {"organisation_name": "Tweede", "footer_links-count": "0"})
    assert response.status_code == 200
    assert "Er is al een voettekst in deze taal" in response.content.decode()
    assert FooterContent.objects.count() == 1


def test_the_admin_refuses_a_second_dutch_menu(editor_client):
    MainMenuFactory()
    url = reverse("wagtailsnippets_home_mainmenu:add") + "?locale=nl"
    management = {"items-TOTAL_FORMS": "0", "items-INITIAL_FORMS": "0", "items-MAX_NUM_FORMS": "1000"}
    response = editor_client.post(url, {"title": "Tweede menu", **management})
    assert response.status_code == 200
    assert "Er is al een hoofdmenu in deze taal" in response.content.decode()
    assert MainMenu.objects.count() == 1


def test_one_footer_per_language_is_fine(english):
    dutch = FooterContentFactory()
    dutch.full_clean()
    FooterContentFactory(locale=english).full_clean()
    assert FooterContent.objects.filter(locale=Locale.get_default()).count() == 1


def test_an_event_registers_on_this_site_or_elsewhere_not_both():
    event = EventPage(
        title="Kenniscafé",
        slug="kenniscafe",
        start=timezone.now(),
        registration_enabled=True,
        registration_url="https://example.org/aanmelden",
    )
    with pytest.raises(ValidationError) as refused:
        event.clean()
    assert "niet allebei" in str(refused.value.message_dict["registration_url"])
    assert set(refused.value.message_dict) == {"registration_enabled", "registration_url"}
    event.registration_url = ""
    event.clean()


def test_the_alt_text_is_explained():
    form = get_image_form(get_image_model())()
    assert "alt-tekst" in str(form.fields["description"].help_text)
    assert issubclass(type(form), ImageForm)


def test_slugs_are_ascii_and_no_gravatar():
    assert settings.WAGTAIL_ALLOW_UNICODE_SLUGS is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert editor_privacy_and_addresses(None) == []
    with override_settings(WAGTAIL_ALLOW_UNICODE_SLUGS=True, WAGTAIL_GRAVATAR_PROVIDER_URL="//gravatar"):
        assert [w.id for w in editor_privacy_and_addresses(None)] == ["operations.W010", "operations.W011"]


def test_a_slug_with_an_accent_is_refused_with_a_message(editor_client, home_page):
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", home_page.pk))
    response = editor_client.post(url, {"title": "Kenniscafé", "slug": "kenniscafé", "body-count": "0"})
    assert response.status_code == 200
    assert "zonder accenten" in str(response.context["form"].errors["slug"])
    assert not StandardPage.objects.filter(title="Kenniscafé").exists()


def test_the_slug_field_still_makes_a_slug_of_the_title_in_the_browser(editor_client, home_page):
    """The server-side override keeps Wagtail's slug widget (w-slug), which slugifies the title."""
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", home_page.pk))
    html = editor_client.get(url).content.decode()
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', html).group()
    assert 'data-controller="w-slug"' in slug_input


def test_the_account_page_shows_initials_and_a_time_zone_choice(editor_client):
    response = editor_client.get(reverse("wagtailadmin_account"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "gravatar" not in html.lower()
    assert "Europe/Amsterdam" in html
    assert "localtime" not in html
