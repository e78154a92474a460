"""Demo content for Actueel and the werkteams: the five seed pages as real pages.

Facts (names, dates, places, quotes) come from the seed pages; intros and bios are written
for the demo. Safe to run again: pages are found by slug, people by name, and pages are only
published again when their demo content changed.
"""

from datetime import date, datetime

from django.utils import timezone
from wagtail.models import Locale

from articles.models import (
    ActueelIndexPage,
    BlogIndexPage,
    BlogPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    WerkteamIndexPage,
    WerkteamPage,
    split_dated_title,
)
from home.models import HomePageFeaturedItem, Person

from .images import demo_image
from .pages import dutch_home, set_people, set_tags, upsert_page

PEOPLE = {
    "Elizabeth van Twist": {
        "role": "werkgroepleider en onderzoeker",
        "organisation": "Werkplaats Sociaal Domein Zuid-Holland Zuid",
        "bio": (
            "Elizabeth van Twist leidt werkgroepen in de Werkplaats en onderzoekt hoe professionals en "
            "bewoners samen leren. In haar blogs deelt ze wat haar werkgroep onderweg ontdekt, voor "
            "iedereen die met de veranderingen in het sociaal domein bezig is."
        ),
    },
    "David ter Avest": {
        "role": "onderzoeker",
        "organisation": "Lectoraat Dynamiek van de Stad, Hogeschool Inholland",
        "bio": "David ter Avest onderzoekt met werkteams hoe verbondenheid en veerkracht in wijken groeien.",
    },
    "Guido Walraven": {
        "role": "lector Dynamiek van de Stad",
        "organisation": "Hogeschool Inholland",
        "bio": "Guido Walraven is lector Dynamiek van de Stad en trekt samen met Toby Witte de Werkplaats.",
    },
}

MIXED_TEAM = (
    "beleidsmakers\nsociaal professionals\ndocentonderzoekers\nsociaal ondernemers\nvrijwilligers\nbewoners"
)

WERKTEAMS = [
    {
        "slug": "intergenerationele-problematiek",
        "title": "Preventie van intergenerationele problematiek",
        "number": None,
        "theme": "Werkzame elementen in casuïstiek voor de preventie van intergenerationele problematiek",
        "municipalities": "",
        "member_roles": MIXED_TEAM,
        "intro": "Dit werkteam zoekt in echte casussen naar wat werkt om problemen niet door te laten gaan "
        "naar de volgende generatie.",
        "colour": 0,
    },
    {
        "slug": "informeel-formeel",
        "title": "Informeel-formeel",
        "number": 2,
        "theme": "Burgerkracht als doorzettingskracht: samen met bewoners politici in beweging krijgen "
        "tegen armoede",
        "period_start": date(2017, 10, 1),
        "municipalities": "Rotterdam en omliggende gemeenten",
        "member_roles": MIXED_TEAM,
        "intro": "Werkteam 2 draait het om: formele instellingen schuiven aan bij bewoners aan de "
        "keukentafel.",
        "colour": 1,
    },
    {
        "slug": "platform-ontmoeting-en-innovatie",
        "title": "Platform ontmoeting en innovatie",
        "number": None,
        "theme": "Platforms waar bewoners, professionals en onderzoekers elkaar ontmoeten, zoals in "
        "Coolhaven",
        "municipalities": "Rotterdam",
        "member_roles": MIXED_TEAM,
        "intro": "Dit werkteam zet platforms op waar mensen elkaar ontmoeten en samen iets nieuws beginnen.",
        "colour": 2,
    },
    {
        "slug": "verbondenheid-en-veerkracht",
        "title": "Verbondenheid en veerkracht",
        "number": None,
        "theme": "Een duurzame aanpak tegen eenzaamheid: verbondenheid en veerkracht stimuleren",
        "period_start": date(2018, 1, 1),
        "period_end": date(2019, 11, 30),
        "municipalities": "Barendrecht, Schiedam en Vlaardingen",
        "member_roles": (
            "beleidsafdelingen van gemeenten\npraktijkorganisaties (Minters, Mooi Werk, Seniorenwelzijn, "
            "Dock, "
            "Kansenfabriek)\nvrijwilligers\nonderzoekers van Dynamiek van de Stad\nstudenten"
        ),
        "intro": "Anderhalf jaar werkte dit werkteam in drie gemeenten aan wat mensen met elkaar verbindt.",
        "colour": 3,
    },
]

