"""Werkteams, events and the overview pages of Actueel.

The seed "Het hart van de Werkplaats" says four werkteams are active but names three; the
verbondenheid-en-veerkracht platform belongs to "Platform ontmoeting en innovatie", so the demo
has a page for each of the three named werkteams and no invented fourth one.
"""

from datetime import date

from . import paragraphs

WERKTEAM_INDEX = {
    "nl": {
        "slug": "werkteams",
        "title": "Werkteams",
        "intro": "In de werkteams pakken gemengde groepen betrokkenen samen een urgente vraag uit de "
        "praktijk op. Sinds eind 2017 zijn ze in de regio actief.",
    },
    "en": {
        "slug": "working-groups",
        "title": "Working groups",
        "intro": "In the working groups, mixed groups of people involved take on an urgent question from "
        "practice together. They have been active in the region since the end of 2017.",
    },
}

WERKTEAMS = [
    {
        "colour": 0,
        "number": None,
        "nl": {
            "slug": "intergenerationele-problematiek",
            "title": "Preventie van intergenerationele problematiek",
            "theme": "Werkzame elementen in casuïstiek voor de preventie van intergenerationele problematiek",
            "municipalities": "",
            "member_roles": "",
            "intro": "Dit werkteam zoekt in casussen uit de praktijk naar wat werkt om te voorkomen dat "
            "problemen van generatie op generatie overgaan.",
            "body": [
                paragraphs(
                    "Het werkteam is een van de werkteams die sinds het eind van 2017 in de regio actief "
                    "zijn. Het onderzoekt welke elementen in casuïstiek werkzaam zijn om intergenerationele "
                    "problematiek te voorkomen.",
                )
            ],
        },
        "en": {
            "slug": "preventing-intergenerational-problems",
            "title": "Preventing intergenerational problems",
            "theme": "What works in casework to prevent problems passing from one generation to the next",
            "municipalities": "",
            "member_roles": "",
            "intro": "This working group looks at cases from practice to find out what helps stop problems "
            "passing from one generation to the next.",
            "body": [
                paragraphs(
                    "The group is one of the working groups active in the region since the end of 2017. It "
                    "studies which elements of casework help to prevent intergenerational problems.",
                )
            ],
        },
    },
    {
        "colour": 1,
        "number": 2,
        "period_start": date(2017, 10, 1),
        "nl": {
            "slug": "informeel-formeel",
            "title": "Informeel-formeel",
            "theme": "Burgerkracht als doorzettingskracht: samen met bewoners politici in beweging krijgen "
            "tegen armoede",
            "municipalities": "Rotterdam en andere gemeenten in de regio",
            "member_roles": "beleidsmakers\nsociaal professionals\ndocentonderzoekers\nsociaal ondernemers\n"
            "vrijwilligers\nbewoners",
            "intro": "Werkteam 2 draait het om: deze keer schuiven de formele instellingen aan bij bewoners "
            "aan de keukentafel.",
            "body": [
                paragraphs(
                    "Het werkteam gaat uit van de vragen van bewoners en werkt ludiek en ongepast. Het koos "
                    "drie thema’s: de mantelzorgboete, huisuitzetting en radicalisering van jongeren. Er is "
                    "een kernteam van ongeveer zeven mensen.",
                )
            ],
        },
        "en": {
            "slug": "informal-formal",
            "title": "Informal-formal",
            "theme": "Citizen power as staying power: getting politicians moving against poverty, together "
            "with residents",
            "municipalities": "Rotterdam and other municipalities in the region",
            "member_roles": "policy makers\nsocial professionals\nlecturer-researchers\nsocial "
            "entrepreneurs\nvolunteers\nresidents",
            "intro": "Working group 2 turns things around: this time the formal institutions join residents "
            "at the kitchen table.",
            "body": [
                paragraphs(
                    "The group starts from residents’ questions and works playfully and improperly. It chose "
                    "three themes: the fine for family carers, evictions and the radicalisation of young "
                    "people. It has a core team of about seven people.",
                )
            ],
        },
    },
    {
        "colour": 2,
        "number": None,
        "nl": {
            "slug": "platform-ontmoeting-en-innovatie",
            "title": "Platform ontmoeting en innovatie",
            "theme": "Platforms voor ontmoeting: in Coolhaven (Rotterdam) en voor verbondenheid en "
            "veerkracht",
            "municipalities": "Rotterdam, Barendrecht, Schiedam en Vlaardingen",
            "member_roles": "beleidsafdelingen van gemeenten\npraktijkorganisaties (Minters, Mooi Werk, "
            "Seniorenwelzijn, Dock, Kansenfabriek)\nvrijwilligers\nonderzoekers van Dynamiek van de Stad",
            "intro": "Dit werkteam zet platforms op waar mensen elkaar ontmoeten, waaronder een platform "
            "voor verbondenheid en veerkracht.",
            "body": [
                paragraphs(
                    "Het werkteam richtte een platform op in Coolhaven in Rotterdam en een platform voor "
                    "verbondenheid en veerkracht, samen met de BAR-organisatie en de gemeenten Schiedam en "
                    "Vlaardingen.",
                    "Aan verbondenheid en veerkracht werkte het werkteam van januari 2018 tot november 2019 "
                    "in Barendrecht, Schiedam en Vlaardingen. Wat het daarbij leerde, staat in het online "
                    "magazine Verbondenheid en Veerkracht.",
                )
            ],
        },
        "en": {
            "slug": "platform-for-encounter-and-innovation",
            "title": "Platform for encounter and innovation",
            "theme": "Platforms where people meet: in Coolhaven (Rotterdam) and for connectedness and "
            "resilience",
            "municipalities": "Rotterdam, Barendrecht, Schiedam and Vlaardingen",
            "member_roles": "municipal policy departments\npractice organisations (Minters, Mooi Werk, "
            "Seniorenwelzijn, Dock, Kansenfabriek)\nvolunteers\nresearchers from Urban Dynamics",
            "intro": "This working group sets up platforms where people meet, among them a platform for "
            "connectedness and resilience.",
            "body": [
                paragraphs(
                    "The group set up a platform in Coolhaven in Rotterdam and a platform for connectedness "
                    "and resilience, with the BAR organisation and the municipalities of Schiedam and "
                    "Vlaardingen.",
                    "The group worked on connectedness and resilience from January 2018 to November 2019 in "
                    "Barendrecht, Schiedam and Vlaardingen. What it learned is in the online magazine "
                    "Verbondenheid en Veerkracht (Connectedness and Resilience).",
                )
            ],
        },
    },
]

