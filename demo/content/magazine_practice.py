"""The magazine's last three articles: the hand, new contacts, and what the werkteam learned."""

from . import paragraphs, picture, quote, text
from .press import PRESS_RELEASE_EN, PRESS_RELEASE_NL, QUOTE_TWIST_1, QUOTE_TWIST_1_EN

PRACTICE_ARTICLES = [
    {
        "hero": "hand",
        "nl": {
            "slug": "de-hand",
            "title": "De hand: een werkvorm voor het echte gesprek",
            "standfirst": "Met de werkvorm de hand kwamen werkteamleden snel tot een gesprek van mens tot "
            "mens.",
            "tags": ["werkvorm", "verbondenheid"],
            "body": [
                paragraphs(
                    "In het laatste anderhalf jaar van zijn werk ontdekte het werkteam hoe gemakkelijk je "
                    "snel een gesprek van mens tot mens krijgt. De werkvorm <i>de hand</i> past daar goed "
                    "bij. Verschillende werkteamleden gebruiken hem om in nieuwe en bestaande groepen "
                    "bewoners een verdiepend gesprek te voeren."
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Kennisclip",
                        "text": text(
                            "In een van de kennisclips van het werkteam legt een werkteamlid uit hoe de hand "
                            "in de praktijk werkt."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "slug": "the-hand",
            "title": "The hand: a method for a real conversation",
            "standfirst": "With the hand method, members of the working group quickly got to a "
            "person-to-person conversation.",
            "tags": ["method", "connectedness"],
            "body": [
                paragraphs(
                    "In the last year and a half of its work the group discovered how easily you can quickly "
                    "get to a person-to-person conversation. The method called <i>the hand</i> suits this "
                    "well. Several members use it to have a deeper conversation in new and existing groups "
                    "of residents."
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Knowledge clip",
                        "text": text(
                            "In one of the group’s knowledge clips a member explains how the hand works in "
                            "practice."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "hero": "fiets",
        "nl": {
            "slug": "fietsmaatjes-schiedam",
            "title": "Fietsmaatjes Schiedam en andere nieuwe contacten",
            "standfirst": "De ervaring van vrijwilligers en de expertise uit de cultuursector leverden "
            "nieuwe projecten en blijvende contacten tussen bewoners op.",
            "tags": ["vrijwilligers", "verbondenheid"],
            "body": [
                (
                    "text_image",
                    {
                        "text": text(
                            "Vrijwilligers brachten ervaringsdeskundigheid en expertise mee in het werkteam. "
                            "Daaruit groeiden nieuwe projecten, zoals Fietsmaatjes Schiedam."
                        ),
                        "image": picture("fiets"),
                        "caption": "",
                        "image_position": "left",
                    },
                ),
                paragraphs(
                    "Ook de cultuursector droeg bij: dankzij haar expertise ontstonden nieuwe, duurzame "
                    "contacten tussen bewoners onderling."
                ),
                (
                    "section",
                    {
                        "style": "normal",
                        "text": text(
                            "En uitvoerende sociaal professionals lieten, door samen met bewoners aan de "
                            "slag te gaan, zien hoe je bewoners bereikt en benadert."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "slug": "fietsmaatjes-schiedam",
            "title": "Fietsmaatjes Schiedam and other new contacts",
            "standfirst": "The experience of volunteers and expertise from the cultural sector led to new "
            "projects and lasting contacts between residents.",
            "tags": ["volunteers", "connectedness"],
            "body": [
                (
                    "text_image",
                    {
                        "text": text(
                            "Volunteers brought lived experience and expertise to the working group. New "
                            "projects grew out of it, such as Fietsmaatjes Schiedam."
                        ),
                        "image": picture("fiets"),
                        "caption": "",
                        "image_position": "left",
                    },
                ),
                paragraphs(
                    "The cultural sector contributed too: thanks to its expertise, residents made new, "
                    "lasting contacts with each other."
                ),
                (
                    "section",
                    {
                        "style": "normal",
                        "text": text(
                            "And frontline social professionals, by getting to work together with residents, "
                            "showed how to reach and approach them."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "hero": "kenniscafe",
        "nl": {
            "slug": "wat-we-leerden",
            "title": "Wat we leerden over verbondenheid en veerkracht",
            "standfirst": "De menselijke maat, oprechte belangstelling en positieve emoties: wat de "
            "ontmoetingen van januari 2018 tot november 2019 opleverden.",
            "tags": ["eenzaamheid", "werkteam"],
            "body": [
                ("chapter", {"heading_text": "Ervaringskennis", "size": "h2", "anchor": ""}),
                (
                    "section",
                    {
                        "style": "normal",
                        "text": text(
                            "De ontmoetingen gaven beleidsprofessionals, sociaal professionals, "
                            "vrijwilligers, studenten en docentonderzoekers meer ervaringskennis over werken "
                            "aan verbondenheid en veerkracht."
                        ),
                    },
                ),
                ("chapter", {"heading_text": "De menselijke maat", "size": "h2", "anchor": ""}),
                paragraphs(
                    "De menselijke maat is voor iedereen anders, en dat verdient erkenning. Door oprechte "
                    "belangstelling gaan mensen openstaan en vertellen ze over hun problemen: dan ontstaat "
                    "echt contact. Positieve emoties maken mensen blij, en wie (emotioneel) geraakt wordt, "
                    "verandert in zijn doen en laten."
                ),
                quote(QUOTE_TWIST_1, "Elizabeth van Twist", "onderzoeker"),
                (
                    "image",
                    {"image": picture("cover"), "caption": "", "credit": "", "width": "full"},
                ),
                (
                    "references",
                    {
                        "title": "Meer lezen",
                        "references": [
                            {"citation": PRESS_RELEASE_NL, "url": ""},
                            {
                                "citation": "Dynamiek van de Stad, Hogeschool Inholland: praktijkgericht "
                                "onderzoek naar stedelijk burgerschap, de transformatie van het sociaal "
                                "domein, en sociaal ondernemerschap en sociale innovatie.",
                                "url": "",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "slug": "what-we-learned",
            "title": "What we learned about connectedness and resilience",
            "standfirst": "The human scale, genuine interest and positive emotions: what the encounters of "
            "January 2018 to November 2019 brought.",
            "tags": ["loneliness", "working group"],
            "body": [
                ("chapter", {"heading_text": "Hands-on knowledge", "size": "h2", "anchor": ""}),
                (
                    "section",
                    {
                        "style": "normal",
                        "text": text(
                            "The encounters gave policy professionals, social professionals, volunteers, "
                            "students and lecturer-researchers more hands-on knowledge of working on "
                            "connectedness and resilience."
                        ),
                    },
                ),
                ("chapter", {"heading_text": "The human scale", "size": "h2", "anchor": ""}),
                paragraphs(
                    "The human scale differs for everyone, and that deserves recognition. Genuine interest "
                    "makes people open up and talk about their problems: that is when real contact happens. "
                    "Positive emotions make people happy, and people who are (emotionally) touched change "
                    "the way they act."
                ),
                quote(QUOTE_TWIST_1_EN, "Elizabeth van Twist", "researcher (translated from Dutch)"),
                (
                    "image",
                    {"image": picture("cover"), "caption": "", "credit": "", "width": "full"},
                ),
                (
                    "references",
                    {
                        "title": "Further reading",
                        "references": [
                            {"citation": PRESS_RELEASE_EN, "url": ""},
                            {
                                "citation": "Urban Dynamics, Inholland University of Applied Sciences: "
                                "practice-based research into urban citizenship, the transformation of the "
                                "social domain, and social entrepreneurship and social innovation.",
                                "url": "",
                            },
                        ],
                    },
                ),
            ],
        },
    },
]
