"""Uploaded images from the local MEDIA_ROOT, for production without object storage.

gunicorn is no file server, but in the local production stack Varnish sits in front of it:
these responses are public and cacheable, so Varnish (and browsers) serve repeats and the
app server sees each file about once a day. A front web server can serve MEDIA_ROOT's image
folders itself instead (README "Production"). Documents are deliberately not served here:
/documents/ checks a private collection's restrictions, the raw file would bypass them.
"""

import mimetypes
import posixpath
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

# Wagtail's folders for original images and renditions.
PUBLIC_FOLDERS = ("original_images/", "images/")


@require_safe
def serve_media(request, path):
    # Checked on the normalised path: "images/../documents/x.pdf" is a document.
    if posixpath.normpath(path) != path or not path.startswith(PUBLIC_FOLDERS):
        raise Http404
    try:
        full_path = Path(default_storage.path(path))
    except SuspiciousFileOperation as exc:
        raise Http404 from exc
    if not full_path.is_file():
        raise Http404
    stat = full_path.stat()
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime):
        return HttpResponseNotModified()
    content_type, _encoding = mimetypes.guess_type(full_path.name)
    response = FileResponse(full_path.open("rb"), content_type=content_type or "application/octet-stream")
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Cache-Control"] = f"public, max-age={settings.MEDIA_CACHE_SECONDS}"
    return response
