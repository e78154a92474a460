"""Blog and news: the seed pages 000-004, every fact kept, retold in the project's own words."""

from datetime import date

from . import heading, paragraphs
from .press import CONFERENCE_REPORT, PRESS_RELEASE

BLOG = {
    "slug_nl": "dagdroom-negen-maanden",
    "date": date(2016, 11, 3),
    "authors": ["Elizabeth van Twist"],
    "colour": 4,
    "nl": {
        "slug": "dagdroom-negen-maanden",
        "title": "Blog 2: Dagdroom over wat we in negen maanden kunnen bereiken",
        "intro": "Een werkgroepleider van de Werkplaats droomt hardop over wat haar werkgroep tussen oktober "
        "2016 en juni 2017 voor de kwaliteit van leven in de regio kan betekenen.",
        "tags": ["kwaliteit van leven", "sociale wijkteams"],
        "body": [
            paragraphs(
                "Ik doe mee aan de Werkplaats Sociaal Domein Zuid-Holland Zuid als leider van de werkgroep "
                "doorontwikkeling sociale wijkteams. Daarmee heb ik me verbonden aan een flinke opdracht: de "
                "kwaliteit van leven van de inwoners van Zuid-Holland Zuid bevorderen. Wát we willen is "
                "dus helder. Nu komt de vraag hoe we dat aanpakken.",
                "Op 10 oktober 2016 gingen de werkgroepen van start, en in juni 2017 moeten de doelen "
                "bereikt en de resultaten zichtbaar zijn. Wie dat hoort, trekt waarschijnlijk de wenkbrauwen "
                "op, of stuurt tegenwoordig een smiley met grote ogen: kan dat eigenlijk wel? Ik hoor bij de "
                "mensen die Jeroen Busscher<sup>[1]</sup> <i>blije eikels</i> noemt: altijd enthousiast, vol "
                "energie en met een roze bril op. Altijd is wat sterk, vaak klopt wel. Daarom neem ik je mee "
                "in mijn dagdroom over wat we in die negen maanden kunnen bereiken. Het is, zo terzijde, "
                "precies de tijd die een baby nodig heeft om in de buik uit te groeien.",
                "Over kwaliteit van leven valt veel te zeggen. Voor mij draait het erom dat mensen hun eigen "
                "leven goed, bevredigend of waardevol vinden. Daaraan willen en kunnen we de komende negen "
                "maanden veel doen. Mijn eerste vragen zijn hoe we dat doen en hoe we het aan iedereen laten "
                "zien. Direct daarna volgt de vraag of we het wel aan iedereen moeten laten zien.",
                "Voor de tweede bijeenkomst schreven we in hoog tempo een werkdocument. Is dat genoeg? Wat "
                "mij betreft zijn we nu al geslaagd. Op drie bijeenkomsten hebben we meer dan 150 inwoners "
                "van Zuid-Holland Zuid geïnspireerd. Dat werkt als een steen die je in een rivier legt: de "
                "stroom van energie verandert, en de mensen zelf ook, voorgoed.",
                "Er hebben zich mensen gemeld met passie en doorzettingsvermogen, met toewijding en een "
                "brede blik, met naastenliefde, betrokkenheid, verwondering en morele bevlogenheid. Zij "
                "zetten zich in voor een betere kwaliteit van leven, in zeven bijeenkomsten van de "
                "werkgroep(en). Wat daaruit komt, is bedoeld voor alle professionals die werken met mensen "
                "in kwetsbare situaties.",
                "Soms zijn wij dat zelf: als een drukke baan en de zorg voor kinderen of ouders stress "
                "geven, of als we tegen een burn-out aan zitten. Soms gaat het om anderen in ingewikkelde "
                "levenssituaties, die we als professional of informeel steunen. Zien we de ander weer als "
                "een heel mens, met negatieve en positieve kanten, met deugden, kwaliteiten, kwetsbaarheden "
                "en kracht, dan werkt iedereen voortdurend aan zijn of haar kwaliteit van leven.",
                "Als we nu zaaien, door allerlei ontmoetingen te organiseren, dan kunnen we over negen "
                "maanden de eerste waardevolle verhalen over kwaliteit van leven oogsten…",
            ),
            (
                "footnotes",
                {
                    "title": "Noten",
                    "notes": [{"text": "<p>Busscher, J. (2013) ‘De kracht van de roze bril’.</p>"}],
                },
            ),
        ],
    },
    "en": {
        "slug": "daydream-nine-months",
        "title": "Blog 2: Daydreaming about what we can achieve in nine months",
        "intro": "A working group leader at the Werkplaats dreams aloud about what her group can do for the "
        "quality of life in the region between October 2016 and June 2017.",
        "tags": ["quality of life", "social neighbourhood teams"],
        "body": [
            paragraphs(
                "I take part in the Werkplaats Sociaal Domein Zuid-Holland Zuid as the leader of the working "
                "group on developing social neighbourhood teams. That commits me to a big task: improving "
                "the quality of life of the people of Zuid-Holland Zuid. So we know <i>what</i> we want. Now "
                "the question is how we go about it.",
                "The working groups started on 10 October 2016, and by June 2017 the goals should be met "
                "and the results visible. Anyone hearing that will probably raise an eyebrow, or these days "
                "send a wide-eyed smiley: is that even possible? I belong to the people Jeroen "
                "Busscher<sup>[1]</sup> calls <i>happy acorns</i>: always enthusiastic, full of energy and "
                "wearing rose-tinted glasses. Always may be a stretch, but often is true. So let me take you "
                "along in my daydream about what we can achieve in those nine months. It is, as an aside, "
                "exactly the time a baby needs to grow in the womb.",
                "There is a lot to say about quality of life. For me, what matters is that people find their "
                "own lives good, satisfying or worthwhile. In the next nine months we want to, and can, do a "
                "great deal about that. My first questions are how we do it and how we show it to everyone. "
                "Straight after comes the question whether we should show it to everyone at all.",
                "Before the second meeting we wrote a working document at high speed. Is that enough? As "
                "far as I am concerned we have already succeeded. At three meetings we inspired more than "
                "150 people from Zuid-Holland Zuid. It is like placing a stone in a river: the flow of "
                "energy changes, and so do the people themselves, for good.",
                "People have come forward with passion and perseverance, with dedication and a broad view, "
                "with compassion, commitment, wonder and moral drive. They work for a better quality of life "
                "in seven meetings of the working group(s). What comes out of it is meant for every "
                "professional who works with people in vulnerable situations.",
                "Sometimes that is us: when a busy job and caring for children or parents cause stress, or "
                "when we are close to burning out. Sometimes it is others in complicated situations, whom we "
                "support as professionals or informally. If we see the other person as a whole human being "
                "again, with negative and positive sides, virtues, qualities, vulnerabilities and strength, "
                "then everyone is always working on his or her quality of life.",
                "If we sow now, by organising all kinds of encounters, then in nine months we can harvest "
                "the first valuable stories about quality of life…",
            ),
            (
                "footnotes",
                {
                    "title": "Notes",
                    "notes": [
                        {
                            "text": "<p>Busscher, J. (2013) ‘De kracht van de roze bril’ (The power of "
                            "rose-tinted glasses).</p>"
                        }
                    ],
                },
            ),
        ],
    },
}

