import pytest

from tests.cms.postgres import database_name, manage, scratch_database, server_unreachable_reason


@pytest.fixture(scope="session")
def migrated_database():
    """A PostgreSQL database with every migration applied, to copy (one per test process)."""
    reason = server_unreachable_reason()
    if reason:
        pytest.skip(reason)
    with scratch_database("migrated") as url:
        manage("migrate", "--noinput", DATABASE_URL=url, timeout=300)
        yield database_name(url)
