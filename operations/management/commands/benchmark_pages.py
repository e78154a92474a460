"""Time every page shape of the running site, uncached and cached, beside a reference site.

    manage.py benchmark_pages --url http://127.0.0.1:8081 --cached-url http://127.0.0.1:8080 \
        --reference home=http://127.0.0.1:8090/ --reference listing=http://127.0.0.1:8090/blog/ ...

``--url`` is the app server itself (gunicorn: no front cache), ``--cached-url`` the front cache
before it (Varnish). Each reference is a page of another Wagtail site that plays the same part
(home, listing, piece, search); its requests alternate with ours in the same rounds, so a noisy
machine slows both alike and the ratio stays meaningful. "Uncached" bypasses the front cache
only: the app keeps what it builds per content generation (home/cache.py), as in production.
"After a change" times the first request after a publish, which builds it all again. Queries
are counted in this process (a Django test client on the same database, after one warm-up
request, as on a running server). Nothing here belongs in ``make test``: the figures are
printed, never asserted.
"""

import statistics
import time
import urllib.request
from urllib.parse import urlsplit

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from operations.page_shapes import sample_paths


def fetch(url):
    began = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        status = response.status
    if status != 200:
        raise CommandError(f"{url} answered {status}")
    return (time.perf_counter() - began) * 1000


def new_generation():
    """As a publish does: the app builds again what it keeps (home's new_content_generation)."""
    call_command("new_content_generation", verbosity=0)


def summary(timings):
    if not timings:
        return "", ""
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):.1f}", f"{p95:.1f}"


class Command(BaseCommand):
    help = "Print queries, median and p95 per page shape, uncached and cached, beside a reference site."

    def add_arguments(self, parser):
        parser.add_argument("--url", required=True, help="The app server, without the front cache.")
        parser.add_argument("--cached-url", help="The front cache in front of it.")
        parser.add_argument(
            "--reference",
            action="append",
            default=[],
            metavar="PART=URL",
            help="A reference site's page for one part: home, listing, piece or search.",
        )
        parser.add_argument("--requests", type=int, default=50, help="Requests per page and site.")
        parser.add_argument(
            "--changes", type=int, default=10, help="Requests per page right after a publish (cold)."
        )
        parser.add_argument("--language", default="nl")

    def handle(self, *args, **options):
        references = dict(item.split("=", 1) for item in options["reference"])
        unknown = set(references) - {"home", "listing", "piece", "search"}
        if unknown:
            raise CommandError(f"Unknown reference part(s): {', '.join(sorted(unknown))}")
        samples = sample_paths(options["language"])
        queries = self.count_queries(samples, options["url"])
        kinds = ["uncached", "cached", "reference", "after a change"]
        timings = {name: {kind: [] for kind in kinds} for name, _, _ in samples}
        for _, part, path in samples:  # warm-up: fill the app's own caches and the front cache
            fetch(options["url"] + path)
            if options["cached_url"]:
                fetch(options["cached_url"] + path)
            if part in references:
                fetch(references[part])
        for _ in range(options["requests"]):
            for name, part, path in samples:
                timings[name]["uncached"].append(fetch(options["url"] + path))
                if part in references:
                    timings[name]["reference"].append(fetch(references[part]))
                if options["cached_url"]:
                    timings[name]["cached"].append(fetch(options["cached_url"] + path))
        # The first request after a publish builds what the app keeps per content generation.
        for _ in range(options["changes"]):
            for name, _, path in samples:
                new_generation()
                timings[name]["after a change"].append(fetch(options["url"] + path))
        self.print_table(samples, queries, timings)

    def count_queries(self, samples, url):
        """(a reader's request, the first request after a publish) per page shape."""
        client = Client(HTTP_HOST=urlsplit(url).netloc)
        counts = {}
        for name, _, path in samples:
            client.get(path)
            counted = []
            for after_a_change in (False, True):
                if after_a_change:
                    new_generation()
                with CaptureQueriesContext(connection) as captured:
                    response = client.get(path)
                if response.status_code != 200:
                    raise CommandError(f"{path} answered {response.status_code} in this process")
                counted.append(str(len(captured)))
            counts[name] = "/".join(counted)
        return counts

    def print_table(self, samples, queries, timings):
        header = ("page", "part", "queries", "uncached ms", "p95", "cached ms", "p95", "reference ms")
        header += ("ratio", "after a change ms", "p95")
        rows = []
        for name, part, _ in samples:
            uncached, reference = timings[name]["uncached"], timings[name]["reference"]
            ratio = f"{statistics.median(uncached) / statistics.median(reference):.2f}" if reference else ""
            rows.append(
                (name, part, str(queries[name]), *summary(uncached), *summary(timings[name]["cached"]))
                + (summary(reference)[0], ratio, *summary(timings[name]["after a change"]))
            )
        widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
        for row in [header, *rows]:
            self.stdout.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        self.stdout.write(
            "queries = a reader's request / the first request after a publish; "
            "ratio = our uncached median / the reference's median (target ≤ 0.5)"
        )
