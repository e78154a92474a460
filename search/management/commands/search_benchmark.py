"""Measure search latency on a throwaway database filled with N generated pages.

    manage.py search_benchmark --pages 10000

On PostgreSQL it creates a database next to the configured one (and drops it afterwards);
on SQLite it uses a temporary file. The site's own database is never touched: the work runs
in a child process whose DATABASE_URL points at the throwaway database.
"""

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import RequestFactory
from django.utils import timezone, translation

DUTCH_QUERIES = [
    "gemeente",
    "mantelzorgers",
    "jeugdhulp wijkteam",
    "armoede schulden",
    "samenwerking",
    "eenzaamheid ouderen",
    "bijeenkomsten",
    "onbekendwoord",
]
ENGLISH_QUERIES = [
    "municipality",
    "volunteers",
    "youth care",
    "poverty debt",
    "working together",
    "loneliness",
    "meetings",
    "unknownword",
]
DUTCH_WORDS = [
    "gemeente",
    "gemeenten",
    "wijkteam",
    "wijkteams",
    "jeugdhulp",
    "mantelzorger",
    "mantelzorgers",
    "armoede",
    "schulden",
    "samenwerking",
    "samenwerken",
    "eenzaamheid",
    "ouderen",
    "bijeenkomst",
    "bijeenkomsten",
    "bewoners",
    "professionals",
    "zorg",
    "welzijn",
    "participatie",
    "onderzoek",
    "werkplaats",
    "hogeschool",
    "beleid",
    "praktijk",
    "buurt",
    "wijk",
    "jongeren",
    "gezinnen",
    "school",
    "inkomen",
    "werk",
    "vrijwilligers",
    "netwerk",
    "ervaring",
    "kennis",
    "vraag",
    "aanpak",
    "project",
]
DUTCH_GLUE = ["de", "het", "een", "en", "van", "in", "op", "met", "voor", "over", "door", "bij", "naar"]
ENGLISH_WORDS = [
    "municipality",
    "municipalities",
    "team",
    "teams",
    "youth",
    "care",
    "carer",
    "carers",
    "poverty",
    "debt",
    "debts",
    "cooperation",
    "working",
    "together",
    "loneliness",
    "elderly",
    "meeting",
    "meetings",
    "residents",
    "professionals",
    "welfare",
    "participation",
    "research",
    "workshop",
    "university",
    "policy",
    "practice",
    "neighbourhood",
    "district",
    "young",
    "families",
    "school",
    "income",
    "work",
    "volunteer",
    "volunteers",
    "network",
    "experience",
    "knowledge",
    "question",
    "approach",
    "project",
]
ENGLISH_GLUE = ["the", "a", "and", "of", "in", "on", "with", "for", "about", "by", "at", "to"]
REPEATS = 20
WARM_UP = 2


