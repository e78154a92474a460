"""English for the strings of the site chrome snippets (menu, footer, partners)."""

SITE_NAME = "Werkplaats Sociaal Domein Zuid-Holland Zuid"

ORGANISATIONS = {
    "Hogeschool Rotterdam": "Rotterdam University of Applied Sciences",
    "Hogeschool Inholland": "Inholland University of Applied Sciences",
    "Gemeente Schiedam": "Municipality of Schiedam",
    "Gemeente Vlaardingen": "Municipality of Vlaardingen",
    "BAR-organisatie": "BAR organisation",
}

FOOTER_NEWSLETTER_TEXT = {
    "nl": "Blijf op de hoogte van nieuws, bijeenkomsten en het magazine: meld je aan voor onze nieuwsbrief.",
    "en": "Keep up with our news, meetings and magazine: sign up for our newsletter.",
}

SNIPPET_STRINGS = {
    **ORGANISATIONS,
    "Hoofdmenu": "Main menu",
    SITE_NAME: SITE_NAME,
    "Museumpark 40<br/>3015 CX Rotterdam": "Museumpark 40<br/>3015 CX Rotterdam<br/>The Netherlands",
    "Museumpark 40\n3015 CX Rotterdam": "Museumpark 40\n3015 CX Rotterdam\nThe Netherlands",
    "MP.L03.105": "MP.L03.105",
    FOOTER_NEWSLETTER_TEXT["nl"]: FOOTER_NEWSLETTER_TEXT["en"],
}
