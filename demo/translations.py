"""English demo translations, made through wagtail-localize's own records.

Each translated page or snippet gets a TranslationSource, a Translation and one
StringTranslation per source string, exactly as if a translator had used the translation
editor, so the admin shows them as translated and "Sync translated pages" keeps working.
Runs last in DEMO_MODULES; safe to run again.
"""

import json
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import FooterContent, HomePage, MainMenu, Partner, Person
from home.translators import ensure_translators_group

# Publishing bookkeeping that changes on every save without changing what is translated.
VOLATILE_KEYS = {
    "live_revision",
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
}


NOISE_KEYS = {"pk", "id"}


def _normalised(value):
    """Content without the database's noise: StreamField JSON strings (key order differs per
    database) are parsed, and row ids and block ids are dropped, because the other demo
    modules recreate child rows and blocks on every run without changing their content."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, dict):
        return {key: _normalised(item) for key, item in value.items() if key not in NOISE_KEYS}
    return value


def _content(source):
    data = json.loads(source.content_json)
    return {key: _normalised(value) for key, value in data.items() if key not in VOLATILE_KEYS}


@dataclass
class TranslationResult:
    instance: object
    changed: bool
    untranslated: list = field(default_factory=list)


def translate(instance, locale, english, tags=None, publish=True):
    """Create or update the ``locale`` translation of ``instance``.

    ``english`` maps each Dutch source string (as wagtail-localize extracted it) to its
    translation. Strings without one keep the Dutch text and are reported back. ``tags``
    sets the translation's own tags (tags are kept per language). Nothing is saved when
    the source, the strings and the tags are all unchanged.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    with transaction.atomic():
        source, created = TranslationSource.get_or_create_from_instance(instance)
        changed = created
        if not created:
            previous_json, previous = source.content_json, _content(source)
            source.update_from_db()
            if source.content_json != previous_json:
                source.refresh_segments()
            changed = _content(source) != previous
        translation, translation_created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        changed = changed or translation_created

        untranslated = []
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = english.get(segment.string.data)
            if text is None:
                untranslated.append(segment.string.data)
                continue
            _string_translation, string_changed = _store(segment, locale, text)
            changed = changed or string_changed

        target = instance.get_translation_or_none(locale)
        if isinstance(instance, Page):
            target, changed = _save_page(translation, instance, target, changed, tags, publish)
        elif target is None or changed:
            translation.save_target()
            target, changed = instance.get_translation(locale), True
    return TranslationResult(target, changed, untranslated)


def _save_page(translation, source_page, target, changed, tags, publish):
    """Save the page translation, give it its own tags, and publish it straight away.

    wagtail-localize publishes page translations on transaction commit; the demo publishes
    here instead, so the tags and the text land in one revision inside the loader's
    transaction.
    """
    if target is None or changed:
        translation.source.create_or_update_translation(
            translation.target_locale, publish=False, fallback=True, copy_parent_pages=True
        )
        target = source_page.get_translation(translation.target_locale)
        changed = True
    target = target.specific
    draft = target.get_latest_revision_as_object() if target.has_unpublished_changes else target
    tags_differ = tags is not None and set(draft.tags.names()) != set(tags)
    if tags_differ:
        draft.tags.set(tags)
    if tags_differ or (publish and (draft.has_unpublished_changes or not draft.live)):
        revision = draft.save_revision()
        if publish:
            revision.publish()
        target = type(target).objects.get(pk=target.pk)
        changed = True
    return target, changed


def _store(segment, locale, text):
    existing = StringTranslation.objects.filter(
        translation_of=segment.string, locale=locale, context=segment.context
    ).first()
    if existing is not None and existing.data == text:
        return existing, False
    if existing is None:
        existing = StringTranslation(translation_of=segment.string, locale=locale, context=segment.context)
    existing.data = text
    existing.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
    existing.has_error = False
    existing.save()
    return existing, True


