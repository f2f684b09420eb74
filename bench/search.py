"""Search benchmark: the public search page and autocomplete at 10,000 case studies.

Creates a throwaway database (an SQLite file under var/bench/, or the PostgreSQL database
iscn_bench_<pid>), migrates it, fills it with bench/dataset.py, rebuilds the search index, then
times requests in-process with Django's test client: the search page over a few hundred varied
queries (single and several words, common and rare terms, other languages, facet filters, date
sorting, page 2, all languages, the map) and autocomplete over a few hundred prefixes. Warm-up
requests are not counted. Prints a Markdown report, writes var/bench/search-<database>.json and
drops the database.

    python -m bench.search --database sqlite
    python -m bench.search --database postgres --case-studies 10000

Migrating and generating run with relaxed durability (SQLite synchronous=OFF, PostgreSQL
synchronous_commit=off): they prepare the measurement. `update_index` and the requests run on a
fresh connection with the database's default settings.
"""

import argparse
import datetime
import json
import math
import os
import platform
import random
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import django

BENCH_DIR = Path(__file__).resolve().parent.parent / "var" / "bench"
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"
TARGETS_MS = {"search": 150, "suggest": 50}  # p95, on PostgreSQL
WARM_UP_REQUESTS = 20
SLOWEST_EXPLAINED = 5


class ThrowawayDatabase:
    """A database that exists for one run of the benchmark."""

    def __init__(self, engine, postgres_url=DEFAULT_POSTGRES_URL):
        self.engine = engine
        self.name = f"iscn_bench_{os.getpid()}"
        if engine == "sqlite":
            self.path = BENCH_DIR / f"{self.name}.sqlite3"
            self.url = f"sqlite:///{self.path}"
        else:
            self.server_url = postgres_url
            self.url = urlunsplit(urlsplit(postgres_url)._replace(path=f"/{self.name}"))

    def _server(self):
        import psycopg

        parts = urlsplit(self.server_url)
        return psycopg.connect(
            host=parts.hostname,
            port=parts.port or 5432,
            user=parts.username,
            password=parts.password,
            dbname=parts.path.lstrip("/") or "postgres",
            autocommit=True,
        )

    def create(self):
        if self.engine == "sqlite":
            BENCH_DIR.mkdir(parents=True, exist_ok=True)
            self.drop()
            return
        from psycopg import sql

        with self._server() as server:
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name)))

    def drop(self):
        if self.engine == "sqlite":
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return
        from psycopg import sql

        with self._server() as server:
            server.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.name))
            )


def progress(message):
    """What the benchmark is doing now, on standard error (the report goes to standard output)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def relax_durability(connection):
    """Skip the waits for the disk while the database is being prepared (this connection only)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA journal_mode=MEMORY")
        elif connection.vendor == "postgresql":
            cursor.execute("SET synchronous_commit TO off")


class RequestDeadline:
    """Stops the SQL of a request that has run for `seconds`, so that one pathological query cannot
    stall the run: SQLite through a progress handler, PostgreSQL through statement_timeout.

    Such a request fails (500); it is reported as timed out and counted at its full duration.
    """

    def __init__(self, seconds):
        from django.core.signals import request_finished, request_started
        from django.db import connection
        from django.db.backends.signals import connection_created

        self.seconds = seconds
        self.deadline = None
        request_started.connect(self.start, weak=False)
        request_finished.connect(self.finish, weak=False)
        connection_created.connect(self.configure, weak=False)
        if connection.connection is not None:
            self.configure(connection=connection)

    def start(self, **kwargs):
        self.deadline = time.monotonic() + self.seconds

    def finish(self, **kwargs):
        self.deadline = None

    def expired(self):
        return self.deadline is not None and time.monotonic() > self.deadline

    def configure(self, connection, **kwargs):
        if connection.vendor == "sqlite":
            connection.connection.set_progress_handler(self.expired, 10_000)
        elif connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('statement_timeout', %s, false)", [f"{self.seconds}s"]
                )


