"""The site's shared StreamField blocks.

Every app builds its body from ``BaseStreamBlock`` or extends it (the magazine adds its own
blocks in ``magazine/blocks.py``). Link, anchor and embed logic lives in StructValue classes
so templates stay simple.
"""

from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageBlock as WagtailImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]


# The groups of the block menu (Meta.group, which stays out of the migrations' block definitions).
BLOCK_GROUPS = {
    "TEXT": _("Tekst"),
    "MEDIA": _("Media"),
    "RESEARCH": _("Onderzoek"),
    "NAVIGATION": _("Navigatie"),
}


class ImageBlock(WagtailImageBlock):
    """Wagtail's image with alt text, its inner chooser labelled in Dutch (Wagtail leaves it "Image")."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        self.child_blocks["image"].label = _("Afbeelding")
        self.child_blocks["alt_text"].help_text = _(
            "Wat er op de afbeelding te zien is, voor wie haar niet kan zien. Leeg: de omschrijving van de "
            "afbeelding wordt gebruikt."
        )


class HeadingValue(blocks.StructValue):
    @cached_property
    def slug(self):
        """The editor's anchor, or one made from the heading text."""
        return slugify(self.get("anchor") or self.get("heading_text", ""))

    # Not called "anchor": in a template, value.anchor finds the (often empty) field first.
    @property
    def element_id(self):
        return self.slug


class HeadingBlock(blocks.StructBlock):
    heading_text = blocks.CharBlock(label=_("Koptekst"), max_length=200)
    size = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3")), ("h4", _("Kop 4"))],
        default="h2",
        # Layout choices are not content: without this, "Kop 2" is indexed and shows in snippets.
        search_index=False,
    )
    anchor = blocks.CharBlock(
        label=_("Anker"),
        required=False,
        max_length=80,
        help_text=_("Optioneel. Laat leeg om het anker uit de koptekst te maken."),
        search_index=False,
    )

    class Meta:
        icon = "title"
        label = _("Tussenkop")
        group = BLOCK_GROUPS["TEXT"]
        description = _("Een tussenkop die de tekst in delen verdeelt (niet in de inhoudsopgave).")
        template = "blocks/heading_block.html"
        value_class = HeadingValue
        preview_value = {"heading_text": "Ruimte voor verhalen", "size": "h2"}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(label=_("Bijschrift"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Fotograaf of bron"), required=False, max_length=120)
    width = blocks.ChoiceBlock(
        label=_("Breedte"),
        choices=[("inline", _("In de tekst")), ("full", _("Volle breedte"))],
        default="inline",
        search_index=False,
    )

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        group = BLOCK_GROUPS["MEDIA"]
        description = _("Een afbeelding met bijschrift en bron, in de tekst of op volle breedte.")
        template = "blocks/figure_block.html"
        preview_value = {"caption": "Bijeenkomst in de wijk", "credit": "Werkplaats"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(label=_("Naam"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Rol of functie"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        group = BLOCK_GROUPS["TEXT"]
        description = _("Een citaat met de naam en rol van wie het zei.")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Iedereen kan zorgen voor meer verbondenheid.",
            "attribution": "Guido Walraven",
            "role": "lector Dynamiek van de Stad",
        }


class VideoValue(blocks.StructValue):
    @cached_property
    def embed_html(self):
        """The provider's player, or "" when the provider cannot be reached.

        Templates always show the title, link and transcript, so the block stays useful
        without the player.
        """
        url = self.get("url")
        if not url:
            return ""
        try:
            return embeds.get_embed(url).html
        except (EmbedException, OSError):
            return ""


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Adres van de video"), help_text=_("Bijvoorbeeld YouTube of Vimeo."))
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    duration = blocks.CharBlock(
        label=_("Duur"), required=False, max_length=20, help_text=_("Bijvoorbeeld 3:45.")
    )
    transcript = blocks.RichTextBlock(label=_("Transcript"), required=False, features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        label = _("Video")
        group = BLOCK_GROUPS["MEDIA"]
        description = _("Een video (kennisclip) met titel, duur en uitgeschreven tekst.")
        template = "blocks/video_block.html"
        value_class = VideoValue
        preview_value = {
            "url": "https://vimeo.com/76979871",
            "title": "Kennisclip: de hand",
            "duration": "4:10",
        }


class FootnoteBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Tekst"), features=["bold", "italic", "link"])

    class Meta:
        icon = "list-ol"
        label = _("Voetnoot")


class FootnotesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, default=_("Noten"), max_length=80)
    notes = blocks.ListBlock(FootnoteBlock(), label=_("Noten"))

    class Meta:
        icon = "list-ol"
        label = _("Voetnoten")
        group = BLOCK_GROUPS["RESEARCH"]
        description = _("Genummerde noten en bronnen onder de tekst, zoals [1] in de tekst.")
        template = "blocks/footnotes_block.html"
        preview_value = {
            "title": "Noten",
            "notes": [{"text": "<p>Busscher, J. (2013) ‘De kracht van de roze bril’.</p>"}],
        }


class ReferenceBlock(blocks.StructBlock):
    citation = blocks.TextBlock(label=_("Bronvermelding"))
    url = blocks.URLBlock(label=_("Link"), required=False)

    class Meta:
        icon = "link"
        label = _("Bron")


class ReferencesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, default=_("Literatuur"), max_length=80)
    references = blocks.ListBlock(ReferenceBlock(), label=_("Bronnen"))

    class Meta:
        icon = "doc-full"
        label = _("Literatuurlijst")
        group = BLOCK_GROUPS["RESEARCH"]
        description = _("Een lijst met bronnen en literatuur, met optionele links.")
        template = "blocks/references_block.html"
        preview_value = {
            "title": "Literatuur",
            "references": [{"citation": "Busscher, J. (2013) De kracht van de roze bril."}],
        }


class DocumentValue(blocks.StructValue):
    @cached_property
    def display_title(self):
        document = self.get("document")
        return self.get("title") or (document.title if document else "")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("Omschrijving"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Download")
        group = BLOCK_GROUPS["MEDIA"]
        description = _("Een document om te downloaden, met titel en korte omschrijving.")
        template = "blocks/document_block.html"
        value_class = DocumentValue
        preview_value = {"title": "Verslag werkconferentie", "description": "PDF met het verslag."}


class BaseStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"),
        icon="pilcrow",
        features=["h2", "h3", *RICH_TEXT_FEATURES],
        template="blocks/paragraph_block.html",
        description=_("Lopende tekst met opmaak en links."),
        preview_value="<p>De werkteams vormen het hart van de activiteiten van de Werkplaats.</p>",
    )
    heading = HeadingBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    footnotes = FootnotesBlock()
    references = ReferencesBlock()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set here, not as a keyword argument: that would rewrite every StreamField's migration.
        self.child_blocks["paragraph"].meta.group = BLOCK_GROUPS["TEXT"]
