"""Upload limits for images and documents, refused in Dutch and never with a 500, and
document downloads without a false Content-Encoding."""

import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents.models import Document
from wagtail.images.models import Image

from tests.images import huge_png, png_bytes

XHR = {"x-requested-with": "XMLHttpRequest"}


def upload(name, content, content_type):
    return SimpleUploadedFile(name, content, content_type)


def test_huge_pixel_png_is_small_on_disk():
    data = huge_png()
    assert len(data) < 100_000
    assert data[16:24] == (20_000).to_bytes(4, "big") * 2  # width and height in the IHDR chunk


@pytest.mark.django_db
def test_20000_by_20000_png_is_refused_in_dutch_by_the_image_form(admin_client):
    response = admin_client.post(
        "/admin/images/add/", {"title": "Bom", "file": upload("bom.png", huge_png(), "image/png")}
    )
    assert response.status_code == 200
    assert "Deze afbeelding heeft te veel pixels" in response.content.decode()
    assert "50.000.000" in response.content.decode()
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_20000_by_20000_png_is_refused_in_dutch_by_the_multiple_uploader(admin_client):
    response = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": upload("bom.png", huge_png(), "image/png")}, headers=XHR
    )
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert answer["error_message"].startswith("Deze afbeelding heeft te veel pixels")
    assert not Image.objects.exists()


@pytest.mark.django_db
@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1000)
def test_image_over_the_pixel_limit_that_pillow_opens_is_refused_too(admin_client):
    response = admin_client.post(
        "/admin/images/add/", {"title": "Groot", "file": upload("groot.png", png_bytes(40, 30), "image/png")}
    )
    assert response.status_code == 200
    assert "Een afbeelding mag hoogstens 1.000 pixels hebben." in response.content.decode()
    assert not Image.objects.exists()


@pytest.mark.django_db
@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=100)
def test_image_over_the_size_limit_is_refused_in_dutch(admin_client):
    response = admin_client.post(
        "/admin/images/add/", {"title": "Zwaar", "file": upload("zwaar.png", png_bytes(), "image/png")}
    )
    assert response.status_code == 200
    assert "Dit bestand is te groot" in response.content.decode()
    assert not Image.objects.exists()


@pytest.mark.django_db
@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_document_over_the_size_limit_is_refused_in_dutch(admin_client):
    big = upload("verslag.pdf", b"%PDF-1.4\n" + b"x" * 2048, "application/pdf")
    response = admin_client.post("/admin/documents/add/", {"title": "Verslag", "file": big})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dit bestand is te groot (2,0\xa0KB). De maximale bestandsgrootte is 1,0\xa0KB." in html
    assert not Document.objects.exists()

    multiple = admin_client.post("/admin/documents/multiple/add/", {"files[]": big}, headers=XHR)
    assert json.loads(multiple.content)["success"] is False
    assert not Document.objects.exists()


@pytest.mark.django_db
@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_document_within_the_limit_is_accepted(admin_client):
    small = upload("kort.pdf", b"%PDF-1.4\n" + b"x" * 100, "application/pdf")
    response = admin_client.post("/admin/documents/add/", {"title": "Kort", "file": small})
    assert response.status_code == 302
    assert Document.objects.get().title == "Kort"


def test_the_limits_are_the_documented_defaults(settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 50_000_000
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024


@pytest.mark.django_db
@pytest.mark.parametrize("filename", ["verslag.pdf", "data.csv", "archief.zip"])
def test_document_download_has_no_content_encoding(client, filename):
    document = Document.objects.create(title="Stuk", file=ContentFile(b"inhoud", name=filename))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"inhoud"
    assert "Content-Encoding" not in response.headers
    assert response["Content-Disposition"].endswith(f'filename="{filename}"')
