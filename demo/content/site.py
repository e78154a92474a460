"""The home page text, the standard pages and the newsletter and contact pages.

The address and contact details are the organisation's own (they are on every seed page); the
privacy and accessibility statements describe this site itself.
"""

from . import heading, paragraphs, text

EMAIL = "info@werkplaatssociaaldomeinzhz.nl"
MAILTO = f'<a href="mailto:{EMAIL}">{EMAIL}</a>'

HOME = {
    "nl": {
        "title": "Werkplaats Sociaal Domein Zuid-Holland Zuid",
        "slug": "home",
        "intro": text(
            "De Werkplaats Sociaal Domein Zuid-Holland Zuid is een regionaal samenwerkingsverband van "
            "gemeenten, hogescholen, zorg- en welzijnsorganisaties, sociaal ondernemers en bewoners."
        ),
    },
    "en": {
        "title": "Werkplaats Sociaal Domein Zuid-Holland Zuid – social domain partnership",
        "slug": "home",
        "intro": text(
            "The Werkplaats Sociaal Domein Zuid-Holland Zuid is a regional partnership of municipalities, "
            "universities of applied sciences, care and welfare organisations, social entrepreneurs and "
            "residents."
        ),
    },
}

ADDRESS_NL = text(
    "<b>Werkplaats Sociaal Domein Zuid-Holland Zuid</b><br>Museumpark 40<br>3015 CX Rotterdam<br>"
    "Kamer MP.L03.105",
    f"Telefoon: 010 794 5676<br>E-mail: {MAILTO}",
)
ADDRESS_EN = text(
    "<b>Werkplaats Sociaal Domein Zuid-Holland Zuid</b><br>Museumpark 40<br>3015 CX Rotterdam<br>"
    "Room MP.L03.105",
    f"Phone: +31 10 794 5676<br>Email: {MAILTO}",
)

