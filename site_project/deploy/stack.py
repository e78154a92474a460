"""The production stack on this machine: Varnish in front of gunicorn with the production settings.

    make serve-production            # or: python -m site_project.deploy.stack [--port 8080]

Prepares the demo database (the SQLite demo file, or DATABASE_URL), collects the static files
(WhiteNoise serves them with hashed names), then runs gunicorn on 127.0.0.1:8081
(site_project/gunicorn.conf.py), the mail queue's worker, and varnishd on 127.0.0.1:8080 with
site_project/deploy/varnish/site.vcl, in the foreground, each with its own temporary working
directory. Images are served by the site (operations/media.py) and kept by Varnish. Ctrl-C
stops all of it. tests/test_stack.py and benchmark_stack.py start the same stack.
"""

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VCL = Path(__file__).resolve().parent / "varnish" / "site.vcl"
PYTHON = sys.executable


def production_env(public_port, **overrides):
    """The production settings as the local stack runs them: plain HTTP on 127.0.0.1, purges to
    its own Varnish, the client address from Varnish's X-Forwarded-For."""
    public = f"http://127.0.0.1:{public_port}"
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    defaults = {
        "SECRET_KEY": secrets.token_urlsafe(50),  # sessions last as long as this run
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_BASE_URL": public,
        "WAGTAILADMIN_BASE_URL": public,
        "FRONT_CACHE_VARNISH_URL": public,
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
    }
    env.update({key: value for key, value in defaults.items() if not env.get(key)})
    env.update(
        DJANGO_SETTINGS_MODULE="site_project.settings.production",
        SECURE_SSL_REDIRECT="0",  # no TLS here; a TLS proxy goes in front in production
        TRUSTED_PROXY_COUNT="1",
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def manage(*args, env, quiet=True):
    output = subprocess.DEVNULL if quiet else None
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, stdout=output)


def wait_for_port(port, processes, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"{process.args[0]} stopped (exit code {process.returncode}).")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"Nothing listens on port {port} after {timeout} s.")


def vcl_for(app_port):
    return re.sub(r'\.port = "\d+";', f'.port = "{app_port}";', VCL.read_text(), count=1)


def stop(process, timeout=15):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Stack:
    def __init__(self, url, children):
        self.url = url
        self.children = children

    def stopped_child(self):
        return next((child for child in self.children if child.poll() is not None), None)


@contextmanager
def running(env, public_port=8080, app_port=8081, mail_worker=True, output=None):
    """gunicorn, the mail worker and varnishd as children; yields the Stack (its public address
    as ``url``) and stops them all on the way out, whatever happened."""
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    workdir = Path(tempfile.mkdtemp(prefix="werkplaats-varnish-"))
    (workdir / "site.vcl").write_text(vcl_for(app_port))
    app_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{app_port}"}
    children = []
    try:
        children.append(
            subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "gunicorn",
                    "-c",
                    "site_project/gunicorn.conf.py",
                    "site_project.wsgi:application",
                ],
                cwd=BASE_DIR,
                env=app_env,
                stdout=output,
                stderr=output,
            )
        )
        if mail_worker:
            children.append(
                subprocess.Popen(
                    [PYTHON, "manage.py", "db_worker", "--backend", "mail", "--queue-name", "mail"],
                    cwd=BASE_DIR,
                    env=app_env,
                    stdout=output,
                    stderr=output,
                )
            )
        children.append(
            subprocess.Popen(
                [
                    varnishd,
                    "-F",  # in the foreground, as our child
                    # Run as whoever starts the stack: Varnish's own worker user is denied
                    # /dev/null in some sandboxes, and a local stack gains nothing from it.
                    "-j",
                    "none",
                    "-n",
                    str(workdir / "varnish"),
                    "-a",
                    f"127.0.0.1:{public_port}",
                    "-f",
                    str(workdir / "site.vcl"),
                    "-s",
                    "malloc,256m",
                ],
                stdout=output,
                stderr=output,
            )
        )
        wait_for_port(app_port, children)
        wait_for_port(public_port, children)
        yield Stack(f"http://127.0.0.1:{public_port}", children)
    finally:
        for child in reversed(children):
            stop(child)
        shutil.rmtree(workdir, ignore_errors=True)


def interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv=None):
    parser = argparse.ArgumentParser(description="Varnish + gunicorn with the production settings.")
    parser.add_argument("--port", type=int, default=8080, help="Varnish, the public address")
    parser.add_argument("--app-port", type=int, default=8081, help="gunicorn, behind Varnish")
    parser.add_argument("--no-demo", action="store_true", help="do not prepare the demo database")
    args = parser.parse_args(argv)
    env = production_env(args.port)
    if not args.no_demo:
        # Migrations, demo content and accounts, as `make demo` (the demo app is not in production).
        manage(
            "prepare_demo", env={**env, "DJANGO_SETTINGS_MODULE": "site_project.settings.dev"}, quiet=False
        )
    manage("collectstatic", "--noinput", env=env)
    # Ctrl-C reaches the children too; SIGTERM (e.g. from a supervisor) is handled alike, and
    # SIGINT explicitly, as a shell starting this in the background would have it ignored.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, interrupt)
    try:
        with running(env, args.port, args.app_port) as stack:
            print(
                f"\nThe site: {stack.url}/  (admin: {stack.url}/admin/)  Ctrl-C stops it all.\n", flush=True
            )
            while (stopped := stack.stopped_child()) is None:
                time.sleep(1)
            print(f"{stopped.args[0]} stopped (exit code {stopped.returncode}); stopping the rest.")
            return 1
    except KeyboardInterrupt:
        print("\nStopped.")
    except RuntimeError as exc:
        print(f"The stack did not start: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
