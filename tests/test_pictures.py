"""Responsive pictures (issue 11.6): modern formats in srcsets, sizes always set, the first
image above the fold eager with high priority and every other image lazy."""

import re

import pytest
from PIL import features

from home.images import SHAPES, image_formats, specs_for
from tests.factories.articles import ActueelIndexPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(home_page):
    news = NewsIndexPageFactory(parent=ActueelIndexPageFactory(parent=home_page))
    NewsPageFactory(parent=news, title="Ouder", tags=["armoede"])
    return NewsPageFactory(parent=news, title="Nieuw", tags=["armoede"])


def img_tags(html):
    return re.findall(r"<img [^>]*>", html)


def test_article_hero_is_eager_with_high_priority_and_cards_are_lazy(client, article):
    html = client.get(article.url).content.decode()
    hero, *others = img_tags(html)
    assert 'loading="eager"' in hero and 'fetchpriority="high"' in hero
    assert others and all('loading="lazy"' in tag and "fetchpriority" not in tag for tag in others)
    for tag in (hero, *others):
        assert re.search(r'width="\d+"', tag) and re.search(r'height="\d+"', tag), tag
        assert "srcset=" in tag and "sizes=" in tag
    assert re.search(r'<source [^>]*srcset="[^"]*format-webp[^>]*type="image/webp"', html)


def test_listing_cards_offer_webp_and_a_jpeg_fallback_at_two_widths(client, article):
    html = client.get(article.get_parent().url).content.decode()
    assert "fill-360x202.format-webp" in html and "fill-720x405.format-webp" in html
    assert re.search(r'<img [^>]*src="[^"]*fill-360x202\.format-jpeg[^"]*"', html)


@pytest.mark.skipif(not features.check("avif"), reason="Pillow zonder AVIF")
def test_avif_comes_first_where_pillow_writes_it(settings, client, article):
    settings.IMAGE_FORMATS = ["avif", "webp", "jpeg"]
    assert image_formats() == ["avif", "webp", "jpeg"]
    html = client.get(article.get_parent().url).content.decode()
    assert html.index('type="image/avif"') < html.index('type="image/webp"')


def test_every_shape_has_a_spec_per_format_and_width(settings):
    settings.IMAGE_FORMATS = ["webp", "jpeg"]
    for name, shape in SHAPES.items():
        assert len(specs_for(name)) == 2 * len(shape.widths), name
