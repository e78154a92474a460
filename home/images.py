"""Responsive images: one list of image shapes (crop, widths, layout sizes) for every template.

Each shape renders as a <picture> with AVIF (where Pillow can write it), WebP and a JPEG
fallback at several widths, width and height always set so the browser reserves the space.
The renditions of one image come in one lookup (Wagtail's rendition cache, else one query);
they and the <picture> HTML are then kept under the image's file and crop (home/cache.py), in
every content generation: a page shows a dozen images, each offered in six to nine renditions.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.utils.safestring import mark_safe
from PIL import features
from wagtail.images.models import Picture

from .cache import cached_by_content


@dataclass(frozen=True)
class Shape:
    operation: str  # "fill-{w}x{h}" or "width-{w}"
    widths: tuple
    sizes: str
    ratio: tuple = (16, 9)

    def specs(self, formats):
        specs = []
        for fmt in formats:
            for width in self.widths:
                height = round(width * self.ratio[1] / self.ratio[0])
                specs.append(f"{self.operation.format(w=width, h=height)}|format-{fmt}")
        return specs


# `sizes` follow the CSS grid in site.css: cards are a third of the 72rem page on wide screens.
SHAPES = {
    "card": Shape("fill-{w}x{h}", (360, 720), "(min-width: 64em) 22rem, (min-width: 40em) 45vw, 92vw"),
    "lead": Shape("fill-{w}x{h}", (480, 960), "(min-width: 64em) 44rem, 92vw"),
    "hero": Shape("width-{w}", (480, 800, 1200), "(min-width: 64em) 46rem, 92vw"),
    "wide": Shape("fill-{w}x{h}", (640, 1024, 1600), "100vw", (8, 3)),
    "cover": Shape("fill-{w}x{h}", (300, 600), "(min-width: 40em) 18rem, 60vw", (3, 4)),
    "figure": Shape("width-{w}", (480, 800, 1600), "(min-width: 64em) 46rem, 92vw"),
    "half": Shape("width-{w}", (360, 720), "(min-width: 40em) 40vw, 92vw"),
    "gallery": Shape("fill-{w}x{h}", (360, 720), "(min-width: 40em) 30vw, 92vw", (3, 2)),
    "thumb": Shape("fill-{w}x{h}", (120, 240), "7.5rem", (4, 3)),
    "avatar": Shape("fill-{w}x{h}", (96, 192), "6rem", (1, 1)),
}


def image_formats():
    """The formats offered, best first; AVIF only where this Pillow can encode it."""
    formats = list(getattr(settings, "IMAGE_FORMATS", ["avif", "webp", "jpeg"]))
    if "avif" in formats and not features.check("avif"):
        formats.remove("avif")
    return formats


def specs_for(shape):
    return SHAPES[shape].specs(image_formats())


def picture(image, shape, priority=False, **attrs):
    """A <picture> for this image in this shape. `priority`: the first image above the fold
    (loaded at once with high priority); every other image loads lazily."""
    if not image:
        return ""
    attrs.setdefault("sizes", SHAPES[shape].sizes)
    if priority:
        attrs.update(loading="eager", fetchpriority="high")
    else:
        attrs.update(loading="lazy", decoding="async")
    specs = specs_for(shape)
    # Without an alt here, each rendition gives the block's contextual or decorative alt, else
    # the image's description: what it reads is part of the key.
    alt = [getattr(image, name, None) for name in ("decorative", "contextual_alt_text", "default_alt_text")]
    key = _key(f"{identity(image, specs)}:{sorted(attrs.items())}:{alt}")

    def build():  # the HTML itself: building it asks the storage for every rendition's address
        return str(Picture(renditions(image, specs), attrs).__html__())

    return mark_safe(cached_by_content(f"picture:{key}", build))


def identity(image, specs):
    """The image's file and focal point with the specs: a new upload or crop is another picture."""
    focal_point = [
        image.focal_point_x,
        image.focal_point_y,
        image.focal_point_width,
        image.focal_point_height,
    ]
    return f"{image.pk}:{image.file.name}:{focal_point}:{'|'.join(specs)}"


def _key(text):
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def renditions(image, specs):
    """{spec: rendition} for this image. The key names the image's file and focal point, so a
    new upload or crop never meets renditions of the old one."""
    found = cached_by_content(
        f"renditions:{_key(identity(image, specs))}", lambda: image.get_renditions(*specs)
    )
    for rendition in found.values():
        rendition.image = image  # this image's contextual alt text, not the cached copy's
    return found
