"""A page made private is private in every language (translations/privacy.py)."""

import pytest
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import PageViewRestriction

from tests.helpers import translate
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    translate(home, "de")
    page = ContentPageFactory(parent=home, title="Budget talks")
    translate(page, "de", title="Haushaltsgespräche")
    return page


def restrict(page, restriction_type, groups=()):
    with TestCase.captureOnCommitCallbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=restriction_type
        )
        # As the admin's privacy form does: the groups after the restriction.
        restriction.groups.set(groups)
    return restriction


def test_the_translations_of_a_page_made_private_are_private(client, page):
    german = page.get_translations().get()
    assert client.get(german.url).status_code == 200

    restrict(page, PageViewRestriction.LOGIN)

    response = client.get(german.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_group_restrictions_carry_their_groups(client, page):
    moderators = Group.objects.get(name="Moderators")
    restrict(page, PageViewRestriction.GROUPS, groups=[moderators])
    copies = PageViewRestriction.objects.exclude(page=page)
    assert [(copy.restriction_type, list(copy.groups.all())) for copy in copies] == [
        (PageViewRestriction.GROUPS, [moderators])
    ]


def test_made_public_again_in_every_language(client, page):
    restriction = restrict(page, PageViewRestriction.LOGIN)
    with TestCase.captureOnCommitCallbacks(execute=True):
        restriction.delete()
    assert not PageViewRestriction.objects.exists()
    german = page.get_translations().get()
    assert client.get(german.url).status_code == 200
