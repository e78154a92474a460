"""The permission matrix (README, "Wie mag wat"): one test per cell that can be refused.

Each refusal is driven as a forged request through the admin: it answers 403 and the data is
unchanged afterwards.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Revision

from articles.models import ActueelIndexPage, NewsIndexPage, NewsPage
from engagement.groups import MODERATORS_GROUP
from home.models import FooterContent, MainMenu, Partner, Person, SocialMediaSettings
from home.translators import GROUP_NAME as TRANSLATORS
from magazine.models import MagazineArticlePage, MagazineIssuePage
from magazine.roles import COMMUNICATIONS, RESEARCHERS
from tests.factories.chrome import FooterContentFactory, MainMenuFactory
from tests.factories.magazine import (
    MagazineArticleAuthorFactory,
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
    PersonFactory,
)
from tests.roles import account, login

pytestmark = pytest.mark.django_db


@pytest.fixture
def vertaler(client):
    return login(client, TRANSLATORS, "vera")


@pytest.fixture
def onderzoeker(client):
    return login(client, RESEARCHERS, "olaf")


@pytest.fixture
def moderator(client):
    return login(client, MODERATORS_GROUP, "mirjam")


@pytest.fixture
def news_index(home_page):
    actueel = home_page.add_child(instance=ActueelIndexPage(title="Actueel", slug="actueel"))
    return actueel.add_child(instance=NewsIndexPage(title="Nieuws", slug="nieuws"))


@pytest.fixture
def news(news_index):
    page = news_index.add_child(instance=NewsPage(title="Het hart van de Werkplaats", slug="hart"))
    page.save_revision().publish()
    return page


@pytest.fixture
def issue(home_page):
    index = MagazineIndexPageFactory(parent=home_page)
    return MagazineIssuePageFactory(parent=index, title="Verbondenheid")


@pytest.fixture
def english_issue(issue, english):
    return MagazineIssuePage.objects.get(pk=issue.copy_for_translation(english, copy_parents=True).pk)


@pytest.fixture
def footer(db):
    return FooterContentFactory()


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def add_url(parent, model):
    return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))


def snippet_url(instance):
    meta = instance._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=(instance.pk,))


def snippet_add_url(model, locale=None):
    url = reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:add")
    return f"{url}?locale={locale}" if locale else url


def settings_url(site):
    return reverse("wagtailsettings:edit", args=("home", "socialmediasettings", site.pk))


def assert_refused(client, url, data=None):
    """The form is not shown (403, or Wagtail's redirect to the dashboard with its message) and a
    forged POST answers 403; the caller checks that nothing changed."""
    response = client.get(url)
    assert response.status_code in (302, 403), url
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home"), url
    assert client.post(url, data or {"title": "Overschreven", "action-publish": "1"}).status_code == 403, url


def page_state(page):
    page = Page.objects.get(pk=page.pk)
    return (
        page.title,
        page.live,
        page.has_unpublished_changes,
        Revision.page_revisions.filter(object_id=str(page.pk)).count(),
    )


# --- Vertaler: translations only; the Dutch originals are closed ---------------------------------


def test_vertaler_cannot_create_a_dutch_page(client, vertaler, news_index):
    before = Page.objects.count()
    assert_refused(client, add_url(news_index, NewsPage), {"title": "Nieuw", "slug": "nieuw"})
    assert Page.objects.count() == before


def test_vertaler_cannot_edit_or_publish_a_dutch_page(client, vertaler, news):
    before = page_state(news)
    assert_refused(client, edit_url(news))
    assert page_state(news) == before


def test_vertaler_cannot_edit_the_dutch_footer(client, vertaler, footer):
    assert_refused(client, snippet_url(footer), {"organisation_name": "Overschreven"})
    footer.refresh_from_db()
    assert footer.organisation_name != "Overschreven"


def test_vertaler_cannot_open_the_dutch_main_menu(client, vertaler):
    menu = MainMenuFactory()
    assert_refused(client, snippet_url(menu), {"title": "Overschreven"})
    assert MainMenu.objects.get(pk=menu.pk).title == "Hoofdmenu"


def test_vertaler_cannot_edit_a_dutch_person(client, vertaler):
    person = PersonFactory(name="Elizabeth van Twist")
    assert_refused(client, snippet_url(person), {"name": "Overschreven"})
    assert Person.objects.get(pk=person.pk).name == "Elizabeth van Twist"


def test_vertaler_cannot_create_dutch_snippets(client, vertaler):
    for url in (
        snippet_add_url(Partner),
        snippet_add_url(Partner, "nl"),
        snippet_add_url(FooterContent, "nl"),
    ):
        assert_refused(client, url, {"name": "Nieuw", "organisation_name": "Nieuw"})
    assert not Partner.objects.exists()
    assert not FooterContent.objects.exists()


def test_vertaler_cannot_change_the_site_settings(client, vertaler, site):
    assert_refused(client, settings_url(site), {"twitter_url": "https://example.org/x"})
    assert SocialMediaSettings.for_site(site).twitter_url == ""


def test_vertaler_may_translate_english_snippets(client, vertaler, footer, english):
    english_footer = footer.copy_for_translation(english)
    english_footer.save()
    assert client.get(snippet_url(english_footer)).status_code == 200
    assert client.get(snippet_add_url(Partner, "en")).status_code == 200


# --- Onderzoeker: own articles in the Dutch magazine ---------------------------------------------


def test_onderzoeker_cannot_write_in_the_english_magazine(client, onderzoeker, english_issue):
    before = Page.objects.count()
    assert_refused(client, add_url(english_issue, MagazineArticlePage), {"title": "Nieuw", "slug": "nieuw"})
    assert Page.objects.count() == before


def test_onderzoeker_cannot_reach_translation_editing(client, onderzoeker, issue, english):
    article = MagazineArticlePageFactory(parent=issue, owner=onderzoeker)
    english_article = article.copy_for_translation(english, copy_parents=True)
    before = page_state(english_article)
    assert_refused(client, edit_url(english_article))
    submit = reverse("wagtail_localize:submit_page_translation", args=(article.pk,))
    assert_refused(client, submit, {"locales": [english.pk]})
    assert page_state(english_article) == before


def test_onderzoeker_cannot_convert_a_translation_to_an_alias(client, onderzoeker, issue, english):
    article = MagazineArticlePageFactory(parent=issue, owner=onderzoeker)
    english_article = article.copy_for_translation(english, copy_parents=True)
    url = reverse("wagtail_localize:convert_to_alias", args=(english_article.pk,))
    assert_refused(client, url)
    assert Page.objects.get(pk=english_article.pk).alias_of_id is None


def test_onderzoeker_cannot_edit_the_issue_page(client, onderzoeker, issue):
    before = page_state(issue)
    assert_refused(client, edit_url(issue))
    assert page_state(issue) == before


def test_onderzoeker_cannot_start_a_new_issue(client, onderzoeker, issue):
    before = Page.objects.count()
    assert_refused(
        client, add_url(issue.get_parent(), MagazineIssuePage), {"title": "Nieuw", "slug": "nieuw"}
    )
    assert Page.objects.count() == before


def test_onderzoeker_cannot_edit_another_researchers_article(client, onderzoeker, issue):
    colleague = account("olga")
    article = MagazineArticlePageFactory(parent=issue, owner=colleague)
    before = page_state(article)
    assert_refused(client, edit_url(article))
    assert page_state(article) == before


def test_onderzoeker_edits_an_article_as_co_author(client, onderzoeker, issue):
    colleague = account("olga")
    article = MagazineArticlePageFactory(parent=issue, owner=colleague)
    assert client.get(edit_url(article)).status_code != 200
    MagazineArticleAuthorFactory(page=article, person=PersonFactory(account=onderzoeker))
    assert client.get(edit_url(article)).status_code == 200
    assert not article.permissions_for_user(onderzoeker).can_publish()


def test_onderzoeker_edits_their_own_article(client, onderzoeker, issue):
    article = MagazineArticlePageFactory(parent=issue, owner=onderzoeker)
    assert client.get(edit_url(article)).status_code == 200


def test_forged_publish_by_onderzoeker_saves_nothing_on_a_live_article(client, onderzoeker, issue):
    article = MagazineArticlePageFactory(parent=issue, owner=onderzoeker)
    article.save_revision().publish()
    before = page_state(article)
    data = {"title": "Stiekem gepubliceerd", "slug": article.slug, "action-publish": "1"}
    response = client.post(edit_url(article), data)
    assert response.status_code == 403
    assert page_state(article) == before


def test_forged_publish_of_a_new_article_by_onderzoeker_creates_nothing(client, onderzoeker, issue):
    before = Page.objects.count()
    data = {"title": "Stiekem", "slug": "stiekem", "action-publish": "1"}
    assert client.post(add_url(issue, MagazineArticlePage), data).status_code == 403
    assert Page.objects.count() == before


def test_onderzoeker_cannot_write_news(client, onderzoeker, news_index):
    before = Page.objects.count()
    assert_refused(client, add_url(news_index, NewsPage), {"title": "Nieuw", "slug": "nieuw"})
    assert Page.objects.count() == before


def test_onderzoeker_cannot_edit_snippets_or_settings(client, onderzoeker, footer, site):
    assert_refused(client, snippet_url(footer), {"organisation_name": "Overschreven"})
    assert_refused(client, settings_url(site), {"twitter_url": "https://example.org/x"})
    footer.refresh_from_db()
    assert footer.organisation_name != "Overschreven"


# --- Moderator: comments only --------------------------------------------------------------------


def test_moderator_cannot_edit_or_create_pages(client, moderator, news, news_index):
    before = page_state(news), Page.objects.count()
    assert_refused(client, edit_url(news))
    assert_refused(client, add_url(news_index, NewsPage), {"title": "Nieuw", "slug": "nieuw"})
    assert (page_state(news), Page.objects.count()) == before


def test_moderator_cannot_edit_snippets_settings_or_translate(client, moderator, footer, site, news):
    assert_refused(client, snippet_url(footer))
    assert_refused(client, settings_url(site))
    assert_refused(client, reverse("wagtail_localize:submit_page_translation", args=(news.pk,)))
    footer.refresh_from_db()
    assert footer.organisation_name != "Overschreven"


def test_moderator_reaches_the_comments(client, moderator):
    assert client.get(reverse("wagtailsnippets_engagement_comment:list"), follow=True).status_code == 200


# --- Communicatie: everything editorial, not the accounts ----------------------------------------


def test_communicatie_cannot_manage_accounts(client):
    login(client, COMMUNICATIONS, "carla")
    before = get_user_model().objects.count()
    assert_refused(client, reverse("wagtailusers_users:add"), {"username": "nieuw"})
    assert_refused(client, reverse("wagtailusers_groups:add"), {"name": "Nieuw"})
    assert get_user_model().objects.count() == before
    assert not Group.objects.filter(name="Nieuw").exists()
