"""Where the page explorer opens per role. Wagtail starts it at the common ancestor of the
user's page permissions (page_permission_policy.explorable_root_instance), which already puts
the vertaler in the English tree and the onderzoeker in the Dutch magazine; communicatie, with
rights on the root (both languages), starts at the Dutch home page (home/explorer.py)."""

import pytest
from wagtail.admin.menu import admin_menu
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.models import HomePage
from home.translators import GROUP_NAME as TRANSLATORS
from magazine.roles import COMMUNICATIONS, RESEARCHERS
from tests.factories.magazine import MagazineIndexPageFactory, MagazineIssuePageFactory
from tests.roles import member_of

pytestmark = pytest.mark.django_db


def start_page(user):
    return PagePermissionPolicy().explorable_root_instance(user)


def test_the_vertaler_starts_at_the_english_home_page(home_page, english):
    home_page.copy_for_translation(english)
    english_home = HomePage.objects.get(depth=2, locale=english)
    assert start_page(member_of(TRANSLATORS, "vera")).pk == english_home.pk


def test_the_onderzoeker_starts_in_the_dutch_magazine(home_page):
    index = MagazineIndexPageFactory(parent=home_page)
    MagazineIssuePageFactory(parent=index)
    MagazineIssuePageFactory(parent=index)
    assert start_page(member_of(RESEARCHERS, "olaf")).pk == index.pk


def menu_explorer_start(rf, user):
    request = rf.get("/admin/")
    request.user = user
    explorer = next(item for item in admin_menu.render_component(request) if item.name == "explorer")
    return explorer.start_page_id


def test_communicatie_starts_at_the_dutch_home_page_and_keeps_the_root(rf, home_page, english):
    home_page.copy_for_translation(english)
    carla = member_of(COMMUNICATIONS, "carla")
    assert menu_explorer_start(rf, carla) == home_page.pk
    # Wagtail's page listing still reaches both languages from the root.
    assert start_page(carla).is_root()


def test_the_menu_keeps_wagtails_start_for_the_vertaler(rf, home_page, english):
    home_page.copy_for_translation(english)
    english_home = HomePage.objects.get(depth=2, locale=english)
    assert menu_explorer_start(rf, member_of(TRANSLATORS, "vera")) == english_home.pk
