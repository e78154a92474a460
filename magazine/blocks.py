"""The magazine's StreamField blocks: the shared site blocks plus those a magazine needs.

Every block has its own template in magazine/templates/magazine/blocks/ (or the shared one in
templates/blocks/), so an article renders the same on its own page and in the issue's
one-page reading view.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import (
    BLOCK_GROUPS,
    RICH_TEXT_FEATURES,
    BaseStreamBlock,
    HeadingBlock,
    HeadingValue,
    ImageBlock,
    QuoteBlock,
)

SECTION_FEATURES = ["h3", "h4", *RICH_TEXT_FEATURES, "blockquote"]


class RichTextSectionBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Tekst"), features=SECTION_FEATURES)
    style = blocks.ChoiceBlock(
        label=_("Stijl"),
        choices=[("normal", _("Gewone tekst")), ("lead", _("Aanloop (grotere letter)"))],
        default="normal",
        help_text=_("Kies 'aanloop' voor de eerste alinea's van een artikel."),
        search_index=False,
    )

    class Meta:
        icon = "doc-full"
        label = _("Tekstsectie")
        group = BLOCK_GROUPS["TEXT"]
        description = _(
            "Lopende tekst met een stijlkeuze: kies 'aanloop' voor de grotere eerste alinea's. "
            "Voor gewone tekst zonder stijl volstaat 'Tekst'."
        )
        template = "magazine/blocks/rich_text_section_block.html"
        preview_value = {
            "text": "<p>Het werkteam zocht naar wat verbondenheid en veerkracht in de wijk vergroot.</p>",
            "style": "lead",
        }


class ChapterValue(HeadingValue):
    """The article sets ``unique_anchor`` so that two chapters never share an id."""

    unique_anchor = None

    @property
    def element_id(self):
        return self.unique_anchor or self.slug


class ChapterHeadingBlock(HeadingBlock):
    """A heading that also appears in the article's table of contents.

    The article gives each chapter a unique anchor (MagazineArticlePage.chapters); elsewhere
    the anchor comes from the anchor field or the heading text, as for any HeadingBlock.
    """

    class Meta:
        icon = "title"
        label = _("Hoofdstuk")
        group = BLOCK_GROUPS["NAVIGATION"]
        description = _(
            "Een hoofdstukkop die in de inhoudsopgave bovenaan het artikel komt. "
            "Voor een kop zonder plek in de inhoudsopgave: 'Tussenkop'."
        )
        template = "magazine/blocks/chapter_heading_block.html"
        value_class = ChapterValue
        preview_value = {"heading_text": "Ruimte voor verhalen, kennis en ervaringen", "size": "h2"}


class MagazineQuoteBlock(QuoteBlock):
    """The site's quote, which an article can also repeat in large type as an eye-catcher."""

    style = blocks.ChoiceBlock(
        label=_("Stijl"),
        choices=[("inline", _("In de tekst")), ("featured", _("Uitgelicht: groot, als blikvanger"))],
        default="inline",
        help_text=_("Kies 'uitgelicht' voor één korte, opvallende uitspraak in grote letters."),
        search_index=False,
    )

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        group = BLOCK_GROUPS["TEXT"]
        description = _(
            "Een citaat met de naam en rol van wie het zei: in de tekst, of uitgelicht in grote "
            "letters als blikvanger."
        )
        template = "magazine/blocks/quote_block.html"
        preview_value = {
            "quote": "Iedereen kan zorgen voor meer verbondenheid, hoe klein dat soms ook lijkt.",
            "attribution": "Guido Walraven",
            "role": "lector Dynamiek van de Stad",
            "style": "featured",
        }


class GalleryImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(label=_("Bijschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Foto")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    images = blocks.ListBlock(GalleryImageBlock(), label=_("Foto's"), min_num=1)
    credit = blocks.CharBlock(label=_("Fotograaf of bron"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Fotoserie")
        group = BLOCK_GROUPS["MEDIA"]
        description = _(
            "Twee of meer foto's naast elkaar, elk met een eigen bijschrift. Eén foto: 'Afbeelding'."
        )
        template = "magazine/blocks/gallery_block.html"
        preview_value = {"title": "Kenniscafé in Schiedam", "images": []}


class WerkvormBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Naam"), max_length=120)
    goal = blocks.TextBlock(label=_("Doel"), help_text=_("Wat levert de werkvorm op?"))
    steps = blocks.ListBlock(blocks.TextBlock(label=_("Stap")), label=_("Stappen"), min_num=1)
    duration = blocks.CharBlock(
        label=_("Duur"), required=False, max_length=60, help_text=_("Bijvoorbeeld: 45 minuten.")
    )
    group_size = blocks.CharBlock(
        label=_("Groepsgrootte"), required=False, max_length=60, help_text=_("Bijvoorbeeld: 4 tot 12 mensen.")
    )
    materials = blocks.ListBlock(
        blocks.CharBlock(label=_("Materiaal"), max_length=120), label=_("Benodigdheden"), default=[]
    )

    class Meta:
        icon = "tasks"
        label = _("Werkvorm")
        group = BLOCK_GROUPS["RESEARCH"]
        description = _("Een werkvorm als kaart: doel, stappen, duur, groepsgrootte en benodigdheden.")
        template = "magazine/blocks/werkvorm_block.html"
        preview_value = {
            "name": "De hand",
            "goal": "Snel een persoonlijk gesprek op gang brengen in een nieuwe of bestaande groep.",
            "steps": ["Trek je hand over op papier.", "Schrijf bij elke vinger iets over jezelf."],
            "duration": "30 minuten",
            "group_size": "4 tot 12 mensen",
            "materials": ["Papier", "Stiften"],
        }


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Getal"), max_length=20, help_text=_("Bijvoorbeeld: 3 of 22 maanden."))
    label = blocks.CharBlock(label=_("Omschrijving"), max_length=120)

    class Meta:
        icon = "order"
        label = _("Kerncijfer")


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Cijfers"), min_num=1)
    source = blocks.CharBlock(label=_("Bron"), required=False, max_length=200)

    class Meta:
        icon = "order"
        label = _("Kerncijfers")
        group = BLOCK_GROUPS["RESEARCH"]
        description = _("Een paar getallen in het groot, elk met een korte omschrijving.")
        template = "magazine/blocks/key_figures_block.html"
        preview_value = {
            "title": "Het werkteam in cijfers",
            "figures": [{"figure": "3", "label": "gemeenten"}, {"figure": "22", "label": "maanden"}],
        }


CALLOUT_KINDS = [("tip", _("Tip")), ("note", _("Goed om te weten")), ("warning", _("Let op"))]


class CalloutValue(blocks.StructValue):
    @cached_property
    def heading(self):
        """The editor's title, or the kind of callout ("Tip") so the box is never unlabelled."""
        return self.get("title") or dict(CALLOUT_KINDS).get(self.get("kind"), "")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Soort"), choices=CALLOUT_KINDS, default="tip", search_index=False)
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Tekst"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Kader of tip")
        group = BLOCK_GROUPS["TEXT"]
        description = _("Een opvallend kader met een tip of iets wat de lezer moet weten.")
        template = "magazine/blocks/callout_block.html"
        value_class = CalloutValue
        preview_value = {
            "kind": "tip",
            "title": "Tip",
            "text": "<p>Begin een bijeenkomst met een vraag waar iedereen iets over kan vertellen.</p>",
        }


class InterviewQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Vraag"))
    answer = blocks.RichTextBlock(label=_("Antwoord"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Vraag en antwoord")


class InterviewValue(blocks.StructValue):
    @cached_property
    def speaker(self):
        """Who answers, with role: "Elizabeth van Twist, onderzoeker"."""
        return ", ".join(part for part in (self.get("interviewee"), self.get("role")) if part)


class InterviewBlock(blocks.StructBlock):
    interviewee = blocks.CharBlock(label=_("Geïnterviewde"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Rol of functie"), required=False, max_length=160)
    questions = blocks.ListBlock(InterviewQuestionBlock(), label=_("Vragen"), min_num=1)

    class Meta:
        icon = "group"
        label = _("Interview")
        group = BLOCK_GROUPS["TEXT"]
        description = _("Een vraaggesprek: vragen en antwoorden om en om.")
        template = "magazine/blocks/interview_block.html"
        value_class = InterviewValue
        preview_value = {
            "interviewee": "Elizabeth van Twist",
            "role": "onderzoeker",
            "questions": [
                {
                    "question": "Wat werkte het best?",
                    "answer": "<p>Samen iets doen, als professionals en bewoners.</p>",
                }
            ],
        }


class TextImageBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Tekst"), features=SECTION_FEATURES)
    image = ImageBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(label=_("Bijschrift"), required=False, max_length=250)
    image_position = blocks.ChoiceBlock(
        label=_("Plaats van de afbeelding"),
        choices=[("right", _("Rechts")), ("left", _("Links"))],
        default="right",
        search_index=False,
    )

    class Meta:
        icon = "image"
        label = _("Tekst met afbeelding")
        group = BLOCK_GROUPS["MEDIA"]
        description = _(
            "Tekst met een afbeelding ernaast; op een telefoon onder elkaar. "
            "Alleen een afbeelding: 'Afbeelding'."
        )
        template = "magazine/blocks/text_image_block.html"
        preview_value = {
            "text": "<p>Fietsmaatjes Schiedam brengt mensen samen op de duofiets.</p>",
            "image_position": "right",
        }


class MagazineStreamBlock(BaseStreamBlock):
    """The shared blocks (text, heading, image, quote, video, document, notes, literature)
    plus the magazine's own; the quote keeps its place but may be featured."""

    quote = MagazineQuoteBlock()
    section = RichTextSectionBlock()
    chapter = ChapterHeadingBlock()
    gallery = GalleryBlock()
    werkvorm = WerkvormBlock()
    key_figures = KeyFiguresBlock()
    callout = CalloutBlock()
    interview = InterviewBlock()
    text_image = TextImageBlock()
