"""Upload limits Wagtail lacks: a maximum size for documents (images have
WAGTAILIMAGES_MAX_UPLOAD_SIZE and WAGTAILIMAGES_MAX_IMAGE_PIXELS built in)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm


class DocumentForm(BaseDocumentForm):
    """The base of every document form, the multiple uploader's included."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].help_text = _("Maximaal %(max_size)s.") % {
                "max_size": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
            }

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
        if upload and "file" in self.changed_data and upload.size > limit:
            raise ValidationError(
                _("Dit bestand is te groot (%(size)s). Een document mag hoogstens %(max_size)s zijn.")
                % {"size": filesizeformat(upload.size), "max_size": filesizeformat(limit)},
                code="file_too_large",
            )
        return upload
