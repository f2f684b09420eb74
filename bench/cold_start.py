"""`make run` as a new developer runs it: a fresh clone of the committed code, every stage timed
until the site answers. The package cache is left warm (uv's, which `make install` uses), as
the target says.

    python -m bench.cold_start
"""

import itertools
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.load import free_port

PROJECT = Path(__file__).resolve().parent.parent
# What `make run` prints as it reaches each stage (Makefile; load_demo's stage lines).
STAGE_MARKERS = (
    ("virtualenv and packages", re.compile(r"-m venv|pip install")),
    ("interface translations", re.compile(r"compilemessages")),
    ("database migrations", re.compile(r"manage\.py migrate")),
    ("demo content", re.compile(r"manage\.py load_demo")),
    ("server start", re.compile(r"^Serving on")),
)
SERVING_DEADLINE_S = 900


def site_answers(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own server
            return response.status == 200
    except OSError:
        return False


def measure_cold_start():
    """{stage: seconds, "total": seconds to the first page}, from a fresh clone."""
    workdir = Path(tempfile.mkdtemp(prefix="iscn-cold-start-"))
    clone = workdir / "site"
    subprocess.run(["git", "clone", "-q", str(PROJECT), str(clone)], check=True)  # noqa: S603, S607 - our own repository
    port = free_port()
    environment = {**os.environ, "PORT": str(port), "PYTHONUNBUFFERED": "1"}
    for variable in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "VIRTUAL_ENV"):
        environment.pop(variable, None)
    started = time.monotonic()
    make = subprocess.Popen(
        ["make", "run"],  # noqa: S607 - make from the PATH, as a developer runs it
        cwd=clone,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    reached = {}
    try:
        os.set_blocking(make.stdout.fileno(), False)
        while not site_answers(f"http://127.0.0.1:{port}/en/"):
            if make.poll() is not None or time.monotonic() - started > SERVING_DEADLINE_S:
                raise RuntimeError(f"`make run` did not serve the site:\n{make.stdout.read()}")
            for line in iter(make.stdout.readline, ""):
                for stage, marker in STAGE_MARKERS:
                    if stage not in reached and marker.search(line):
                        reached[stage] = time.monotonic() - started
            time.sleep(0.2)
        total = time.monotonic() - started
    finally:
        os.killpg(make.pid, signal.SIGTERM)
        make.wait()
        shutil.rmtree(workdir, ignore_errors=True)
    stages = {}
    ordered = [*sorted(reached.items(), key=lambda item: item[1]), ("serving", total)]
    for (stage, began), (_next, ended) in itertools.pairwise(ordered):
        stages[stage] = ended - began
    return {**stages, "total": total}


def main():
    for stage, seconds in measure_cold_start().items():
        print(f"{stage:<26} {seconds:6.1f} s")


if __name__ == "__main__":
    main()
