"""Demo content for the magazine: the issue "Verbondenheid en Veerkracht".

Five articles on the werkteam that worked on loneliness in Barendrecht, Schiedam and Vlaardingen
(January 2018 to November 2019); together they use every block of MagazineStreamBlock. Safe to
run again: pages, people, images and the document are looked up and updated in place.
"""

from datetime import date, datetime
from uuid import NAMESPACE_URL, uuid5

from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils import timezone
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.models import Locale

from articles.models import WerkteamPage
from home.models import HomePage, Person
from magazine.blocks import MagazineStreamBlock
from magazine.models import MagazineArticlePage, MagazineIndexPage, MagazineIssuePage

from .images import demo_image
from .pages import set_people, set_tags, upsert_page

# Kennisclips are hosted on Vimeo; the video block shows title, link and transcript even
# when the player cannot be loaded.
CLIP_DE_HAND = "https://vimeo.com/395561023"
CLIP_KENNISCAFE = "https://vimeo.com/395563318"

PEOPLE = {
    "Guido Walraven": ("lector Dynamiek van de Stad", "Hogeschool Inholland"),
    "David ter Avest": ("onderzoeker Dynamiek van de Stad", "Hogeschool Inholland"),
    "Elizabeth van Twist": ("onderzoeker Dynamiek van de Stad", "Hogeschool Inholland"),
}


