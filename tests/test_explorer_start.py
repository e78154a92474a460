"""Where the page explorer opens per role. Wagtail starts it at the common ancestor of the
user's page permissions (page_permission_policy.explorable_root_instance), which already puts
the vertaler in the English tree and the onderzoeker in the Dutch magazine."""

import pytest
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.models import HomePage
from home.translators import GROUP_NAME as TRANSLATORS
from magazine.roles import RESEARCHERS
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