# English for every Dutch string of the demo pages and snippets, written for English readers
# rather than word for word. Keys are the Dutch strings exactly as wagtail-localize extracts
# them (rich text keeps its inline tags, links as <a id="a1">); slugs are strings too.
SITE_NAME = "Werkplaats Sociaal Domein Zuid-Holland Zuid"

# Strings that recur across pages: the site's name, footnote markers.
COMMON = {SITE_NAME: SITE_NAME, "[1]": "[1]", "[2]": "[2]", "[3]": "[3]", "Noten": "Notes"}

PAGES = [
    (
        "",
        {
            SITE_NAME: SITE_NAME,
            "home": "home",
            "De Werkplaats Sociaal Domein Zuid-Holland Zuid is een regionaal samenwerkingsverband van "
            "gemeenten, hogescholen, zorg- en welzijnsorganisaties, sociaal ondernemers en bewoners.": (
                "The Werkplaats Sociaal Domein Zuid-Holland Zuid is a regional partnership in which "
                "municipalities, universities of applied sciences, care and welfare organisations, social "
                "entrepreneurs and residents work together."
            ),
        },
        None,
    ),
    (
        "over/",
        {
            "Over de Werkplaats": "About the Werkplaats",
            "over": "about",
            "Wie we zijn, met wie we samenwerken en hoe we werken: samen leren in de praktijk.": (
                "Who we are, who we work with and how: learning together in everyday practice."
            ),
            "In de Werkplaats werken onderzoeks- en onderwijsinstellingen, gemeenten, zorg- en "
            "welzijnsorganisaties, sociaal ondernemers, bewoners en cliënten sinds 2016 samen aan "
            "maatschappelijke vraagstukken in de regio Zuid-Holland Zuid.": (
                "Since 2016 the Werkplaats has brought together research and teaching institutions, "
                "municipalities, care and welfare organisations, social entrepreneurs, residents and "
                "clients to tackle social questions in the Zuid-Holland Zuid region."
            ),
            "De werkteams": "The working groups",
            "Het hart van de Werkplaats zijn de werkteams: gemengde groepen van beleidsmakers, "
            "professionals, docentonderzoekers, studenten, vrijwilligers en bewoners die samen aan één "
            "urgente vraag uit de praktijk werken.": (
                "Working groups are at the heart of the Werkplaats: mixed teams of policy makers, "
                "practitioners, lecturer-researchers, students, volunteers and residents who take on one "
                "pressing question from practice together."
            ),
            "Trekkers": "Led by",
            "Lector Guido Walraven (Dynamiek van de Stad, Hogeschool Inholland) en lector Toby Witte "
            "(Kenniscentrum Talentontwikkeling, Hogeschool Rotterdam) trekken de Werkplaats.": (
                "The Werkplaats is led by professor Guido Walraven (Urban Dynamics, Inholland University "
                "of Applied Sciences) and professor Toby Witte (Centre of Expertise for Talent "
                "Development, Rotterdam University of Applied Sciences)."
            ),
        },
        None,
    ),
    (
        "contact/",
        {
            "Contact": "Contact",
            "contact": "contact",
            "Een vraag, een idee of zin om mee te doen? Zo bereik je ons.": (
                "A question, an idea, or keen to take part? This is how to reach us."
            ),
            "<b>Werkplaats Sociaal Domein Zuid-Holland Zuid</b><br/>Museumpark 40<br/>3015 CX Rotterdam"
            "<br/>Kamer MP.L03.105": (
                "<b>Werkplaats Sociaal Domein Zuid-Holland Zuid</b><br/>Museumpark 40<br/>3015 CX Rotterdam"
                "<br/>The Netherlands<br/>Room MP.L03.105"
            ),
            'Telefoon: 010 794 5676<br/>E-mail: <a id="a1">info@werkplaatssociaaldomeinzhz.nl</a>': (
                'Phone: +31 10 794 5676<br/>Email: <a id="a1">info@werkplaatssociaaldomeinzhz.nl</a>'
            ),
        },
        None,
    ),
    (
        "actueel/",
        {
            "Actueel": "News and events",
            "actueel": "news-and-events",
            "Het laatste nieuws, blogs van deelnemers en de agenda van de Werkplaats.": (
                "The latest news, blogs by participants and what is coming up at the Werkplaats."
            ),
        },
        None,
    ),
    (
        "actueel/blog/",
        {
            "Blog": "Blog",
            "blog": "blog",
            "Deelnemers van de Werkplaats schrijven over hun werk.": (
                "People taking part in the Werkplaats write about their work."
            ),
        },
        None,
    ),
    (
        "actueel/nieuws/",
        {
            "Nieuws": "News",
            "nieuws": "news",
            "Nieuws uit de Werkplaats en de werkteams.": "News from the Werkplaats and its working groups.",
        },
        None,
    ),
    (
        "actueel/agenda/",
        {
            "Agenda": "Events",
            "agenda": "events",
            "Bijeenkomsten, kenniscafés en conferenties.": "Meetings, knowledge cafés and conferences.",
        },
        None,
    ),
    (
        "actueel/blog/dagdroom-negen-maanden/",
        {
            "Blog 2: Dagdroom over wat we in negen maanden kunnen bereiken": (
                "Blog 2: Daydreaming about what we can achieve in nine months"
            ),
            "dagdroom-negen-maanden": "daydream-nine-months",
            "Wat kan een werkgroep in negen maanden voor de kwaliteit van leven in de regio betekenen? "
            "Een optimistische blik vooruit.": (
                "What difference can a working group make to quality of life in the region in nine "
                "months? An optimistic look ahead."
            ),
            "Als één van de deelnemers van de Werkplaats Sociaal Domein Zuid-Holland Zuid heb ik me als "
            "werkgroepleider van de werkgroep doorontwikkeling sociale wijkteams verbonden aan de opdracht "
            "om de kwaliteit van leven van Zuid-Holland Zuiders te bevorderen. Geweldig zo’n ambitieuze "
            "opdracht en nu het wát duidelijk is, rijst de vraag ‘hoe’ we dat dan gaan doen.": (
                "As a participant in the Werkplaats and leader of the working group on developing social "
                "neighbourhood teams, I have signed up to a big task: improving the quality of life of "
                "the people of Zuid-Holland Zuid. I love an ambitious brief like that. Now that we know "
                "what we want, the question is how we are going to do it."
            ),
            "De werkgroepen zijn op 10 oktober 2016 van start gegaan en juni 2017 moeten er doelen "
            "behaald en resultaten geboekt zijn. Gelukkig ben ik één van ‘de blije eikels’ zoals Jeroen "
            "Busscher": (
                "The working groups started on 10 October 2016, and by June 2017 they should have met "
                "their goals and shown results. Luckily I am one of the ‘happy acorns’, as Jeroen Busscher"
            ),
            "[1]": "[1]",
            "die definieert: iemand die altijd enthousiast is en alles door een roze bril bekijkt. "
            "Daarom wil ik je even meenemen in mijn dagdroom over wat we in die negen maanden kunnen "
            "bereiken.": (
                "calls them: people who are always enthusiastic and see everything through "
                "rose-tinted glasses. So let me take you along in my daydream about what we can achieve "
                "in those nine months."
            ),
            "Als we nu zaaien door verschillende ontmoetingen te organiseren, kunnen we over negen "
            "maanden al de eerste waardevolle verhalen over kwaliteit van leven oogsten…": (
                "If we sow the seeds now by bringing people together in all sorts of ways, in nine "
                "months we can already harvest the first valuable stories about quality of life…"
            ),
            "Noten": "Notes",
            "Busscher, J. (2013) ‘De kracht van de roze bril’.": (
                "Busscher, J. (2013) ‘De kracht van de roze bril’ (The power of rose-tinted glasses)."
            ),
        },
        ["quality of life", "social neighbourhood teams"],
    ),
    (
        "actueel/nieuws/het-hart-van-de-werkplaats/",
        {
            "Het hart van de Werkplaats": "The heart of the Werkplaats",
            "het-hart-van-de-werkplaats": "the-heart-of-the-werkplaats",
            "Vier werkteams zijn actief in de regio. Na een half jaar blikken ze terug en kijken ze "
            "vooruit.": (
                "Four working groups are active in the region. Six months in, they look back and look ahead."
            ),
            "Sinds eind 2017 zijn de werkteams van de Werkplaats actief in de regio. De werkteams vormen "
            "het hart van de activiteiten van de Werkplaats. Inmiddels zijn vier werkteams actief die "
            "zich richten op uiteenlopende onderwerpen.": (
                "The Werkplaats working groups have been active in the region since late 2017, and they "
                "are at the heart of everything the Werkplaats does. Four groups are now at work, each "
                "on a different topic."
            ),
            "Alle werkteams hebben aangegeven minimaal tot eind 2018 door te gaan. Een belangrijk "
            "onderdeel van de activiteiten vormen de drie kenniscafés in de maanden september, november "
            "en december: open bijeenkomsten waar de werkteams zichzelf presenteren, opbrengsten delen "
            "en het debat aanjagen. Je bent van harte welkom!": (
                "Every group has said it will carry on until at least the end of 2018. Highlights are the "
                "three knowledge cafés in September, November and December: open meetings where the "
                "groups introduce themselves, share what they have learned and get the debate going. "
                "Everyone is welcome!"
            ),
        },
        ["working groups", "knowledge café"],
    ),
    (
        "actueel/agenda/kick-off-2020/",
        {
            "Kick-off nieuwe periode van de Werkplaats": "Kick-off of the Werkplaats’ new period",
            "kick-off-2020": "kick-off-2020",
            "De Werkplaats luidt haar nieuwe periode tot 2022 in, met inspiratie uit de regio.": (
                "The Werkplaats opens its new period, running until 2022, with inspiration from the region."
            ),
            "Aanmelden kon via de Werkplaats.": "Registration was through the Werkplaats.",
        },
        ["connectedness"],
    ),
    (
        "werkteams/",
        {
            "Werkteams": "Working groups",
            "werkteams": "working-groups",
            "In de werkteams werken beleidsmakers, professionals, onderzoekers, studenten, vrijwilligers "
            "en bewoners samen aan één vraag uit de praktijk.": (
                "In the working groups, policy makers, practitioners, researchers, students, volunteers "
                "and residents join forces on a single question from practice."
            ),
        },
        None,
    ),
    (
        "werkteams/verbondenheid-en-veerkracht/",
        {
            "Verbondenheid en veerkracht": "Connectedness and resilience",
            "verbondenheid-en-veerkracht": "connectedness-and-resilience",
            "Een duurzame aanpak tegen eenzaamheid: verbondenheid en veerkracht stimuleren": (
                "A lasting approach to loneliness: encouraging connectedness and resilience"
            ),
            "Barendrecht, Schiedam en Vlaardingen": "Barendrecht, Schiedam and Vlaardingen",
            "beleidsafdelingen van gemeenten<br/>praktijkorganisaties (Minters, Mooi Werk, "
            "Seniorenwelzijn, Dock, Kansenfabriek)<br/>vrijwilligers<br/>onderzoekers van Dynamiek van de "
            "Stad<br/>studenten": (
                "municipal policy departments<br/>practice organisations (Minters, Mooi Werk, "
                "Seniorenwelzijn, Dock, Kansenfabriek)<br/>volunteers<br/>researchers from Urban "
                "Dynamics<br/>students"
            ),
            "Anderhalf jaar werkte dit werkteam in drie gemeenten aan wat mensen met elkaar verbindt.": (
                "For a year and a half this group worked in three municipalities on what brings people "
                "together."
            ),
        },
        None,
    ),
    (
        "magazine/",
        {
            "Magazine": "Magazine",
            "magazine": "magazine",
            "Wat de werkteams leerden, gedeeld om anderen te inspireren.": (
                "What the working groups learned, shared to inspire others."
            ),
        },
        None,
    ),
    (
        "magazine/verbondenheid-en-veerkracht/",
        {
            "Verbondenheid en Veerkracht": "Connectedness and Resilience",
            "verbondenheid-en-veerkracht": "connectedness-and-resilience",
            "Van januari 2018 tot november 2019 werkte een werkteam van de Werkplaats in Barendrecht, "
            "Schiedam en Vlaardingen aan verbondenheid en veerkracht. In dit magazine delen de leden hun "
            "werkwijze en wat ze leerden, zodat anderen ermee verder kunnen.": (
                "From January 2018 to November 2019 a Werkplaats working group in Barendrecht, Schiedam "
                "and Vlaardingen worked on connectedness and resilience. In this magazine its members "
                "share how they worked and what they learned, so that others can build on it."
            ),
        },
        None,
    ),
    (
        "magazine/verbondenheid-en-veerkracht/van-eenzaamheid-naar-verbondenheid/",
        {
            "Van eenzaamheid naar verbondenheid": "From loneliness to connectedness",
            "van-eenzaamheid-naar-verbondenheid": "from-loneliness-to-connectedness",
            "Het werkteam koos ervoor niet te praten over wat er mis is, maar over wat er kan groeien. "
            "Waarom die andere blik ertoe doet.": (
                "The group chose to talk not about what is wrong but about what can grow. Why that shift "
                "in perspective matters."
            ),
            "Iedereen voelt zich weleens eenzaam. Dat is menselijk. Het wordt een probleem als eenzaamheid "
            "iemand belemmert om mee te doen met wat hij of zij wil.": (
                "Everyone feels lonely now and then; that is part of being human. It becomes a problem "
                "when loneliness stops people from taking part in the things they want to do."
            ),
            "Een positieve vraag": "A positive question",
            "Het werkteam formuleerde zijn opdracht bewust positief: niet het tegengaan van eenzaamheid, "
            "maar het stimuleren van verbondenheid en veerkracht. Dat opent het gesprek voor iedereen, ook "
            "voor wie zichzelf nooit eenzaam zou noemen.": (
                "The group deliberately put its task in positive terms: not fighting loneliness but "
                "encouraging connectedness and resilience. That invites everyone into the conversation, "
                "including people who would never call themselves lonely."
            ),
            "Het werkteam in cijfers": "The working group in numbers",
            "3": "3",
            "gemeenten: Barendrecht, Schiedam en Vlaardingen": (
                "municipalities: Barendrecht, Schiedam and Vlaardingen"
            ),
            "23": "23",
            "maanden, van januari 2018 tot november 2019": "months, from January 2018 to November 2019",
            "5": "5",
            "praktijkorganisaties aan tafel": "practice organisations around the table",
            "Iedereen kan zorgen voor meer verbondenheid, vanuit welke rol ook.": (
                "Anyone can help people feel more connected, whatever their role."
            ),
            "Guido Walraven": "Guido Walraven",
            "lector Dynamiek van de Stad": "professor of Urban Dynamics",
            "Wie deden er mee?": "Who took part?",
            "deelnemers": "participants",
            "Beleidsmakers van de drie gemeenten werkten samen met Minters, Mooi Werk, Seniorenwelzijn, "
            "Dock en de Kansenfabriek, met vrijwilligers, studenten en docentonderzoekers.": (
                "Policy makers from the three municipalities worked with Minters, Mooi Werk, "
                "Seniorenwelzijn, Dock and the Kansenfabriek, and with volunteers, students and "
                "lecturer-researchers."
            ),
            "De kernvraag was steeds: hoe kom je tot een aanpak die blijft werken?": (
                "The key question throughout: how do you arrive at an approach that keeps working?"
            ),
            "David ter Avest": "David ter Avest",
            "onderzoeker": "researcher",
            "Onderzoekers onderscheiden sociale, emotionele en existentiële eenzaamheid.": (
                "Researchers distinguish social, emotional and existential loneliness."
            ),
            "Literatuur": "Literature",
            "Werkplaats Sociaal Domein Zuid-Holland Zuid (2020). Verbondenheid en Veerkracht. Online "
            "magazine.": (
                "Werkplaats Sociaal Domein Zuid-Holland Zuid (2020). Verbondenheid en Veerkracht "
                "(Connectedness and Resilience). Online magazine."
            ),
        },
        ["loneliness", "connectedness"],
    ),
    (
        "magazine/verbondenheid-en-veerkracht/zo-werkte-het-werkteam/",
        {
            "Zo werkte het werkteam": "How the working group worked",
            "zo-werkte-het-werkteam": "how-the-working-group-worked",
            "Workshops, kenniscafés en kleine bijeenkomsten in de wijk: het werkteam maakte ruimte voor "
            "verhalen, kennis en ervaring.": (
                "Workshops, knowledge cafés and small neighbourhood meetings: the group made room for "
                "stories, knowledge and experience."
            ),
            "Samen doen": "Doing it together",
            "Wie een probleem echt wil aanpakken, doet dat samen: professionals en bewoners naast elkaar. "
            "Daarom zocht het werkteam bewoners op waar ze al waren: in het buurthuis, bij de "
            "koffieochtend, op straat.": (
                "If you really want to tackle a problem, you do it together, with practitioners and "
                "residents side by side. So the group went to where residents already were: the "
                "community centre, the coffee morning, the street."
            ),
            "Bewoners en professionals aan tafel in een buurthuis": (
                "Residents and practitioners around a table in a community centre"
            ),
            "Een kenniscafé in de wijk": "A knowledge café in the neighbourhood",
            "Kennis delen": "Sharing knowledge",
            "Het werkteam verzamelde literatuur en goede voorbeelden en deelde die met elkaar. Dat gaf "
            "inspiratie om als professionals en bewoners samen te werken.": (
                "The group collected literature and good examples and shared them among its members. "
                "That inspired practitioners and residents to work together."
            ),
            "Laagdrempelig beginnen": "Start small and simple",
            "Een kop koffie en één open vraag zijn vaak genoeg om een gesprek te starten.": (
                "A cup of coffee and one open question are often all it takes to start a conversation."
            ),
            "Bijeenkomsten van het werkteam": "Meetings of the working group",
            "Deelnemers van een workshop": "Workshop participants",
            "Workshop in Barendrecht": "Workshop in Barendrecht",
            "Gesprek tijdens een kenniscafé": "Conversation at a knowledge café",
            "Kenniscafé in Vlaardingen": "Knowledge café in Vlaardingen",
            "Bewoners in gesprek": "Residents talking",
            "Bijeenkomst in Schiedam": "Meeting in Schiedam",
            "Werkplaats Sociaal Domein": "Werkplaats Sociaal Domein",
            "Een volle zaal tijdens het slotcafé": "A full room at the closing café",
            "Het slotcafé in november 2019": "The closing café in November 2019",
        },
        ["working group", "connectedness"],
    ),
]

