"""Demo content for the site chrome: main menu, footer, partners and social links.

Runs after the modules that create the pages, because the menu and the footer link to them.
Safe to run again: everything is looked up by its natural key and updated in place.
"""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.models import FooterContent, MainMenu, MainMenuItem, Partner, SocialMediaSettings

from .content.chrome import FOOTER_NEWSLETTER_TEXT
from .images import PALETTE

MENU_SLUGS = ["actueel", "werkteams", "magazine", "over", "contact"]
# Issue 14 point 8: privacy, the accessibility statement and the newsletter are linked from every page.
FOOTER_LINK_SLUGS = ["over", "routebeschrijving", "contact", "nieuwsbrief", "privacy", "toegankelijkheid"]

FOOTER = {
    "organisation_name": "Werkplaats Sociaal Domein Zuid-Holland Zuid",
    "address": "Museumpark 40\n3015 CX Rotterdam",
    "room": "MP.L03.105",
    "phone": "010 794 5676",
    "email": "info@werkplaatssociaaldomeinzhz.nl",
    "newsletter_text": FOOTER_NEWSLETTER_TEXT["nl"],
}

# The partners the seed pages name: the two universities of applied sciences that lead the
# Werkplaats and the municipalities and organisations its werkteams work with.
PARTNERS = [
    ("Hogeschool Rotterdam", "https://www.hogeschoolrotterdam.nl/"),
    ("Hogeschool Inholland", "https://www.inholland.nl/"),
    ("Gemeente Schiedam", "https://www.schiedam.nl/"),
    ("Gemeente Vlaardingen", "https://www.vlaardingen.nl/"),
    ("BAR-organisatie", "https://www.bar-organisatie.nl/"),
]

SOCIAL = {
    "twitter_url": "https://x.com/WerkplaatsSDZHZ",
    "linkedin_url": "https://www.linkedin.com/company/werkplaats-sociaal-domein-zuid-holland-zuid/",
}


def partner_logo(name, colour_index):
    """A generated wordmark for a partner (idempotent: found again by its title)."""
    Image = get_image_model()
    title = f"Logo {name}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PILImage.new("RGB", (480, 160), "#ffffff")
    draw = ImageDraw.Draw(canvas)
    colour = PALETTE[colour_index % len(PALETTE)]
    draw.rectangle([0, 0, 24, 160], fill=colour)
    font = ImageFont.load_default(size=38)
    words = name.split(" ", 1)
    for line, text in enumerate(words):
        draw.text((48, 30 + line * 52), text, fill=colour if line == 0 else "#1d2327", font=font)
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    filename = "logo-" + "".join(ch if ch.isalnum() else "-" for ch in name.lower()) + ".png"
    image = Image(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image


def dutch_page(locale, slug):
    return Page.objects.filter(locale=locale, slug=slug, depth__gt=2).order_by("depth").first()


def find_pages(locale, slugs, stdout):
    pages = []
    for slug in slugs:
        page = dutch_page(locale, slug)
        if page is None:
            stdout.write(f"Chrome: geen pagina met slug '{slug}'; die link ontbreekt.")
        else:
            pages.append(page)
    return pages


def load_menu(locale, stdout):
    menu, _ = MainMenu.objects.get_or_create(locale=locale, defaults={"title": "Hoofdmenu"})
    for order, page in enumerate(find_pages(locale, MENU_SLUGS, stdout)):
        MainMenuItem.objects.update_or_create(menu=menu, page=page, defaults={"sort_order": order})


def load_footer(locale, stdout):
    pages = find_pages(locale, FOOTER_LINK_SLUGS, stdout)
    footer = FooterContent.objects.filter(locale=locale).first() or FooterContent(locale=locale)
    unchanged = footer.pk and [block.value.pk for block in footer.footer_links] == [page.pk for page in pages]
    if unchanged and all(getattr(footer, name) == value for name, value in FOOTER.items()):
        # Saving again would give the links new block ids, which wagtail-localize counts as new
        # strings to translate.
        return
    for name, value in FOOTER.items():
        setattr(footer, name, value)
    footer.footer_links = [("link", page) for page in pages]
    footer.save()


def load_partners(locale):
    for order, (name, url) in enumerate(PARTNERS):
        Partner.objects.update_or_create(
            locale=locale,
            name=name,
            defaults={"url": url, "sort_order": order, "logo": partner_logo(name, order)},
        )


def load_social_links():
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    social = SocialMediaSettings.for_site(site)
    for field, url in SOCIAL.items():
        setattr(social, field, url)
    social.save()


def load(stdout):
    locale = Locale.get_default()
    load_menu(locale, stdout)
    load_footer(locale, stdout)
    load_partners(locale)
    load_social_links()
    stdout.write("Menu, voettekst, partners en sociale media bijgewerkt.")
