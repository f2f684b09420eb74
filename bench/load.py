"""Load test: gunicorn with the production settings on PostgreSQL, driven by Locust (headless).

Creates the throwaway PostgreSQL database iscn_bench_<pid>, migrates it, fills it with
bench/dataset.py (10,000 case studies by default) and rebuilds the search index; or measures an
existing database given with --reuse. Collects the static files into var/bench/static, then
starts gunicorn twice, as the image does (gunicorn.conf.py, cms.wsgi): once without the page
cache (PAGE_CACHE_SECONDS=0, "cold") and once with it (PAGE_CACHE_SECONDS=300 on a Redis
database of its own, flushed first). Each time, one bounded Locust run per scenario: the home
page, a filtered listing, case studies, events, a search with facets, the API, and a static file
(the practical ceiling of the stack). Prints a Markdown table, writes var/bench/load-<size>.json,
drops the database it made and exits non-zero if any request failed.

    python -m bench.load --case-studies 10000
    python -m bench.load --reuse postgres://postgres@127.0.0.1:5432/iscn_bench_kept

Before each cold scenario every worker answers a few warm-up requests; before each cached
scenario every URL of the scenario is requested once, so the cached figures are those of a
filled cache (warm-up requests are not counted).
"""

import argparse
import datetime
import json
import math
import os
import platform
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.database import BENCH_DIR, DEFAULT_POSTGRES_URL, open_database, progress

ROOT = Path(__file__).resolve().parent.parent
LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
STATIC_ROOT = BENCH_DIR / "static"
IMAGE_WSGI_APP = "cms.wsgi:application"
# Variables of the developer's shell that would change what the production settings do.
IGNORED_VARIABLES = {
    "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DEBUG", "REDIS_URL", "SENTRY_DSN",
    "PAGE_CACHE_SECONDS", "STATIC_ROOT", "MEDIA_ROOT", "DJANGO_SETTINGS_MODULE",
}  # fmt: skip
MODES = {"cold": "0", "page cache": "300"}


def site_environment(**variables):
    environment = {key: value for key, value in os.environ.items() if key not in IGNORED_VARIABLES}
    environment.update(variables)
    return environment


def production_environment(database_url, redis_url, page_cache_seconds):
    return {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(45),  # 60 characters
        "ALLOWED_HOSTS": "127.0.0.1",
        # Plain HTTP to gunicorn, as from the load balancer.
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PAGE_CACHE_SECONDS": page_cache_seconds,
        "STATIC_ROOT": str(STATIC_ROOT),
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        "LOG_LEVEL": "WARNING",
    }


def collectstatic(environment):
    progress(f"collectstatic into {STATIC_ROOT}")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--clear", "-v", "0"],
        cwd=ROOT,
        env=site_environment(**environment),
        check=True,
    )
    manifest = json.loads((STATIC_ROOT / "staticfiles.json").read_text())
    return f"/static/{manifest['paths']['css/site.css']}"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class Gunicorn:
    """gunicorn as the image starts it, on a free port of the loopback interface."""

    def __init__(self, environment, workers, log_path):
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        variables = {
            **environment,
            "GUNICORN_BIND_HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": str(workers),
        }
        self.log = log_path.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                "gunicorn.conf.py",
                "cms.wsgi:application",
            ],
            cwd=ROOT,
            env=site_environment(**variables),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 90
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited, see {log_path}")
            try:
                if fetch(self.base_url + "/healthz") == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start, see {log_path}")
            time.sleep(0.25)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


