"""Dates and times in the admin: an impossible date is refused with a clear message and never
replaced by another one; times are offered every five minutes."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from articles.models import ActueelIndexPage, EventPage, NewsIndexPage, NewsPage
from home.admin_widgets import DateInput, DateTimeInput, TimeInput
from magazine.roles import COMMUNICATIONS
from tests.roles import login

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    actueel = home_page.add_child(instance=ActueelIndexPage(title="Actueel", slug="actueel"))
    return actueel.add_child(instance=NewsIndexPage(title="Nieuws", slug="nieuws"))


@pytest.fixture
def editor_client(client):
    login(client, COMMUNICATIONS, "carla")
    return client


@pytest.mark.parametrize("typed", ["31-02-2026", "abc", "2026-13-45"])
def test_an_impossible_date_is_refused_with_a_message(editor_client, news_index, typed):
    url = reverse("wagtailadmin_pages:add", args=("articles", "newspage", news_index.pk))
    form = editor_client.get(url).content.decode()
    data = querydict_from_html(form, form_id="page-edit-form").copy()
    data.update({"title": "Nieuw bericht", "slug": "nieuw-bericht", "date": typed, "action-publish": "1"})
    data.update(nested_form_data({"body": streamfield([])}))

    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert response.context["form"].errors["date"] == [
        "Dit is geen bestaande datum. Typ dag-maand-jaar, bijvoorbeeld 09-03-2026."
    ]
    assert typed in response.content.decode()  # what was typed stays in the field
    assert not NewsPage.objects.filter(slug="nieuw-bericht").exists()


def test_the_pickers_keep_typed_text_and_offer_minutes():
    for widget in (DateInput(), TimeInput(), DateTimeInput()):
        assert widget.get_config()["validateOnBlur"] is False
    assert TimeInput().get_config()["step"] == 5
    assert DateTimeInput().get_config()["step"] == 5


def test_page_forms_use_the_project_widgets():
    form_class = EventPage.get_edit_handler().get_form_class()
    assert isinstance(form_class.base_fields["start"].widget, DateTimeInput)
    assert isinstance(NewsPage.get_edit_handler().get_form_class().base_fields["date"].widget, DateInput)
