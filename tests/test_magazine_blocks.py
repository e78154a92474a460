"""Every magazine block renders, filled in and with its optional fields left empty."""

import importlib
import json
import re
from unittest import mock

import pytest
import wagtail_factories
from django.apps import apps
from django.core.files.base import ContentFile
from wagtail.blocks import StreamValue
from wagtail.documents.models import Document
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail_localize.models import TranslationSource

from magazine.blocks import MagazineStreamBlock
from magazine.models import MagazineArticlePage
from tests.factories.magazine import (
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
)

PULL_QUOTES_MIGRATION = importlib.import_module("magazine.migrations.0007_pull_quotes_become_featured_quotes")

STREAM = MagazineStreamBlock()


@pytest.fixture
def image(db):
    return wagtail_factories.ImageFactory(title="Bijeenkomst")


@pytest.fixture
def document(db):
    document = Document(title="Werkblad de hand")
    document.file.save("werkblad.txt", ContentFile(b"stappen"), save=False)
    document.save()
    return document


def image_value(image):
    return {"image": image.pk, "alt_text": "Mensen aan tafel", "decorative": False}


def full_values(image, document):
    """A complete value for every block type, with text each rendering must show."""
    return {
        "paragraph": ("<p>Lopende tekst</p>", ["Lopende tekst"]),
        "heading": ({"heading_text": "Kennis delen", "size": "h3", "anchor": "delen"}, ['<h3 id="delen"']),
        "image": (
            {
                "image": image_value(image),
                "caption": "In de wijk",
                "credit": "Foto: Werkplaats",
                "width": "full",
            },
            ['alt="Mensen aan tafel"', "In de wijk", "Foto: Werkplaats", "block-figure--full"],
        ),
        "quote": (
            {
                "quote": "Samen doen",
                "attribution": "Elizabeth van Twist",
                "role": "onderzoeker",
                "style": "featured",
            },
            ["block-pull-quote", "Samen doen", "Elizabeth van Twist", "onderzoeker"],
        ),
        "video": (
            {
                "url": "https://vimeo.com/395561023",
                "title": "Kennisclip de hand",
                "duration": "3:40",
                "transcript": "<p>Iedereen tekent de hand.</p>",
            },
            ['href="https://vimeo.com/395561023"', "Kennisclip de hand", "3:40", "Iedereen tekent de hand."],
        ),
        "document": (
            {"document": document.pk, "title": "Het werkblad", "description": "Om te printen."},
            [document.url, "Het werkblad", "Om te printen."],
        ),
        "footnotes": (
            {"title": "Noten", "notes": [{"text": "<p>Eerste noot</p>"}]},
            ["Noten", 'id="fn-1"', "Eerste noot"],
        ),
        "references": (
            {
                "title": "Literatuur",
                "references": [{"citation": "Busscher 2013", "url": "https://example.org/"}],
            },
            ["Literatuur", 'href="https://example.org/"', "Busscher 2013"],
        ),
        "section": ({"text": "<p>Aanloop</p>", "style": "lead"}, ["block-section--lead", "Aanloop"]),
        "chapter": (
            {"heading_text": "Een positieve vraag", "size": "h2", "anchor": ""},
            ['<h2 id="een-positieve-vraag"', "Een positieve vraag"],
        ),
        "gallery": (
            {
                "title": "Bijeenkomsten",
                "images": [{"image": image_value(image), "caption": "Workshop"}],
                "credit": "Werkplaats",
            },
            ["Bijeenkomsten", 'alt="Mensen aan tafel"', 'loading="lazy"', "Workshop", "Werkplaats"],
        ),
        "werkvorm": (
            {
                "name": "De hand",
                "goal": "Een echt gesprek",
                "steps": ["Trek je hand over", "Vertel erover"],
                "duration": "30 minuten",
                "group_size": "4 tot 12 mensen",
                "materials": ["Stiften"],
            },
            [
                "De hand",
                "Een echt gesprek",
                "<li>Trek je hand over</li>",
                "30 minuten",
                "4 tot 12 mensen",
                "Stiften",
            ],
        ),
        "key_figures": (
            {
                "title": "In cijfers",
                "figures": [{"figure": "3", "label": "gemeenten"}],
                "source": "Werkplaats",
            },
            ["In cijfers", "<dt>3</dt>", "gemeenten", "Werkplaats"],
        ),
        "callout": (
            {"kind": "warning", "title": "Let goed op", "text": "<p>Vraag door.</p>"},
            ["block-callout--warning", "Let goed op", "Vraag door."],
        ),
        "interview": (
            {
                "interviewee": "Elizabeth van Twist",
                "role": "onderzoeker",
                "questions": [{"question": "Wat werkte?", "answer": "<p>Samen doen.</p>"}],
            },
            ["Elizabeth van Twist, onderzoeker", "Wat werkte?", "Samen doen."],
        ),
        "text_image": (
            {
                "text": "<p>Fietsmaatjes</p>",
                "image": image_value(image),
                "caption": "Duofiets",
                "image_position": "left",
            },
            ["block-text-image--image-left", "Fietsmaatjes", 'alt="Mensen aan tafel"', "Duofiets"],
        ),
    }


