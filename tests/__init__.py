import pytest

# Detailed assertion messages for the shared helpers too, not only in test modules.
pytest.register_assert_rewrite("tests.helpers")
