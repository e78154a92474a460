"""Site chrome: main menu, breadcrumbs, footer, partners and social links from the snippets."""

import re
from datetime import date
from io import StringIO

import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Site

from articles.models import ActueelIndexPage, BlogIndexPage, BlogPage
from demo import chrome as demo_chrome
from home.models import FooterContent, MainMenuItem, Partner, SocialMediaSettings, StandardPage
from tests.factories.chrome import (
    FooterContentFactory,
    MainMenuFactory,
    MainMenuItemFactory,
    PartnerFactory,
)


def add_page(parent, model, **fields):
    page = parent.add_child(instance=model(**fields))
    page.save_revision().publish()
    return page


def render_tag(tag, page=None, language="nl"):
    request = RequestFactory().get(page.url if page else "/nl/")
    with translation.override(language):
        html = Template("{% load navigation_tags %}" + tag).render(
            Context({"request": request, "page": page})
        )
    return html


@pytest.fixture
def pages(home_page):
    actueel = add_page(home_page, ActueelIndexPage, title="Actueel", slug="actueel")
    blog = add_page(actueel, BlogIndexPage, title="Blog", slug="blog")
    post = add_page(
        blog, BlogPage, title="Dagdroom over negen maanden", slug="dagdroom", date=date(2016, 11, 3)
    )
    over = add_page(home_page, StandardPage, title="Over de werkplaats", slug="over")
    contact = add_page(home_page, StandardPage, title="Contact", slug="contact")
    return {"actueel": actueel, "blog": blog, "post": post, "over": over, "contact": contact}


@pytest.fixture
def menu(pages):
    menu = MainMenuFactory()
    MainMenuItemFactory(menu=menu, page=pages["actueel"])
    MainMenuItemFactory(menu=menu, page=pages["over"], label="Over ons")
    MainMenuItemFactory(menu=menu, page=pages["contact"])
    return menu


def menu_links(html):
    return re.findall(r'<a class="main-nav__link" href="([^"]+)"( aria-current="(\w+)")?>([^<]+)</a>', html)


def test_menu_lists_items_in_order_with_labels(menu, pages):
    links = menu_links(render_tag("{% main_menu %}", pages["contact"]))
    assert [(href, text) for href, _, _, text in links] == [
        ("/nl/actueel/", "Actueel"),
        ("/nl/over/", "Over ons"),
        ("/nl/contact/", "Contact"),
    ]


def test_menu_marks_the_current_page_and_section(menu, pages):
    on_contact = {
        text: current for _, _, current, text in menu_links(render_tag("{% main_menu %}", pages["contact"]))
    }
    assert on_contact == {"Actueel": "", "Over ons": "", "Contact": "page"}

    on_post = {
        text: current for _, _, current, text in menu_links(render_tag("{% main_menu %}", pages["post"]))
    }
    assert on_post == {"Actueel": "true", "Over ons": "", "Contact": ""}


def test_menu_leaves_out_unpublished_pages(menu, pages):
    pages["over"].unpublish()
    texts = [text for *_, text in menu_links(render_tag("{% main_menu %}", pages["contact"]))]
    assert texts == ["Actueel", "Contact"]


def test_english_reader_gets_the_dutch_menu_with_translated_pages(menu, pages, english, home_page):
    english_home = home_page.copy_for_translation(english)
    english_home.save_revision().publish()
    english_contact = pages["contact"].copy_for_translation(english)
    english_contact.title = "Contact us"
    english_contact.save_revision().publish()

    links = menu_links(render_tag("{% main_menu %}", english_contact, language="en"))
    by_text = {text: (href, current) for href, _, current, text in links}
    # No English menu yet: the Dutch one is used, linking to translations where they exist.
    assert by_text["Contact us"] == ("/en/contact/", "page")
    assert by_text["Actueel"] == ("/nl/actueel/", "")


def test_english_menu_is_used_when_it_exists(menu, pages, english):
    english_menu = MainMenuFactory(locale=english, title="Main menu")
    MainMenuItemFactory(menu=english_menu, page=pages["over"], label="About")
    texts = [text for *_, text in menu_links(render_tag("{% main_menu %}", pages["over"], language="en"))]
    assert texts == ["About"]


