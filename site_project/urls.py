from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.core.files.storage import FileSystemStorage, default_storage
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import routing
from home.sitemaps import sitemap
from home.views import favicon, robots_txt
from operations.documents import serve_document
from operations.health import healthz
from operations.media import serve_media

handler400 = "operations.errors.bad_request"
handler403 = "operations.errors.permission_denied"
handler404 = "operations.errors.page_not_found"
handler500 = "operations.errors.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("healthz", healthz, name="healthz"),
    # Same pattern and name as Wagtail's, which it wraps (see operations.documents).
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
]

if isinstance(default_storage, FileSystemStorage):
    # Object storage serves its own URLs; local uploads are served by the site.
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media, name="media"))

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Every public page lives under /nl/ or /en/; "/" is redirected by LocaleMiddleware
# to the language the browser asks for, Dutch by default.
urlpatterns += i18n_patterns(
    path("engagement/", include("engagement.urls")),
    path("", include("search.urls")),
    # Wagtail's page serving, with the page found in one query instead of two per tree level.
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
