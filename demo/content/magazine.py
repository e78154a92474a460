"""The online magazine "Verbondenheid en Veerkracht", retold from the press release (seed 003).

The seed gives no authors, interviews, video links or worksheets for the magazine, so the
articles have no bylines and use only blocks whose content the seed supports. Images are the
demo's illustrations ("image" names one of demo/magazine.py's images); they are decoration.
"""

from . import heading, paragraphs, picture, quote, text
from .magazine_practice import PRACTICE_ARTICLES
from .press import (
    PRESS_RELEASE_EN,
    PRESS_RELEASE_NL,
    QUOTE_AVEST,
    QUOTE_AVEST_EN,
    QUOTE_TWIST_2,
    QUOTE_TWIST_2_EN,
    QUOTE_WALRAVEN,
    QUOTE_WALRAVEN_EN,
)

INDEX = {
    "nl": {
        "slug": "magazine",
        "title": "Magazine",
        "intro": "Wat de werkteams leerden, gedeeld om anderen te inspireren.",
    },
    "en": {
        "slug": "magazine",
        "title": "Magazine",
        "intro": "What the working groups learned, shared to inspire others.",
    },
}

ISSUE = {
    "nl": {
        "slug": "verbondenheid-en-veerkracht",
        "title": "Verbondenheid en Veerkracht",
        "intro": text(
            "Van januari 2018 tot november 2019 werkte een werkteam van de Werkplaats in Barendrecht, "
            "Schiedam en Vlaardingen aan verbondenheid en veerkracht. In dit magazine deelt het werkteam "
            "zijn werkwijze en wat het leerde, om anderen te inspireren en te laten zien dat we allemaal "
            "voor verbondenheid kunnen zorgen."
        ),
    },
    "en": {
        "slug": "connectedness-and-resilience",
        "title": "Connectedness and Resilience",
        "intro": text(
            "From January 2018 to November 2019 a Werkplaats working group in Barendrecht, Schiedam and "
            "Vlaardingen worked on connectedness and resilience. In this magazine the group shares how it "
            "worked and what it learned, to inspire others and to show that we can all help create "
            "connectedness."
        ),
    },
}

