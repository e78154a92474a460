"""Measure search and suggestion latency on a separate database filled with N generated pages.

    manage.py search_benchmark --pages 10000
    manage.py search_benchmark --pages 100000

Half the pages are Dutch, half English, with tags (some differing only in case or number, so the
merged tag facet is exercised). On PostgreSQL the pages go into their own database, by default
"<configured database>_bench_<N>", built once with bulk inserts and kept: the next run with the
same N only measures (--rebuild builds it again, --drop removes it afterwards). On SQLite a
temporary file is used and removed. The site's own database is never touched: the work runs in a
child process whose DATABASE_URL points at the benchmark database.
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
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import RequestFactory
from django.utils import timezone, translation
from taggit.models import Tag
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from articles.models import ActueelIndexPage, BlogIndexPage, BlogPage, BlogPageTag
from home.cache import start_new_generation
from search.languages import text_search_config
from search.models import PageSearchEntry, SearchWord
from search.query import run_search, specific_pages
from search.snippets import snippets
from search.suggestions import title_suggestions
from search.text import vocabulary
from search.views import RESULTS_PER_PAGE, search, search_url

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
DUTCH_TAGS = ["Werkteam", "werkteams", "Jeugd", "Armoede", "Zorg", "Zorgen", "Wonen", "Onderwijs", "Buurt"]
ENGLISH_TAGS = ["Team", "teams", "Youth", "Poverty", "Care", "Housing", "Education", "Neighbourhood"]
DUTCH_PREFIXES = ["gem", "mant", "eenz", "jeugdh", "samenw", "wijkteam", "bijeenk", "armo"]
ENGLISH_PREFIXES = ["mun", "volu", "lonel", "youth c", "pover", "meeti", "neighb", "resea"]
REPEATS = 20
WARM_UP = 2
MARKER_SLUG = "benchmark-blog"
BATCH = 2000


def sentence(rng, words, glue, length):
    chosen = [rng.choice(words) if index % 2 == 0 else rng.choice(glue) for index in range(length)]
    return " ".join(chosen).capitalize() + "."


def summary(samples):
    return f"median {statistics.median(samples):.1f} ms, p95 {percentile(samples, 0.95):.1f} ms"


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = "Build N pages in a separate database (once, on PostgreSQL) and print search latency."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=1000, help="Number of generated pages (half Dutch).")
        parser.add_argument("--database", default="", help="PostgreSQL database name for the pages.")
        parser.add_argument("--rebuild", action="store_true", help="Build the pages again.")
        parser.add_argument("--drop", action="store_true", help="Drop the benchmark database afterwards.")
        parser.add_argument("--inside", action="store_true", help="Internal: run in the benchmark database.")

    def handle(self, *args, pages, database, rebuild, drop, inside, **options):
        if pages < 1:
            raise CommandError("--pages must be at least 1.")
        if inside:
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    # Building 100,000 pages takes statements longer than the site's time limit.
                    cursor.execute("SET statement_timeout = 0")
            if not Page.objects.filter(slug=MARKER_SLUG).exists():
                self.fill(pages)
            elif (
                connection.vendor == "postgresql"
                and not PageSearchEntry.objects.filter(page__slug__startswith="bericht-").exists()
            ):
                self.index_all_in_database()
            else:
                self.stdout.write("Measuring the pages built before (--rebuild builds them again).")
            self.measure(pages)
            return
        url, remove = self.benchmark_database(
            database or f"{connection.settings_dict['NAME']}_bench_{pages}", rebuild
        )
        env = {**os.environ, "DATABASE_URL": url}
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        try:
            subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
            subprocess.run(
                [*manage, "search_benchmark", "--inside", "--pages", str(pages)], env=env, check=True
            )
        finally:
            if drop or connection.vendor != "postgresql":
                remove()
            else:
                self.stdout.write(f"Kept {url} for the next run.")

    def benchmark_database(self, name, rebuild):
        """The benchmark database's URL and how to remove it; a PostgreSQL one is created if missing."""
        if connection.vendor == "postgresql":
            server = connection.settings_dict
            if name == server["NAME"]:
                raise CommandError("The benchmark needs a database of its own.")
            with connection.cursor() as cursor:
                if rebuild:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
                if cursor.fetchone() is None:
                    cursor.execute(f'CREATE DATABASE "{name}"')

            def remove():
                with connection.cursor() as cursor:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')

            password = f":{server['PASSWORD']}" if server["PASSWORD"] else ""
            port = f":{server['PORT']}" if server["PORT"] else ""
            return f"postgres://{server['USER']}{password}@{server['HOST']}{port}/{name}", remove
        if connection.vendor == "sqlite":
            handle, path = tempfile.mkstemp(prefix="search-benchmark-", suffix=".sqlite3")
            os.close(handle)
            return f"sqlite:///{path}", lambda: os.unlink(path)
        raise CommandError(f"No benchmark support for {connection.vendor}.")

    def fill(self, count):
        started = time.perf_counter()
        dutch_home = Page.objects.get(depth=2, locale__language_code="nl").specific
        english = Locale.objects.get(language_code="en")
        english_home = dutch_home.get_translation_or_none(english)
        if english_home is None:
            english_home = dutch_home.copy_for_translation(english)
            english_home.title = "Home"
            english_home.save_revision().publish()

        def blog_index(home, title, slug):
            actueel = home.add_child(
                instance=ActueelIndexPage(title=f"{title} actueel", slug=f"{slug}-actueel")
            )
            return actueel.add_child(instance=BlogIndexPage(title=title, slug=slug))

        indexes = [
            (blog_index(dutch_home, "Blog", MARKER_SLUG), DUTCH_WORDS, DUTCH_GLUE, DUTCH_TAGS),
            (
                blog_index(english_home, "Blog (EN)", f"{MARKER_SLUG}-en"),
                ENGLISH_WORDS,
                ENGLISH_GLUE,
                ENGLISH_TAGS,
            ),
        ]
        rng = random.Random(20161103)
        created = []
        with transaction.atomic():
            for index_number, (parent, words, glue, tag_names) in enumerate(indexes):
                share = count // 2 + (count % 2 if index_number == 0 else 0)
                tags = [Tag.objects.get_or_create(name=name)[0] for name in tag_names]
                created += self.bulk_blog_posts(parent, share, words, glue, tags, rng)
        built = time.perf_counter()
        if connection.vendor == "postgresql":
            self.index_all_in_database()
        else:
            backend = get_search_backend()
            for start in range(0, len(created), 1000):
                posts = BlogPage.objects.filter(pk__in=created[start : start + 1000])
                backend.add_bulk(BlogPage, list(posts.prefetch_related("tags", "authors__person")))
        self.stdout.write(
            f"Built {len(created)} pages in {built - started:.1f} s, indexed them in "
            f"{time.perf_counter() - built:.1f} s."
        )

    def index_all_in_database(self):
        started = time.perf_counter()
        with transaction.atomic():
            for slug, words, tag_names in (
                (MARKER_SLUG, DUTCH_WORDS, DUTCH_TAGS),
                (f"{MARKER_SLUG}-en", ENGLISH_WORDS, ENGLISH_TAGS),
            ):
                self.index_in_database(Page.objects.get(slug=slug), words + tag_names)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        self.stdout.write(f"Wrote the search rows in {time.perf_counter() - started:.1f} s.")

    def index_in_database(self, parent, words):
        """The search's own table for the generated pages, written in one statement per language.

        Indexing through the search backend takes minutes per 10,000 pages; the benchmark measures
        searching, so it writes the rows the backend would (title weighted B, then body and tags,
        stemmed with the page's language's accent-folding config) straight from the page tables.
        Wagtail's own index (the admin search) is left empty.
        """
        config = text_search_config(parent.locale.language_code)
        table = BlogPage._meta.db_table
        tags = BlogPageTag._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"""INSERT INTO search_pagesearchentry (page_id, sort_date, werkteam_id, locale_id,
                    title, vector, title_folded, title_stems, stems)
                SELECT p.id, b.date, NULL, p.locale_id, setweight(to_tsvector(%(config)s, p.title), 'B'),
                    setweight(to_tsvector(%(config)s, p.title), 'B')
                    || to_tsvector(%(config)s, b.intro)
                    || jsonb_to_tsvector(%(config)s, b.body, '["string"]')
                    || to_tsvector(%(config)s, coalesce((SELECT string_agg(t.name, ' ') FROM {tags} bt
                        JOIN taggit_tag t ON t.id = bt.tag_id WHERE bt.content_object_id = p.id), '')),
                    lower(unaccent(p.title)), '', ''
                FROM wagtailcore_page p JOIN {table} b ON b.page_ptr_id = p.id
                WHERE p.path LIKE %(path)s AND p.depth = %(depth)s""",  # noqa: S608 (table names)
                {"config": config, "path": f"{parent.path}%", "depth": parent.depth + 1},
            )
        language = parent.locale.language_code
        found = {word for text in words for word in vocabulary(text, language)}
        SearchWord.objects.bulk_create(
            [SearchWord(language=language, word=word) for word in found], ignore_conflicts=True
        )

    def bulk_blog_posts(self, parent, count, words, glue, tags, rng):
        """Pages, blog rows and tags in batched inserts: tree paths are computed here, not by treebeard."""
        content_type = ContentType.objects.get_for_model(BlogPage)
        depth = parent.depth + 1
        now = timezone.now()
        first_day = date(2012, 1, 1)
        blog_fields = BlogPage._meta.local_concrete_fields
        table = connection.ops.quote_name(BlogPage._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(field.column) for field in blog_fields)
        insert = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(blog_fields))})"  # noqa: S608
        ids = []
        for batch_start in range(0, count, BATCH):
            numbers = range(batch_start + 1, min(count, batch_start + BATCH) + 1)
            pages = []
            for number in numbers:
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
            Page.objects.bulk_create(pages)
            posts = []
            for page in pages:
                body = [
                    {
                        "type": "paragraph",
                        "value": f"<p>{sentence(rng, words, glue, rng.randint(20, 60))}</p>",
                    }
                    for _ in range(rng.randint(2, 6))
                ]
                post = BlogPage(
                    page_ptr_id=page.pk,
                    date=first_day + timedelta(days=rng.randint(0, 5000)),
                    intro=sentence(rng, words, glue, 15),
                    body=body,
                )
                posts.append(
                    [
                        field.get_db_prep_save(getattr(post, field.attname), connection)
                        for field in blog_fields
                    ]
                )
            with connection.cursor() as cursor:
                cursor.executemany(insert, posts)
            BlogPageTag.objects.bulk_create(
                [
                    BlogPageTag(content_object_id=page.pk, tag=tag)
                    for page in pages
                    for tag in rng.sample(tags, rng.randint(1, 3))
                ]
            )
            ids += [page.pk for page in pages]
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
        return ids

    def measure(self, count):
        request_factory = RequestFactory()
        rows, suggestion_rows = [], []
        for language, queries, prefixes in (
            ("nl", DUTCH_QUERIES, DUTCH_PREFIXES),
            ("en", ENGLISH_QUERIES, ENGLISH_PREFIXES),
        ):
            with translation.override(language):
                locale = Locale.objects.get(language_code=language)
                for query in queries:
                    request = request_factory.get("/", {"q": query}, HTTP_HOST="localhost")
                    service, page, found = [], [], ""
                    for attempt in range(WARM_UP + REPEATS):
                        started = time.perf_counter()
                        outcome = run_search(request, locale, query, {})
                        found = f"{outcome.total}{'+' if outcome.more else ''}"
                        results = specific_pages(outcome.hits[:RESULTS_PER_PAGE])
                        snippets(results, outcome.terms, language)
                        # The page as searched afresh, not from the results kept per generation.
                        start_new_generation()
                        searched = time.perf_counter()
                        search(
                            request_factory.get(search_url(language), {"q": query}, HTTP_HOST="localhost")
                        ).render()
                        rendered = time.perf_counter()
                        if attempt >= WARM_UP:
                            service.append((searched - started) * 1000)
                            page.append((rendered - searched) * 1000)
                    rows.append((language, query, found, service, page))
                for prefix in prefixes:
                    request = request_factory.get("/", {"q": prefix}, HTTP_HOST="localhost")
                    samples, found = [], 0
                    for attempt in range(WARM_UP + REPEATS):
                        started = time.perf_counter()
                        found = len(title_suggestions(request, locale, prefix))
                        if attempt >= WARM_UP:
                            samples.append((time.perf_counter() - started) * 1000)
                    suggestion_rows.append((language, prefix, found, samples))
        self.report(count, rows, suggestion_rows)

    def report(self, count, rows, suggestion_rows):
        write = self.stdout.write
        write(
            f"\n{connection.vendor}, {count} generated pages, {REPEATS} runs per query "
            "(search = query, count, facets, first page, snippets; page = the whole response)\n"
        )
        write(f"{'lang':4} {'query':22} {'hits':>6} {'median':>8} {'p95':>8} {'page p95':>9}")
        for language, query, found, service, page in rows:
            write(
                f"{language:4} {query:22} {found:>6} {statistics.median(service):7.1f}ms "
                f"{percentile(service, 0.95):7.1f}ms {percentile(page, 0.95):8.1f}ms"
            )
        write(f"\n{'lang':4} {'suggest':22} {'titles':>6} {'median':>8} {'p95':>8}")
        for language, prefix, found, samples in suggestion_rows:
            write(
                f"{language:4} {prefix:22} {found:6d} {statistics.median(samples):7.1f}ms "
                f"{percentile(samples, 0.95):7.1f}ms"
            )
        for language in ("nl", "en"):
            write(f"{language}: search {summary([s for row in rows if row[0] == language for s in row[3]])}")
        write(f"all: search {summary([s for row in rows for s in row[3]])}")
        write(f"all: whole page {summary([s for row in rows for s in row[4]])}")
        write(f"all: suggestions {summary([s for row in suggestion_rows for s in row[3]])}")
