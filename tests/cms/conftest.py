import pytest

from tests.cms.servers import PRODUCTION, REDIS_SERVER, RedisServer, secrets_of_a_deployment
from tests.postgres import manage, scratch_database, server_unreachable_reason


@pytest.fixture(scope="session")
def migrated_database(request):
    """A PostgreSQL database with every migration applied, to copy: the run's (conftest.py)."""
    reason = server_unreachable_reason()
    if reason:
        pytest.skip(reason)
    return request.getfixturevalue("migrated_postgres_database")


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """collectstatic as in the image, of the site's own files (the admin's are not needed)."""
    root = tmp_path_factory.mktemp("static")
    ignore = ["-i", "admin", "-i", "wagtail*", "-i", "rest_framework", "-i", "*table_block"]
    manage(
        "collectstatic", "--noinput", "-v", "0", *ignore,
        settings=PRODUCTION, STATIC_ROOT=str(root), **secrets_of_a_deployment(),
    )  # fmt: skip
    return root


@pytest.fixture
def production(migrated_database, static_root, tmp_path):
    """The environment of the site's processes in production, on a database of its own."""
    with scratch_database("production", template=migrated_database) as url:
        yield {
            **secrets_of_a_deployment(),
            "DATABASE_URL": url,
            "STATIC_ROOT": str(static_root),
            "MEDIA_ROOT": str(tmp_path / "media"),
            # The test talks plain HTTP to gunicorn, as the load balancer does.
            "SECURE_SSL_REDIRECT": "false",
        }


@pytest.fixture
def redis_server(tmp_path):
    """A running redis-server of this test's own (tests/cms/servers.py), stopped afterwards."""
    if REDIS_SERVER is None:
        pytest.skip("needs redis-server")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process is not None:
        server.stop()
