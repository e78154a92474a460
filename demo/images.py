"""Demo images: illustrations drawn with Pillow (demo/illustrations.py), never downloaded."""

from io import BytesIO

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from .illustrations import illustrate, scene_for

# Files drawn by an earlier version of the loader (plain circle patterns) lack this prefix, and an
# image whose scene changed has another description: both are redrawn once; a second load finds
# the illustration and changes nothing.
PREFIX = "illustratie-"
PALETTE = ["#0b5d73", "#e07a1f", "#3d7a3a", "#7a2e5c", "#2f4b8f", "#b03a2e"]  # partner wordmarks


def demo_image(title, colour_index=0, size=(1600, 900)):
    """Return the image called `title`, drawing it the first time (idempotent)."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    drawn_now = image and image.file.name.rsplit("/", 1)[-1].startswith(PREFIX)
    if drawn_now and image.description == scene_for(title)[1][:255]:
        return image
    drawn = illustrate(title, colour_index, size)
    buffer = BytesIO()
    drawn.image.save(buffer, format="PNG", optimize=True)
    filename = PREFIX + "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60] + ".png"
    image = image or Image(title=title)
    if image.pk:
        image.renditions.all().delete()
    image.file = ImageFile(buffer, name=filename)
    image.width, image.height = size
    image.description = drawn.description[:255]
    # Wagtail keeps a focal point as its centre and size.
    x, y, width, height = drawn.focus
    image.focal_point_x, image.focal_point_y = x + width // 2, y + height // 2
    image.focal_point_width, image.focal_point_height = width, height
    image.save()
    return image