BLOG_BODY = [
    (
        "paragraph",
        "<p>Als één van de deelnemers van de Werkplaats Sociaal Domein Zuid-Holland Zuid heb ik me als "
        "werkgroepleider van de werkgroep doorontwikkeling sociale wijkteams verbonden aan de opdracht om de "
        "kwaliteit van leven van Zuid-Holland Zuiders te bevorderen. Geweldig zo’n ambitieuze opdracht en nu "
        "het wát duidelijk is, rijst de vraag ‘hoe’ we dat dan gaan doen.</p>"
        "<p>De werkgroepen zijn op 10 oktober 2016 van start gegaan en juni 2017 moeten er doelen behaald en "
        "resultaten geboekt zijn. Gelukkig ben ik één van ‘de blije eikels’ zoals Jeroen "
        "Busscher<sup>[1]</sup> "
        "die definieert: iemand die altijd enthousiast is en alles door een roze bril bekijkt. Daarom wil ik "
        "je even meenemen in mijn dagdroom over wat we in die negen maanden kunnen bereiken.</p>"
        "<p>Als we nu zaaien door verschillende ontmoetingen te organiseren, kunnen we over negen "
        "maanden al de "
        "eerste waardevolle verhalen over kwaliteit van leven oogsten…</p>",
    ),
    (
        "footnotes",
        {"title": "Noten", "notes": [{"text": "<p>Busscher, J. (2013) ‘De kracht van de roze bril’.</p>"}]},
    ),
]

POSTS = [
    {
        "model": BlogPage,
        "slug": "dagdroom-negen-maanden",
        "title": "Blog 2: Dagdroom over wat we in negen maanden kunnen bereiken",
        "date": date(2016, 11, 3),
        "intro": "Wat kan een werkgroep in negen maanden voor de kwaliteit van leven in de regio betekenen? "
        "Een optimistische blik vooruit.",
        "body": BLOG_BODY,
        "authors": ["Elizabeth van Twist"],
        "tags": ["kwaliteit van leven", "sociale wijkteams"],
        "colour": 4,
    },
    {
        "model": NewsPage,
        "slug": "het-hart-van-de-werkplaats",
        "imported_title": "11-07-18: Het hart van de Werkplaats",
        "intro": "Vier werkteams zijn actief in de regio. Na een half jaar blikken ze terug en kijken ze "
        "vooruit.",
        "body": [
            (
                "paragraph",
                "<p>Sinds eind 2017 zijn de werkteams van de Werkplaats actief in de regio. De werkteams "
                "vormen "
                "het hart van de activiteiten van de Werkplaats. Inmiddels zijn vier werkteams actief "
                "die zich "
                "richten op uiteenlopende onderwerpen.</p>"
                "<p>Alle werkteams hebben aangegeven minimaal tot eind 2018 door te gaan. Een belangrijk "
                "onderdeel "
                "van de activiteiten vormen de drie kenniscafés in de maanden september, november en "
                "december: open "
                "bijeenkomsten waar de werkteams zichzelf presenteren, opbrengsten delen en het debat "
                "aanjagen. Je "
                "bent van harte welkom!</p>",
            )
        ],
        "authors": [],
        "tags": ["werkteams", "kenniscafé"],
        "colour": 5,
    },
    {
        "model": NewsPage,
        "slug": "burgerkracht-als-doorzettingskracht",
        "imported_title": "13-05-18: Burgerkracht als doorzettingskracht",
        "intro": "Werkteam 2 groeide in een maand van drie naar veertien leden en koos een eigen, "
        "‘ongepaste’ koers.",
        "body": [
            (
                "paragraph",
                "<p>Vanaf oktober 2017 is ‘Werkteam 2’ van de Werkplaats, bestaande uit beleidsmakers, "
                "sociaal "
                "professionals, docentonderzoekers, sociaal ondernemers, vrijwilligers en bewoners, "
                "actief binnen "
                "deze thematiek. Het werkteam richt zich als ‘ongepast’ team op concrete "
                "bewonersproblemen.</p>"
                "<p>We draaien het begrippenpaar om (‘informeel-formeel’ in plaats van "
                "‘formeel-informeel’), we "
                "richten ons op bewonersvragen en we gaan ludiek en ‘ongepast’ te werk. Burgerkracht als "
                "doorzettingskracht! Met drie thema’s wil het werkteam aan de slag: de mantelzorgboete, "
                "huisuitzetting en radicalisering jongeren.</p>",
            )
        ],
        "authors": [],
        "tags": ["werkteams", "armoede", "informeel-formeel"],
        "werkteam": "informeel-formeel",
        "colour": 1,
    },
    {
        "model": NewsPage,
        "slug": "iedereen-kan-zorgen-voor-meer-verbondenheid",
        "title": "15 jaar Dynamiek van de Stad: Iedereen kan zorgen voor meer verbondenheid",
        "date": date(2020, 3, 9),
        "intro": "Een werkteam zocht in Barendrecht, Schiedam en Vlaardingen naar wat verbondenheid en "
        "veerkracht "
        "vergroot. Het magazine Verbondenheid en Veerkracht deelt wat het leerde.",
        "body": [
            (
                "paragraph",
                "<p>Belangrijk onderdeel van de Werkplaats zijn de werkteams, waarin een gemengde groep "
                "betrokkenen "
                "aan de slag gaat met een urgent praktijkvraagstuk. In de periode tussen januari 2018 en "
                "november "
                "2019 is dit werkteam aan de slag gegaan in de gemeenten Barendrecht, Schiedam en "
                "Vlaardingen.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Iedereen kan zorgen voor meer verbondenheid, vanuit welke rol of functie "
                    "en hoe klein "
                    "dit soms ook lijkt.",
                    "attribution": "Guido Walraven",
                    "role": "lector Dynamiek van de Stad",
                },
            ),
            (
                "paragraph",
                "<p>Op donderdag 2 april 2020 luidt de Werkplaats tijdens de Kick-off haar nieuwe "
                "periode tot 2022 "
                "in.</p>",
            ),
        ],
        "authors": ["David ter Avest", "Elizabeth van Twist"],
        "tags": ["verbondenheid", "eenzaamheid", "werkteams"],
        "werkteam": "verbondenheid-en-veerkracht",
        "colour": 3,
    },
    {
        "model": NewsPage,
        "slug": "werkconferentie-doe-leer-en-inspireer",
        "title": "Werkconferentie Doe, Leer en Inspireer!",
        "date": date(2017, 11, 8),
        "intro": "Een verslag van de werkconferentie in Theater aan de Schie: inspirerende sprekers en veel "
        "uitwisseling over wat goed gaat in het werk.",
        "body": [
            (
                "paragraph",
                "<p>Theater aan de Schie was het toneel voor de Werkconferentie Doe, Leer en Inspireer! op "
                "donderdag 26 oktober. Wethouder Patricia van Aaken (Schiedam) trapte af met de focus op "
                "wat goed "
                "gaat in het werk. Lector Toby Witte gaf ter overdenking mee dat de samenleving wel "
                "maakbaar is, "
                "als iedereen zijn kennis deelt en van en met elkaar blijft leren.</p>",
            )
        ],
        "authors": [],
        "tags": ["werkconferentie"],
        "source_url": "https://www.socialevraagstukken.nl/",
        "source_label": "Lees verder op Sociale Vraagstukken",
        "colour": 2,
    },
]

