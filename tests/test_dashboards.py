"""Each role starts where its work is: a dashboard panel per role."""

import pytest
from django.urls import reverse

from articles.admin_widgets import WerkteamChooser
from articles.models import WerkteamIndexPage
from demo.translations import translate
from engagement.groups import MODERATORS_GROUP
from home.models import StandardPage
from home.translators import GROUP_NAME as TRANSLATORS
from magazine.models import MagazineArticlePage
from magazine.roles import COMMUNICATIONS, RESEARCHERS
from tests.factories.engagement import CommentFactory
from tests.factories.magazine import (
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
)
from tests.roles import login

pytestmark = pytest.mark.django_db


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_researcher_starts_a_new_article_in_the_current_issue_and_sees_own_drafts(client, home_page):
    index = MagazineIndexPageFactory(parent=home_page)
    MagazineIssuePageFactory(parent=index, issue_number=1)
    current = MagazineIssuePageFactory(parent=index, issue_number=2, issue_date="2026-03-09")
    user = login(client, RESEARCHERS, "olaf")
    draft = MagazineArticlePageFactory(parent=current, owner=user, title="Mijn halve artikel", live=False)
    draft.save_revision(user=user)

    html = dashboard(client)

    assert "Nieuw artikel in het huidige nummer" in html
    assert reverse("wagtailadmin_pages:add", args=("magazine", "magazinearticlepage", current.pk)) in html
    assert "Mijn halve artikel" in html


def test_communicatie_sees_drafts(client, home_page):
    login(client, COMMUNICATIONS, "carla")
    page = StandardPage(title="Nog niet af", slug="nog-niet-af", live=False)
    home_page.add_child(instance=page)
    page.save_revision()
    html = dashboard(client)
    assert "Redactie" in html
    assert "Nog niet af" in html


@pytest.fixture
def untranslated(client, home_page, english):
    """A live Dutch page without an English version, and vertaler signed in."""
    translate(home_page, english, {})
    dutch = StandardPage(title="Over ons", slug="over-ons")
    home_page.add_child(instance=dutch)
    dutch.save_revision().publish()
    login(client, TRANSLATORS, "vera")
    return dutch


def test_vertaler_sees_pages_to_translate_with_a_visible_action(client, untranslated):
    html = dashboard(client)

    submit = reverse("wagtail_localize:submit_page_translation", args=(untranslated.pk,))
    assert "Te vertalen" in html
    assert f'href="{submit}"' in html
    assert ">Vertaal<" in html


def test_the_translate_form_starts_with_english_ticked(client, untranslated, english):
    url = reverse("wagtail_localize:submit_page_translation", args=(untranslated.pk,))
    form = client.get(url).context["form"]

    assert list(form["locales"].initial) == [english.pk]


def test_moderator_sees_the_comments_waiting(client, home_page):
    page = StandardPage(title="Over ons", slug="over-ons")
    home_page.add_child(instance=page)
    CommentFactory(page=page)
    login(client, MODERATORS_GROUP, "mirjam")
    assert "1 reactie wacht op goedkeuring" in dashboard(client)


def test_the_werkteam_chooser_starts_at_the_werkteams(home_page):
    werkteams = WerkteamIndexPage(title="Werkteams", slug="werkteams")
    home_page.add_child(instance=werkteams)
    form_class = MagazineArticlePage.get_edit_handler().get_form_class()
    widget = form_class.base_fields["werkteam"].widget
    assert isinstance(widget, WerkteamChooser)
    assert widget.get_js_init_options("id_werkteam", "werkteam", None)["parentId"] == werkteams.pk
