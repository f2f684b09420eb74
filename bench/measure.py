"""Timing requests in-process with Django's test client: latencies, CPU time, a deadline per
request, percentiles, and what machine and database the figures come from."""

import datetime
import math
import os
import platform
import sqlite3
import time
from pathlib import Path

from django.core.signals import request_finished, request_started
from django.db import connection as default_connection
from django.db.backends.signals import connection_created


class RequestDeadline:
    """Stops the SQL of a request that has run for `seconds`, so that one pathological query cannot
    stall the run: SQLite through a progress handler, PostgreSQL through statement_timeout.

    Such a request fails (500); it is reported as timed out and counted at its full duration.
    """

    def __init__(self, seconds):
        self.seconds = seconds
        self.deadline = None
        request_started.connect(self.start, weak=False)
        request_finished.connect(self.finish, weak=False)
        connection_created.connect(self.configure, weak=False)
        if default_connection.connection is not None:
            self.configure(connection=default_connection)

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
