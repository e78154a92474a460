"""The people the seeds name, with what the seeds say about them (a name is the same in every language)."""

PEOPLE = {
    "Elizabeth van Twist": {
        "nl": {
            "role": "werkgroepleider en onderzoeker",
            "organisation": "Werkplaats Sociaal Domein Zuid-Holland Zuid",
            "bio": "Elizabeth van Twist is werkgroepleider bij de Werkplaats, in de werkgroep "
            "Doorontwikkeling van sociale wijkteams. In haar blogs verwoordt ze wat haar werkgroep leert, en "
            "deelt ze dat met iedereen die belangstelling heeft voor de transformatie in het sociaal domein.",
        },
        "en": {
            "role": "working group leader and researcher",
            "organisation": "Werkplaats Sociaal Domein Zuid-Holland Zuid",
            "bio": "Elizabeth van Twist is a working group leader at the Werkplaats, in the group on "
            "developing social neighbourhood teams. In her blogs she puts into words what her group learns, "
            "and shares it with anyone interested in the transformation of the social domain.",
        },
    },
    "David ter Avest": {
        "nl": {
            "role": "onderzoeker",
            "organisation": "Lectoraat Dynamiek van de Stad, Hogeschool Inholland",
            "bio": "David ter Avest is een van de onderzoekers van Dynamiek van de Stad die betrokken waren "
            "bij het werkteam dat werkte aan verbondenheid en veerkracht.",
        },
        "en": {
            "role": "researcher",
            "organisation": "Urban Dynamics research group, Inholland University of Applied Sciences",
            "bio": "David ter Avest is one of the Urban Dynamics researchers involved in the working group "
            "on connectedness and resilience.",
        },
    },
    "Guido Walraven": {
        "nl": {
            "role": "lector Dynamiek van de Stad",
            "organisation": "Hogeschool Inholland",
            "bio": "Guido Walraven is lector Dynamiek van de Stad en trekt samen met lector Toby Witte de "
            "Werkplaats.",
        },
        "en": {
            "role": "professor of Urban Dynamics",
            "organisation": "Inholland University of Applied Sciences",
            "bio": "Guido Walraven is professor of Urban Dynamics and leads the Werkplaats together with "
            "professor Toby Witte.",
        },
    },
}