TIMEZONE = timezone.get_default_timezone()


def at(year, month, day, hour, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=TIMEZONE)


EVENTS = [
    {
        "slug": "werkconferentie-2017",
        "title": "Werkconferentie Doe, Leer en Inspireer!",
        "start": at(2017, 10, 26, 13),
        "end": at(2017, 10, 26, 17),
        "location_name": "Theater aan de Schie",
        "address": "Stadserf 1\n3112 DZ Schiedam",
        "intro": "Een interactieve middag over samen doen en meewerken in de Werkplaats.",
        "tags": ["werkconferentie"],
        "colour": 2,
    },
    {
        "slug": "kenniscafe-september-2018",
        "title": "Kenniscafé september 2018",
        "start": at(2018, 9, 27, 15, 30),
        "end": at(2018, 9, 27, 17, 30),
        "intro": "De werkteams presenteren zichzelf, delen hun opbrengsten en jagen het debat aan.",
        "tags": ["kenniscafé", "werkteams"],
        "colour": 5,
    },
    {
        "slug": "kenniscafe-november-2018",
        "title": "Kenniscafé november 2018",
        "start": at(2018, 11, 22, 15, 30),
        "end": at(2018, 11, 22, 17, 30),
        "intro": "Het tweede open kenniscafé van de werkteams: opbrengsten delen en samen verder denken.",
        "tags": ["kenniscafé", "werkteams"],
        "colour": 5,
    },
    {
        "slug": "kenniscafe-december-2018",
        "title": "Kenniscafé december 2018",
        "start": at(2018, 12, 13, 15, 30),
        "end": at(2018, 12, 13, 17, 30),
        "intro": "Het laatste kenniscafé van 2018, over wat de werkteams dit jaar hebben geleerd.",
        "tags": ["kenniscafé", "werkteams"],
        "colour": 5,
    },
    {
        "slug": "kick-off-2020",
        "title": "Kick-off nieuwe periode van de Werkplaats",
        "start": at(2020, 4, 2, 14),
        "end": at(2020, 4, 2, 17),
        "intro": "De Werkplaats luidt haar nieuwe periode tot 2022 in, met inspiratie uit de regio.",
        "registration_info": "Aanmelden kon via de Werkplaats.",
        "tags": ["verbondenheid"],
        "werkteam": "verbondenheid-en-veerkracht",
        "colour": 0,
    },
]

