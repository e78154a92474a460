"""The magazine is translatable with wagtail-localize, StreamField content included."""

from io import StringIO
from unittest import mock

import pytest
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail_localize.models import StringSegment, TranslationSource

from demo import magazine as demo
from home.models import HomePage
from magazine.models import MagazineArticlePage, MagazineIndexPage, MagazineIssuePage

pytestmark = pytest.mark.django_db


def segment_texts(page):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    return set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))


def test_text_in_every_magazine_block_is_offered_for_translation(home_page):
    demo.load(StringIO())
    texts = set()
    for article in MagazineArticlePage.objects.all():
        texts |= segment_texts(article)

    expected = [
        "Een positieve vraag",  # chapter heading
        "aan het werk van januari 2018 tot november 2019",  # key figure label
        "Illustraties bij dit nummer",  # gallery title
        # pull quote: the seed's words in full
        "Iedereen kan zorgen voor meer verbondenheid, vanuit welke rol of functie en hoe klein dit soms ook "
        "lijkt.",
        "Oprechte belangstelling",  # callout title
        "Literatuur",  # references title
    ]
    for text in expected:
        assert text in texts, text


@mock.patch("home.blocks.embeds.get_embed", side_effect=EmbedNotFoundException)
def test_translated_issue_and_articles_render_in_english(
    _get_embed, home_page, english, client, django_capture_on_commit_callbacks
):
    demo.load(StringIO())
    home_source, _ = TranslationSource.get_or_create_from_instance(home_page)
    home_source.create_or_update_translation(english, fallback=True)
    pages = [MagazineIndexPage.objects.get(), MagazineIssuePage.objects.get()]
    pages += list(MagazineArticlePage.objects.order_by("path"))

    translations = []
    for page in pages:
        source, _ = TranslationSource.get_or_create_from_instance(page)
        # wagtail-localize publishes when the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            translation, _created = source.create_or_update_translation(english, publish=True, fallback=True)
        translations.append(translation.specific_class.objects.get(pk=translation.pk))

    english_issue = translations[1]
    assert all(page.live for page in translations)
    assert english_issue.locale == english
    assert [article.pk for article in english_issue.articles] == [page.pk for page in translations[2:]]
    assert HomePage.objects.filter(locale=english).exists()
    for url in [english_issue.url, english_issue.reading_url] + [page.url for page in translations[2:]]:
        assert url.startswith("/en/")
        assert client.get(url).status_code == 200, url