def percentile(values, share):
    """Nearest-rank percentile of `values` (share 0.95 for p95)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summary(values):
    if not values:
        return {}
    return {
        "count": len(values),
        "p50": percentile(values, 0.50),
        "p95": percentile(values, 0.95),
        "p99": percentile(values, 0.99),
        "max": max(values),
        "mean": sum(values) / len(values),
    }


class QueryPlan:
    """Varied search and autocomplete requests drawn from the generated vocabulary and data."""

    def __init__(self, rng, data):
        self.rng = rng
        self.data = data

    def words(self, language, ranks):
        from bench.vocabulary import CONCEPTS

        column = {"en": 0, "de": 1, "es": 2}[language]
        return [
            word
            for concept in CONCEPTS[ranks]
            for word in concept[column].split()
            if len(word) > 3 and word not in {"with", "from", "digitale", "digital"}
        ]

    def pick(self, items, count=1):
        return self.rng.sample(items, min(count, len(items)))

    def search_categories(self):
        """(category, language, parameters) factories: each call gives a new request."""
        common, middle, rare_concepts = (
            self.words("en", slice(0, 8)),
            self.words("en", slice(15, 45)),
            self.words("en", slice(60, None)),
        )
        data = self.data
        choice = self.rng.choice

        def word():
            return choice(common + middle)

        return {
            "one common word": lambda: ("en", {"q": choice(common)}),
            "one mid-frequency word": lambda: ("en", {"q": choice(middle)}),
            "one rare word (project name)": lambda: ("en", {"q": choice(data["codenames"])}),
            "rare concept": lambda: ("en", {"q": choice(rare_concepts)}),
            "city name": lambda: ("en", {"q": choice(data["city_names"])}),
            "two words": lambda: ("en", {"q": f"{word()} {word()}"}),
            "three words with a place": lambda: (
                "en",
                {"q": f"{word()} {word()} {choice(data['city_names'])}"},
            ),
            "no results": lambda: ("en", {"q": f"zq{self.rng.randrange(10**6)}x"}),
            "German words (/de/)": lambda: ("de", {"q": choice(self.words("de", slice(0, 40)))}),
            "Spanish words (/es/)": lambda: ("es", {"q": choice(self.words("es", slice(0, 40)))}),
            "facet: type": lambda: (
                "en",
                {"q": word(), "type": choice(["case-study", "event", "city", "topic"])},
            ),
            "facets: topic + country": lambda: (
                "en",
                {
                    "q": word(),
                    "topic": self.pick(data["topics"], self.rng.randint(1, 2)),
                    "country": choice(data["countries"]),
                },
            ),
            "facets: SDG + maturity + years": lambda: (
                "en",
                {
                    "q": word(),
                    "sdg": self.pick(data["sdgs"], self.rng.randint(1, 2)),
                    "maturity": choice(data["maturities"]),
                    "year_from": self.rng.randint(2010, 2018),
                    "year_to": self.rng.randint(2019, 2026),
                },
            ),
            "facet: city": lambda: ("en", {"q": word(), "city": choice(data["cities"])}),
            "events upcoming/past": lambda: (
                "en",
                {"q": word(), "type": "event", "when": choice(["upcoming", "past"])},
            ),
            "sort by date": lambda: ("en", {"q": word(), "sort": "date"}),
            "page 2": lambda: ("en", {"q": word(), "page": 2}),
            "all languages": lambda: (choice(["en", "de"]), {"q": word(), "lang": "all"}),
            "map view": lambda: ("en", {"q": word(), "view": "map"}),
            "filters only, no words": lambda: (
                "en",
                {"type": "case-study", "topic": choice(data["topics"])},
            ),
        }

    def search_requests(self, total):
        """At least `total` distinct requests, the same number from every category."""
        categories = self.search_categories()
        per_category = math.ceil(total / len(categories))
        seen, requests = set(), []
        for category, make in categories.items():
            made = 0
            for _attempt in range(per_category * 20):
                language, params = make()
                url = f"/{language}/search/?{urlencode(params, doseq=True)}"
                if url not in seen:
                    seen.add(url)
                    requests.append((category, url))
                    made += 1
                    if made == per_category:
                        break
        self.rng.shuffle(requests)
        return requests

    def suggest_requests(self, total):
        """Prefixes of title words, as typed: 2 to 8 characters, mostly English."""
        seen, requests = set(), []
        while len(requests) < total:
            language = self.rng.choices(["en", "de", "es"], [7, 2, 1])[0]
            title = self.rng.choice(self.data["titles"][language])
            words = title.split()
            start = self.rng.randrange(len(words))
            text = " ".join(words[start : start + 2])
            prefix = text[: self.rng.randint(2, 8)].strip()
            url = f"/{language}/search/suggest/?{urlencode({'q': prefix})}"
            if len(prefix) >= 2 and url not in seen:
                seen.add(url)
                requests.append((language, url))
        return requests


def sample_data(rng):
    """Values the generated site offers for queries and filters (ids of English pages)."""
    from casestudies.models import CaseStudyPage, Maturity, SDGTarget
    from cities.models import CityPage
    from topics.models import TopicPage

    english = {"locale__language_code": "en", "live": True}
    codenames = sorted(
        {
            title.split(":")[0]
            for title in CaseStudyPage.objects.filter(title__contains=":", **english).values_list(
                "title", flat=True
            )[:3000]
        }
    )
    titles = {
        language: list(
            CaseStudyPage.objects.filter(locale__language_code=language, live=True)
            .order_by("?")
            .values_list("title", flat=True)[:500]
        )
        for language in ("en", "de", "es")
    }
    return {
        "codenames": codenames or ["nothing"],
        "city_names": list(CityPage.objects.filter(**english).values_list("title", flat=True)),
        "topics": list(TopicPage.objects.filter(**english).values_list("pk", flat=True)),
        "cities": list(CityPage.objects.filter(**english).values_list("pk", flat=True)),
        "countries": sorted(
            set(CityPage.objects.filter(**english).values_list("country", flat=True))
        ),
        "sdgs": list(SDGTarget.objects.values_list("code", flat=True)),
        "maturities": list(Maturity.values),
        "titles": {language: found for language, found in titles.items() if found},
    }


def timed_get(client, url):
    """The response, with the time it took (ms) and the CPU time this process spent on it (ms)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    response = client.get(url)
    cpu = (time.process_time() - cpu_started) * 1000
    return (time.perf_counter() - started) * 1000, cpu, response


