"""Document downloads without a false Content-Encoding header."""

from wagtail.documents.views.serve import serve


def serve_document(request, document_id, document_filename):
    """Wagtail's serve view copies mimetypes' guessed *encoding* into Content-Encoding, also
    when there is none: every download said `Content-Encoding: None`, and a .gz file would say
    gzip, so browsers would unpack it on the way in. Documents are sent exactly as stored."""
    response = serve(request, document_id, document_filename)
    if "Content-Encoding" in response:
        del response["Content-Encoding"]
    return response