HEART = {
    "slug_nl": "het-hart-van-de-werkplaats",
    "imported_title": "11-07-18: Het hart van de Werkplaats",
    "authors": [],
    "colour": 5,
    "nl": {
        "slug": "het-hart-van-de-werkplaats",
        "title": "Het hart van de Werkplaats",
        "intro": "Vier werkteams zijn actief in de regio. Na een half jaar kijken ze samen met de gemeenten "
        "terug en vooruit.",
        "tags": ["werkteams", "kenniscafé"],
        "body": [
            paragraphs(
                "Sinds het eind van 2017 zijn de werkteams van de Werkplaats in de regio aan het werk. Zij "
                "vormen de kern van wat de Werkplaats doet. Er zijn nu vier werkteams, elk met een eigen "
                "onderwerp.",
            ),
            heading("Waar de werkteams aan werken"),
            paragraphs(
                "Een van de werkteams zoekt in casuïstiek naar de elementen die werken om intergenerationele "
                "problematiek te voorkomen. Het werkteam informeel-formeel wil samen met bewoners politici "
                "in beweging krijgen tegen armoede, met een aanpak die op actie is gericht. Het werkteam "
                "platform ontmoeting en innovatie zet platforms op: een in Coolhaven in Rotterdam en een "
                "voor verbondenheid en veerkracht, samen met de BAR-organisatie en de gemeenten Schiedam en "
                "Vlaardingen.",
            ),
            heading("De evaluatie in juni"),
            paragraphs(
                "In juni blikten de werkteams terug op het afgelopen half jaar en maakten ze met de "
                "betrokken gemeenten de balans op. Hoe staan de werkteams ervoor? Zijn we tevreden? Heeft "
                "ons werk betekenis? En wat willen we hierna?",
                "De werkteams leren van elkaar en delen wat ze weten. Doordat ze gemengd zijn samengesteld, "
                "komen nieuwe inzichten en perspectieven bij elkaar. Voor de leden zelf blijken de "
                "leerprocessen betekenisvol en waardevol. Lastig blijft dat professionals hun nieuwe "
                "inspiratie en wat ze leerden moeilijk kwijt kunnen in hun eigen gemeente, organisatie of "
                "team. De werkteams willen ook op het niveau van teams en organisaties van betekenis zijn.",
            ),
            heading("De eerste opbrengsten"),
            paragraphs(
                "Tot nu toe leverden de werkteams gastlessen, literatuurverkenningen, een workshop "
                "genogrammen, presentaties over zingeving voor leden van wijkteams, en keukentafelgesprekken "
                "met politici en beleidsafdelingen op. Toch vinden velen dat er meer tastbare opbrengsten "
                "moeten komen, die anderen kunnen overnemen.",
            ),
            heading("Hoe verder"),
            paragraphs(
                "Alle werkteams gaan door, in elk geval tot het eind van 2018. Ze vinden het allemaal urgent "
                "dat hun werk duurzaam wordt gesteund, en vragen om commitment en meer draagvlak in hun "
                "eigen organisaties. Ze blijven actief en kiezen voor een aanpak die draait om leren, vanuit "
                "een positieve benadering.",
                "Elk werkteam heeft de eerste volgende stappen al gezet. Een belangrijk deel daarvan zijn "
                "drie kenniscafés, in september, november en december: open bijeenkomsten waar de werkteams "
                "zich voorstellen, hun opbrengsten delen en het debat op gang brengen. Iedereen is welkom.",
            ),
        ],
    },
    "en": {
        "slug": "the-heart-of-the-werkplaats",
        "title": "The heart of the Werkplaats",
        "intro": "Four working groups are active in the region. Six months in, they look back and ahead "
        "together with the municipalities.",
        "tags": ["working groups", "knowledge café"],
        "body": [
            paragraphs(
                "The working groups of the Werkplaats have been at work in the region since the end of 2017. "
                "They are the core of what the Werkplaats does. There are now four groups, each with a "
                "subject of its own.",
            ),
            heading("What the working groups work on"),
            paragraphs(
                "One group studies casework for the elements that help prevent problems passing from one "
                "generation to the next. The informal-formal working group wants to get politicians moving "
                "against poverty together with residents, with an approach aimed at action. The platform "
                "for encounter and innovation working group sets up platforms: one in Coolhaven in Rotterdam "
                "and one for connectedness and resilience, with the BAR organisation and the municipalities "
                "of Schiedam and Vlaardingen.",
            ),
            heading("The evaluation in June"),
            paragraphs(
                "In June the working groups looked back on the past six months and took stock with the "
                "municipalities involved. How are the groups doing? Are we satisfied? Does our work matter? "
                "And what do we want next?",
                "The working groups learn from each other and share what they know. Because they are mixed, "
                "new insights and perspectives come together. For the members themselves, the learning "
                "proves meaningful and valuable. What remains hard is that professionals find it difficult "
                "to pass on their new inspiration and what they learned within their own municipality, "
                "organisation or team. The groups want to matter at the level of teams and organisations "
                "too.",
            ),
            heading("The first results"),
            paragraphs(
                "So far the working groups have delivered guest lectures, literature reviews, a workshop on "
                "genograms, presentations on meaning in life for members of neighbourhood teams, and "
                "kitchen-table talks with politicians and policy departments. Even so, many feel there "
                "should be more tangible results that others can take over.",
            ),
            heading("What next"),
            paragraphs(
                "All the working groups will carry on, at least until the end of 2018. They all find it "
                "urgent that their work gets lasting support, and ask for commitment and more backing "
                "within their own organisations. They stay active and choose an approach built on learning, "
                "from a positive angle.",
                "Every group has already taken its first next steps. An important part of them are three "
                "knowledge cafés, in September, November and December: open meetings where the groups "
                "introduce themselves, share their results and get the debate going. Everyone is welcome.",
            ),
        ],
    },
}

