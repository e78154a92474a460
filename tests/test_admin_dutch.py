"""The admin speaks Dutch: every page each role uses is crawled for English words that this
project (or an upstream string it translates) would otherwise show."""

import re

import pytest
from django.urls import reverse

from articles.models import ActueelIndexPage, NewsIndexPage
from engagement.groups import MODERATORS_GROUP
from home.translators import GROUP_NAME as TRANSLATORS
from magazine.roles import COMMUNICATIONS, RESEARCHERS
from tests.factories.chrome import FooterContentFactory, MainMenuItemFactory
from tests.factories.engagement import CommentFactory
from tests.factories.magazine import (
    MagazineArticleAuthorFactory,
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
)
from tests.roles import member_of

pytestmark = pytest.mark.django_db

ENGLISH = [
    "Excerpt",
    "Locale",
    "Editor Guide",
    "Auteurs 1",
    "Voeg Auteurs toe",
    "Menu-items 1",
    "Voeg Menu-items toe",
    "Medewerkers 1",
    "More actions",
    ">Image<",
    '"Image"',
]


@pytest.fixture
def site_content(home_page):
    actueel = home_page.add_child(instance=ActueelIndexPage(title="Actueel", slug="actueel"))
    news_index = actueel.add_child(instance=NewsIndexPage(title="Nieuws", slug="nieuws"))
    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page))
    researcher = member_of(RESEARCHERS, "olaf")
    article = MagazineArticlePageFactory(parent=issue, owner=researcher)
    MagazineArticleAuthorFactory(page=article)
    item = MainMenuItemFactory(page=news_index)
    CommentFactory(page=article)
    return {
        "news_index": news_index,
        "issue": issue,
        "article": article,
        "menu": item.menu,
        "footer": FooterContentFactory(),
        "researcher": researcher,
    }


def snippet(name, instance=None):
    if instance is None:
        return reverse(f"wagtailsnippets_{name}:list")
    return reverse(f"wagtailsnippets_{name}:edit", args=(instance.pk,))


def role_pages(content):
    edit = lambda page: reverse("wagtailadmin_pages:edit", args=(page.pk,))  # noqa: E731
    add = lambda parent, model: reverse("wagtailadmin_pages:add", args=(*model.split("."), parent.pk))  # noqa: E731
    return {
        COMMUNICATIONS: [
            reverse("wagtailadmin_home"),
            edit(content["article"]),
            edit(content["issue"]),
            add(content["news_index"], "articles.newspage"),
            snippet("home_mainmenu", content["menu"]),
            snippet("home_footercontent", content["footer"]),
            snippet("home_person"),
            reverse("wagtailsnippetchoosers_home_person:choose"),
            snippet("engagement_comment") + "?status=pending",
        ],
        RESEARCHERS: [
            reverse("wagtailadmin_home"),
            edit(content["article"]),
            add(content["issue"], "magazine.magazinearticlepage"),
        ],
        TRANSLATORS: [reverse("wagtailadmin_home")],
        MODERATORS_GROUP: [reverse("wagtailadmin_home"), snippet("engagement_comment") + "?status=pending"],
    }


def visible_text(html):
    """The page without its scripts and SVG sprites, where English identifiers are fine."""
    return re.sub(r"<(script|svg|template)\b.*?</\1>", "", html, flags=re.S)


@pytest.mark.parametrize("group", [COMMUNICATIONS, RESEARCHERS, TRANSLATORS, MODERATORS_GROUP])
def test_each_roles_admin_pages_speak_dutch(client, site_content, group):
    user = site_content["researcher"] if group == RESEARCHERS else member_of(group, group.lower())
    client.force_login(user)
    for url in role_pages(site_content)[group]:
        response = client.get(url)
        assert response.status_code == 200, url
        text = visible_text(response.content.decode())
        found = [word for word in ENGLISH if word in text]
        assert not found, f"{url}: {found}"
