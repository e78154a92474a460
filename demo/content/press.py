"""The press release (seed 003) and the Werkconferentie report (seed 004).

The quotes are the seed's words, with the seed's attribution; the English pages render them in
English and say so.
"""

from datetime import date

from . import heading, paragraphs, quote

PRESS_RELEASE_NL = (
    "Dynamiek van de Stad (2020). 15 jaar Dynamiek van de Stad: Iedereen kan zorgen voor meer "
    "verbondenheid. Persbericht, Rotterdam, 9 maart 2020."
)
PRESS_RELEASE_EN = (
    "Dynamiek van de Stad (2020). 15 jaar Dynamiek van de Stad: Iedereen kan zorgen voor meer "
    "verbondenheid (15 years of Urban Dynamics: Anyone can help create more connectedness). Press release, "
    "Rotterdam, 9 March 2020."
)

# The seed quotes, word for word, with the attribution the press release gives them.
QUOTE_AVEST = (
    "Verschillende beleidsafdelingen van gemeenten, praktijkorganisaties zoals Minters, Mooi Werk, "
    "Seniorenwelzijn, Dock en de Kansenfabriek en vrijwilligers werkten in het werkteam samen. De centrale "
    "vraag was: hoe kom je tot een duurzame aanpak tegen eenzaamheid?"
)
QUOTE_TWIST_1 = (
    "Vanuit diverse invalshoeken en onderzoeken is bekeken wat nodig is om tot een duurzame aanpak te komen "
    "en zijn werkwijzen verzameld die verbondenheid en veerkracht vergroten. Het verzamelen en delen van "
    "literatuur en goede voorbeelden heeft voor inspiratie gezorgd om als professionals en bewoners samen te "
    "werken."
)
QUOTE_TWIST_2 = (
    "Wil je een probleem echt aanpakken dan moet je, als professionals en bewoners, samen iets doen. Met "
    "workshops, kenniscafés en laagdrempelige bijeenkomsten in de wijk maakte het werkteam ruimte voor "
    "persoonlijke verhalen, kennis en ervaringen."
)
QUOTE_WALRAVEN = (
    "Iedereen kan zorgen voor meer verbondenheid, vanuit welke rol of functie en hoe klein dit soms ook "
    "lijkt."
)
# English renderings of the same quotes (a translation, marked as such on the English pages).
QUOTE_AVEST_EN = (
    "Various municipal policy departments, practice organisations such as Minters, Mooi Werk, "
    "Seniorenwelzijn, Dock and the Kansenfabriek, and volunteers worked together in the working group. The "
    "central question was: how do you arrive at a lasting approach to loneliness?"
)
QUOTE_TWIST_1_EN = (
    "From various angles and studies we looked at what is needed to arrive at a lasting approach, and "
    "collected ways of working that increase connectedness and resilience. Collecting and sharing literature "
    "and good examples inspired professionals and residents to work together."
)
QUOTE_TWIST_2_EN = (
    "If you really want to tackle a problem, you have to do something together, as professionals and "
    "residents. With workshops, knowledge cafés and easy-going neighbourhood meetings, the working group "
    "made room for personal stories, knowledge and experiences."
)
QUOTE_WALRAVEN_EN = (
    "Anyone can help create more connectedness, whatever their role or job, and however small it may "
    "sometimes seem."
)

