"""The site's URLs plus two views for test_security.py: one that fails (the headers of the 500
page) and one that needs no database (production's headers and cookies, in a subprocess)."""

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("A bug in a view")


def plain_view(request):
    get_token(request)  # so that the response sets the CSRF cookie
    return HttpResponse("A plain response.")


urlpatterns = [path("broken/", broken_view), path("plain/", plain_view), *site_urlpatterns]
