"""Generated demo images: drawn with Pillow, never downloaded."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTE = ["#0b5d73", "#e07a1f", "#3d7a3a", "#7a2e5c", "#2f4b8f", "#b03a2e"]


def demo_image(title, colour_index=0, size=(1600, 900)):
    """Return the image called `title`, drawing it the first time (idempotent)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    colour = PALETTE[colour_index % len(PALETTE)]
    canvas = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(canvas)
    width, height = size
    # A few soft circles so renditions and crops look like a photo placeholder, not a flat block.
    for step in range(5):
        radius = height // (2 + step)
        centre = (width * (step + 1) // 6, height // 2 + (step % 2) * height // 5)
        draw.ellipse(
            [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius],
            outline="#ffffff",
            width=6,
        )
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    filename = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60] + ".png"
    image = Image(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image
