"""The "Vertalers" group: translate pages and snippets, never publish Dutch originals."""

import pytest
from django.contrib.auth.models import Group
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import GroupPagePermission

from demo.accounts import DEMO_ACCOUNTS
from demo.translations import translate
from home.models import Partner, StandardPage
from home.translators import GROUP_NAME, ensure_translators_group
from tests.roles import member_of


@pytest.fixture
def translator(db):
    return member_of(GROUP_NAME, "vera")


@pytest.fixture
def dutch_page(home_page):
    page = StandardPage(title="Over", slug="over")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def english_page(dutch_page, home_page, english):
    english_home = home_page.copy_for_translation(english)
    english_home.save_revision().publish()
    page = dutch_page.copy_for_translation(english)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_group_is_created_by_migrate_with_translation_rights():
    group = Group.objects.get(name=GROUP_NAME)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "submit_translation", "change_person", "change_footercontent"} <= codenames
    assert {"change_partner", "change_mainmenu"} <= codenames
    assert "change_contactformfield" not in codenames  # translated with its contact page
    assert not any(codename.startswith("delete_") for codename in codenames)


@pytest.mark.django_db
def test_demo_account_belongs_to_the_group():
    assert any(account.group == GROUP_NAME for account in DEMO_ACCOUNTS)


@pytest.mark.django_db
def test_translator_can_edit_and_publish_english_pages(translator, english_page):
    permissions = english_page.permissions_for_user(translator)
    assert permissions.can_edit()
    assert permissions.can_publish()


@pytest.mark.django_db
def test_translator_cannot_edit_or_publish_dutch_originals(translator, dutch_page, english_page):
    permissions = dutch_page.permissions_for_user(translator)
    assert not permissions.can_edit()
    assert not permissions.can_publish()
    assert not dutch_page.get_parent().permissions_for_user(translator).can_publish()


@pytest.mark.django_db
def test_translator_uses_the_translation_editor_and_submits_translations(
    client, translator, dutch_page, english_page
):
    client.force_login(translator)
    assert client.get(f"/admin/pages/{english_page.pk}/edit/").status_code == 200
    assert client.get(f"/admin/localize/submit/page/{dutch_page.pk}/").status_code == 200
    # The Dutch original's editor is closed to them.
    assert client.get(f"/admin/pages/{dutch_page.pk}/edit/").status_code in (302, 403)


@pytest.mark.django_db
def test_a_new_english_home_page_gets_the_translators_rights(home_page, english):
    group = Group.objects.get(name=GROUP_NAME)
    english_home = home_page.copy_for_translation(english)
    granted = set(
        GroupPagePermission.objects.filter(group=group, page=english_home).values_list(
            "permission__codename", flat=True
        )
    )
    assert granted == {"add_page", "change_page", "publish_page"}


@pytest.mark.django_db
def test_ensure_translators_group_is_idempotent(home_page):
    first = GroupPagePermission.objects.filter(group__name=GROUP_NAME).count()
    ensure_translators_group()
    ensure_translators_group()
    assert GroupPagePermission.objects.filter(group__name=GROUP_NAME).count() == first
    assert Group.objects.filter(name=GROUP_NAME).count() == 1


@pytest.mark.django_db
def test_translator_opens_wagtail_localizes_editor_for_pages_and_snippets(
    client, translator, home_page, english
):
    translate(home_page, english, {})
    dutch = StandardPage(title="Over", slug="over", intro="Wie we zijn.")
    home_page.add_child(instance=dutch)
    dutch.save_revision().publish()
    english_page = translate(dutch, english, {"Over": "About", "over": "about"}).instance
    partner = Partner.objects.create(name="Gemeente Schiedam")
    english_partner = translate(partner, english, {"Gemeente Schiedam": "Municipality of Schiedam"}).instance

    client.force_login(translator)
    page_editor = client.get(f"/admin/pages/{english_page.pk}/edit/")
    assert page_editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in page_editor.templates]
    snippet_editor = client.get(AdminURLFinder(translator).get_edit_url(english_partner))
    assert snippet_editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in snippet_editor.templates]
    assert client.get(f"/admin/pages/{dutch.pk}/edit/").status_code in (302, 403)
