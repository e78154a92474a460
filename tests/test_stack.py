"""The production stack of `make serve-production`: Varnish in front of gunicorn with the
production settings, on a SQLite file both the stack and this test's publishing share.

A second request is a cache hit; a change published appears on the next request (purged);
a logged-in editor passes the cache; forms post through it; static files are compressed and
kept a year. .ci/run installs Varnish; only without it are these tests skipped.
"""

import gzip
import re
import shutil
import socket
import tempfile
from pathlib import Path

import pytest
import redis
import requests

from site_project.deploy import stack
from tests.servers import Browser, manage, production_static  # noqa: F401

PUBLIC_PORT, APP_PORT = 8242, 8243
PASSWORD = "een-goed-wachtwoord-42"
SETUP = f"""
from django.contrib.auth.models import Group, User
from home.models import HomePage, StandardPage
home = HomePage.objects.get(depth=2, locale__language_code="nl")
page = home.add_child(instance=StandardPage(title="Eerste versie", slug="over-ons"))
page.save_revision().publish()
user = User.objects.create_user("redacteur", password="{PASSWORD}")
user.groups.add(Group.objects.get(name="Communicatie"))  # edits and publishes the whole site
"""
PUBLISH = """
from home.models import StandardPage
page = StandardPage.objects.get(slug="over-ons")
page.title = "Tweede versie"
page.save_revision().publish()
"""
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


def varnishd():
    return shutil.which("varnishd") or (Path("/usr/sbin/varnishd").exists() and "/usr/sbin/varnishd")


def shared_redis():
    """The stack's workers share the cache through Redis when there is one (emptied first)."""
    url = "redis://127.0.0.1:6379/3"
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", 6379)) != 0:
            return {}
    redis.Redis.from_url(url).flushdb()
    return {"REDIS_URL": url}


@pytest.fixture(scope="module")
def site(production_static, tmp_path_factory):  # noqa: F811
    if not varnishd():
        pytest.skip("Varnish is not installed (.ci/run installs it).")
    folder = tmp_path_factory.mktemp("stack")
    env = stack.production_env(
        PUBLIC_PORT,
        DATABASE_URL=f"sqlite:///{folder / 'site.sqlite3'}",
        STATIC_ROOT=production_static,
        MEDIA_ROOT=folder / "media",
        ENGAGEMENT_MIN_FILL_SECONDS=0,
        GUNICORN_WORKERS=2,
        GUNICORN_ACCESS_LOG="",
        LOG_LEVEL="WARNING",
        **shared_redis(),
    )
    manage("migrate", "--noinput", env=env)
    manage("shell", "--no-imports", "-c", SETUP, env=env)
    with tempfile.TemporaryFile() as log:
        try:
            with stack.running(env, PUBLIC_PORT, APP_PORT, mail_worker=False, output=log) as running:
                yield running.url, env
        except RuntimeError:
            log.seek(0)
            raise RuntimeError(log.read().decode()[-3000:]) from None


def get(url, **headers):
    return requests.get(url, headers=headers, allow_redirects=False, timeout=30)


def test_second_request_is_a_cache_hit(site):
    base, _env = site
    first = get(f"{base}/nl/over-ons/")
    assert first.status_code == 200
    assert first.headers["Cache-Control"] == "public, max-age=60, s-maxage=3600"
    assert "Set-Cookie" not in first.headers
    second = get(f"{base}/nl/over-ons/")
    assert second.headers["X-Cache"] == "HIT"
    assert int(second.headers["Age"]) >= 0
    assert second.text == first.text


def test_a_published_change_appears_on_the_next_request(site):
    base, env = site
    for url in (f"{base}/nl/over-ons/", f"{base}/nl/"):
        get(url)
        assert get(url).headers["X-Cache"] == "HIT"
    assert "Eerste versie" in get(f"{base}/nl/over-ons/").text
    manage("shell", "--no-imports", "-c", PUBLISH, env=env)  # purges through the site's Varnish backend
    page = get(f"{base}/nl/over-ons/")
    assert page.headers["X-Cache"] == "MISS"
    assert "Tweede versie" in page.text
    assert get(f"{base}/nl/").headers["X-Cache"] == "MISS"  # its parent, the home page, too