PRESS_RELEASE = {
    "slug_nl": "iedereen-kan-zorgen-voor-meer-verbondenheid",
    "date": date(2020, 3, 9),
    # The seed names no author: the release comes from the lectorate, the people in it are quoted.
    "authors": [],
    "werkteam": "platform-ontmoeting-en-innovatie",
    "colour": 3,
    "nl": {
        "slug": "iedereen-kan-zorgen-voor-meer-verbondenheid",
        "title": "15 jaar Dynamiek van de Stad: Iedereen kan zorgen voor meer verbondenheid",
        "intro": "Persbericht van het lectoraat Dynamiek van de Stad (Rotterdam, 9 maart 2020, 08.00 uur). "
        "Van januari 2018 tot november 2019 werkte een werkteam in Barendrecht, Schiedam en Vlaardingen "
        "aan verbondenheid en veerkracht; het online magazine deelt wat het leerde.",
        "tags": ["verbondenheid", "eenzaamheid", "werkteams"],
        "body": [
            paragraphs(
                "Iedereen voelt zich weleens eenzaam; dat hoort bij het leven. Pas wanneer sociale, "
                "emotionele of existentiële eenzaamheid mensen ervan weerhoudt mee te doen met wat ze "
                "willen, zijn er (preventieve) interventies nodig. Eenzaamheid kan dan een groot probleem "
                "zijn, hoe oud iemand ook is, wat zijn achtergrond ook is en hoe groot zijn sociale netwerk "
                "ook is.",
                "Een werkteam van de Werkplaats Sociaal Domein Zuid-Holland Zuid werkte de afgelopen jaren "
                "aan dit thema. Het koos ervoor uit te gaan van wat wenselijk en mogelijk is. In plaats van "
                "over het tegengaan van eenzaamheid spreekt het daarom over het stimuleren van "
                "verbondenheid en veerkracht.",
                "Werkteams zijn een belangrijk deel van de Werkplaats: een gemengde groep betrokkenen pakt "
                "er samen een urgente vraag uit de praktijk op. Dit werkteam was aan het werk van januari "
                "2018 tot november 2019, in de gemeenten Barendrecht, Schiedam en Vlaardingen. David ter "
                "Avest, een van de betrokken onderzoekers van Dynamiek van de Stad, vertelt:",
            ),
            quote(QUOTE_AVEST, "David ter Avest", "onderzoeker, Dynamiek van de Stad"),
            heading("Ruimte voor verhalen, kennis en ervaringen"),
            paragraphs("Onderzoeker Elizabeth van Twist vult haar collega aan:"),
            quote(QUOTE_TWIST_1, "Elizabeth van Twist", "onderzoeker"),
            quote(QUOTE_TWIST_2, "Elizabeth van Twist", "onderzoeker"),
            heading("Iedereen kan het verschil maken"),
            paragraphs(
                "Door die ontmoetingen kregen beleidsprofessionals, sociaal professionals, vrijwilligers, "
                "studenten en docentonderzoekers meer ervaringskennis over werken aan verbondenheid en "
                "veerkracht. De menselijke maat verschilt per persoon, en dat moet erkend worden. Wie "
                "oprecht belangstelling toont, merkt dat mensen zich openstellen en over hun problemen "
                "vertellen: dan ontstaat echt contact. Positieve emoties maken mensen blij, en wie "
                "(emotioneel) geraakt wordt, gaat anders doen en laten.",
                "Uitvoerende sociaal professionals lieten door samen met bewoners aan de slag te gaan zien "
                "hoe je bewoners bereikt en benadert. Kennis uit de cultuursector hielp bewoners onderling "
                "nieuwe, blijvende contacten te leggen. En de ervaringsdeskundigheid en expertise van "
                "vrijwilligers leverden nieuwe projecten op, zoals Fietsmaatjes Schiedam.",
            ),
            quote(QUOTE_WALRAVEN, "Guido Walraven", "lector Dynamiek van de Stad"),
            paragraphs(
                "In het laatste anderhalf jaar ontdekte het werkteam hoe gemakkelijk een gesprek van mens "
                "tot mens op gang komt. Een werkvorm die daarbij past, is <i>de hand</i>. Verschillende "
                "werkteamleden gebruiken die om in nieuwe en bestaande groepen bewoners een verdiepend "
                "gesprek te voeren. In een van de kennisclips vertelt een werkteamlid hoe dat in de praktijk "
                "gaat.",
                "Wie meer wil weten over alle activiteiten en uitkomsten, kan terecht in het online magazine "
                "Verbondenheid en Veerkracht. Daarin deelt het werkteam zijn werkwijze en wat het leerde, om "
                "anderen te inspireren en te laten zien dat we allemaal voor verbondenheid kunnen zorgen.",
            ),
            heading("Kick-off op 2 april 2020"),
            paragraphs(
                "Op donderdag 2 april 2020 begint de Werkplaats met een Kick-off aan haar nieuwe periode, "
                "die tot 2022 loopt. Zoek je inspiratie uit de regio en wil je weten wat de Werkplaats "
                "Sociaal Domein de afgelopen jaren heeft bereikt? Dan ben je van harte welkom; aanmelden kan "
                "nu.",
            ),
            heading("Over de Werkplaats"),
            paragraphs(
                "De Werkplaats is een regionaal samenwerkingsverband. Sinds 2016 werken daarin verschillende "
                "partners aan maatschappelijke vraagstukken: onderzoeks- en onderwijsinstellingen, "
                "gemeenten, (partners in) zorg- en welzijnsorganisaties, sociaal ondernemers, bewoners en "
                "cliënten. De Werkplaats wordt getrokken door lector Dynamiek van de Stad Guido Walraven "
                "(Hogeschool Inholland) en lector Toby Witte (Kenniscentrum Talentontwikkeling, Hogeschool "
                "Rotterdam).",
            ),
            heading("15 jaar Dynamiek van de Stad"),
            paragraphs(
                "Sinds 2005 werkt Dynamiek van de Stad mee aan een inclusieve en veerkrachtige stad. Al 15 "
                "jaar doet lector Guido Walraven met onderzoekers, professionals, studenten en docenten "
                "praktijkgericht onderzoek naar maatschappelijke vraagstukken in stad en wijk, voor en met "
                "de bewoners. Daarbij staan drie thema’s centraal: stedelijk burgerschap, de transformatie "
                "van het sociaal domein, en sociaal ondernemerschap en sociale innovatie.",
            ),
        ],
    },
    "en": {
        "slug": "anyone-can-help-create-more-connectedness",
        "title": "15 years of Urban Dynamics: Anyone can help create more connectedness",
        "intro": "Press release from the Urban Dynamics research group (Rotterdam, 9 March 2020, 8 am). From "
        "January 2018 to November 2019 a working group in Barendrecht, Schiedam and Vlaardingen worked on "
        "connectedness and resilience; the online magazine shares what it learned.",
        "tags": ["connectedness", "loneliness", "working groups"],
        "body": [
            paragraphs(
                "Everyone feels lonely now and then; it is part of life. Only when social, emotional or "
                "existential loneliness keeps people from taking part in what they want to do are "
                "(preventive) interventions needed. Loneliness can then be a big problem, whatever someone’s "
                "age, background or size of social network.",
                "A working group of the Werkplaats Sociaal Domein Zuid-Holland Zuid worked on this theme in "
                "recent years. It chose to start from what is desirable and possible. So instead of fighting "
                "loneliness, it speaks of encouraging connectedness and resilience.",
                "Working groups are an important part of the Werkplaats: a mixed group of people involved "
                "takes on an urgent question from practice together. This group was at work from January "
                "2018 to November 2019, in the municipalities of Barendrecht, Schiedam and Vlaardingen. "
                "David ter Avest, one of the researchers from Urban Dynamics involved, explains (translated "
                "from Dutch):",
            ),
            quote(QUOTE_AVEST_EN, "David ter Avest", "researcher, Urban Dynamics"),
            heading("Room for stories, knowledge and experience"),
            paragraphs(
                "Researcher Elizabeth van Twist adds to what her colleague said (translated from Dutch):"
            ),
            quote(QUOTE_TWIST_1_EN, "Elizabeth van Twist", "researcher"),
            quote(QUOTE_TWIST_2_EN, "Elizabeth van Twist", "researcher"),
            heading("Anyone can make a difference"),
            paragraphs(
                "Through these encounters, policy professionals, social professionals, volunteers, students "
                "and lecturer-researchers gained more hands-on knowledge of working on connectedness and "
                "resilience. The human scale differs from person to person, and that needs to be "
                "recognised. Show genuine interest and people open up and talk about their problems: that "
                "is when real contact happens. Positive emotions make people happy, and people who are "
                "(emotionally) touched start to act differently.",
                "By getting to work together with residents, frontline social professionals showed how to "
                "reach and approach them. Knowledge from the cultural sector helped residents make new, "
                "lasting contacts with each other. And the lived experience and expertise of volunteers led "
                "to new projects, such as Fietsmaatjes Schiedam.",
            ),
            quote(QUOTE_WALRAVEN_EN, "Guido Walraven", "professor of Urban Dynamics"),
            paragraphs(
                "In the last year and a half the working group discovered how easily a person-to-person "
                "conversation gets going. A method that suits this is <i>the hand</i>. Several members use "
                "it to have a deeper conversation in new and existing groups of residents. In one of the "
                "knowledge clips a member explains how it works in practice.",
                "Anyone who wants to know more about all the activities and results can read the online "
                "magazine Verbondenheid en Veerkracht (Connectedness and Resilience). In it the working "
                "group shares how it worked and what it learned, to inspire others and to show that we can "
                "all help create connectedness.",
            ),
            heading("Kick-off on 2 April 2020"),
            paragraphs(
                "On Thursday 2 April 2020 the Werkplaats starts its new period, which runs until 2022, with "
                "a Kick-off. Looking for inspiration from the region, and curious what the Werkplaats "
                "Sociaal Domein has achieved in recent years? You are very welcome; you can sign up now.",
            ),
            heading("About the Werkplaats"),
            paragraphs(
                "The Werkplaats is a regional partnership. Since 2016 several partners have worked in it on "
                "social questions: research and teaching institutions, municipalities, (partners in) care "
                "and welfare organisations, social entrepreneurs, residents and clients. The Werkplaats is "
                "led by Guido Walraven, professor of Urban Dynamics (Inholland University of Applied "
                "Sciences), and professor Toby Witte (Centre of Expertise for Talent Development, Rotterdam "
                "University of Applied Sciences).",
            ),
            heading("15 years of Urban Dynamics"),
            paragraphs(
                "Since 2005 Urban Dynamics has contributed to an inclusive and resilient city. For 15 years "
                "professor Guido Walraven has done practice-based research with researchers, professionals, "
                "students and lecturers into social questions in the city and its neighbourhoods, for and "
                "with the residents. Three themes are central: urban citizenship, the transformation of the "
                "social domain, and social entrepreneurship and social innovation.",
            ),
        ],
    },
}

