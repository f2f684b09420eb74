"""The site's handler500 (cms/errors.py): a bug stays a 500. An unreachable database gives 503:
tests/cms/test_database_outage.py, against a real one."""

import pytest
from django.test import Client
from django.urls import path

from cms.urls import handler500  # noqa: F401 - Django looks for it in the URLconf
from cms.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("A bug in a view")


urlpatterns = [path("broken/", broken_view), *site_urlpatterns]


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_a_bug_is_still_answered_with_the_500_page(home):
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    assert "Retry-After" not in response
