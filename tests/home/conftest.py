"""Fixtures of the home app's tests: one person per editorial role."""

import pytest

from tests.home.roles import EDITORS, GERMAN_TRANSLATORS, MEMBERS, MODERATORS, user_in


@pytest.fixture
def editor(db):
    return user_in(EDITORS, "editor")


@pytest.fixture
def moderator(db):
    return user_in(MODERATORS, "moderator")


@pytest.fixture
def german_translator(db):
    return user_in(GERMAN_TRANSLATORS, "translator-de")


@pytest.fixture
def member(db):
    return user_in(MEMBERS, "member")