ARTICLES = [
    {
        "hero": "cover",
        "nl": {
            "slug": "van-eenzaamheid-naar-verbondenheid",
            "title": "Van eenzaamheid naar verbondenheid",
            "standfirst": "Het werkteam sprak niet over het tegengaan van eenzaamheid, maar over het "
            "stimuleren van verbondenheid en veerkracht. Waarom die positieve blik ertoe doet.",
            "tags": ["eenzaamheid", "verbondenheid"],
            "body": [
                (
                    "section",
                    {
                        "style": "lead",
                        "text": text(
                            "Iedereen voelt zich weleens eenzaam; dat is heel gewoon. Een probleem wordt het "
                            "pas als sociale, emotionele of existentiële eenzaamheid iemand belemmert om mee "
                            "te doen met wat hij of zij wil. Dan zijn er (preventieve) interventies nodig, "
                            "ongeacht iemands leeftijd, achtergrond of sociale netwerk."
                        ),
                    },
                ),
                ("chapter", {"heading_text": "Een positieve vraag", "size": "h2", "anchor": ""}),
                paragraphs(
                    "Het werkteam koos ervoor zich te richten op wat wenselijk en mogelijk is. Daarom "
                    "formuleerde het zijn opdracht positief: niet het tegengaan van eenzaamheid, maar het "
                    "stimuleren van verbondenheid en veerkracht.<sup>[1]</sup>"
                ),
                (
                    "key_figures",
                    {
                        "title": "Het werkteam in cijfers",
                        "figures": [
                            {"figure": "3", "label": "gemeenten: Barendrecht, Schiedam en Vlaardingen"},
                            {
                                "figure": "2018–2019",
                                "label": "aan het werk van januari 2018 tot november 2019",
                            },
                            {"figure": "5", "label": "praktijkorganisaties aan tafel"},
                        ],
                        "source": "Persbericht Dynamiek van de Stad, 9 maart 2020",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": QUOTE_WALRAVEN,
                        "attribution": "Guido Walraven",
                        "role": "lector Dynamiek van de Stad",
                        "style": "featured",
                    },
                ),
                ("chapter", {"heading_text": "Wie deden er mee?", "size": "h2", "anchor": "deelnemers"}),
                paragraphs(
                    "Beleidsafdelingen van de gemeenten, de praktijkorganisaties Minters, Mooi Werk, "
                    "Seniorenwelzijn, Dock en de Kansenfabriek, en vrijwilligers werkten in het werkteam "
                    "samen, met onderzoekers van Dynamiek van de Stad. Een van hen, David ter Avest, vertelt:"
                ),
                quote(QUOTE_AVEST, "David ter Avest", "onderzoeker, Dynamiek van de Stad"),
                (
                    "footnotes",
                    {
                        "title": "Noten",
                        "notes": [
                            {
                                "text": text(
                                    "In het persbericht van 9 maart 2020 wordt het tegengaan van eenzaamheid "
                                    "positief geformuleerd als het stimuleren van verbondenheid en "
                                    "veerkracht."
                                )
                            }
                        ],
                    },
                ),
                (
                    "references",
                    {"title": "Literatuur", "references": [{"citation": PRESS_RELEASE_NL, "url": ""}]},
                ),
            ],
        },
        "en": {
            "slug": "from-loneliness-to-connectedness",
            "title": "From loneliness to connectedness",
            "standfirst": "The working group did not talk about fighting loneliness but about encouraging "
            "connectedness and resilience. Why that positive view matters.",
            "tags": ["loneliness", "connectedness"],
            "body": [
                (
                    "section",
                    {
                        "style": "lead",
                        "text": text(
                            "Everyone feels lonely now and then; that is quite normal. It only becomes a "
                            "problem when social, emotional or existential loneliness stops someone from "
                            "taking part in what he or she wants to do. Then (preventive) interventions are "
                            "needed, whatever a person’s age, background or social network."
                        ),
                    },
                ),
                ("chapter", {"heading_text": "A positive question", "size": "h2", "anchor": ""}),
                paragraphs(
                    "The working group chose to focus on what is desirable and possible. So it put its task "
                    "in positive terms: not fighting loneliness, but encouraging connectedness and "
                    "resilience.<sup>[1]</sup>"
                ),
                (
                    "key_figures",
                    {
                        "title": "The working group in figures",
                        "figures": [
                            {"figure": "3", "label": "municipalities: Barendrecht, Schiedam and Vlaardingen"},
                            {"figure": "2018–2019", "label": "at work from January 2018 to November 2019"},
                            {"figure": "5", "label": "practice organisations around the table"},
                        ],
                        "source": "Urban Dynamics press release, 9 March 2020",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": QUOTE_WALRAVEN_EN,
                        "attribution": "Guido Walraven",
                        "role": "professor of Urban Dynamics (translated from Dutch)",
                        "style": "featured",
                    },
                ),
                ("chapter", {"heading_text": "Who took part?", "size": "h2", "anchor": "participants"}),
                paragraphs(
                    "Municipal policy departments, the practice organisations Minters, Mooi Werk, "
                    "Seniorenwelzijn, Dock and the Kansenfabriek, and volunteers worked together in the "
                    "group, with researchers from Urban Dynamics. One of them, David ter Avest, explains "
                    "(translated from Dutch):"
                ),
                quote(QUOTE_AVEST_EN, "David ter Avest", "researcher, Urban Dynamics"),
                (
                    "footnotes",
                    {
                        "title": "Notes",
                        "notes": [
                            {
                                "text": text(
                                    "The press release of 9 March 2020 puts fighting loneliness in positive "
                                    "terms, as encouraging connectedness and resilience."
                                )
                            }
                        ],
                    },
                ),
                (
                    "references",
                    {"title": "Literature", "references": [{"citation": PRESS_RELEASE_EN, "url": ""}]},
                ),
            ],
        },
    },
    {
        "hero": "wijk",
        "nl": {
            "slug": "zo-werkte-het-werkteam",
            "title": "Zo werkte het werkteam",
            "standfirst": "Workshops, kenniscafés en laagdrempelige bijeenkomsten in de wijk: het werkteam "
            "maakte ruimte voor persoonlijke verhalen, kennis en ervaringen.",
            "tags": ["werkteam", "verbondenheid"],
            "body": [
                ("chapter", {"heading_text": "Samen doen", "size": "h2", "anchor": ""}),
                (
                    "text_image",
                    {
                        "text": text(
                            "Wie een probleem echt wil aanpakken, moet het samen doen: professionals en "
                            "bewoners. Daarom organiseerde het werkteam workshops, kenniscafés en "
                            "laagdrempelige bijeenkomsten in de wijk."
                        ),
                        "image": picture("wijk"),
                        "caption": "",
                        "image_position": "right",
                    },
                ),
                heading("Kennis delen", "h3"),
                paragraphs(
                    "Vanuit verschillende invalshoeken en onderzoeken bekeek het werkteam wat nodig is voor "
                    "een duurzame aanpak, en het verzamelde werkwijzen die verbondenheid en veerkracht "
                    "vergroten. Literatuur en goede voorbeelden verzamelen en delen inspireerde "
                    "professionals en bewoners om samen te werken. Onderzoeker Elizabeth van Twist:"
                ),
                quote(QUOTE_TWIST_2, "Elizabeth van Twist", "onderzoeker"),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Oprechte belangstelling",
                        "text": text(
                            "Wie oprecht belangstelling toont in de ander, merkt dat mensen zich openstellen "
                            "en over hun problemen vertellen. Zo ontstaat echt contact."
                        ),
                    },
                ),
                (
                    "gallery",
                    {
                        "title": "Illustraties bij dit nummer",
                        "images": [
                            {"image": picture("workshop"), "caption": ""},
                            {"image": picture("kenniscafe"), "caption": ""},
                            {"image": picture("wijk"), "caption": ""},
                        ],
                        "credit": "",
                    },
                ),
            ],
        },
        "en": {
            "slug": "how-the-working-group-worked",
            "title": "How the working group worked",
            "standfirst": "Workshops, knowledge cafés and easy-going neighbourhood meetings: the working "
            "group made room for personal stories, knowledge and experiences.",
            "tags": ["working group", "connectedness"],
            "body": [
                ("chapter", {"heading_text": "Doing it together", "size": "h2", "anchor": ""}),
                (
                    "text_image",
                    {
                        "text": text(
                            "If you really want to tackle a problem, you have to do it together: "
                            "professionals and residents. That is why the group organised workshops, "
                            "knowledge cafés and easy-going neighbourhood meetings."
                        ),
                        "image": picture("wijk"),
                        "caption": "",
                        "image_position": "right",
                    },
                ),
                heading("Sharing knowledge", "h3"),
                paragraphs(
                    "From various angles and studies the group looked at what a lasting approach needs, and "
                    "it collected ways of working that increase connectedness and resilience. Collecting and "
                    "sharing literature and good examples inspired professionals and residents to work "
                    "together. Researcher Elizabeth van Twist (translated from Dutch):"
                ),
                quote(QUOTE_TWIST_2_EN, "Elizabeth van Twist", "researcher"),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Genuine interest",
                        "text": text(
                            "Show genuine interest in the other person and you will find that people open up "
                            "and talk about their problems. That is how real contact happens."
                        ),
                    },
                ),
                (
                    "gallery",
                    {
                        "title": "Illustrations for this issue",
                        "images": [
                            {"image": picture("workshop"), "caption": ""},
                            {"image": picture("kenniscafe"), "caption": ""},
                            {"image": picture("wijk"), "caption": ""},
                        ],
                        "credit": "",
                    },
                ),
            ],
        },
    },
    *PRACTICE_ARTICLES,
]