BURGERKRACHT = {
    "slug_nl": "burgerkracht-als-doorzettingskracht",
    "imported_title": "13-05-18: Burgerkracht als doorzettingskracht",
    "authors": [],
    "werkteam": "informeel-formeel",
    "colour": 1,
    "nl": {
        "slug": "burgerkracht-als-doorzettingskracht",
        "title": "Burgerkracht als doorzettingskracht",
        "intro": "Werkteam 2 groeide in een maand van drie naar zeven leden en kwam in november met veertien "
        "mensen bijeen. Zo koos het zijn eigen, ongepaste koers.",
        "tags": ["werkteams", "armoede", "informeel-formeel"],
        "body": [
            paragraphs(
                "Sinds oktober 2017 werkt Werkteam 2 van de Werkplaats aan dit thema. Er doen beleidsmakers, "
                "sociaal professionals, docentonderzoekers, sociaal ondernemers, vrijwilligers en bewoners "
                "aan mee. Het team pakt als <i>ongepast</i> team concrete problemen van bewoners aan: het "
                "gaat de formele instellingen binnen en schuift deze keer bij hen aan de keukentafel.",
            ),
            heading("Van drie naar veertien"),
            paragraphs(
                "Na de startbijeenkomst begonnen we klein. Binnen een maand groeiden we van drie naar vier "
                "en daarna naar zeven leden. Op de Werkconferentie deden we een open oproep, en daarop "
                "meldden zich veel mensen aan, ook uit andere gemeenten dan Rotterdam. Zo hielden we in "
                "november met veertien mensen de eerste echte bijeenkomst van het werkteam.",
                "Na weken van brainstormen bepaalden we die middag onze koers. We keren het begrippenpaar om "
                "en spreken van informeel-formeel in plaats van formeel-informeel. We gaan uit van de vragen "
                "van bewoners. En we werken ludiek en <i>ongepast</i>. Burgerkracht als doorzettingskracht! "
                "Het werkteam koos drie thema’s: de mantelzorgboete, huisuitzetting en radicalisering van "
                "jongeren.",
            ),
            heading("Aan tafel bij de instellingen"),
            paragraphs(
                "We verdiepen ons in de thema’s, luisteren naar de ervaringen van bewoners en houden "
                "keukentafelgesprekken bij formele instellingen, om te zien hoeveel ruimte er is om invloed "
                "uit te oefenen. Met een tafelkleed, een placemat en potten en pannen laten we zien dat het "
                "formele deze keer aanschuift bij het informele. Het thema blijkt steeds duidelijker een "
                "politieke kant te hebben. Daarom gingen we in april en mei meer dan eens het stadhuis in.",
            ),
            heading("Wat lastig bleek"),
            paragraphs(
                "Een echte doorbraak forceren valt niet mee, en we krijgen niet alle drie de thema’s echt "
                "van de grond. Ook het werkteam zelf blijkt een onvoorspelbare dynamiek te hebben. We "
                "groeiden snel van drie naar veertien leden, maar na die piek nam het aantal actieve leden "
                "wat af, net als de actieve deelname uit de hele regio. Er is wel een stevig kernteam van "
                "ongeveer zeven mensen ontstaan.",
                "Daarnaast proberen we het leertraject van het werkteam vorm te geven en in praktijk te "
                "brengen. Ook dat is moeilijk, omdat iedereen vrijwillig en wisselend meedoet. Toch zijn we "
                "volop bezig en brengen we de verandering van leren naar doen in praktijk. We gaan vaak op "
                "pad, zetten veel ervaringskennis in en houden vol tot er een doorbraak is.",
            ),
        ],
    },
    "en": {
        "slug": "citizen-power-as-staying-power",
        "title": "Citizen power as staying power",
        "intro": "Within a month Working group 2 grew from three to seven members, and in November fourteen "
        "people met. This is how it chose its own, unconventional course.",
        "tags": ["working groups", "poverty", "informal-formal"],
        "body": [
            paragraphs(
                "Since October 2017 Working group 2 of the Werkplaats has been working on this theme. Its "
                "members are policy makers, social professionals, lecturer-researchers, social "
                "entrepreneurs, volunteers and residents. As an <i>improper</i> team it takes on residents’ "
                "concrete problems: it goes inside the formal institutions and, for once, pulls up a chair "
                "at their kitchen table.",
            ),
            heading("From three to fourteen"),
            paragraphs(
                "After the opening meeting we started small. Within a month we grew from three to four and "
                "then to seven members. At the Werkconferentie we made an open call, and many people signed "
                "up, also from municipalities other than Rotterdam. So in November fourteen of us held the "
                "first real meeting of the working group.",
                "After weeks of brainstorming we set our course that afternoon. We turn the pair of words "
                "around and speak of informal-formal instead of formal-informal. We start from residents’ "
                "questions. And we work playfully and <i>improperly</i>. Citizen power as staying power! The "
                "group chose three themes: the fine for family carers, evictions and the radicalisation of "
                "young people.",
            ),
            heading("At the institutions’ table"),
            paragraphs(
                "We read up on the themes, listen to what residents have been through and hold kitchen-table "
                "talks at formal institutions, to see how much room there is to exert influence. With a "
                "tablecloth, a placemat and pots and pans we show that, this time, the formal side joins "
                "the informal side at the table. The theme turns out to have an ever clearer political side. "
                "That is why we went into the city hall more than once in April and May.",
            ),
            heading("What proved hard"),
            paragraphs(
                "Forcing a real breakthrough is not easy, and we do not manage to get all three themes off "
                "the ground. The group itself turns out to have unpredictable dynamics too. We grew quickly "
                "from three to fourteen members, but after that peak the number of active members fell "
                "somewhat, as did active participation from across the region. A solid core team of about "
                "seven people has formed, though.",
                "We are also trying to shape the group’s learning path and put it into practice. That is "
                "hard as well, because everyone takes part voluntarily and not always. Still, we are fully "
                "at work and putting the change from learning to doing into practice. We get out a lot, draw "
                "heavily on lived experience and will keep going until there is a breakthrough.",
            ),
        ],
    },
}

POSTS = [BLOG, HEART, BURGERKRACHT, PRESS_RELEASE, CONFERENCE_REPORT]