ACTUEEL = {
    "nl": {
        "slug": "actueel",
        "title": "Actueel",
        "intro": "Het laatste nieuws, blogs van deelnemers en de agenda van de Werkplaats.",
    },
    "en": {
        "slug": "news-and-events",
        "title": "News and events",
        "intro": "The latest news, blogs by participants and the Werkplaats calendar.",
    },
}

BLOG_INDEX = {
    "nl": {"slug": "blog", "title": "Blog", "intro": "Deelnemers van de Werkplaats schrijven over hun werk."},
    "en": {
        "slug": "blog",
        "title": "Blog",
        "intro": "People taking part in the Werkplaats write about their work.",
    },
}

NEWS_INDEX = {
    "nl": {"slug": "nieuws", "title": "Nieuws", "intro": "Nieuws uit de Werkplaats en de werkteams."},
    "en": {"slug": "news", "title": "News", "intro": "News from the Werkplaats and its working groups."},
}

AGENDA = {
    "nl": {"slug": "agenda", "title": "Agenda", "intro": "Bijeenkomsten, kenniscafés en conferenties."},
    "en": {"slug": "events", "title": "Events", "intro": "Meetings, knowledge cafés and conferences."},
}

# The seeds give these events a day but no time and no address: the pages show only the date.
EVENTS = [
    {
        "date": date(2017, 10, 26),
        "colour": 2,
        "nl": {
            "slug": "werkconferentie-2017",
            "location_name": "Theater aan de Schie",
            "title": "Werkconferentie Doe, Leer en Inspireer!",
            "intro": "Een inspirerende en interactieve middag over samen doen en meewerken in de Werkplaats.",
            "registration_info": "",
            "tags": ["werkconferentie"],
        },
        "en": {
            "slug": "working-conference-2017",
            "location_name": "Theater aan de Schie",
            "title": "Working conference Doe, Leer en Inspireer! (Do, Learn and Inspire!)",
            "intro": "An inspiring, interactive afternoon about doing things together and taking part in the "
            "Werkplaats.",
            "registration_info": "",
            "tags": ["working conference"],
        },
    },
    {
        "date": date(2020, 4, 2),
        "colour": 0,
        "nl": {
            "slug": "kick-off-2020",
            "location_name": "",
            "title": "Kick-off van de nieuwe periode van de Werkplaats",
            "intro": "De Werkplaats begint haar nieuwe periode, tot 2022, met inspiratie uit de regio en een "
            "blik op wat de afgelopen jaren is bereikt.",
            "registration_info": "In het persbericht van 9 maart 2020 riep de Werkplaats op je aan te "
            "melden.",
            "tags": ["verbondenheid"],
        },
        "en": {
            "slug": "kick-off-2020",
            "location_name": "",
            "title": "Kick-off of the Werkplaats’ new period",
            "intro": "The Werkplaats starts its new period, running until 2022, with inspiration from the "
            "region and a look at what has been achieved in recent years.",
            "registration_info": "In its press release of 9 March 2020 the Werkplaats invited people to sign "
            "up.",
            "tags": ["connectedness"],
        },
    },
]

# Pages earlier versions of the demo made up: removed when the demo is loaded again.
RETIRED = [
    "werkteams/verbondenheid-en-veerkracht/",
    "actueel/agenda/kenniscafe-september-2018/",
    "actueel/agenda/kenniscafe-november-2018/",
    "actueel/agenda/kenniscafe-december-2018/",
    "actueel/agenda/kenniscafe-verbondenheid-in-de-wijk/",
]