ORGANISATIONS = {
    "Hogeschool Rotterdam": "Rotterdam University of Applied Sciences",
    "Hogeschool Inholland": "Inholland University of Applied Sciences",
    "Gemeente Schiedam": "Municipality of Schiedam",
    "Gemeente Vlaardingen": "Municipality of Vlaardingen",
    "BAR-organisatie": "BAR organisation (Barendrecht, Albrandswaard, Ridderkerk)",
    "Lectoraat Dynamiek van de Stad, Hogeschool Inholland": (
        "Urban Dynamics research group, Inholland University of Applied Sciences"
    ),
}

PEOPLE = {
    "lector Dynamiek van de Stad": "professor of Urban Dynamics",
    "onderzoeker": "researcher",
    "werkgroepleider en onderzoeker": "working group leader and researcher",
    "David ter Avest onderzoekt met werkteams hoe verbondenheid en veerkracht in wijken groeien.": (
        "David ter Avest works with the working groups to study how connectedness and resilience grow "
        "in neighbourhoods."
    ),
    "Elizabeth van Twist leidt werkgroepen in de Werkplaats en onderzoekt hoe professionals en bewoners "
    "samen leren. In haar blogs deelt ze wat haar werkgroep onderweg ontdekt, voor iedereen die met de "
    "veranderingen in het sociaal domein bezig is.": (
        "Elizabeth van Twist leads working groups at the Werkplaats and studies how practitioners and "
        "residents learn together. Her blogs share what her group discovers along the way, for anyone "
        "involved in the changes in social care."
    ),
    "Guido Walraven is lector Dynamiek van de Stad en trekt samen met Toby Witte de Werkplaats.": (
        "Guido Walraven is professor of Urban Dynamics and leads the Werkplaats together with Toby Witte."
    ),
}

