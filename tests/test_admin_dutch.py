"""The admin speaks Dutch: every page each role uses is crawled for English words that this
project (or an upstream string it translates) would otherwise show."""

import datetime
import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.urls import reverse
from django.utils import translation
from wagtail_localize.models import StringTranslation

from articles.models import ActueelIndexPage, NewsIndexPage
from demo.translations import translate
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
from tests.roles import login, member_of

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
# Upstream strings that are Dutch but broken: a date with an English month (wagtail-localize
# formats it with strftime), a Dutch catalogue that lost the space before the site's name.
BROKEN = [
    r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
    r"aangemaakt in[^\s]",
    r"\d(van|pagina)|\d- van",  # "1-2van 2pagina's" above a page listing
]


@pytest.fixture
def site_content(home_page, english):
    actueel = home_page.add_child(instance=ActueelIndexPage(title="Actueel", slug="actueel"))
    news_index = actueel.add_child(instance=NewsIndexPage(title="Nieuws", slug="nieuws"))
    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page))
    researcher = member_of(RESEARCHERS, "olaf")
    article = MagazineArticlePageFactory(parent=issue, owner=researcher)
    MagazineArticleAuthorFactory(page=article)
    item = MainMenuItemFactory(page=news_index)
    CommentFactory(page=article)
    english_article = translate(article, english, {article.title: "Harvesting together"}).instance
    StringTranslation.objects.update(updated_at=datetime.datetime(2026, 3, 5, 12, tzinfo=datetime.UTC))
    return {
        "news_index": news_index,
        "issue": issue,
        "article": article,
        "menu": item.menu,
        "footer": FooterContentFactory(),
        "researcher": researcher,
        "english_article": english_article,
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
            reverse("wagtailadmin_explore_root"),
            reverse("wagtailadmin_explore", args=(content["issue"].get_parent().pk,)) + "?q=Nummer",
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
        TRANSLATORS: [reverse("wagtailadmin_home"), edit(content["english_article"])],
        MODERATORS_GROUP: [reverse("wagtailadmin_home"), snippet("engagement_comment") + "?status=pending"],
    }


def visible_text(html):
    """The page without its scripts, SVG sprites and the JSON props of wagtail-localize's editor,
    where English identifiers are fine (tests/test_browser_admin_roles.py reads the drawn editor)."""
    html = re.sub(r"<(script|svg|template)\b.*?</\1>", "", html, flags=re.S)
    return re.sub(r'\sdata-props="[^"]*"', "", html)


@pytest.mark.parametrize("group", [COMMUNICATIONS, RESEARCHERS, TRANSLATORS, MODERATORS_GROUP])
def test_each_roles_admin_pages_speak_dutch(client, site_content, group):
    user = site_content["researcher"] if group == RESEARCHERS else member_of(group, group.lower())
    client.force_login(user)
    for url in role_pages(site_content)[group]:
        response = client.get(url)
        assert response.status_code == 200, url
        text = visible_text(response.content.decode())
        found = [word for word in ENGLISH if word in text]
        found += [match[0] for pattern in BROKEN for match in re.finditer(pattern, text)]
        assert not found, f"{url}: {found}"


def test_the_translation_editor_dates_each_segment_in_dutch(client, site_content):
    login(client, TRANSLATORS, "vera")
    response = client.get(reverse("wagtailadmin_pages:edit", args=(site_content["english_article"].pk,)))
    assert "Handmatig vertaald op 5 maart 2026" in response.content.decode()


def test_the_person_chooser_heads_its_names_naam(client, site_content):
    login(client, COMMUNICATIONS, "carla")
    html = client.get(reverse("wagtailsnippetchoosers_home_person:choose")).json()["html"]
    cells = re.findall(r"<th\b.*?</th>", html, re.S)
    headings = [re.sub(r"<[^>]+>|\s+", " ", cell).strip() for cell in cells]
    assert headings[0] == "Naam", headings


def test_the_translation_editors_script_strings_read_as_dutch(client, site_content):
    """wagtail-localize's editor is a JavaScript app: its strings come from its JS catalogue,
    where locale/nl/LC_MESSAGES/djangojs.po corrects the Dutch."""
    login(client, TRANSLATORS, "vera")
    script = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    for english, dutch in [
        ("Publish in ", "Publiceer in het "),
        ("Uses %s version", "Gebruikt de versie in het %s"),
        ("%(source)s to %(target)s translation", "Vertaling van het %(source)s naar het %(target)s"),
    ]:
        assert f"{json.dumps(english)}: {json.dumps(dutch)}" in script, english


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")


def glued(source, dutch):
    """Placeholders the Dutch joins to a word or another placeholder that the source keeps apart."""
    found = []
    for match in PLACEHOLDER.finditer(dutch):
        at = source.find(match[0])
        if at < 0:
            continue
        end = at + len(match[0])
        before, after = dutch[match.start() - 1 : match.start()], dutch[match.end() : match.end() + 1]
        if (source[at - 1 : at] == " " and before.strip() and before not in "'\"(:>") or (
            source[end : end + 1] == " " and after.strip() and after not in "'\".,:;!?)<"
        ):
            found.append(match[0])
    return found


def upstream_entries():
    for package in (wagtail, wagtail_localize):
        for path in Path(package.__file__).parent.glob("**/locale/nl/LC_MESSAGES/django.po"):
            yield from (entry for entry in polib.pofile(str(path)) if entry.msgstr or entry.msgstr_plural)


def served(entry):
    """(source, the Dutch Django serves for it) of one upstream entry, singular and plural."""
    context = entry.msgctxt
    if not entry.msgid_plural:
        dutch = translation.pgettext(context, entry.msgid) if context else translation.gettext(entry.msgid)
        return [(entry.msgid, dutch)]
    forms = [(entry.msgid, 1), (entry.msgid_plural, 2)]
    if context:
        return [
            (source, translation.npgettext(context, entry.msgid, entry.msgid_plural, n))
            for source, n in forms
        ]
    return [(source, translation.ngettext(entry.msgid, entry.msgid_plural, n)) for source, n in forms]


def test_upstream_dutch_keeps_the_spaces_around_names_and_numbers():
    """Wagtail's and wagtail-localize's Dutch glue some placeholders to the next word
    ("1-2van 2pagina's", "Verwijder%(snippet_type_name)s"); our catalogue corrects each one."""
    with translation.override("nl"):
        broken = [
            dutch for entry in upstream_entries() for source, dutch in served(entry) if glued(source, dutch)
        ]
    assert broken == []