# Home page "Uitgelicht", in this order.
FEATURED_SLUGS = [
    "iedereen-kan-zorgen-voor-meer-verbondenheid",
    "verbondenheid-en-veerkracht",
    "dagdroom-negen-maanden",
]


def load_people(locale):
    people = {}
    for name, fields in PEOPLE.items():
        person, _ = Person.objects.update_or_create(locale=locale, name=name, defaults=fields)
        people[name] = person
    return people


def load_werkteams(home):
    index = upsert_page(
        home,
        WerkteamIndexPage,
        "werkteams",
        title="Werkteams",
        intro="In de werkteams werken beleidsmakers, professionals, onderzoekers, studenten, "
        "vrijwilligers en "
        "bewoners samen aan één vraag uit de praktijk.",
    )
    werkteams = {}
    for data in WERKTEAMS:
        fields = {key: value for key, value in data.items() if key not in ("slug", "colour")}
        fields["image"] = demo_image(f"Werkteam {data['title']}", data["colour"])
        werkteams[data["slug"]] = upsert_page(index, WerkteamPage, data["slug"], **fields)
    return werkteams


def load_posts(actueel, people, werkteams):
    blog_index = upsert_page(
        actueel,
        BlogIndexPage,
        "blog",
        title="Blog",
        intro="Deelnemers van de Werkplaats schrijven over hun werk.",
    )
    news_index = upsert_page(
        actueel, NewsIndexPage, "nieuws", title="Nieuws", intro="Nieuws uit de Werkplaats en de werkteams."
    )
    posts = {}
    for data in POSTS:
        model = data["model"]
        if "imported_title" in data:
            # The old site glued the date into the title; the import rule takes it out.
            post_date, title = split_dated_title(data["imported_title"])
        else:
            post_date, title = data["date"], data["title"]
        posts[data["slug"]] = upsert_page(
            blog_index if model is BlogPage else news_index,
            model,
            data["slug"],
            relations={
                "tags": set_tags(data["tags"]),
                "authors": set_people("authors", [people[name] for name in data["authors"]]),
            },
            title=title,
            date=post_date,
            intro=data["intro"],
            body=data["body"],
            image=demo_image(title, data["colour"]),
            werkteam=werkteams.get(data.get("werkteam")),
            source_url=data.get("source_url", ""),
            source_label=data.get("source_label", ""),
        )
    return posts


def load_events(actueel, werkteams):
    agenda = upsert_page(
        actueel, EventIndexPage, "agenda", title="Agenda", intro="Bijeenkomsten, kenniscafés en conferenties."
    )
    events = {}
    for data in EVENTS:
        fields = {
            key: value for key, value in data.items() if key not in ("slug", "colour", "tags", "werkteam")
        }
        events[data["slug"]] = upsert_page(
            agenda,
            EventPage,
            data["slug"],
            relations={"tags": set_tags(data["tags"])},
            werkteam=werkteams.get(data.get("werkteam")),
            image=demo_image(data["title"], data["colour"]),
            **fields,
        )
    return events


def load_featured(home, pages):
    wanted = [pages[slug].pk for slug in FEATURED_SLUGS]
    if [item.page_id for item in home.featured_items.all()] == wanted:
        return
    home.featured_items = [
        HomePageFeaturedItem(page_id=page_id, sort_order=order) for order, page_id in enumerate(wanted)
    ]
    home.save_revision().publish()


def load(stdout):
    locale = Locale.get_default()
    home = dutch_home()
    people = load_people(locale)
    werkteams = load_werkteams(home)
    actueel = upsert_page(
        home,
        ActueelIndexPage,
        "actueel",
        title="Actueel",
        intro="Het laatste nieuws, blogs van deelnemers en de agenda van de Werkplaats.",
    )
    posts = load_posts(actueel, people, werkteams)
    events = load_events(actueel, werkteams)
    load_featured(home, {**posts, **werkteams, **events})
    stdout.write(f"Actueel: {len(posts)} berichten, {len(events)} evenementen en {len(werkteams)} werkteams.")
