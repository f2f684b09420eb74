"""The site's own processes for tests that run it as in production: gunicorn on a free port, and
a redis-server of the test's own that can be stopped and started (never the shared one).

The production fixtures (a migrated database, collected static files, the environment) are in
tests/cms/conftest.py.
"""

import contextlib
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import redis

from tests.postgres import ROOT, site_environment

PRODUCTION = "cms.settings.production"
HOST = "iscn.example.org"
IMAGE_WSGI_APP = "cms.wsgi:application"
REDIS_SERVER = shutil.which("redis-server")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(base_url, path):
    """(status, headers, body) of a GET with the site's host name, as through the proxy."""
    request = urllib.request.Request(base_url + path, headers={"Host": HOST})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def secrets_of_a_deployment():
    return {"SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": HOST}


@contextlib.contextmanager
def gunicorn(environment, log_path):
    port = free_port()
    variables = {
        **environment,
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
        "GUNICORN_BIND_HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        "GUNICORN_THREADS": "2",
    }
    with log_path.open("w") as log:
        server = subprocess.Popen(  # noqa: S603 - the image's command, our interpreter
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", IMAGE_WSGI_APP],
            cwd=ROOT,
            env=site_environment(**variables),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None, f"gunicorn exited:\n{log_path.read_text()}"
            with contextlib.suppress(OSError):
                if get(base_url, "/healthz")[0] == 200:
                    break
            assert time.monotonic() < deadline, f"gunicorn did not start:\n{log_path.read_text()}"
            time.sleep(0.25)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)


class RedisServer:
    """A redis-server on a free port, keeping its data file in `directory`."""

    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def client(self):
        return redis.Redis(port=self.port, socket_connect_timeout=1, socket_timeout=1)

    def start(self):
        """Starts it, with the data saved by the last stop(keep_data=True) if any."""
        self.process = subprocess.Popen(  # noqa: S603 - Redis's own server, our arguments
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(redis.ConnectionError), self.client() as client:
                if client.ping():
                    return
            assert self.process.poll() is None, "redis-server exited"
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.02)

    def stop(self, keep_data=False):
        """Shuts it down; with keep_data it saves its data first, as a persistent Redis does."""
        if keep_data:
            with self.client() as client:
                client.save()
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process = None
