"""A database that hangs or refuses: the site answers its own "tijdelijk niet beschikbaar"
page with 503 and Retry-After within 5 s, static files are still served, /healthz reports
it, and the site recovers without a restart. gunicorn with the production settings talks to
the database through a TCP proxy in this test that hangs, refuses or forwards."""

import socket
import threading

import pytest
import requests
from django.db import connection

from tests.servers import gunicorn, production_env, production_static  # noqa: F401 (fixture)

PROXY_PORT = 8111
SERVER_PORT = 8112


class DatabaseProxy:
    """Accepts connections and, by mode, never answers ("hang") or forwards them to the real
    database ("forward"); stopped, it refuses them."""

    def __init__(self, target):
        self.target = target
        self.mode = "hang"
        self.held = []
        self.listener = None

    def start(self, mode):
        self.mode = mode
        self.listener = socket.create_server(("127.0.0.1", PROXY_PORT), reuse_port=False)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def stop(self):
        if self.listener is None:
            return
        self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() blocked in its thread
        self.listener.close()
        self.listener = None
        for held in self.held:
            held.close()
        self.held.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            if self.mode == "hang":
                self.held.append(client)  # read nothing, answer nothing
            else:
                upstream = socket.create_connection(self.target)
                for source, sink in ((client, upstream), (upstream, client)):
                    threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            sink.close()


def database_url():
    """The test database when it is PostgreSQL, otherwise a name that is never reached."""
    if connection.vendor != "postgresql":
        return f"postgres://postgres@127.0.0.1:{PROXY_PORT}/prodh_never_reached", ("127.0.0.1", 5432)
    config = connection.settings_dict
    credentials = config["USER"] + (f":{config['PASSWORD']}" if config["PASSWORD"] else "")
    url = f"postgres://{credentials}@127.0.0.1:{PROXY_PORT}/{config['NAME']}"
    return url, (config["HOST"] or "127.0.0.1", int(config["PORT"] or 5432))


@pytest.fixture
def site_behind_proxy(production_static, tmp_path):  # noqa: F811 (the fixture)
    url, target = database_url()
    proxy = DatabaseProxy(target)
    proxy.start("hang")
    env = production_env(DATABASE_URL=url, STATIC_ROOT=production_static, MEDIA_ROOT=tmp_path)
    try:
        with gunicorn(SERVER_PORT, env) as base:
            # Loads the URLs and views without the database: the first timed request then
            # measures the outage, not the worker's start.
            assert requests.get(base + "/favicon.ico", timeout=30).status_code == 200
            yield base, proxy
    finally:
        proxy.stop()


def assert_unavailable_page(base, path, text):
    response = requests.get(base + path, timeout=5)  # the answer must come within 5 s
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert text in response.text
    assert 'class="site-header"' in response.text
    assert "Content-Security-Policy" in response.headers


@pytest.mark.django_db
def test_hanging_or_refusing_database_gets_503_page_quickly(site_behind_proxy):
    base, proxy = site_behind_proxy
    assert_unavailable_page(base, "/nl/", "De website is tijdelijk niet beschikbaar")
    assert_unavailable_page(base, "/en/", "The website is temporarily unavailable")

    static = requests.get(base + "/static/css/site.css", timeout=5)
    assert static.status_code == 200 and "site-header" in static.text

    health = requests.get(base + "/healthz", timeout=5)
    assert health.status_code == 503
    assert health.json()["checks"]["database"] == "error"

    proxy.stop()  # nothing listens: connections are refused
    assert_unavailable_page(base, "/nl/", "De website is tijdelijk niet beschikbaar")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs the test database on PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_site_recovers_without_restart(site_behind_proxy):
    base, proxy = site_behind_proxy
    assert_unavailable_page(base, "/nl/", "De website is tijdelijk niet beschikbaar")
    proxy.stop()
    proxy.start("forward")
    assert requests.get(base + "/nl/", timeout=5).status_code == 200
    assert requests.get(base + "/healthz", timeout=5).json()["status"] == "ok"