def sentence(rng, words, glue, length):
    chosen = [rng.choice(words) if index % 2 == 0 else rng.choice(glue) for index in range(length)]
    return " ".join(chosen).capitalize() + "."


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = "Build N extra pages in a separate database and print search latency (median, p95)."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=1000, help="Number of generated pages (half Dutch).")
        parser.add_argument("--keep", action="store_true", help="Keep the throwaway database afterwards.")
        parser.add_argument("--inside", action="store_true", help="Internal: run in the throwaway database.")

    def handle(self, *args, pages, keep, inside, **options):
        if pages < 1:
            raise CommandError("--pages must be at least 1.")
        if inside:
            self.fill(pages)
            self.measure(pages)
            return
        url, drop = self.create_database()
        env = {**os.environ, "DATABASE_URL": url}
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        try:
            self.stdout.write(f"Migrating a throwaway database ({connection.vendor})…")
            subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
            subprocess.run(
                [*manage, "search_benchmark", "--inside", "--pages", str(pages)], env=env, check=True
            )
        finally:
            if keep:
                self.stdout.write(f"Kept {url}")
            else:
                drop()

    def create_database(self):
        """A new, empty database of the same kind as the configured one, and how to drop it."""
        if connection.vendor == "postgresql":
            server = connection.settings_dict
            name = f"{server['NAME']}_search_benchmark"
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
                cursor.execute(f'CREATE DATABASE "{name}"')

            def drop():
                with connection.cursor() as cursor:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')

            password = f":{server['PASSWORD']}" if server["PASSWORD"] else ""
            port = f":{server['PORT']}" if server["PORT"] else ""
            return f"postgres://{server['USER']}{password}@{server['HOST']}{port}/{name}", drop
        if connection.vendor == "sqlite":
            handle, path = tempfile.mkstemp(prefix="search-benchmark-", suffix=".sqlite3")
            os.close(handle)
            return f"sqlite:///{path}", lambda: os.unlink(path)
        raise CommandError(f"No benchmark support for {connection.vendor}.")

    def fill(self, count):
        from wagtail.models import Locale, Page
        from wagtail.search.backends import get_search_backend

        from articles.models import ActueelIndexPage, BlogIndexPage, BlogPage

        started = time.perf_counter()
        dutch_home = Page.objects.get(depth=2, locale__language_code="nl").specific
        english = Locale.objects.get(language_code="en")
        english_home = dutch_home.copy_for_translation(english)
        english_home.title = "Home"
        english_home.save_revision().publish()

        def blog_index(home, title):
            actueel = home.add_child(instance=ActueelIndexPage(title=f"{title} actueel", slug="actueel"))
            return actueel.add_child(instance=BlogIndexPage(title=title, slug="blog"))

        indexes = [
            (blog_index(dutch_home, "Blog"), DUTCH_WORDS, DUTCH_GLUE),
            (blog_index(english_home, "Blog (EN)"), ENGLISH_WORDS, ENGLISH_GLUE),
        ]
        rng = random.Random(20161103)
        now = timezone.now()
        created = []
        with transaction.atomic():
            for index_number, (parent, words, glue) in enumerate(indexes):
                share = count // 2 + (count % 2 if index_number == 0 else 0)
                created += self.bulk_blog_posts(parent, share, words, glue, rng, now, BlogPage)
        backend = get_search_backend()
        for start in range(0, len(created), 500):
            backend.add_bulk(BlogPage, list(BlogPage.objects.filter(pk__in=created[start : start + 500])))
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"Generated and indexed {len(created)} pages in {time.perf_counter() - started:.1f} s."
        )

    def bulk_blog_posts(self, parent, count, words, glue, rng, now, model):
        """Insert pages without treebeard's one-by-one bookkeeping: paths are computed here."""
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page

        content_type = ContentType.objects.get_for_model(model)
        depth = parent.depth + 1
        pages = []
        for number in range(1, count + 1):
            title = sentence(rng, words, glue, rng.randint(3, 7)).rstrip(".")
            slug = f"bericht-{number}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(parent.path, depth, parent.numchild + number),
                    depth=depth,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    locale_id=parent.locale_id,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        Page.objects.bulk_create(pages, batch_size=1000)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
        first_day = date(2012, 1, 1)
        for page in pages:
            body = [
                {"type": "paragraph", "value": f"<p>{sentence(rng, words, glue, rng.randint(20, 60))}</p>"}
                for _ in range(rng.randint(2, 6))
            ]
            post = model(
                page_ptr_id=page.pk,
                date=first_day + timedelta(days=rng.randint(0, 5000)),
                intro=sentence(rng, words, glue, 15),
                body=body,
            )
            # raw=True writes only the blog table; the Page row exists already.
            post.save_base(raw=True)
        return [page.pk for page in pages]

    def measure(self, count):
        from wagtail.models import Locale

        from search.query import run_search, snippets
        from search.views import RESULTS_PER_PAGE, search, search_url

        request_factory = RequestFactory()
        rows = []
        for language, queries in (("nl", DUTCH_QUERIES), ("en", ENGLISH_QUERIES)):
            with translation.override(language):
                locale = Locale.objects.get(language_code=language)
                for query in queries:
                    request = request_factory.get("/", {"q": query}, HTTP_HOST="localhost")
                    service, page, found = [], [], 0
                    for attempt in range(WARM_UP + REPEATS):
                        started = time.perf_counter()
                        outcome = run_search(request, locale, query, {})
                        found = outcome.total
                        results = list(outcome.pages.specific()[:RESULTS_PER_PAGE])
                        snippets(results, outcome.terms, language)
                        searched = time.perf_counter()
                        search(
                            request_factory.get(search_url(language), {"q": query}, HTTP_HOST="localhost")
                        ).render()
                        rendered = time.perf_counter()
                        if attempt >= WARM_UP:
                            service.append((searched - started) * 1000)
                            page.append((rendered - searched) * 1000)
                    rows.append((language, query, found, service, page))
        self.report(count, rows)

    def report(self, count, rows):
        self.stdout.write(
            f"\n{connection.vendor}, {count} generated pages, {REPEATS} runs per query "
            "(search = query, count, facets, first page, snippets; page = the whole response)\n"
        )
        self.stdout.write(f"{'lang':4} {'query':22} {'hits':>6} {'median':>8} {'p95':>8} {'page p95':>9}")
        for language, query, found, service, page in rows:
            self.stdout.write(
                f"{language:4} {query:22} {found:6d} {statistics.median(service):7.1f}ms "
                f"{percentile(service, 0.95):7.1f}ms {percentile(page, 0.95):8.1f}ms"
            )
        for language in ("nl", "en"):
            samples = [sample for row in rows if row[0] == language for sample in row[3]]
            self.stdout.write(
                f"{language}: search median {statistics.median(samples):.1f} ms, "
                f"p95 {percentile(samples, 0.95):.1f} ms"
            )
        everything = [sample for row in rows for sample in row[3]]
        pages = [sample for row in rows for sample in row[4]]
        self.stdout.write(
            f"all: search median {statistics.median(everything):.1f} ms, "
            f"p95 {percentile(everything, 0.95):.1f} ms; "
            f"whole page median {statistics.median(pages):.1f} ms, p95 {percentile(pages, 0.95):.1f} ms"
        )