def minimal_values(image, document):
    """Only the required fields; the rendering must still show them and no empty leftovers."""
    return {
        "paragraph": ("<p>Tekst</p>", ["Tekst"]),
        "heading": ({"heading_text": "Kop", "size": "h2", "anchor": ""}, ['<h2 id="kop"', "Kop</h2>"]),
        "image": ({"image": image_value(image), "caption": "", "credit": "", "width": "inline"}, ["<img"]),
        "quote": ({"quote": "Alleen het citaat", "attribution": "", "role": ""}, ["Alleen het citaat"]),
        "video": (
            {"url": "https://vimeo.com/1", "title": "Clip", "duration": "", "transcript": ""},
            ['href="https://vimeo.com/1"', "Clip"],
        ),
        "document": ({"document": document.pk, "title": "", "description": ""}, ["Werkblad de hand"]),
        "footnotes": ({"title": "", "notes": [{"text": "<p>Noot</p>"}]}, ["Noot"]),
        "references": ({"title": "", "references": [{"citation": "Bron", "url": ""}]}, ["Bron"]),
        "section": ({"text": "<p>Tekst</p>", "style": "normal"}, ["Tekst"]),
        "chapter": ({"heading_text": "Hoofdstuk", "size": "h2", "anchor": ""}, ['id="hoofdstuk"']),
        "gallery": (
            {"title": "", "images": [{"image": image_value(image), "caption": ""}], "credit": ""},
            ["<img"],
        ),
        "werkvorm": (
            {
                "name": "De hand",
                "goal": "Gesprek",
                "steps": ["Teken"],
                "duration": "",
                "group_size": "",
                "materials": [],
            },
            ["De hand", "Gesprek", "Teken"],
        ),
        "key_figures": (
            {"title": "", "figures": [{"figure": "23", "label": "maanden"}], "source": ""},
            ["23"],
        ),
        "callout": ({"kind": "tip", "title": "", "text": "<p>Begin klein.</p>"}, ["Tip", "Begin klein."]),
        "interview": (
            {
                "interviewee": "",
                "role": "",
                "questions": [{"question": "Waarom?", "answer": "<p>Daarom.</p>"}],
            },
            ["Waarom?", "Daarom."],
        ),
        "text_image": (
            {
                "text": "<p>Naast elkaar</p>",
                "image": image_value(image),
                "caption": "",
                "image_position": "right",
            },
            ["Naast elkaar", "<img"],
        ),
    }


# An element left empty because the optional field it shows was empty.
EMPTY_ELEMENT = re.compile(r"<(p|figcaption|dd|dt|li|span|h\d)\b[^>]*>\s*</\1>")


def render(name, raw):
    block = STREAM.child_blocks[name]
    return block.render(block.to_python(raw))


def test_every_block_is_tested(image, document):
    assert set(full_values(image, document)) == set(STREAM.child_blocks)
    assert set(minimal_values(image, document)) == set(STREAM.child_blocks)


@pytest.mark.parametrize("name", list(STREAM.child_blocks))
def test_block_has_picker_metadata_and_own_template(name):
    block = STREAM.child_blocks[name]
    assert block.label
    assert block.meta.icon
    assert block.meta.description
    assert block.meta.preview_value
    assert block.meta.template.startswith(("blocks/", "magazine/blocks/"))


@pytest.mark.parametrize("name", list(STREAM.child_blocks))
@mock.patch("home.blocks.embeds.get_embed", side_effect=EmbedNotFoundException)
def test_block_renders_complete_value(_get_embed, name, image, document):
    raw, expected = full_values(image, document)[name]
    html = render(name, raw)
    for fragment in expected:
        assert fragment in html


@pytest.mark.parametrize("name", list(STREAM.child_blocks))
@mock.patch("home.blocks.embeds.get_embed", side_effect=EmbedNotFoundException)
def test_block_renders_with_empty_optional_fields(_get_embed, name, image, document):
    raw, expected = minimal_values(image, document)[name]
    html = render(name, raw)
    for fragment in expected:
        assert fragment in html
    assert not EMPTY_ELEMENT.search(html), html


@pytest.mark.parametrize("error", [EmbedNotFoundException(), OSError("Netwerk onbereikbaar")])
def test_video_stays_useful_when_the_embed_provider_cannot_be_reached(error, image, document):
    raw, _expected = full_values(image, document)["video"]
    with mock.patch("home.blocks.embeds.get_embed", side_effect=error) as get_embed:
        html = render("video", raw)
    get_embed.assert_called_once_with("https://vimeo.com/395561023")
    assert '<a href="https://vimeo.com/395561023"' in html
    assert "Kennisclip de hand" in html
    assert "Iedereen tekent de hand." in html
    assert "<iframe" not in html