def text(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def image_value(image, alt_text):
    return {"image": image.pk, "alt_text": alt_text, "decorative": False}


def werkblad():
    Document = get_document_model()
    title = "Werkblad werkvorm de hand"
    document = Document.objects.filter(title=title).first()
    if document is None:
        content = (
            "Werkvorm de hand\n\n"
            "1. Trek je hand over op een vel papier.\n"
            "2. Schrijf bij elke vinger iets op: wie ben je, wat geeft je energie, wie is belangrijk "
            "voor je, waar maak je je zorgen over, wat wens je.\n"
            "3. Vertel elkaar in tweetallen over je hand; de ander vraagt door.\n"
            "4. Deel in de groep wat je hebt gehoord en wat je verraste.\n"
        )
        document = Document(title=title)
        document.file.save("werkblad-de-hand.txt", ContentFile(content.encode()), save=False)
        document.save()
    return document


def people(locale):
    found = {}
    for name, (role, organisation) in PEOPLE.items():
        person = Person.objects.filter(name=name, locale=locale).first() or Person(name=name, locale=locale)
        person.role = person.role or role
        person.organisation = person.organisation or organisation
        person.save()
        found[name] = person
    return found


def find_werkteam(locale):
    """The content demo's werkteam on loneliness, if it was loaded."""
    return (
        WerkteamPage.objects.filter(locale=locale)
        .filter(
            Q(slug__in=["verbondenheid-en-veerkracht", "eenzaamheid", "werkteam-eenzaamheid"])
            | Q(municipalities__icontains="Barendrecht")
        )
        .first()
    )


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


def articles(images, document):
    """(slug, title, standfirst, hero, authors, tags, body) of the five articles, in order."""
    return [
        (
            "van-eenzaamheid-naar-verbondenheid",
            "Van eenzaamheid naar verbondenheid",
            "Het werkteam koos ervoor niet te praten over wat er mis is, maar over wat er kan groeien. "
            "Waarom die andere blik ertoe doet.",
            images["cover"],
            ["David ter Avest", "Elizabeth van Twist"],
            ["eenzaamheid", "verbondenheid"],
            body(
                "van-eenzaamheid-naar-verbondenheid",
                (
                    "section",
                    {
                        "style": "lead",
                        "text": text(
                            "Iedereen voelt zich weleens eenzaam. Dat is menselijk. Het wordt een probleem "
                            "als eenzaamheid iemand belemmert om mee te doen met wat hij of zij wil."
                        ),
                    },
                ),
                ("chapter", {"heading_text": "Een positieve vraag", "size": "h2", "anchor": ""}),
                (
                    "paragraph",
                    text(
                        "Het werkteam formuleerde zijn opdracht bewust positief: niet het tegengaan van "
                        "eenzaamheid, maar het stimuleren van verbondenheid en veerkracht. Dat opent het "
                        "gesprek voor iedereen, ook voor wie zichzelf nooit eenzaam zou noemen.<sup>[1]</sup>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Het werkteam in cijfers",
                        "figures": [
                            {"figure": "3", "label": "gemeenten: Barendrecht, Schiedam en Vlaardingen"},
                            {"figure": "23", "label": "maanden, van januari 2018 tot november 2019"},
                            {"figure": "5", "label": "praktijkorganisaties aan tafel"},
                        ],
                        "source": "Werkplaats Sociaal Domein Zuid-Holland Zuid",
                    },
                ),
                (
                    "pull_quote",
                    {
                        "quote": "Iedereen kan zorgen voor meer verbondenheid, vanuit welke rol ook.",
                        "attribution": "Guido Walraven",
                        "role": "lector Dynamiek van de Stad",
                    },
                ),
                ("chapter", {"heading_text": "Wie deden er mee?", "size": "h2", "anchor": "deelnemers"}),
                (
                    "paragraph",
                    text(
                        "Beleidsmakers van de drie gemeenten werkten samen met Minters, Mooi Werk, "
                        "Seniorenwelzijn, Dock en de Kansenfabriek, met vrijwilligers, studenten en "
                        "docentonderzoekers."
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "De kernvraag was steeds: hoe kom je tot een aanpak die blijft werken?",
                        "attribution": "David ter Avest",
                        "role": "onderzoeker",
                    },
                ),
                (
                    "footnotes",
                    {
                        "title": "Noten",
                        "notes": [
                            {
                                "text": text(
                                    "Onderzoekers onderscheiden sociale, emotionele en existentiële "
                                    "eenzaamheid."
                                )
                            }
                        ],
                    },
                ),
                (
                    "references",
                    {
                        "title": "Literatuur",
                        "references": [
                            {
                                "citation": "Werkplaats Sociaal Domein Zuid-Holland Zuid (2020). "
                                "Verbondenheid en Veerkracht. Online magazine.",
                                "url": "",
                            }
                        ],
                    },
                ),
            ),
        ),
        (
            "zo-werkte-het-werkteam",
            "Zo werkte het werkteam",
            "Workshops, kenniscafés en kleine bijeenkomsten in de wijk: het werkteam maakte ruimte voor "
            "verhalen, kennis en ervaring.",
            images["wijk"],
            ["Elizabeth van Twist"],
            ["werkteam", "verbondenheid"],
            body(
                "zo-werkte-het-werkteam",
                ("chapter", {"heading_text": "Samen doen", "size": "h2", "anchor": ""}),
                (
                    "text_image",
                    {
                        "text": text(
                            "Wie een probleem echt wil aanpakken, doet dat samen: professionals en bewoners "
                            "naast elkaar. Daarom zocht het werkteam bewoners op waar ze al waren: in het "
                            "buurthuis, bij de koffieochtend, op straat."
                        ),
                        "image": image_value(
                            images["wijk"], "Bewoners en professionals aan tafel in een buurthuis"
                        ),
                        "caption": "Een kenniscafé in de wijk",
                        "image_position": "right",
                    },
                ),
                ("heading", {"heading_text": "Kennis delen", "size": "h3", "anchor": ""}),
                (
                    "paragraph",
                    text(
                        "Het werkteam verzamelde literatuur en goede voorbeelden en deelde die met elkaar. "
                        "Dat gaf inspiratie om als professionals en bewoners samen te werken."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Laagdrempelig beginnen",
                        "text": text(
                            "Een kop koffie en één open vraag zijn vaak genoeg om een gesprek te starten."
                        ),
                    },
                ),
                (
                    "gallery",
                    {
                        "title": "Bijeenkomsten van het werkteam",
                        "images": [
                            {
                                "image": image_value(images["workshop"], "Deelnemers van een workshop"),
                                "caption": "Workshop in Barendrecht",
                            },
                            {
                                "image": image_value(images["kenniscafe"], "Gesprek tijdens een kenniscafé"),
                                "caption": "Kenniscafé in Vlaardingen",
                            },
                            {
                                "image": image_value(images["wijk"], "Bewoners in gesprek"),
                                "caption": "Bijeenkomst in Schiedam",
                            },
                        ],
                        "credit": "Werkplaats Sociaal Domein",
                    },
                ),
                (
                    "image",
                    {
                        "image": image_value(images["kenniscafe"], "Een volle zaal tijdens het slotcafé"),
                        "caption": "Het slotcafé in november 2019",
                        "credit": "Werkplaats Sociaal Domein",
                        "width": "full",
                    },
                ),
            ),
        ),
        (
            "de-hand",
            "De hand: een werkvorm voor het echte gesprek",
            "Met een omgetrokken hand op papier kom je snel tot een gesprek van mens tot mens. "
            "Zo gebruik je de werkvorm in een nieuwe of bestaande groep.",
            images["hand"],
            ["David ter Avest"],
            ["werkvorm", "verbondenheid"],
            body(
                "de-hand",
                (
                    "paragraph",
                    text(
                        "Werkteamleden gebruikten 'de hand' om in bewonersgroepen snel een verdiepend "
                        "gesprek te voeren. De werkvorm is eenvoudig en vraagt weinig voorbereiding."
                    ),
                ),
                (
                    "werkvorm",
                    {
                        "name": "De hand",
                        "goal": "In korte tijd een persoonlijk gesprek op gang brengen, ook tussen mensen "
                        "die elkaar niet kennen.",
                        "steps": [
                            "Iedereen trekt de eigen hand over op een vel papier.",
                            "Schrijf bij elke vinger iets over jezelf: wie je bent, wat je energie geeft, "
                            "wie belangrijk voor je is, waar je je zorgen over maakt en wat je wenst.",
                            "Vertel elkaar in tweetallen over je hand; de luisteraar vraagt door.",
                            "Deel in de groep wat je hoorde en wat je verraste.",
                        ],
                        "duration": "30 tot 45 minuten",
                        "group_size": "4 tot 16 mensen",
                        "materials": ["Papier", "Stiften", "Een rustige ruimte"],
                    },
                ),
                (
                    "video",
                    {
                        "url": CLIP_DE_HAND,
                        "title": "Kennisclip: zo werkt de hand",
                        "duration": "3:40",
                        "transcript": text(
                            "Een werkteamlid legt uit hoe ze de hand gebruikt in een bewonersgroep: "
                            "iedereen tekent de eigen hand, vult de vingers in en vertelt erover. "
                            "Binnen een kwartier gaat het gesprek over wat mensen echt bezighoudt."
                        ),
                    },
                ),
                (
                    "document",
                    {
                        "document": document.pk,
                        "title": "Werkblad de hand",
                        "description": "De stappen om uit te printen en mee te nemen naar je groep.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "",
                        "text": text("Niemand hoeft alles te vertellen: wie een vinger leeg laat, mag dat."),
                    },
                ),
            ),
        ),
        (
            "fietsmaatjes-schiedam",
            "Fietsmaatjes Schiedam: samen op de duofiets",
            "Uit de ervaring van vrijwilligers ontstond een nieuw project: Fietsmaatjes Schiedam.",
            images["fiets"],
            ["Elizabeth van Twist"],
            ["vrijwilligers", "verbondenheid"],
            body(
                "fietsmaatjes-schiedam",
                (
                    "text_image",
                    {
                        "text": text(
                            "Vrijwilligers brachten hun eigen deskundigheid mee in het werkteam. Daaruit "
                            "groeide Fietsmaatjes Schiedam: een vrijwilliger en een bewoner die er minder "
                            "makkelijk op uit gaat, maken samen een fietstocht."
                        ),
                        "image": image_value(images["fiets"], "Twee mensen op een duofiets"),
                        "caption": "",
                        "image_position": "left",
                    },
                ),
                (
                    "interview",
                    {
                        "interviewee": "Elizabeth van Twist",
                        "role": "onderzoeker",
                        "questions": [
                            {
                                "question": "Wat heeft het werkteam geleerd?",
                                "answer": text(
                                    "Dat echte belangstelling mensen laat openstaan. Dan vertellen ze over "
                                    "wat hen dwarszit en ontstaat er contact."
                                ),
                            },
                            {
                                "question": "Welke rol speelden vrijwilligers?",
                                "answer": text(
                                    "Een grote. Hun ervaring en netwerk leidden tot nieuwe projecten, "
                                    "zoals Fietsmaatjes Schiedam."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "Samen iets doen brengt mensen dichter bij elkaar dan erover praten.",
                        "attribution": "",
                        "role": "",
                    },
                ),
            ),
        ),
        (
            "wat-we-leerden",
            "Wat we leerden over verbondenheid en veerkracht",
            "De menselijke maat, positieve emoties en het voorbeeld van professionals: de opbrengsten "
            "van twee jaar werken aan verbondenheid.",
            images["cover"],
            ["David ter Avest", "Elizabeth van Twist"],
            ["eenzaamheid", "werkteam"],
            body(
                "wat-we-leerden",
                ("chapter", {"heading_text": "De menselijke maat", "size": "h2", "anchor": ""}),
                (
                    "section",
                    {
                        "style": "normal",
                        "text": text(
                            "Wat iemand nodig heeft, verschilt per persoon; dat verdient erkenning. Wie "
                            "mensen raakt en positieve emoties oproept, ziet ook hun doen en laten "
                            "veranderen."
                        ),
                    },
                ),
                ("chapter", {"heading_text": "Professionals als voorbeeld", "size": "h2", "anchor": ""}),
                (
                    "paragraph",
                    text(
                        "Door zelf mee te doen lieten sociaal professionals zien hoe je bewoners bereikt. "
                        "De cultuursector hielp bewoners onderling nieuwe, blijvende contacten te leggen."
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "Met workshops, kenniscafés en bijeenkomsten in de wijk maakten we ruimte "
                        "voor persoonlijke verhalen.",
                        "attribution": "Elizabeth van Twist",
                        "role": "onderzoeker",
                    },
                ),
                (
                    "video",
                    {
                        "url": CLIP_KENNISCAFE,
                        "title": "Kennisclip: het kenniscafé",
                        "duration": "",
                        "transcript": "",
                    },
                ),
                (
                    "references",
                    {
                        "title": "Meer lezen",
                        "references": [
                            {
                                "citation": "Dynamiek van de Stad, Hogeschool Inholland: onderzoek naar "
                                "stedelijk burgerschap en sociale innovatie.",
                                "url": "",
                            }
                        ],
                    },
                ),
            ),
        ),
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
    found_people = people(locale)
    werkteam = find_werkteam(locale)
    # The issue appeared on 9 March 2020; without this the demo would date it to the first load.
    published = timezone.make_aware(datetime(2020, 3, 9, 10, 0))

    index = upsert_page(
        home,
        MagazineIndexPage,
        "magazine",
        title="Magazine",
        intro="Wat de werkteams leerden, gedeeld om anderen te inspireren.",
    )

    issue = upsert_page(
        index,
        MagazineIssuePage,
        "verbondenheid-en-veerkracht",
        relations={"contributors": set_people("contributors", [found_people[name] for name in PEOPLE])},
        title="Verbondenheid en Veerkracht",
        first_published_at=published,
        issue_number=1,
        issue_date=date(2020, 3, 9),
        cover_image=images["cover"],
        intro=text(
            "Van januari 2018 tot november 2019 werkte een werkteam van de Werkplaats in Barendrecht, "
            "Schiedam en Vlaardingen aan verbondenheid en veerkracht. In dit magazine delen de leden hun "
            "werkwijze en wat ze leerden, zodat anderen ermee verder kunnen."
        ),
    )

    for slug, title, standfirst, hero, authors, tags, article_body in articles(images, werkblad()):
        upsert_page(
            issue,
            MagazineArticlePage,
            slug,
            relations={
                "tags": set_tags(tags),
                "authors": set_people("authors", [found_people[name] for name in authors]),
            },
            title=title,
            first_published_at=published,
            standfirst=standfirst,
            hero_image=hero,
            werkteam=werkteam,
            body=article_body,
        )
    stdout.write("Magazine 'Verbondenheid en Veerkracht' geladen.")
