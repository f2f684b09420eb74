import pytest

from tests.roles import ADMINISTRATORS, user_in
from tests.search.factories import knowledge_base


# Besides the roles of tests/conftest.py: who may see the query log's reports (test_reports.py).
@pytest.fixture
def administrator(db):
    """In the Administrators group, not a superuser."""
    return user_in(ADMINISTRATORS, "administrator")


@pytest.fixture
def knowledge(home):
    return knowledge_base()