def run_locust(base_url, scenario, paths, users, seconds, json_path):
    """One bounded headless Locust run; the scenario's figures."""
    subprocess.run(  # noqa: S603 - Locust from our virtual environment
        [
            str(Path(sys.executable).with_name("locust")), "-f", str(LOCUSTFILE), "--headless",
            "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--host", base_url,
            "--json-file", str(json_path.with_suffix("")), "--only-summary",
            "--loglevel", "WARNING", "--exit-code-on-error", "0",
        ],
        env={**os.environ, "LOAD_SCENARIO": scenario, "LOAD_PATHS": json.dumps(paths)},
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    stats = next(entry for entry in json.loads(json_path.read_text()) if entry["name"] == scenario)
    # Response times in ms (Locust rounds them to 2 significant digits) -> how many requests.
    times = sorted((float(ms), count) for ms, count in stats["response_times"].items())

    def percentile(share):
        rank = math.ceil(share * stats["num_requests"])
        seen = 0
        for ms, count in times:
            seen += count
            if seen >= rank:
                return ms
        return times[-1][0]

    elapsed = stats["last_request_timestamp"] - stats["start_time"]
    return {
        "requests": stats["num_requests"],
        "failures": stats["num_failures"],
        "requests_per_second": stats["num_requests"] / elapsed,
        "p50_ms": percentile(0.50),
        "p99_ms": percentile(0.99),
        "urls": len(paths),
    }


def free_redis_database(redis_server_url):
    """The highest-numbered empty Redis database (others may use the low numbers)."""
    import redis

    client = redis.Redis.from_url(redis_server_url)
    used = {int(name[2:]) for name in client.info("keyspace")}
    databases = int(client.config_get("databases").get("databases", 16))
    return max(number for number in range(1, databases) if number not in used)


def markdown(report):
    lines = [
        f"{report['case_studies_label']}, {report['workers']} gunicorn workers × "
        f"{report['threads']} threads, {report['users']} Locust users without think time, "
        f"{report['seconds']} s per scenario; {report['machine']}, {report['date']}.",
        "",
        "| Scenario | Page cache | Requests/s | p50 (ms) | p99 (ms) | Requests | Failures |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for result in report["results"]:
        lines.append(
            f"| {result['scenario']} | {'on' if result['mode'] == 'page cache' else 'off'} "
            f"| {result['requests_per_second']:.1f} | {result['p50_ms']:.0f} "
            f"| {result['p99_ms']:.0f} | {result['requests']} | {result['failures']} |"
        )
    return "\n".join(lines)


def measure(arguments, database_url, paths):
    import redis

    static_path = None
    redis_server = arguments.redis_url.rstrip("/")
    redis_database = arguments.redis_db or free_redis_database(redis_server)
    redis_url = f"{redis_server}/{redis_database}"
    results = []
    for mode, page_cache_seconds in MODES.items():
        environment = production_environment(database_url, redis_url, page_cache_seconds)
        if static_path is None:
            static_path = collectstatic(environment)
        redis.Redis.from_url(redis_url).flushdb()
        progress(f"gunicorn ({mode}, Redis database {redis_database})")
        server = Gunicorn(environment, arguments.workers, BENCH_DIR / "load-gunicorn.log")
        try:
            for scenario, urls in {**paths, "static file (ceiling)": [static_path]}.items():
                warm_up = urls if mode == "page cache" else urls[:3] * arguments.workers
                for url in warm_up:
                    status = fetch(server.base_url + url)
                    if status != 200:
                        raise RuntimeError(f"{url} answered {status} during the warm-up")
                progress(f"{scenario} ({mode}): {arguments.seconds} s")
                result = run_locust(
                    server.base_url,
                    scenario,
                    urls,
                    arguments.users,
                    arguments.seconds,
                    BENCH_DIR / "locust.json",
                )
                results.append({"scenario": scenario, "mode": mode, **result})
        finally:
            server.stop()
    redis.Redis.from_url(redis_url).flushdb()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case-studies", type=int, default=10_000)
    parser.add_argument("--reuse", metavar="DATABASE_URL", help="measure this database instead")
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379")
    parser.add_argument("--redis-db", type=int, help="default: the highest empty one")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 3)))
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=15, help="per scenario and mode")
    arguments = parser.parse_args()

    database = open_database("postgres", arguments.postgres_url, arguments.reuse)
    # Modules that use the models, now that Django is set up.
    from django.db import connections

    from bench import dataset, load_paths

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    try:
        if not arguments.reuse:
            dataset.prepare_database(arguments.case_studies, progress=progress)
        paths = load_paths.scenario_paths()
        case_studies = load_paths.english_case_studies()
        connections.close_all()
        results = measure(arguments, database.url, paths)
    finally:
        connections.close_all()
        if not arguments.reuse:
            database.drop()
    report = {
        "date": datetime.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}",
        "case_studies": case_studies,
        "case_studies_label": f"{case_studies:,} case studies (English) on PostgreSQL",
        "workers": arguments.workers,
        "threads": int(os.environ.get("GUNICORN_THREADS", "4")),
        "users": arguments.users,
        "seconds": arguments.seconds,
        "paths": paths,
        "results": results,
    }
    output = BENCH_DIR / f"load-{case_studies}.json"
    output.write_text(json.dumps(report, indent=2))
    print(markdown(report))
    print(f"\nJSON: {output}")
    failures = sum(result["failures"] for result in results)
    if failures:
        print(f"{failures} requests failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