def test_breadcrumbs_follow_the_tree(pages):
    html = render_tag("{% breadcrumbs %}", pages["post"])
    crumbs = re.findall(r'<a itemprop="item" href="([^"]+)"><span itemprop="name">([^<]+)</span>', html)
    assert crumbs == [("/nl/", "Home"), ("/nl/actueel/", "Actueel"), ("/nl/actueel/blog/", "Blog")]
    assert '<span itemprop="name" aria-current="page">Dagdroom over negen maanden</span>' in html
    assert 'itemtype="https://schema.org/BreadcrumbList"' in html
    assert re.findall(r'itemprop="position" content="(\d)"', html) == ["1", "2", "3", "4"]
    assert '<meta itemprop="item" content="http://testserver/nl/actueel/blog/dagdroom/">' in html


def test_home_page_has_no_breadcrumbs(home_page):
    assert "breadcrumbs" not in render_tag("{% breadcrumbs %}", home_page)


@pytest.fixture
def footer(pages):
    return FooterContentFactory(
        footer_links=[("link", pages["over"]), ("link", pages["contact"])],
    )


def test_footer_shows_contact_details_and_links(footer, pages):
    html = render_tag("{% site_footer %}", pages["over"])
    assert "Museumpark 40<br>" in html
    assert "3015 CX Rotterdam<br>" in html
    assert "Kamer MP.L03.105" in html
    assert '<a href="tel:0107945676">010 794 5676</a>' in html
    assert (
        '<a href="mailto:info@werkplaatssociaaldomeinzhz.nl">info@werkplaatssociaaldomeinzhz.nl</a>' in html
    )
    assert '<li><a href="/nl/over/">Over de werkplaats</a></li>' in html
    assert '<li><a href="/nl/contact/">Contact</a></li>' in html
    assert "Meld je aan voor de nieuwsbrief." in html


def test_footer_shows_partners_with_logos_and_links(home_page):
    PartnerFactory(name="Hogeschool Inholland", url="https://www.inholland.nl/", sort_order=2)
    PartnerFactory(name="Hogeschool Rotterdam", url="https://www.hogeschoolrotterdam.nl/", sort_order=1)
    html = render_tag("{% site_footer %}", home_page)
    assert "In samenwerking met" in html
    partners = re.findall(
        r'<a class="partners__link" href="([^"]+)">\s*'
        r'<img src="[^"]+" width="\d+" height="\d+" alt="([^"]+)"',
        html,
    )
    assert partners == [
        ("https://www.hogeschoolrotterdam.nl/", "Hogeschool Rotterdam"),
        ("https://www.inholland.nl/", "Hogeschool Inholland"),
    ]


def test_footer_shows_social_links_from_the_settings(site, home_page):
    SocialMediaSettings.objects.update_or_create(
        site=site, defaults={"twitter_url": "https://x.com/werkplaats", "linkedin_url": ""}
    )
    html = render_tag("{% site_footer %}", home_page)
    assert "Volg de werkplaats" in html
    assert '<a class="social-links__link" href="https://x.com/werkplaats" rel="me">X / Twitter</a>' in html
    assert "LinkedIn" not in html


@pytest.mark.django_db
def test_page_shows_the_whole_chrome(client, menu, footer, home_page):
    PartnerFactory(name="Gemeente Schiedam")
    html = client.get("/nl/").content.decode()
    assert '<html lang="nl">' in html
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    assert 'href="/nl/actueel/"' in html
    assert "Museumpark 40" in html
    assert 'alt="Gemeente Schiedam"' in html


