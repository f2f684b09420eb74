"""Render times and SQL statements of each kind of public page, in-process with Django's test
client on the benchmark database (bench/overview.py): DEBUG off, page cache off, every request a
fresh render. Detail pages rotate through a sample of their kind, so no one page is measured
only warm."""

import random

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.measure import measure, summary
from bench.search_plan import QueryPlan
from bench.search_run import sample_data
from casestudies.models import CaseStudyPage
from cities.models import CityPage
from events.models import EventPage
from topics.models import TopicPage

WARM_UP_REQUESTS = 5
SAMPLE_PAGES = 30


def page_requests(rng):
    """{page type: [url, …]}: the pages a visitor sees most, English and live."""

    def sample(model):
        pages = model.objects.live().filter(locale__language_code="en").order_by("?")
        return [page.url for page in pages[:SAMPLE_PAGES]]

    topic = TopicPage.objects.live().filter(locale__language_code="en").first()
    country = (
        CityPage.objects.live().filter(locale__language_code="en").values_list("country", flat=True)
    ).first()
    return {
        "home page": ["/en/"],
        "case-study listing": ["/en/case-studies/"],
        "listing, filtered by topic": [f"/en/case-studies/?topic={topic.pk}"],
        "listing, filtered by country": [f"/en/case-studies/?country={country}"],
        "listing, page 2": ["/en/case-studies/?page=2"],
        "case study": sample(CaseStudyPage),
        "city": sample(CityPage),
        "topic": sample(TopicPage),
        "event": sample(EventPage),
        "city index": ["/en/cities/"],
        "event index": ["/en/events/"],
        "topic index": ["/en/topics/"],
    }


def run(requests_per_page, searches, seed=1):
    """{page type: latency summary and SQL statements}, search and autocomplete included."""
    rng = random.Random(seed)
    client = Client(raise_request_exception=False)
    pages = page_requests(rng)
    plan = QueryPlan(rng, sample_data(rng))
    pages["search"] = [url for _category, url in plan.search_requests(searches)]
    pages["autocomplete"] = [url for _language, url in plan.suggest_requests(searches)]
    results = {}
    for name, urls in pages.items():
        for url in (urls * WARM_UP_REQUESTS)[:WARM_UP_REQUESTS]:
            client.get(url)
        with CaptureQueriesContext(connection) as queries:
            status = client.get(urls[0]).status_code
        # Counted now: the next request empties the log that the context reads from.
        statements = len(queries) if status == 200 else None
        count = max(requests_per_page, len(urls))
        rows = measure(client, [(name, url) for url in (urls * count)[:count]], timeout=10)
        errors = [row["url"] for row in rows if row["status"] != 200]
        results[name] = {
            "queries": statements,
            **summary([row["ms"] for row in rows if row["status"] == 200]),
            "errors": errors,
        }
    return results
