import datetime

import factory
from django.utils import timezone

from search.models import SearchQueryStat


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


class SearchQueryStatFactory(factory.django.DjangoModelFactory):
    """One day's row of the query log: by default searched once today in English, found 3."""

    query = factory.Sequence(lambda n: f"query {n}")
    language_code = "en"
    date = factory.LazyFunction(timezone.localdate)
    hits = 1
    zero_result_hits = 0
    last_result_count = 3

    class Meta:
        model = SearchQueryStat