STANDARD_PAGES = [
    {
        "nl": {
            "slug": "over",
            "title": "Over de Werkplaats",
            "intro": "Wie we zijn, met wie we samenwerken en hoe we werken: samen leren in de praktijk.",
            "body": [
                paragraphs(
                    "In de Werkplaats werken onderzoeks- en onderwijsinstellingen, gemeenten, (partners in) "
                    "zorg- en welzijnsorganisaties, sociaal ondernemers, bewoners en cliënten sinds 2016 "
                    "samen aan maatschappelijke vraagstukken in de regio Zuid-Holland Zuid."
                ),
                heading("De werkteams"),
                paragraphs(
                    "Het hart van de Werkplaats zijn de werkteams: gemengde groepen betrokkenen, zoals "
                    "beleidsmakers, sociaal professionals, docentonderzoekers, sociaal ondernemers, "
                    "vrijwilligers en bewoners, die samen een urgente vraag uit de praktijk oppakken."
                ),
                heading("Trekkers"),
                paragraphs(
                    "Lector Guido Walraven (Dynamiek van de Stad, Hogeschool Inholland) en lector Toby Witte "
                    "(Kenniscentrum Talentontwikkeling, Hogeschool Rotterdam) trekken de Werkplaats."
                ),
            ],
        },
        "en": {
            "slug": "about",
            "title": "About the Werkplaats",
            "intro": "Who we are, who we work with and how: learning together in everyday practice.",
            "body": [
                paragraphs(
                    "Since 2016 the Werkplaats has brought together research and teaching institutions, "
                    "municipalities, (partners in) care and welfare organisations, social entrepreneurs, "
                    "residents and clients to work on social questions in the Zuid-Holland Zuid region."
                ),
                heading("The working groups"),
                paragraphs(
                    "Working groups are at the heart of the Werkplaats: mixed groups of people involved, "
                    "such as policy makers, social professionals, lecturer-researchers, social "
                    "entrepreneurs, volunteers and residents, who take on an urgent question from practice "
                    "together."
                ),
                heading("Led by"),
                paragraphs(
                    "The Werkplaats is led by professor Guido Walraven (Urban Dynamics, Inholland University "
                    "of Applied Sciences) and professor Toby Witte (Centre of Expertise for Talent "
                    "Development, Rotterdam University of Applied Sciences)."
                ),
            ],
        },
    },
    {
        "nl": {
            "slug": "contact",
            "title": "Contact",
            "intro": "Een vraag, een idee of zin om mee te doen? Zo bereik je ons.",
            "body": [("paragraph", ADDRESS_NL)],
        },
        "en": {
            "slug": "contact",
            "title": "Contact",
            "intro": "A question, an idea, or keen to take part? This is how to reach us.",
            "body": [("paragraph", ADDRESS_EN)],
        },
    },
    {
        "nl": {
            "slug": "routebeschrijving",
            "title": "Routebeschrijving",
            "intro": "Ons kantoor is aan het Museumpark in Rotterdam.",
            "body": [
                ("paragraph", ADDRESS_NL),
                heading("Vragen over de route?"),
                paragraphs(
                    f"Bel ons op 010 794 5676 of mail naar {MAILTO}; we helpen je graag op weg naar kamer "
                    "MP.L03.105."
                ),
            ],
        },
        "en": {
            "slug": "directions",
            "title": "Directions",
            "intro": "Our office is on the Museumpark in Rotterdam.",
            "body": [
                ("paragraph", ADDRESS_EN),
                heading("Questions about the way?"),
                paragraphs(
                    f"Call us on +31 10 794 5676 or email {MAILTO}; we are happy to help you find room "
                    "MP.L03.105."
                ),
            ],
        },
    },
    {
        "nl": {
            "slug": "privacy",
            "title": "Privacy",
            "intro": "Welke gegevens deze website van je vraagt, waarvoor we ze gebruiken en wat je rechten "
            "zijn.",
            "body": [
                heading("Wat we bewaren"),
                paragraphs(
                    "We bewaren alleen wat nodig is voor wat je zelf bij ons doet: je e-mailadres als je je "
                    "aanmeldt voor de nieuwsbrief; je naam en e-mailadres als je je aanmeldt voor een "
                    "bijeenkomst; je naam en bericht als je reageert op een bericht of ons een bericht "
                    "stuurt via het contactformulier.",
                    "Een aanmelding voor de nieuwsbrief of een bijeenkomst telt pas als je die bevestigt via "
                    "de link in onze e-mail. Met de link onder elke nieuwsbrief meld je je weer af.",
                ),
                heading("Wat we er niet mee doen"),
                paragraphs(
                    "We verkopen je gegevens niet en delen ze niet met anderen. Deze website gebruikt geen "
                    "advertentiecookies en volgt je niet op andere websites."
                ),
                heading("Je rechten"),
                paragraphs(
                    f"Je mag altijd vragen welke gegevens we van je hebben, en ze laten aanpassen of "
                    f"verwijderen. Mail daarvoor naar {MAILTO}."
                ),
            ],
        },
        "en": {
            "slug": "privacy",
            "title": "Privacy",
            "intro": "What information this website asks of you, what we use it for and what your rights "
            "are.",
            "body": [
                heading("What we keep"),
                paragraphs(
                    "We keep only what is needed for what you yourself do with us: your email address if you "
                    "sign up for the newsletter; your name and email address if you register for a meeting; "
                    "your name and message if you comment on a post or send us a message through the contact "
                    "form.",
                    "A sign-up for the newsletter or a meeting only counts once you confirm it through the "
                    "link in our email. The link at the bottom of every newsletter signs you off again.",
                ),
                heading("What we do not do with it"),
                paragraphs(
                    "We do not sell your information or share it with others. This website uses no "
                    "advertising cookies and does not follow you around other websites."
                ),
                heading("Your rights"),
                paragraphs(
                    f"You can always ask what information we hold about you, and have it corrected or "
                    f"deleted. Just email {MAILTO}."
                ),
            ],
        },
    },
    {
        "nl": {
            "slug": "toegankelijkheid",
            "title": "Toegankelijkheid",
            "intro": "Verklaring van toegankelijkheid: we willen dat iedereen deze website kan gebruiken, "
            "ook met een beperking.",
            "body": [
                paragraphs(
                    "De Werkplaats Sociaal Domein Zuid-Holland Zuid wil dat iedereen deze website kan "
                    "gebruiken. Daarom bouwen we hem volgens de richtlijnen voor digitale toegankelijkheid, "
                    "WCAG 2.1 op niveau AA. Deze verklaring volgt het model van de Nederlandse overheid."
                ),
                heading("Status"),
                paragraphs(
                    "Deze website voldoet gedeeltelijk aan WCAG 2.1 niveau AA. Hieronder staat wat nog niet "
                    "goed gaat en wat we eraan doen."
                ),
                heading("Hoe we de website hebben onderzocht"),
                paragraphs(
                    "We hebben de website zelf onderzocht op 29 november 2026. Elk paginatype is in het "
                    "Nederlands en het Engels automatisch getoetst met axe, en met de hand gecontroleerd: "
                    "bediening met alleen het toetsenbord, zichtbare focus, labels van formulieren, "
                    "kruimelpad en koppen, en weergave op een breed scherm (1366 pixels) en een telefoon "
                    "(390 pixels). De automatische toets vond geen fouten."
                ),
                heading("Bekende problemen"),
                paragraphs(
                    "Op een smal scherm (320 pixels) moet je op sommige pagina’s horizontaal scrollen, "
                    "bijvoorbeeld bij het overzicht met feiten over een werkteam en bij de kerncijfers in "
                    "het magazine (WCAG 1.4.10, reflow). We passen de vormgeving daarop aan.",
                    "Afbeeldingen die redacteuren uploaden, krijgen een alternatieve tekst als de redacteur "
                    "die invult; bij oudere afbeeldingen kan die ontbreken.",
                ),
                heading("Contact"),
                paragraphs(
                    f"Kun je iets op deze website niet lezen of gebruiken, of zie je een probleem dat hier "
                    f"niet staat? Laat het ons weten via {MAILTO} of bel 010 794 5676. We zoeken dan samen "
                    "met je naar een oplossing en sturen je de informatie zo nodig op een andere manier."
                ),
                heading("Datum"),
                paragraphs(
                    "Deze verklaring is opgesteld op 29 november 2026, op basis van ons onderzoek van die "
                    "dag."
                ),
            ],
        },
        "en": {
            "slug": "accessibility",
            "title": "Accessibility",
            "intro": "Accessibility statement: we want everyone to be able to use this website, including "
            "people with a disability.",
            "body": [
                paragraphs(
                    "The Werkplaats Sociaal Domein Zuid-Holland Zuid wants everyone to be able to use this "
                    "website. That is why we build it to the guidelines for digital accessibility, WCAG 2.1 "
                    "at level AA. This statement follows the Dutch government’s model."
                ),
                heading("Status"),
                paragraphs(
                    "This website partly meets WCAG 2.1 level AA. Below is what does not work well yet and "
                    "what we are doing about it."
                ),
                heading("How we evaluated the website"),
                paragraphs(
                    "We evaluated the website ourselves on 29 November 2026. Every page type was tested in "
                    "Dutch and English automatically with axe, and checked by hand: use with the keyboard "
                    "only, visible focus, form labels, breadcrumbs and headings, and display on a wide "
                    "screen (1366 pixels) and a phone (390 pixels). The automatic test found no errors."
                ),
                heading("Known problems"),
                paragraphs(
                    "On a narrow screen (320 pixels) some pages make you scroll sideways, for example the "
                    "facts about a working group and the key figures in the magazine (WCAG 1.4.10, reflow). "
                    "We are adapting the design.",
                    "Images that editors upload get a text alternative when the editor fills it in; older "
                    "images may lack one.",
                ),
                heading("Contact"),
                paragraphs(
                    f"Is there something on this website you cannot read or use, or do you see a problem "
                    f"that is not listed here? Let us know at {MAILTO} or call +31 10 794 5676. We will look "
                    "for a solution with you and, if needed, send you the information in another way."
                ),
                heading("Date"),
                paragraphs(
                    "This statement was drawn up on 29 November 2026, based on our evaluation that day."
                ),
            ],
        },
    },
]