def measure(client, requests, timeout):
    """Latency (ms) of each request; requests that fail are counted as errors."""
    rows = []
    for category, url in requests:
        elapsed, cpu, response = timed_get(client, url)
        rows.append(
            {
                "category": category,
                "url": url,
                "ms": round(elapsed, 2),
                "cpu_ms": round(cpu, 2),
                "status": response.status_code,
                "timed_out": response.status_code != 200 and elapsed >= timeout * 1000,
                "bytes": len(response.content),
            }
        )
    return rows


def latencies(rows):
    """Durations of the answered requests and of those stopped at the deadline (lower bounds)."""
    return [row["ms"] for row in rows if row["status"] == 200 or row["timed_out"]]


def query_counts(client, data, codename):
    """SQL statements per search request, for many and for few results under the same filters."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    scenarios = {
        "words only": {},
        "words + type, topic, country": {
            "type": "case-study",
            "topic": data["topics"][0],
            "country": data["countries"][0],
        },
        "words + SDG, maturity, years": {
            "sdg": data["sdgs"][0],
            "maturity": "pilot",
            "year_from": 2012,
            "year_to": 2024,
        },
        "sorted by date, page 2": {"sort": "date", "page": 2},
        "all languages": {"lang": "all"},
        "map view": {"view": "map"},
    }
    rows = []
    for scenario, filters in scenarios.items():
        counts = {}
        for size, words in (("many results", "data"), ("few results", codename)):
            url = f"/en/search/?{urlencode({'q': words, **filters})}"
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            counts[size] = len(queries) if response.status_code == 200 else "timed out"
        rows.append({"scenario": scenario, **counts})
    return rows


def explain_slowest(client, rows, count):
    """The slowest requests again, with the SQL they ran, slowest statements first."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    explained = []
    for row in sorted(rows, key=lambda row: row["ms"], reverse=True)[:count]:
        with CaptureQueriesContext(connection) as queries:
            elapsed, _cpu, _response = timed_get(client, row["url"])
        statements = sorted(queries.captured_queries, key=lambda q: float(q["time"]), reverse=True)
        explained.append(
            {
                "url": row["url"],
                "ms_measured": row["ms"],
                "ms_again": round(elapsed, 2),
                "queries": len(statements),
                "sql_ms": round(sum(float(q["time"]) for q in statements) * 1000, 2),
                "slowest_sql": [
                    {"ms": round(float(q["time"]) * 1000, 2), "sql": q["sql"][:3000]}
                    for q in statements[:3]
                ],
            }
        )
    return explained


