"""The site as production runs it, in subprocesses: gunicorn with the production settings and
the repository's gunicorn.conf.py, on this helper's ports, for tests that need real servers."""

import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def production_env(**extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "S3_", "PYTEST"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="site_project.settings.production",
        SECRET_KEY="test-only-production-key",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(*args, env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, capture_output=True)


def wait_for_port(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"Nothing listens on port {port} after {timeout} s.")


@contextmanager
def gunicorn(port, env):
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1", "GUNICORN_ACCESS_LOG": ""}
    command = [
        PYTHON,
        "-m",
        "gunicorn",
        "-c",
        "site_project/gunicorn.conf.py",
        "site_project.wsgi:application",
    ]
    log = tempfile.NamedTemporaryFile(prefix=f"gunicorn-{port}-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        try:
            wait_for_port(port)
        except RuntimeError:
            process.kill()
            raise RuntimeError(Path(log.name).read_text()[-3000:]) from None
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        Path(log.name).unlink()


class Browser:
    """A session that sends the cookies production marks Secure over plain HTTP, as the TLS
    proxy in front would: requests itself keeps Secure cookies for https:// URLs."""

    def __init__(self, base):
        self.base = base
        self.cookies = {}

    def request(self, method, url, **kwargs):
        url = url if url.startswith("http") else self.base + url
        headers = {"X-Forwarded-Proto": "https", "Origin": f"https://{urlsplit(url).netloc}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(method, url, headers=headers, allow_redirects=False, timeout=30, **kwargs)
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, data, **kwargs):
        data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}
        return self.request("POST", url, data=data, **kwargs)


@pytest.fixture(scope="session")
def production_static(tmp_path_factory):
    """collectstatic with the production storage (hashed, compressed names), once a session."""
    static_root = tmp_path_factory.mktemp("static")
    manage("collectstatic", "--noinput", env=production_env(STATIC_ROOT=static_root))
    return static_root