NEWSLETTER = {
    "nl": {
        "slug": "nieuwsbrief",
        "title": "Nieuwsbrief",
        "intro": text(
            "Blijf op de hoogte van het nieuws van de Werkplaats, de werkteams, bijeenkomsten en het online "
            "magazine: meld je aan voor onze nieuwsbrief."
        ),
    },
    "en": {
        "slug": "newsletter",
        "title": "Newsletter",
        "intro": text(
            "Keep up with news from the Werkplaats, the working groups, meetings and the online magazine: "
            "sign up for our newsletter."
        ),
    },
}

CONTACT_FORM = {
    "nl": {
        "slug": "contactformulier",
        "title": "Contactformulier",
        "intro": text("Een vraag of een idee voor de Werkplaats? Stuur ons een bericht."),
        "thank_you_text": text("Bedankt voor je bericht. We nemen zo snel mogelijk contact met je op."),
        "subject": "Bericht via het contactformulier",
    },
    "en": {
        "slug": "contact-form",
        "title": "Contact form",
        "intro": text("A question or an idea for the Werkplaats? Send us a message."),
        "thank_you_text": text("Thank you for your message. We will get back to you as soon as we can."),
        "subject": "Message through the contact form",
    },
}

# The contact form's fields: (label, type, required, help text) per language.
CONTACT_FIELDS = {
    "nl": [
        ("Naam", "singleline", True, ""),
        ("E-mailadres", "email", True, "We gebruiken je adres alleen om je te antwoorden."),
        ("Onderwerp", "singleline", False, ""),
        ("Bericht", "multiline", True, ""),
    ],
    "en": [
        ("Name", "singleline", True, ""),
        ("Email address", "email", True, "We only use your address to reply to you."),
        ("Subject", "singleline", False, ""),
        ("Message", "multiline", True, ""),
    ],
}