def profile_slowest(client, rows, count, database):
    """pyinstrument reports of the slowest answered requests, if pyinstrument is installed."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return []
    answered = [row for row in rows if row["status"] == 200]
    paths = []
    for number, row in enumerate(sorted(answered, key=lambda r: r["ms"], reverse=True)[:count], 1):
        profiler = Profiler(interval=0.0005)
        with profiler:
            client.get(row["url"])
        path = BENCH_DIR / f"profile-{database}-{number}.txt"
        path.write_text(f"{row['url']}\n\n{profiler.output_text(unicode=True, show_all=False)}")
        paths.append(str(path))
    return paths


def machine():
    cpu = ""
    if Path("/proc/cpuinfo").exists():
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "date": datetime.date.today().isoformat(),
    }


def database_version(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
        return f"SQLite {sqlite3.sqlite_version}"


def run(arguments, database):
    from django.core.management import call_command
    from django.db import connection, connections
    from django.test import Client
    from modelsearch.backends import get_search_backend
    from modelsearch.index import get_indexed_models

    from bench import dataset

    report = {"machine": machine(), "database": arguments.database, "timings_s": {}}
    timings = report["timings_s"]
    if not arguments.reuse:
        progress(f"Migrating {database.url}")
        relax_durability(connection)
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        timings["migrate"] = time.perf_counter() - started
        progress(f"Generating {arguments.case_studies:,} case studies and the rest")
        counts, timings["dataset_generation"] = dataset.generate(
            arguments.case_studies, arguments.seed
        )
        report["pages"] = counts
        # Fresh connection with default durability from here on.
        connections.close_all()
        progress("Rebuilding the search index (update_index)")
        timings["update_index"] = dataset.update_index()
        dataset.refresh_statistics()
    report["database_version"] = database_version(connection)
    indexed = sum(model.get_indexed_objects().count() for model in get_indexed_models())
    report["indexed_objects"] = indexed
    if "update_index" in timings:
        report["indexing_objects_per_s"] = indexed / timings["update_index"]
    report["search_backend"] = type(get_search_backend()).__name__

    rng = random.Random(arguments.seed)
    data = sample_data(rng)
    plan = QueryPlan(rng, data)
    search_requests = plan.search_requests(arguments.queries)
    suggest_requests = plan.suggest_requests(arguments.suggestions)
    warm_up = plan.search_requests(WARM_UP_REQUESTS)[:WARM_UP_REQUESTS]

    RequestDeadline(arguments.timeout)
    client = Client(raise_request_exception=False)
    # The first request pays for one-off work (in-memory caches, templates): reported apart.
    first_ms, _cpu, _response = timed_get(client, warm_up[0][1])
    report["first_request_ms"] = round(first_ms, 2)
    for _category, url in warm_up:
        client.get(url)
    suggest_available = client.get(suggest_requests[0][1]).status_code != 404
    for _language, url in suggest_requests[:WARM_UP_REQUESTS] if suggest_available else ():
        client.get(url)

    report["load_average_before"] = os.getloadavg()
    progress(
        f"Measuring {len(search_requests)} search and {len(suggest_requests)} autocomplete requests"
    )
    search_rows = measure(client, search_requests, arguments.timeout)
    suggest_rows = measure(client, suggest_requests, arguments.timeout) if suggest_available else []
    report["load_average_after"] = os.getloadavg()

    report["timeout_s"] = arguments.timeout
    report["suggest_available"] = suggest_available
    for name, rows in (("search", search_rows), ("suggest", suggest_rows)):
        report[name] = summary(latencies(rows))
        report[f"{name}_cpu"] = summary([row["cpu_ms"] for row in rows if row["status"] == 200])
        report[f"{name}_timeouts"] = sum(row["timed_out"] for row in rows)
        report[f"{name}_errors"] = [
            row for row in rows if row["status"] != 200 and not row["timed_out"]
        ]
    by_category = defaultdict(list)
    for row in search_rows:
        by_category[row["category"]].append(row)
    report["search_by_category"] = {
        name: {
            **summary(latencies(by_category[name])),
            "timeouts": sum(row["timed_out"] for row in by_category[name]),
        }
        for name in plan.search_categories()
        if latencies(by_category[name])
    }
    progress("Counting SQL statements, explaining the slowest requests")
    report["query_counts"] = query_counts(client, data, data["codenames"][0])
    report["slowest_search"] = explain_slowest(client, search_rows, SLOWEST_EXPLAINED)
    report["slowest_suggest"] = explain_slowest(client, suggest_rows, 3)
    if arguments.profile:
        report["profiles"] = profile_slowest(
            client, search_rows, arguments.profile, arguments.database
        )
    report["requests"] = {"search": search_rows, "suggest": suggest_rows}
    return report


def milliseconds(value):
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def markdown(report):
    """The report as Markdown tables, for the terminal and the README."""
    lines = []
    pages = report.get("pages", {})
    case_studies = pages.get("CaseStudy (en)", 0)
    translations = sum(count for kind, count in pages.items() if not kind.endswith("(en)"))
    machine_info = report["machine"]
    lines.append(
        f"**{report['database_version']}**, {machine_info['cores']} cores ({machine_info['cpu']}), "
        f"Python {machine_info['python']}, {machine_info['date']}; backend "
        f"{report['search_backend']}; load average during the run "
        f"{report['load_average_before'][0]:.1f} → {report['load_average_after'][0]:.1f}"
    )
    lines.append("")
    timings = report["timings_s"]
    if pages:
        lines += [
            "| dataset | value |",
            "| --- | --- |",
            f"| pages generated | {sum(pages.values()):,}: {case_studies:,} case studies with "
            f"cities, topics and events, {translations:,} of all these translated (de, es) |",
            f"| generation | {timings['dataset_generation']:.1f} s "
            f"({sum(pages.values()) / timings['dataset_generation']:,.0f} pages/s) |",
            f"| `update_index` | {timings['update_index']:.1f} s for "
            f"{report['indexed_objects']:,} objects "
            f"({report['indexing_objects_per_s']:,.0f} objects/s) |",
            f"| `migrate` (relaxed durability) | {timings['migrate']:.1f} s |",
            f"| first search request (cold caches) | {report['first_request_ms']:.0f} ms |",
            "",
        ]
    lines += [
        "| requests | count | p50 ms | p95 ms | p99 ms | max ms | timed out | p95 target |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, label in (("search", "search page"), ("suggest", "autocomplete")):
        stats = report[name]
        if not stats:
            lines.append(f"| {label} | not available | | | | | | |")
            continue
        lines.append(
            f"| {label} | {stats['count']} | {milliseconds(stats['p50'])} | "
            f"{milliseconds(stats['p95'])} | {milliseconds(stats['p99'])} | "
            f"{milliseconds(stats['max'])} | {report[f'{name}_timeouts']} | "
            f"< {TARGETS_MS[name]} ms |"
        )
        cpu = report[f"{name}_cpu"]
        lines.append(
            f"| {label}: CPU time of the Django process | {cpu['count']} | "
            f"{milliseconds(cpu['p50'])} | {milliseconds(cpu['p95'])} | "
            f"{milliseconds(cpu['p99'])} | {milliseconds(cpu['max'])} | | |"
        )
    errors = len(report["search_errors"]) + len(report["suggest_errors"])
    lines += [
        "",
        f"Failed requests: {errors}. Timed out: stopped after {report['timeout_s']:g} s, "
        "counted at that duration. CPU time leaves out the database server (PostgreSQL) and "
        "time spent waiting for the CPU on a busy machine.",
        "",
        "| search requests by kind | count | p50 ms | p95 ms | max ms | timed out |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for category, stats in report["search_by_category"].items():
        lines.append(
            f"| {category} | {stats['count']} | {milliseconds(stats['p50'])} | "
            f"{milliseconds(stats['p95'])} | {milliseconds(stats['max'])} | {stats['timeouts']} |"
        )
    lines += [
        "",
        "| SQL statements per search request | many results | few results |",
        "| --- | --- | --- |",
    ]
    for row in report["query_counts"]:
        lines.append(f"| {row['scenario']} | {row['many results']} | {row['few results']} |")
    lines += ["", "Slowest requests (measured again, with their SQL):", ""]
    for row in report["slowest_search"] + report["slowest_suggest"]:
        lines.append(
            f"- `{row['url']}`: {row['ms_measured']:.0f} ms (again: {row['ms_again']:.0f} ms), "
            f"{row['queries']} SQL statements taking {row['sql_ms']:.0f} ms"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--case-studies", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300, help="search requests measured")
    parser.add_argument("--suggestions", type=int, default=200, help="autocomplete requests")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL),
        help="a PostgreSQL server (any database on it) where the throwaway database is made",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=10,
        help="seconds after which a request's SQL is stopped (counted as timed out)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--reuse",
        metavar="DATABASE_URL",
        help="measure a database kept by --keep instead of making one",
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="pyinstrument the N slowest requests"
    )
    arguments = parser.parse_args()

    database = ThrowawayDatabase(arguments.database, arguments.postgres_url)
    if arguments.reuse:
        database.url = arguments.reuse
    else:
        database.create()
    os.environ["ISCN_BENCH_DATABASE_URL"] = database.url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    django.setup()
    from django.db import connections

    try:
        report = run(arguments, database)
    finally:
        connections.close_all()
        if arguments.keep or arguments.reuse:
            print(f"Database kept: {database.url}")
        else:
            database.drop()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    output = BENCH_DIR / f"search-{arguments.database}.json"
    output.write_text(json.dumps(report, indent=2, default=str))
    print(markdown(report))
    print(f"\nAll figures and every request: {output}")


if __name__ == "__main__":
    main()