def test_preview_values_render_in_the_block_picker():
    """The picker previews use preview_value without images; no block may fail on that."""
    for name, block in STREAM.child_blocks.items():
        with mock.patch("home.blocks.embeds.get_embed", side_effect=EmbedNotFoundException):
            html = block.render(block.get_preview_value())
        assert html.strip(), name


def test_layout_choices_are_not_searchable_content():
    """Search snippets and matches come from what readers read, not from "Kop 2" or "Rechts"."""
    stream = MagazineStreamBlock()
    value = stream.to_python(
        [
            {"type": "heading", "value": {"heading_text": "Samen doen", "size": "h2", "anchor": "samen"}},
            {"type": "callout", "value": {"kind": "warning", "title": "", "text": "<p>Neem tijd.</p>"}},
            {"type": "section", "value": {"text": "<p>Verhalen.</p>", "style": "lead"}},
        ]
    )
    content = " ".join(stream.get_searchable_content(value))
    assert "Samen doen" in content and "Neem tijd." in content and "Verhalen." in content
    for layout_word in ("Kop 2", "samen", "Let op", "Aanloop"):
        assert layout_word not in content


def test_every_magazine_block_has_a_dutch_description_a_preview_and_a_group():
    groups = {"Tekst", "Media", "Onderzoek", "Navigatie"}
    for name, block in MagazineStreamBlock().child_blocks.items():
        assert str(block.meta.group) in groups, name
        assert block.meta.description, name
        assert block.meta.preview_value is not None or block.meta.preview_template, name


WALRAVEN = {
    "quote": "Iedereen kan zorgen voor verbondenheid",
    "attribution": "Guido Walraven",
    "role": "lector",
}


def test_a_featured_quote_renders_as_pull_quote_and_a_plain_one_in_the_text():
    featured = render("quote", {**WALRAVEN, "style": "featured"})
    plain = render("quote", {**WALRAVEN, "style": "inline"})
    assert '<figure class="block-pull-quote">' in featured and "block-quote" not in featured
    assert '<span class="block-pull-quote__name">Guido Walraven</span>' in featured
    assert '<figure class="block-quote">' in plain and "block-pull-quote" not in plain
    assert 'Guido Walraven, <span class="role">lector</span>' in plain


def test_a_quote_stored_without_a_style_stays_in_the_text():
    assert '<figure class="block-quote">' in render("quote", WALRAVEN)


def test_migration_turns_stored_pull_quotes_into_featured_quotes_in_pages_and_revisions(home_page):
    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page))
    article = MagazineArticlePageFactory(parent=issue)
    revision = article.save_revision()
    stored = [
        {"type": "pull_quote", "value": WALRAVEN, "id": "a1"},
        {"type": "quote", "value": {**WALRAVEN, "quote": "Samen doen"}, "id": "a2"},
    ]
    # Written as raw JSON: the current block definitions no longer know "pull_quote".
    body = StreamValue(MagazineStreamBlock(), stored, is_lazy=True)
    MagazineArticlePage.objects.filter(pk=article.pk).update(body=body)
    revision.content["body"] = json.dumps(stored)
    revision.save(update_fields=["content"])

    PULL_QUOTES_MIGRATION.Migration.operations[0].migrate_stream_data_forward(apps, None)

    expected = [
        {"type": "quote", "value": {**WALRAVEN, "style": "featured"}, "id": "a1"},
        {"type": "quote", "value": {**WALRAVEN, "quote": "Samen doen"}, "id": "a2"},
    ]
    article.refresh_from_db()
    assert list(article.body.raw_data) == expected
    revision.refresh_from_db()
    assert json.loads(revision.content["body"]) == expected
    assert '<figure class="block-pull-quote">' in str(article.body[0])
    assert '<figure class="block-quote">' in str(article.body[1])


def test_migration_turns_pull_quotes_in_stored_translation_sources_into_featured_quotes(home_page):
    """wagtail-localize builds translations from its own copy of the Dutch article."""
    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page))
    article = MagazineArticlePageFactory(parent=issue)
    source, _created = TranslationSource.get_or_create_from_instance(article)
    content = json.loads(source.content_json)
    content["body"] = json.dumps([{"type": "pull_quote", "value": WALRAVEN, "id": "a1"}])
    TranslationSource.objects.filter(pk=source.pk).update(content_json=json.dumps(content))

    PULL_QUOTES_MIGRATION.migrate_translation_sources(apps, None)

    source.refresh_from_db()
    body = json.loads(json.loads(source.content_json)["body"])
    assert body == [{"type": "quote", "value": {**WALRAVEN, "style": "featured"}, "id": "a1"}]
