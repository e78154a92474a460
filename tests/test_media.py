"""Uploaded images from the local MEDIA_ROOT, served by the site with caching headers;
documents only through /documents/, which checks privacy."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image

from tests.images import png_bytes


@pytest.fixture
def image(db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return Image.objects.create(title="Foto", file=ContentFile(png_bytes(), name="foto.png"))


def test_original_and_rendition_are_served_with_cache_headers(client, image):
    for url in (image.file.url, image.get_rendition("fill-20x20").url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"
        assert response["Cache-Control"] == "public, max-age=86400"
        assert "Last-Modified" in response
        assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_unchanged_image_answers_304(client, image):
    first = client.get(image.file.url)
    again = client.get(image.file.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304


def test_documents_and_other_paths_are_not_served_from_media(client, image):
    document = Document.objects.create(title="Geheim", file=ContentFile(b"inhoud", name="geheim.pdf"))
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get("/media/images/../documents/geheim.pdf").status_code == 404
    assert client.get("/media/images/%2e%2e/%2e%2e/manage.py").status_code == 404
    assert client.get("/media/images/bestaat-niet.png").status_code == 404
    assert client.post(image.file.url).status_code == 405
