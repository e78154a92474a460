"""Throughput and load through the production stack (Varnish in front of gunicorn); prints figures.

    make benchmark-stack             # or: python -m site_project.deploy.benchmark_stack

1. A cached page's throughput against a static file's, measured alternately in the same run
   (target: the page at least 0.9 times the static file).
2. 50 concurrent readers for 60 s across five page types (home, news listing, news item,
   event, magazine article): requests, errors and latency percentiles (target: 0 errors,
   p99 under 200 ms).

Uses wrk when installed (Debian's package), else a client in Python threads, which is itself
slower than the stack and so understates it. The stack runs on its own ports (8250, 8251)
on the demo database (prepared first, as `make serve-production` does; or DATABASE_URL).
Not part of `make test`: timings belong in printed figures, not in assertions.
"""

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import requests

from site_project.deploy import stack

PAGE_TYPES = """
import json
from articles.models import EventPage, NewsIndexPage, NewsPage
from home.models import HomePage
from magazine.models import MagazineArticlePage
urls = {}
for name, model in (("home", HomePage), ("news listing", NewsIndexPage), ("news item", NewsPage),
                    ("event", EventPage), ("magazine article", MagazineArticlePage)):
    page = model.objects.live().filter(locale__language_code="nl").order_by("path").first()
    if page is not None:
        urls[name] = page.url
print("PAGES=" + json.dumps(urls))
"""
ROTATE = """
local paths = {%s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Accept-Encoding"] = "gzip"})
end
"""
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def page_urls(env):
    output = subprocess.run(
        [stack.PYTHON, "manage.py", "shell", "--no-imports", "-c", PAGE_TYPES],
        cwd=stack.BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(re.search(r"^PAGES=(.*)$", output, re.MULTILINE).group(1))


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * UNITS[unit]


def wrk(base, paths, connections, seconds):
    """requests/s, errors and latency percentiles (ms) from one wrk run over these paths."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(ROTATE % ", ".join(json.dumps(path) for path in paths))
        script.flush()
        command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, base]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    errors += (
        int(re.search(r"Non-2xx or 3xx responses: (\d+)", output).group(1)) if "Non-2xx" in output else 0
    )
    percentiles = {
        p: milliseconds(v) for p, v in re.findall(r"^\s+(50|90|99)%\s+(\S+)$", output, re.MULTILINE)
    }
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "errors": errors,
        "p50": percentiles["50"],
        "p90": percentiles["90"],
        "p99": percentiles["99"],
    }


def python_client(base, paths, connections, seconds):
    """The same figures from threads with keep-alive sessions, where wrk is missing."""
    latencies, errors, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + seconds

    def reader(offset):
        session = requests.Session()
        count = offset
        while time.monotonic() < deadline:
            count += 1
            started = time.perf_counter()
            try:
                ok = session.get(base + paths[count % len(paths)], timeout=5).status_code == 200
            except requests.RequestException:
                ok = False
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors[0] += not ok

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "requests": len(latencies),
        "per_second": len(latencies) / seconds,
        "errors": errors[0],
        "p50": cuts[49],
        "p90": cuts[89],
        "p99": cuts[98],
    }


def run(base, paths, connections, seconds):
    measure = wrk if shutil.which("wrk") else python_client
    return measure(base, paths, connections, seconds)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8250)
    parser.add_argument("--app-port", type=int, default=8251)
    parser.add_argument("--no-demo", action="store_true", help="do not prepare the demo database")
    parser.add_argument("--throughput-seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3, help="alternating page/static runs")
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument("--readers", type=int, default=50)
    args = parser.parse_args(argv)
    env = stack.production_env(args.port, GUNICORN_ACCESS_LOG="", LOG_LEVEL="WARNING")
    if not args.no_demo:
        stack.manage("prepare_demo", env={**env, "DJANGO_SETTINGS_MODULE": "site_project.settings.dev"})
    stack.manage("collectstatic", "--noinput", env=env)
    pages = page_urls(env)
    client = "wrk" if shutil.which("wrk") else "Python threads (install wrk for exact figures)"
    print(f"Client: {client}; pages: {json.dumps(pages, ensure_ascii=False)}")
    with stack.running(env, args.port, args.app_port, mail_worker=False, output=subprocess.DEVNULL) as site:
        html = requests.get(f"{site.url}/nl/", timeout=30).text
        static = re.search(r'href="(/static/css/[^"]+\.css)"', html).group(1)
        for path in [*pages.values(), static]:  # into the cache
            for _ in range(2):
                requests.get(site.url + path, headers={"Accept-Encoding": "gzip"}, timeout=30)
        cache_state = requests.get(site.url + pages["news item"], timeout=30).headers.get("X-Cache")
        seconds = args.throughput_seconds
        print(f"\nCached page vs static file, {args.rounds} alternating rounds of {seconds} s")
        print(f"(32 connections, gzip; the page answers X-Cache: {cache_state})")
        best = {"page": 0.0, "static": 0.0}
        for round_number in range(1, args.rounds + 1):
            for name, path in (("static", static), ("page", pages["news item"])):
                result = run(site.url, [path], 32, seconds)
                best[name] = max(best[name], result["per_second"])
                print(
                    f"  round {round_number} {name:6} {result['per_second']:>9.0f} req/s"
                    f"  p99 {result['p99']:.1f} ms  errors {result['errors']}"
                )
        ratio = best["page"] / best["static"]
        print(f"Best: page {best['page']:.0f} req/s, static {best['static']:.0f} req/s, ratio {ratio:.2f}")
        print(f"  (target ≥ 0.9: {'met' if ratio >= 0.9 else 'NOT met'})")

        print(f"\n{args.readers} concurrent readers for {args.load_seconds} s across {', '.join(pages)}")
        load = run(site.url, list(pages.values()), args.readers, args.load_seconds)
        print(
            f"  {load['requests']} requests, {load['per_second']:.0f} req/s, errors {load['errors']}, "
            f"p50 {load['p50']:.1f} ms, p90 {load['p90']:.1f} ms, p99 {load['p99']:.1f} ms"
        )
        met = load["errors"] == 0 and load["p99"] < 200
        print(f"  (target 0 errors and p99 < 200 ms: {'met' if met else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
