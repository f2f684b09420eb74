import re

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Any input is accepted: control characters are dropped, length is capped."""
    text = "".join(char for char in raw if char.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_terms(query):
    """Plain lower-case words: full-text engines then never see operators or unbalanced quotes."""
    return " ".join(re.findall(r"\w+", query)).lower()


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = Page.objects.none()
    terms = search_terms(query)
    if terms:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(terms)
    page = Paginator(results, settings.LISTING_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"search_query": query, "results": page})
