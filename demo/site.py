"""Demo content: the home page text and the standard pages (over, contact, route, privacy, ...)."""

from home.models import StandardPage

from .pages import dutch_home, upsert_page

HOME_INTRO = (
    "<p>De Werkplaats Sociaal Domein Zuid-Holland Zuid is een regionaal samenwerkingsverband van "
    "gemeenten, hogescholen, zorg- en welzijnsorganisaties, sociaal ondernemers en bewoners.</p>"
)

CONTACT_LINES = (
    "<p><b>Werkplaats Sociaal Domein Zuid-Holland Zuid</b><br>Museumpark 40<br>3015 CX Rotterdam<br>"
    "Kamer MP.L03.105</p><p>Telefoon: 010 794 5676<br>"
    'E-mail: <a href="mailto:info@werkplaatssociaaldomeinzhz.nl">info@werkplaatssociaaldomeinzhz.nl</a></p>'
)

STANDARD_PAGES = [
    {
        "slug": "over",
        "title": "Over de Werkplaats",
        "intro": "Wie we zijn, met wie we samenwerken en hoe we werken: samen leren in de praktijk.",
        "body": [
            (
                "paragraph",
                "<p>In de Werkplaats werken onderzoeks- en onderwijsinstellingen, gemeenten, zorg- en "
                "welzijnsorganisaties, sociaal ondernemers, bewoners en cliënten sinds 2016 samen aan "
                "maatschappelijke vraagstukken in de regio Zuid-Holland Zuid.</p>",
            ),
            ("heading", {"heading_text": "De werkteams", "size": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Het hart van de Werkplaats zijn de werkteams: gemengde groepen van beleidsmakers, "
                "professionals, docentonderzoekers, studenten, vrijwilligers en bewoners die samen aan "
                "één urgente vraag uit de praktijk werken.</p>",
            ),
            ("heading", {"heading_text": "Trekkers", "size": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Lector Guido Walraven (Dynamiek van de Stad, Hogeschool Inholland) en lector Toby Witte "
                "(Kenniscentrum Talentontwikkeling, Hogeschool Rotterdam) trekken de Werkplaats.</p>",
            ),
        ],
    },
    {
        "slug": "contact",
        "title": "Contact",
        "intro": "Een vraag, een idee of zin om mee te doen? Zo bereik je ons.",
        "body": [("paragraph", CONTACT_LINES)],
    },
    {
        "slug": "routebeschrijving",
        "title": "Routebeschrijving",
        "intro": "Ons kantoor is aan het Museumpark in Rotterdam, op loopafstand van station Rotterdam "
        "Centraal.",
        "body": [
            ("paragraph", CONTACT_LINES),
            ("heading", {"heading_text": "Met het openbaar vervoer", "size": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Vanaf station Rotterdam Centraal loop je in ongeveer vijftien minuten naar het "
                "Museumpark. "
                "Tram en metro stoppen dichtbij, bij halte Eendrachtsplein.</p>",
            ),
            ("heading", {"heading_text": "Met de auto", "size": "h2", "anchor": ""}),
            ("paragraph", "<p>Parkeren kan in de parkeergarages rond het Museumpark (betaald).</p>"),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": "Hoe we omgaan met de gegevens die je ons geeft.",
        "body": [
            (
                "paragraph",
                "<p>We bewaren alleen wat nodig is: je e-mailadres als je je aanmeldt voor de nieuwsbrief of "
                "een bijeenkomst, en je naam en bericht als je reageert of ons een bericht stuurt. We "
                "delen die gegevens niet met anderen en je kunt ons altijd vragen ze te verwijderen.</p>",
            ),
        ],
    },
    {
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheid",
        "intro": "We willen dat iedereen deze website kan gebruiken.",
        "body": [
            (
                "paragraph",
                "<p>De website volgt de richtlijnen voor digitale toegankelijkheid (WCAG 2.1, niveau AA). "
                "Loop je toch ergens tegenaan? Laat het ons weten via "
                "<a "
                'href="mailto:info@werkplaatssociaaldomeinzhz.nl">info@werkplaatssociaaldomeinzhz.nl</a>.</p>',
            ),
        ],
    },
]


def load(stdout):
    home = dutch_home()
    if home.intro != HOME_INTRO or not home.live:
        home.intro = HOME_INTRO
        home.save_revision().publish()
    for data in STANDARD_PAGES:
        upsert_page(home, StandardPage, **data)
    stdout.write(f"Homepage en {len(STANDARD_PAGES)} standaardpagina's bijgewerkt.")