CHROME = {
    "Hoofdmenu": "Main menu",
    SITE_NAME: SITE_NAME,
    "Museumpark 40<br/>3015 CX Rotterdam": "Museumpark 40<br/>3015 CX Rotterdam<br/>The Netherlands",
    "Museumpark 40\n3015 CX Rotterdam": "Museumpark 40\n3015 CX Rotterdam\nThe Netherlands",
    "MP.L03.105": "MP.L03.105",
    "Blijf op de hoogte van nieuws, bijeenkomsten en het magazine: meld je aan voor onze nieuwsbrief.": (
        "Keep up with our news, meetings and magazine: sign up for our newsletter."
    ),
}


def english_locale():
    return Locale.objects.get(language_code="en")


def _dutch_page(home, relative_path):
    return Page.objects.filter(url_path=home.url_path + relative_path, locale=home.locale).first()


def load(stdout):
    english = english_locale()
    home = HomePage.objects.filter(depth=2, locale__language_code="nl").first()
    done, unchanged, untranslated = 0, 0, []
    for relative_path, strings, tags in PAGES:
        page = _dutch_page(home, relative_path)
        if page is None or not page.live:
            stdout.write(f"Vertaling overgeslagen: geen Nederlandse pagina {relative_path or '/'}.")
            continue
        result = translate(page, english, {**COMMON, **strings}, tags=tags)
        if result.changed:
            stdout.write(f"Engelse vertaling bijgewerkt: {result.instance.url_path}")
        done, unchanged = done + result.changed, unchanged + (not result.changed)
        untranslated += [f"{relative_path}: {text[:60]}" for text in result.untranslated]

    snippet_strings = {**ORGANISATIONS, **PEOPLE, **CHROME}
    snippets = [
        *Person.objects.filter(locale__language_code="nl"),
        *Partner.objects.filter(locale__language_code="nl"),
        *MainMenu.objects.filter(locale__language_code="nl"),
        *FooterContent.objects.filter(locale__language_code="nl"),
    ]
    for snippet in snippets:
        result = translate(snippet, english, snippet_strings)
        done, unchanged = done + result.changed, unchanged + (not result.changed)
        untranslated += [f"{snippet}: {text[:60]}" for text in result.untranslated]

    ensure_translators_group()
    stdout.write(f"Engelse vertalingen: {done} bijgewerkt, {unchanged} ongewijzigd.")
    for line in untranslated:
        stdout.write(f"  nog niet vertaald (Nederlandse tekst blijft staan): {line}")
