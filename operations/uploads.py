"""A refusal in Dutch instead of a crash for images with too many pixels. (The size limits
for images and documents are Wagtail's own: WAGTAILIMAGES_MAX_UPLOAD_SIZE and
WAGTAILDOCS_MAX_UPLOAD_SIZE.)"""

from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL.Image import DecompressionBombError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class PixelLimitedImageField(WagtailImageField):
    """Wagtail reads an image's size through Pillow, whose decompression-bomb guard raises
    for images above about 179 million pixels before Wagtail can compare the size with
    WAGTAILIMAGES_MAX_IMAGE_PIXELS (a 20,000 × 20,000 PNG of 60 kB answered 500), and
    Wagtail's own refusal has no Dutch translation."""

    def check_image_pixel_size(self, f):
        if self.max_image_pixels is None:
            return
        try:
            width, height = f.image.get_size()
            too_many = width * height * f.image.get_frame_count() > self.max_image_pixels
        except DecompressionBombError:
            too_many = True
        if too_many:
            message = _(
                "Deze afbeelding heeft te veel pixels. Een afbeelding mag hoogstens %(max)s pixels hebben."
            )
            limit = intcomma(self.max_image_pixels)
            raise ValidationError(message % {"max": limit}, code="file_too_many_pixels")


ALT_TEXT_HELP = gettext_lazy(
    "De alt-tekst: wat er op de afbeelding te zien is, in één zin, voor wie haar niet kan zien "
    "(schermlezers, en als de afbeelding niet laadt). Staat er tekst in de afbeelding, neem die over. "
    "Begin niet met 'afbeelding van'."
)


class ImageForm(BaseImageForm):
    """The base of every image form (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].help_text = ALT_TEXT_HELP
        file_field = self.fields.get("file")
        if type(file_field) is WagtailImageField:
            # Wagtail builds the field in its own formfield callback; only its pixel check changes.
            file_field.__class__ = PixelLimitedImageField