def test_empty_site_renders_without_chrome_content(client, home_page):
    response = client.get("/nl/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="main-nav"' not in html
    assert "Contactgegevens" not in html
    assert "In samenwerking met" not in html


@pytest.fixture
def no_site(home_page):
    """No Site at all; Wagtail's cached site root paths are cleared again afterwards."""
    Site.objects.all().delete()
    yield
    cache.clear()


def test_chrome_without_any_site_does_not_crash(home_page, no_site):
    html = render_tag("{% main_menu %}{% breadcrumbs %}{% site_footer %}", home_page)
    assert 'class="site-footer"' in html


def chrome_queries(page):
    """Queries of the chrome built afresh (cache emptied), and the SQL of a second rendering."""
    cache.clear()
    Site.get_site_root_paths()  # Wagtail's own cache of where the sites start, kept warm in production
    request = RequestFactory().get(page.url)
    template = Template("{% load navigation_tags %}{% main_menu %}{% breadcrumbs %}{% site_footer %}")
    with translation.override("nl"), CaptureQueriesContext(connection) as queries:
        template.render(Context({"request": request, "page": page}))
    with CaptureQueriesContext(connection) as repeat:
        template.render(Context({"request": request, "page": page}))
    return len(queries), [query["sql"] for query in repeat.captured_queries]


def test_chrome_costs_the_same_queries_whatever_its_size(menu, footer, pages, home_page):
    PartnerFactory()
    footer.footer_links = [("link", pages[name]) for name in ("over", "contact", "blog")]
    footer.save()
    render_tag("{% site_footer %}", home_page)  # creates the logo renditions once
    small, _ = chrome_queries(pages["post"])

    for number in range(5):
        extra = add_page(home_page, StandardPage, title=f"Pagina {number}", slug=f"pagina-{number}")
        MainMenuItemFactory(menu=menu, page=extra)
        PartnerFactory()
    render_tag("{% site_footer %}", home_page)
    large, repeat = chrome_queries(pages["post"])

    assert large == small
    # The snippets are read once and then come from the cache, per site and language.
    assert not [sql for sql in repeat if re.search(r'"home_(mainmenu|footercontent|partner)', sql)]


def test_cached_chrome_is_renewed_when_an_editor_changes_it(menu, footer, pages, home_page):
    assert "Museumpark 40" in render_tag("{% site_footer %}", home_page)
    footer.address = "Nieuwe straat 1\n3000 AA Rotterdam"
    footer.save()
    assert "Nieuwe straat 1" in render_tag("{% site_footer %}", home_page)
    pages["over"].title = "Over ons"
    pages["over"].save_revision().publish()
    assert "Over ons" in render_tag("{% main_menu %}", home_page)


def test_chrome_renders_in_the_preview_of_a_new_page(admin_client, menu, footer, home_page):
    url = f"/admin/pages/add/home/standardpage/{home_page.pk}/preview/"
    data = {"title": "Routebeschrijving", "slug": "routebeschrijving", "intro": "", "body-count": "0"}
    assert admin_client.post(url, data).json()["is_valid"]
    html = admin_client.get(url).content.decode()
    assert '<span itemprop="name" aria-current="page">Routebeschrijving</span>' in html
    assert 'href="/nl/actueel/"' in html
    assert "Museumpark 40" in html


def test_demo_chrome_loads_twice_without_duplicates(pages, site):
    models = (MainMenuItem, FooterContent, Partner, get_image_model())
    demo_chrome.load(StringIO())
    counts = [model.objects.count() for model in models]
    output = StringIO()
    demo_chrome.load(output)

    assert [
        model.objects.count() for model in (MainMenuItem, FooterContent, Partner, get_image_model())
    ] == counts
    # The pages that exist are linked; the missing ones are reported, not invented.
    assert [item.page.slug for item in MainMenuItem.objects.order_by("sort_order")] == [
        "actueel",
        "over",
        "contact",
    ]
    assert "'werkteams'" in output.getvalue()
    footer = FooterContent.objects.get()
    assert (footer.room, footer.email) == ("MP.L03.105", "info@werkplaatssociaaldomeinzhz.nl")
    assert [block.value.slug for block in footer.footer_links] == ["over", "contact"]
    assert "Gemeente Schiedam" in Partner.objects.values_list("name", flat=True)
    assert SocialMediaSettings.for_site(site).linkedin_url.startswith("https://www.linkedin.com/")


@pytest.mark.parametrize("model_name", ["mainmenu", "footercontent", "partner"])
def test_editors_find_the_chrome_snippets_in_the_admin(admin_client, model_name, footer, menu):
    PartnerFactory()
    listing = admin_client.get(f"/admin/snippets/home/{model_name}/")
    assert listing.status_code == 200
    edit_url = re.search(rf'href="(/admin/snippets/home/{model_name}/edit/\d+/)"', listing.content.decode())
    assert admin_client.get(edit_url.group(1)).status_code == 200