CONFERENCE_REPORT = {
    "slug_nl": "werkconferentie-doe-leer-en-inspireer",
    "date": date(2017, 11, 8),
    "authors": [],
    "colour": 2,
    "nl": {
        "slug": "werkconferentie-doe-leer-en-inspireer",
        "title": "Sfeerverslag van de Werkconferentie Doe, Leer en Inspireer!",
        "intro": "Een verslag van de werkconferentie van 26 oktober 2017 in Theater aan de Schie: een "
        "inspirerende, interactieve middag over samen doen en meewerken in de Werkplaats.",
        "tags": ["werkconferentie"],
        "body": [
            paragraphs(
                "Op donderdag 26 oktober was Theater aan de Schie het decor van de Werkconferentie Doe, "
                "Leer en Inspireer! Dit is een impressie van een middag vol inspiratie en interactie, over "
                "samen doen en meewerken in de Werkplaats. Het verslag verscheen op 8 november 2017 op de "
                "landelijke website, met een verwijzing naar deze site.",
            ),
            heading("Inspirerende sprekers"),
            paragraphs(
                "Na een hartelijk welkom, onder meer door de kanjers van De Buurtvrouw, luisterde de zaal "
                "met een stuk chocola geboeid naar een korte reeks sprekers. Ze stelden zich open op en "
                "deelden kwetsbare, maar positieve verhalen.",
                "Patricia van Aaken, wethouder van Schiedam voor zorg en welzijn, ouderenbeleid en "
                "duurzaamheid, opende met de nadruk op wat goed gaat in het werk. Een voorbeeld waar ze erg "
                "blij mee is: maatschappelijke partners die gaan meedenken. Daarna vertelden ook alle andere "
                "aanwezigen elkaar wat er de laatste tijd goed ging in hun werk.",
                "Lector Toby Witte gaf de zaal iets om over na te denken. Het zou goed zijn als we durven "
                "toe te geven dat sommige sociale problemen in onze samenleving nu eenmaal niet op te lossen "
                "zijn. De samenleving is wel maakbaar: problemen kun je beheersbaar en hanteerbaar maken. "
                "Dat vraagt van iedereen die erbij betrokken is dat hij zijn kennis deelt, samenwerkt en van "
                "en met anderen blijft leren. Het gaat om de zoektocht naar de <i>professionaliteit van het "
                "ongepaste</i>, waarin vernieuwende <i>tussenwerkers</i> de verbindingen tussen mensen, "
                "samenleving en overheid leggen en herstellen.",
            ),
            heading("Vorm, inhoud en relaties"),
            paragraphs(
                "Het verslag eindigt met de drie krachtlijnen die de Werkplaatsen kenmerken: vorm, inhoud en "
                "relaties. Juist het samenspel tussen die drie is beslissend.",
            ),
        ],
    },
    "en": {
        "slug": "working-conference-do-learn-and-inspire",
        "title": "Report: working conference Doe, Leer en Inspireer! (Do, Learn and Inspire!)",
        "intro": "A report of the working conference of 26 October 2017 at Theater aan de Schie: an "
        "inspiring, interactive afternoon about doing things together and taking part in the Werkplaats.",
        "tags": ["working conference"],
        "body": [
            paragraphs(
                "On Thursday 26 October Theater aan de Schie was the setting for the working conference Doe, "
                "Leer en Inspireer! This is an impression of an afternoon full of inspiration and "
                "interaction, about doing things together and taking part in the Werkplaats. The report "
                "appeared on 8 November 2017 on the national website, with a link to this site.",
            ),
            heading("Inspiring speakers"),
            paragraphs(
                "After a warm welcome, among others from the stars of De Buurtvrouw, the audience, with a "
                "piece of chocolate to hand, listened closely to a short series of speakers. They were open "
                "and shared vulnerable but positive stories.",
                "Patricia van Aaken, Schiedam’s alderman for care and welfare, policy for older people and "
                "sustainability, opened by focusing on what goes well at work. One example she is very "
                "pleased with: community partners who start thinking along. Then everyone present told each "
                "other what had recently gone well in their work.",
                "Professor Toby Witte gave the audience something to think about. It would be good if we "
                "dared to admit that some social problems in our society simply cannot be solved. Society "
                "can be shaped, though: problems can be made manageable and workable. That asks everyone "
                "involved to share their knowledge, work together and keep learning from and with others. "
                "It is about the search for the <i>professionalism of the improper</i>, in which innovative "
                "<i>in-between workers</i> make and repair the connections between people, society and "
                "government.",
            ),
            heading("Form, content and relationships"),
            paragraphs(
                "The report closes with the three lines of force that mark the Werkplaatsen: form, content "
                "and relationships. It is the interplay between the three that is decisive.",
            ),
        ],
    },
}
