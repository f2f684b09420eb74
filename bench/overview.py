"""`make bench`: the site's speed in one table, at 10,000 case studies on PostgreSQL.

Builds the benchmark database once (bench/dataset.py; kept as iscn_bench_<N> and reused while
it holds N case studies, migrated to the current code each run), then measures:

- each kind of public page in-process (bench/pages_run.py): SQL statements, median and p95 ms;
- search and autocomplete p95 over varied requests (bench/search_plan.py);
- `update_index` over the whole site;
- the RSS of each gunicorn worker after warm-up (bench/memory.py);
- `make run` from a fresh clone, stage by stage (bench/cold_start.py).

Prints one Markdown table (paste it into the README) and writes var/bench/overview.json.

    python -m bench.overview [--case-studies 10000] [--fresh] [--no-cold-start]
"""

import argparse
import json
import os
import sys
import time

from bench.database import BENCH_DIR, DEFAULT_POSTGRES_URL, ThrowawayDatabase, progress


def kept_database(postgres_url, case_studies, fresh):
    """The benchmark database of this size, made if missing; (database, whether it is new)."""
    database = ThrowawayDatabase("postgres", postgres_url, name=f"iscn_bench_{case_studies}")
    exists = database.exists()
    if exists and fresh:
        database.drop()
    if fresh or not exists:
        database.create()
    return database, fresh or not exists


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case-studies", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=60, help="requests per page type")
    parser.add_argument("--searches", type=int, default=200, help="search, autocomplete requests")
    parser.add_argument("--fresh", action="store_true", help="build the database anew")
    parser.add_argument("--no-cold-start", action="store_true", help="skip `make run` timing")
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    arguments = parser.parse_args()

    database, is_new = kept_database(
        arguments.postgres_url, arguments.case_studies, arguments.fresh
    )
    os.environ["ISCN_BENCH_DATABASE_URL"] = database.url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    # Modules that use the models, now that Django is set up.
    from django.core.management import call_command

    from bench import dataset, memory, pages_run
    from bench.cold_start import measure_cold_start
    from bench.measure import database_version, machine
    from casestudies.models import CaseStudyPage

    report = {"machine": machine(), "case_studies": arguments.case_studies, "timings_s": {}}
    if not is_new:
        dataset.relax_durability()
        progress("Migrating the kept database to the current code")
        call_command("migrate", verbosity=0)
        english = CaseStudyPage.objects.filter(locale__language_code="en").count()
        if english != arguments.case_studies:
            raise SystemExit(
                f"{database.name} holds {english} case studies, not {arguments.case_studies}: "
                "run again with --fresh"
            )
    if is_new:
        progress(f"Building {database.name}: {arguments.case_studies:,} case studies")
        _counts, timings = dataset.prepare_database(arguments.case_studies, progress=progress)
        report["timings_s"].update(timings)
    else:
        progress("Rebuilding the search index (update_index)")
        report["timings_s"]["update_index"] = dataset.update_index(sys.stderr)
        dataset.refresh_statistics()
    report["database"] = database_version(django.db.connection)

    progress("Rendering each kind of page, search and autocomplete")
    report["load_average_before"] = os.getloadavg()
    report["pages"] = pages_run.run(arguments.requests, arguments.searches)
    report["load_average_after"] = os.getloadavg()

    progress("gunicorn workers' memory after warm-up")
    report["worker_rss_mib"] = memory.measure_worker_rss(database.url)

    if not arguments.no_cold_start:
        progress("`make run` from a fresh clone")
        started = time.monotonic()
        report["cold_start_s"] = measure_cold_start()
        report["timings_s"]["cold_start_measurement"] = time.monotonic() - started

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    output = BENCH_DIR / "overview.json"
    output.write_text(json.dumps(report, indent=2, default=str))
    print(markdown(report))
    print(f"\nEvery figure: {output}")


def markdown(report):
    machine = report["machine"]
    lines = [
        f"{report['case_studies']:,} case studies, {report['database']}, "
        f"{machine['date']}, {machine['cores']} cores ({machine['cpu']}), "
        f"load average {report['load_average_before'][0]:.2f} → "
        f"{report['load_average_after'][0]:.2f}",
        "",
        "| measure | SQL queries | median | p95 |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, row in report["pages"].items():
        if not row.get("count"):
            lines.append(f"| {name} | – | failed | {len(row['errors'])} errors |")
            continue
        queries = "–" if row["queries"] is None else row["queries"]
        lines.append(f"| {name} | {queries} | {row['p50']:.1f} ms | {row['p95']:.1f} ms |")
    timings = report["timings_s"]
    lines.append(f"| `update_index`, whole site | | {timings['update_index']:.1f} s | |")
    rss = report["worker_rss_mib"]
    warmed = sorted(rss["warmed_mib"].values())
    lines.append(
        f"| gunicorn worker RSS after warm-up ({rss['workers']} workers) | | "
        f"{warmed[len(warmed) // 2]:.0f} MiB | {rss['max_mib']:.0f} MiB (max) |"
    )
    for stage, seconds in report.get("cold_start_s", {}).items():
        label = "`make run`, fresh clone to serving" if stage == "total" else f"`make run`: {stage}"
        lines.append(f"| {label} | | {seconds:.1f} s | |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