def test_a_logged_in_editor_passes_the_cache(site):
    base, _env = site
    get(f"{base}/nl/")
    assert get(f"{base}/nl/").headers["X-Cache"] == "HIT"
    editor = Browser(base)
    editor.get("/admin/login/")
    assert editor.post("/admin/login/", {"username": "redacteur", "password": PASSWORD}).status_code == 302
    assert "sessionid" in editor.cookies
    page = editor.get("/nl/")
    assert page.headers["X-Cache"] == "PASS"
    assert "public" not in page.headers.get("Cache-Control", "")
    assert "wagtail-userbar" in page.text  # the editor's own page, not the readers' copy
    assert get(f"{base}/nl/").headers["X-Cache"] == "HIT"  # readers still get the cached copy


def test_forms_post_through_the_stack(site):
    base, _env = site
    html = get(f"{base}/nl/over-ons/").text
    form = html[html.index('id="nieuwsbrief-footer"') :]
    form = form[: form.index("</form>")]
    data = dict(HIDDEN.findall(form)) | {"email": "lezer@example.org", "consent": "on", "website": ""}
    action = re.search(r'action="([^"#]+)', form).group(1)
    same_site = requests.post(
        base + action, data=data, headers={"Origin": base}, allow_redirects=False, timeout=30
    )
    assert same_site.status_code == 302
    assert "verzonden=nieuwsbrief-footer" in same_site.headers["Location"]
    assert "Set-Cookie" not in same_site.headers  # nothing personal follows the reader
    forged = requests.post(
        base + action,
        data=data,
        headers={"Origin": "https://evil.example"},
        allow_redirects=False,
        timeout=30,
    )
    assert forged.status_code == 403


def test_static_files_are_compressed_and_kept_a_year(site):
    base, _env = site
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', get(f"{base}/nl/").text).group(1)
    first = requests.get(base + stylesheet, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=30)
    assert first.headers["Content-Encoding"] == "gzip"
    assert b"{" in gzip.decompress(first.raw.read())
    assert "immutable" in first.headers["Cache-Control"]
    max_age = int(re.search(r"max-age=(\d+)", first.headers["Cache-Control"]).group(1))
    assert max_age >= 365 * 24 * 3600
    assert get(base + stylesheet).headers["X-Cache"] == "HIT"


def ban_from(source_address, port):
    """A BAN request sent from this loopback address; Varnish's answer's status line."""
    with socket.socket() as connection:
        connection.bind((source_address, 0))
        connection.settimeout(10)
        connection.connect(("127.0.0.1", port))
        connection.sendall(b"BAN / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Ban-Url: ^/\r\nConnection: close\r\n\r\n")
        return connection.recv(200).split(b"\r\n", 1)[0].decode()


def test_only_this_machine_purges_and_pages_are_compressed(site):
    base, _env = site
    page = get(f"{base}/nl/", **{"Accept-Encoding": "gzip"})
    assert page.headers["Content-Encoding"] == "gzip"
    get(f"{base}/nl/")
    assert get(f"{base}/nl/").headers["X-Cache"] == "HIT"
    assert ban_from("127.0.0.2", PUBLIC_PORT) == "HTTP/1.1 405 Not allowed"
    assert get(f"{base}/nl/").headers["X-Cache"] == "HIT"
    assert ban_from("127.0.0.1", PUBLIC_PORT) == "HTTP/1.1 200 Banned"
    assert get(f"{base}/nl/").headers["X-Cache"] == "MISS"


def test_unpublishing_in_the_admin_takes_the_page_out_of_the_cache(site):
    """Last: the editor's change through the admin itself; the readers' next request sees it."""
    base, _env = site
    get(f"{base}/nl/over-ons/")
    assert get(f"{base}/nl/over-ons/").headers["X-Cache"] == "HIT"
    editor = Browser(base)
    editor.get("/admin/login/")
    editor.post("/admin/login/", {"username": "redacteur", "password": PASSWORD})
    page_id = re.search(r"/admin/pages/(\d+)/edit/", editor.get("/nl/over-ons/").text).group(1)
    editor.get(f"/admin/pages/{page_id}/unpublish/")
    unpublished = editor.post(f"/admin/pages/{page_id}/unpublish/", {})
    assert unpublished.headers["Location"].startswith("/admin/pages/")  # to the explorer: done
    gone = get(f"{base}/nl/over-ons/")
    assert gone.status_code == 404
    assert gone.headers["X-Cache"] in ("MISS", "PASS")
