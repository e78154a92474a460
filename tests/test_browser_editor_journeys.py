"""Editorial journeys in a real browser (Chromium via Playwright), without script errors.

Communicatie publishes a news item with an image, tags and a werkteam. Onderzoeker writes a
magazine article with five kinds of blocks and submits it; communicatie approves it from the
dashboard and it is live. Vertaler sends it to English (the form has English ticked), translates
every segment in wagtail-localize's editor and publishes; the English page is live. Everything the journeys
need is made before the browser starts: while Playwright runs, this thread may not query.
"""

import re

import pytest
import wagtail_factories
from django.urls import reverse
from wagtail.models import Collection

from home.translators import GROUP_NAME as TRANSLATORS
from magazine.roles import COMMUNICATIONS, RESEARCHERS
from tests.browser import BROWSER_TEST_MARKS, DESKTOP, chromium_page, log_in
from tests.factories.articles import (
    ActueelIndexPageFactory,
    NewsIndexPageFactory,
    WerkteamIndexPageFactory,
    WerkteamPageFactory,
)
from tests.factories.magazine import (
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
)
from tests.roles import member_of

pytestmark = BROWSER_TEST_MARKS


@pytest.fixture
def browser_page(live_server):
    with chromium_page(viewport=DESKTOP, locale="nl-NL") as page:
        page.set_default_timeout(15_000)
        yield page


def choose_in_modal(page, field_name, link_text):
    """Open the chooser of one field and pick an item by its title in the modal."""
    page.locator(f"#id_{field_name}-chooser .unchosen button[data-chooser-action-choose]").click()
    choice = ".modal-dialog a[data-chooser-modal-choice], .modal-dialog a.choose-page"
    page.locator(choice, has_text=link_text).first.click()
    page.locator(".modal-dialog").wait_for(state="detached")


def open_footer_menu(page):
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()


def add_block(page, label):
    """Add a block at the end of the body and return it (Wagtail's block chooser), once it is
    there: until then the last block is the one before it."""
    blocks = page.locator("[data-contentpath=body] [data-streamfield-child]")
    count = blocks.count()
    page.locator("[data-contentpath=body] button.c-sf-add-button").last.click()
    page.get_by_role("option", name=re.compile(f"^{label}")).first.click()
    added = blocks.nth(count)
    added.wait_for()
    return added


def type_rich_text(page, block, text):
    """Type into the block's rich text editor (Draftail), as a person does."""
    block.locator("[contenteditable=true]").click()
    page.keyboard.type(text)
    # Draftail writes its hidden input a moment after typing (debounced): wait for it.
    page.wait_for_function(
        "([el, text]) => [...el.querySelectorAll('input[type=hidden]')].some(i => i.value.includes(text))",
        arg=[block.element_handle(), text],
    )


def translate_next_segment(page, text):
    """wagtail-localize's editor: "Vertaal" on the first untranslated segment, type, save."""
    page.get_by_role("button", name="Vertaal", exact=True).first.click()
    page.locator("textarea").first.fill(text)
    page.get_by_role("button", name="Opslaan", exact=True).first.click()
    page.get_by_text(text, exact=True).wait_for()


def publish(page):
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    with page.expect_navigation():
        page.locator("button[name=action-publish]").click()
    errors = page.locator(".error-message, .messages .error").all_inner_texts()
    assert "gepubliceerd" in page.locator(".messages").inner_text(), errors


@pytest.fixture
def news_setting(home_page):
    actueel = ActueelIndexPageFactory(parent=home_page)
    news_index = NewsIndexPageFactory(parent=actueel)
    werkteams = WerkteamIndexPageFactory(parent=home_page)
    WerkteamPageFactory(parent=werkteams, title="Zorg dichtbij")
    wagtail_factories.ImageFactory(title="Moestuin in de zomer", collection=Collection.get_first_root_node())
    member_of(COMMUNICATIONS, "carla")
    return reverse("wagtailadmin_pages:add", args=("articles", "newspage", news_index.pk))


def test_communicatie_publishes_news_with_image_tags_and_werkteam(news_setting, live_server, browser_page):
    page = browser_page
    log_in(page, live_server.url, "carla")
    page.goto(live_server.url + news_setting)
    page.fill("#id_title", "Oogstfeest in de moestuin")
    page.press("#id_title", "Tab")  # the slug follows the title when the field is left
    page.fill("#id_intro", "Bewoners en onderzoekers oogsten samen.")
    choose_in_modal(page, "image", "Moestuin in de zomer")
    tags = page.locator("[data-contentpath=tags] .tagit-new input")
    for tag in ("moestuin", "oogst"):
        tags.fill(tag)
        tags.press("Enter")
    choose_in_modal(page, "werkteam", "Zorg dichtbij")
    publish(page)

    page.goto(live_server.url + "/nl/actueel/nieuws/oogstfeest-in-de-moestuin/")
    content = page.content()
    assert "Oogstfeest in de moestuin" in content
    assert "Zorg dichtbij" in content
    assert "moestuin" in page.locator("body").inner_text().lower()
    assert page.locator("main img").count() >= 1
    assert page.script_errors == []


