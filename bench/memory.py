"""Memory of the web workers: the resident set (RSS) of each gunicorn worker once it has served
every kind of page, against the budget of DESIGN.md.

Starts gunicorn as the image does (gunicorn.conf.py, the production settings; bench/load.py) on
a free port of the loopback interface against an existing database, requests the home page, a
filtered listing, a case study, its PDF, a search and the API several times each (so that every
worker serves each kind), reads VmRSS of each worker from /proc and stops the server it started.
It finds its URLs through the API, so it needs no Django of its own.

    python -m bench.memory postgres://postgres@127.0.0.1:5432/iscn_bench_kept

`measure_worker_rss(database_url)` returns the figures as a dict (for `make bench`).
"""

import argparse
import json
import os
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.database import BENCH_DIR
from bench.load import Gunicorn, collectstatic, fetch, production_environment

BUDGET_MIB = 150
DEFAULT_WORKERS = 2
# Each URL is requested this many times per worker: requests go to whichever worker accepts
# them first, and each worker should have served every kind at least once.
ROUNDS_PER_WORKER = 4
SEARCH_WORDS = ("data", "mobility", "energy")


def rss_mib(status_text):
    """The resident set in MiB from the text of /proc/<pid>/status, None if it has none (a
    process that has just exited)."""
    for line in status_text.splitlines():
        if line.startswith("VmRSS:"):
            value, unit = line.split()[1:3]
            if unit != "kB":
                raise ValueError(f"VmRSS in {unit}")
            return int(value) / 1024
    return None


def child_pids(parent_pid, proc=Path("/proc")):
    """The processes whose parent is `parent_pid` (gunicorn's workers of its arbiter)."""
    children = []
    for stat in proc.glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended while the folder was read
            continue
        # The command name (in parentheses) may hold spaces: the fields follow its last ")".
        parent = int(text.rsplit(")", 1)[1].split()[1])
        if parent == parent_pid:
            children.append(int(stat.parent.name))
    return sorted(children)


def process_rss_mib(pid):
    return rss_mib(Path(f"/proc/{pid}/status").read_text())


def read_json(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
        return json.load(response)


def warm_up_paths(base_url):
    """One URL of each kind a visitor asks for, found through the API (English pages)."""
    api = f"{base_url}/api/v2/pages/?locale=en&limit=1&type="
    case_study = read_json(f"{api}casestudies.CaseStudyPage")["items"][0]
    listing = read_json(f"{api}casestudies.CaseStudyIndexPage")["items"][0]
    case_study_path = case_study["meta"]["html_url"].split("://", 1)[1].split("/", 1)[1]
    listing_path = listing["meta"]["html_url"].split("://", 1)[1].split("/", 1)[1]
    return [
        "/en/",
        f"/{listing_path}",
        f"/{listing_path}?maturity=scaled",
        f"/{case_study_path}",
        f"/{case_study_path}pdf/",
        *(f"/en/search/?q={word}" for word in SEARCH_WORDS),
        "/api/v2/pages/?type=casestudies.CaseStudyPage&limit=20",
    ]


def measure_worker_rss(database_url, workers=DEFAULT_WORKERS, redis_url=""):
    """RSS of each worker (MiB) after every worker has served every kind of page.

    Without `redis_url` the site caches in each worker's memory (the local-memory cache),
    which counts against its RSS: a conservative figure.
    """
    environment = production_environment(database_url, redis_url, "0")
    collectstatic(environment)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    server = Gunicorn(environment, workers, BENCH_DIR / "memory-gunicorn.log")
    try:
        started = {pid: process_rss_mib(pid) for pid in child_pids(server.process.pid)}
        paths = warm_up_paths(server.base_url)
        requests = paths * workers * ROUNDS_PER_WORKER
        # As many at once as the workers have threads, so that every worker takes some.
        with ThreadPoolExecutor(max_workers=workers * 4) as pool:
            statuses = list(pool.map(lambda path: fetch(server.base_url + path), requests))
        answers = zip(requests, statuses, strict=True)
        failed = sorted({path for path, status in answers if status != 200})
        warmed = {pid: process_rss_mib(pid) for pid in child_pids(server.process.pid)}
        arbiter = process_rss_mib(server.process.pid)
    finally:
        server.stop()
    return {
        "workers": workers,
        "paths": paths,
        "failed_paths": failed,
        "arbiter_mib": round(arbiter, 1),
        "started_mib": {pid: round(mib, 1) for pid, mib in started.items() if mib},
        "warmed_mib": {pid: round(mib, 1) for pid, mib in warmed.items() if mib},
        "max_mib": round(max(mib for mib in warmed.values() if mib), 1),
        "budget_mib": BUDGET_MIB,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "database_url", nargs="?", default=os.environ.get("BENCH_DATABASE_URL"), help="PostgreSQL"
    )
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS)
    parser.add_argument("--redis-url", default="", help="default: no Redis (local-memory cache)")
    arguments = parser.parse_args()
    if not arguments.database_url:
        parser.error("give the database's URL (or set BENCH_DATABASE_URL)")
    report = measure_worker_rss(arguments.database_url, arguments.workers, arguments.redis_url)
    print(json.dumps(report, indent=2))
    print(
        f"RSS per worker after warm-up: at most {report['max_mib']:.0f} MiB (budget {BUDGET_MIB})"
    )
    for path in report["failed_paths"]:
        print(f"failed: {path}")
    sys.exit(1 if report["max_mib"] > BUDGET_MIB or report["failed_paths"] else 0)


if __name__ == "__main__":
    main()
