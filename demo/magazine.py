"""Demo content for the magazine: the issue "Verbondenheid en Veerkracht".

Five articles on the werkteam that worked on loneliness in Barendrecht, Schiedam and Vlaardingen
(January 2018 to November 2019), retold from the press release; the words are in
demo/content/magazine.py. Safe to run again: pages and images are looked up and updated in place.
"""

from datetime import date, datetime
from uuid import NAMESPACE_URL, uuid5

from django.db.models import Q
from django.utils import timezone
from wagtail import blocks
from wagtail.models import Locale

from articles.models import WerkteamPage
from home.models import HomePage
from magazine.blocks import MagazineStreamBlock
from magazine.models import MagazineArticlePage, MagazineIndexPage, MagazineIssuePage

from .content import magazine as content
from .images import demo_image
from .pages import set_people, set_tags, upsert_page


def find_werkteam(locale):
    """The werkteam whose platform worked on verbondenheid en veerkracht, if it was loaded."""
    return (
        WerkteamPage.objects.filter(locale=locale)
        .filter(Q(slug="platform-ontmoeting-en-innovatie") | Q(municipalities__icontains="Barendrecht"))
        .first()
    )


def with_images(value, images):
    """Block data with the content's image names ("wijk") replaced by the images' ids."""
    if isinstance(value, dict):
        return {
            key: images[item].pk if key == "image" and isinstance(item, str) else with_images(item, images)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [with_images(item, images) for item in value]
    return value


def with_ids(block, value, path):
    """Raw block data with list items in Wagtail's block format and ids derived from the path.

    Stable ids keep wagtail-localize's translation segments valid when the demo is loaded again.
    """
    if isinstance(block, blocks.ListBlock):
        return [
            {
                "type": "item",
                "value": with_ids(block.child_block, item, f"{path}.{position}"),
                "id": str(uuid5(NAMESPACE_URL, f"magazine-demo:{path}.{position}")),
            }
            for position, item in enumerate(value)
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: with_ids(block.child_blocks[name], item, f"{path}.{name}") for name, item in value.items()
        }
    return value


def body(slug, *items):
    children = MagazineStreamBlock().child_blocks
    return [
        {
            "type": kind,
            "value": with_ids(children[kind], value, f"{slug}.{position}"),
            "id": str(uuid5(NAMESPACE_URL, f"magazine-demo:{slug}.{position}")),
        }
        for position, (kind, value) in enumerate(items)
    ]


def load(stdout):
    locale = Locale.objects.get(language_code="nl")
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is None:
        raise RuntimeError("De homepage ontbreekt; draai eerst `manage.py migrate`.")
    images = {
        "cover": demo_image("Magazine: Verbondenheid en Veerkracht", 0),
        "wijk": demo_image("Magazine: bijeenkomst in de wijk", 1),
        "workshop": demo_image("Magazine: workshop", 2),
        "kenniscafe": demo_image("Magazine: kenniscafé", 3),
        "hand": demo_image("Magazine: werkvorm de hand", 4),
        "fiets": demo_image("Magazine: Fietsmaatjes Schiedam", 5),
    }
    werkteam = find_werkteam(locale)
    # The press release of 9 March 2020 points to the issue; without this the demo would date it
    # to the first load.
    published = timezone.make_aware(datetime(2020, 3, 9, 10, 0))

    index_fields = dict(content.INDEX["nl"])
    index = upsert_page(home, MagazineIndexPage, index_fields.pop("slug"), **index_fields)

    issue_fields = dict(content.ISSUE["nl"])
    issue = upsert_page(
        index,
        MagazineIssuePage,
        issue_fields.pop("slug"),
        # The seed names no authors of the magazine.
        relations={"contributors": set_people("contributors", [])},
        first_published_at=published,
        issue_number=1,
        issue_date=date(2020, 3, 9),
        cover_image=images["cover"],
        **issue_fields,
    )

    for data in content.ARTICLES:
        fields = dict(data["nl"])
        slug, tags = fields.pop("slug"), fields.pop("tags")
        article_body = body(slug, *[(kind, with_images(value, images)) for kind, value in fields.pop("body")])
        upsert_page(
            issue,
            MagazineArticlePage,
            slug,
            relations={"tags": set_tags(tags), "authors": set_people("authors", [])},
            first_published_at=published,
            hero_image=images[data["hero"]],
            werkteam=werkteam,
            body=article_body,
            **fields,
        )
    stdout.write("Magazine 'Verbondenheid en Veerkracht' geladen.")
