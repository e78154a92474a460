"""Security headers on every public response, scored A+ by the MDN HTTP Observatory's rules
(tests/observatory.py) under the production settings, and public pages free of inline
script and style so the strict policy costs nothing."""

import importlib
import re

import pytest
from django.test import Client, override_settings

from tests.factories.chrome import FooterContentFactory
from tests.factories.home import StandardPageFactory
from tests.observatory import Observed, parse_csp, score

PRODUCTION_SECURITY = (
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
)


@pytest.fixture
def production_security(monkeypatch):
    """The security settings of site_project.settings.production, as they are in that file."""
    monkeypatch.setenv("SECRET_KEY", "x")
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    production = importlib.import_module("site_project.settings.production")
    with override_settings(**{name: getattr(production, name) for name in PRODUCTION_SECURITY}):
        yield


@pytest.fixture
def public_paths(home_page):
    FooterContentFactory()
    page = StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons")
    return ["/nl/", page.url, "/nl/zoeken/?q=werkplaats", "/en/"]


def observe(path):
    client = Client()
    response = client.get(path, secure=True)
    assert response.status_code == 200, path
    cors = Client().get(path, secure=True, HTTP_ORIGIN="https://observatory.example")
    plain = Client().get(path)  # http://: must redirect to https:// on the same host
    chain = [f"http://testserver{path}"]
    if plain.status_code in (301, 302, 307, 308):
        chain.append(plain["Location"])
    return Observed(
        headers={name.lower(): value for name, value in response.headers.items()},
        body=response.content.decode(),
        set_cookies=[morsel.OutputString() for morsel in response.cookies.values()],
        cors_headers={name.lower(): value for name, value in cors.headers.items()},
        redirect_chain=chain,
    )


def test_public_pages_score_a_plus(production_security, public_paths):
    for path in public_paths:
        observed = observe(path)
        total, grade = score(observed)
        assert (grade, total >= 100) == ("A+", True), (path, total, observed.results)
        assert (
            observed.results["content-security-policy"][0]
            == "csp-implemented-with-no-unsafe-default-src-none"
        )
        assert observed.results["cross-origin-resource-policy"][0] == "corp-same-origin"


def test_public_policy_is_strict(client, home_page):
    response = client.get("/nl/")
    policy = parse_csp(response["Content-Security-Policy"])
    assert policy["script-src"] == {"'self'"}
    assert policy["style-src"] == {"'self'"}
    assert policy["frame-ancestors"] == {"'self'"}
    assert policy["object-src"] == {"'none'"}
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_error_pages_and_redirects_carry_the_headers_too(client, home_page):
    for response in (client.get("/nl/bestaat-niet/"), client.get("/"), client.get("/healthz")):
        assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_admin_has_its_own_policy(client, db):
    policy = parse_csp(client.get("/admin/login/")["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]  # Wagtail's inline panels and date pickers
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == {"'self'"}  # the live preview frames the site itself


INLINE = [
    (r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/ld\+json\")[^>]*>", "inline script"),
    (r"<style\b", "style element"),
    (r"\sstyle=\"", "style attribute"),
    (r"\son[a-z]+=\"", "event handler attribute"),
    (r"href=\"javascript:", "javascript: link"),
]


def test_public_pages_have_no_inline_script_or_style(client, public_paths):
    """JSON-LD (`<script type="application/ld+json">`) is data, never run: CSP allows it."""
    for path in public_paths + ["/nl/bestaat-niet/"]:
        html = client.get(path).content.decode()
        for pattern, what in INLINE:
            assert not re.search(pattern, html), f"{what} in {path}"
