"""One run of the search benchmark on a database Django is set up on (bench/search.py)."""

import os
import random
from collections import defaultdict
from urllib.parse import urlencode

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_models

from bench import dataset
from bench.database import BENCH_DIR, progress
from bench.measure import (
    RequestDeadline,
    database_version,
    latencies,
    machine,
    measure,
    summary,
    timed_get,
)
from bench.search_plan import QueryPlan
from casestudies.models import CaseStudyPage, Maturity, SDGTarget
from cities.models import CityPage
from topics.models import TopicPage

WARM_UP_REQUESTS = 20
SLOWEST_EXPLAINED = 5


def run(arguments, database):
    """The report: timings of the preparation, latencies, SQL statements, slowest requests."""
    report = {"machine": machine(), "database": arguments.database, "timings_s": {}}
    timings = report["timings_s"]
    if not arguments.reuse:
        progress(f"Preparing {database.url}")
        report["pages"], prepared = dataset.prepare_database(
            arguments.case_studies, arguments.seed, progress
        )
        timings.update(prepared)
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


def sample_data(rng):
    """Values the generated site offers for queries and filters (ids of English pages)."""
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


def query_counts(client, data, codename):
    """SQL statements per search request, for many and for few results under the same filters."""
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