@pytest.fixture
def magazine_setting(home_page):
    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page), slug="nummer-1")
    member_of(RESEARCHERS, "olaf")
    member_of(COMMUNICATIONS, "carla")
    add = reverse("wagtailadmin_pages:add", args=("magazine", "magazinearticlepage", issue.pk))
    return add, issue.url


def test_onderzoeker_writes_an_article_with_five_blocks_and_communicatie_approves_it(
    magazine_setting, live_server, browser_page
):
    add_url, issue_url = magazine_setting
    page = browser_page
    log_in(page, live_server.url, "olaf")
    page.goto(live_server.url + add_url)
    page.fill("#id_title", "Samen oogsten")
    page.press("#id_title", "Tab")
    page.fill("#id_standfirst", "Wat een moestuin met een wijk doet.")

    type_rich_text(page, add_block(page, "Tekst"), "De moestuin bracht buren bij elkaar.")
    add_block(page, "Tussenkop").locator("input[type=text]").first.fill("Wat we zagen")
    add_block(page, "Citaat").locator("textarea").first.fill("Hier leerde ik mijn buren kennen.")
    featured = add_block(page, "Citaat")
    featured.locator("textarea").first.fill("Twaalf tuinders, een hele wijk.")
    featured.locator("select").first.select_option(label="Uitgelicht: groot, als blikvanger")
    add_block(page, "Hoofdstuk").locator("input[type=text]").first.fill("Begin klein")
    type_rich_text(page, add_block(page, "Kader of tip"), "Begin met drie bakken.")

    open_footer_menu(page)
    with page.expect_navigation():
        page.locator("button[name=action-submit]").click()
    errors = page.locator("[data-contentpath]:has(.error-message)").evaluate_all(
        "nodes => nodes.map(n => n.dataset.contentpath)"
    )
    assert "ingediend" in page.locator(".messages").inner_text(), errors

    page.context.clear_cookies()
    log_in(page, live_server.url, "carla")
    page.get_by_role("link", name="Samen oogsten").first.click()
    page.wait_for_url(re.compile(r".*/edit/$"))
    open_footer_menu(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Goedkeuren en publiceren").click()
    errors = page.locator(".error-message").evaluate_all(
        "nodes => nodes.map(n => n.closest('[data-field-wrapper], section, [id]')?.id + ': ' + n.innerText)"
    )
    assert "is gewijzigd" in page.locator(".messages").inner_text(), errors

    page.goto(live_server.url + issue_url + "samen-oogsten/")
    body = page.locator("main").inner_text()
    for text in ("De moestuin bracht buren bij elkaar.", "Wat we zagen", "Hier leerde ik mijn buren kennen."):
        assert text in body
    assert "Twaalf tuinders" in body and "Begin klein" in body and "Begin met drie bakken." in body
    assert page.locator("main .block-pull-quote").count() == 1
    assert page.script_errors == []


@pytest.fixture
def translation_setting(home_page, english):
    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page), slug="nummer-1")
    issue.copy_for_translation(english, copy_parents=True).save_revision().publish()
    article = MagazineArticlePageFactory(
        parent=issue, title="Samen oogsten", slug="samen-oogsten", standfirst="Wat een moestuin doet."
    )
    article.save_revision().publish()
    member_of(TRANSLATORS, "vera")
    return reverse("wagtail_localize:submit_page_translation", args=(article.pk,))


def test_vertaler_translates_the_article_and_publishes_it_in_english(
    translation_setting, live_server, browser_page
):
    page = browser_page
    log_in(page, live_server.url, "vera")
    page.goto(live_server.url + translation_setting)
    with page.expect_navigation():
        page.locator("form button[type=submit], form input[type=submit]").last.click()
    assert "in Engels vertaald" in page.locator(".messages").inner_text()

    for text in ("Harvesting together", "What a vegetable garden does."):
        translate_next_segment(page, text)
    page.get_by_role("tab", name="Eigenschappen").click()
    translate_next_segment(page, "harvesting-together")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("^Publiceer")).click()
    message = page.locator(".messages").inner_text()
    assert "gepubliceerd" in message and "ontbrekende" not in message, message

    page.goto(live_server.url + "/en/magazine/nummer-1/harvesting-together/")
    main = page.locator("main").inner_text()
    assert "Harvesting together" in main and "What a vegetable garden does." in main
    assert page.script_errors == []
