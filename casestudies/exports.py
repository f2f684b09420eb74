"""Open data: the case-study listing as CSV and JSON, with the same filters as the page.

The columns are a public interface (documented in docs/content.md): add new ones at the end,
never rename or drop one.
"""

import csv
import json

from django.db.models import Prefetch
from django.http import HttpResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header

from core.spreadsheets import defuse_formula
from topics.models import TopicPage

EXPORT_LIMIT = 10_000
# Several values in one cell (topics, SDG targets).
MULTI_VALUE_SEPARATOR = "|"

COLUMNS = (
    "id",
    "translation_key",
    "locale",
    "url",
    "title",
    "summary",
    "country_code",
    "country",
    "city",
    "government_level",
    "topics",
    "topic_titles",
    "sdg_targets",
    "maturity",
    "format",
    "start_year",
    "end_year",
    "budget_range",
    "repository_url",
    "licence",
    "first_published_at",
    "last_published_at",
)


# Long texts the columns do not need.
NOT_EXPORTED = (
    "challenge",
    "approach",
    "results",
    "lessons_learned",
    "partners",
    "body",
    "links",
    "documents",
    "gallery",
)


def export_queryset(items):
    """The listing's (filtered) case studies with just what the columns need, in three queries."""

    # Unpublished topics have no page and are not offered as a filter: leave them out.
    live_topics = TopicPage.objects.live().only("slug", "title").order_by("title")
    return (
        items.select_related(None)
        .prefetch_related(None)
        .select_related("city")
        .prefetch_related(Prefetch("topics", queryset=live_topics), "sdg_targets")
        .defer(*NOT_EXPORTED)
    )[:EXPORT_LIMIT]


def export_rows(index, items, request):
    """One dict per case study, keys as in COLUMNS; values are JSON types (lists for many)."""
    index_url = index.get_full_url(request)
    language_code = index.locale.language_code
    for page in export_queryset(items):
        yield {
            "id": page.pk,
            "translation_key": str(page.translation_key),
            "locale": language_code,
            # Case studies are children of the index, so their URL needs no lookup of its own.
            "url": index_url + page.url_path.removeprefix(index.url_path),
            "title": page.title,
            "summary": page.summary,
            "country_code": page.country.code,
            "country": str(page.country.name),
            "city": page.city.title if page.city else "",
            "government_level": page.government_level,
            "topics": [topic.slug for topic in page.topics.all()],
            "topic_titles": [topic.title for topic in page.topics.all()],
            "sdg_targets": [target.code for target in page.sdg_targets.all()],
            "maturity": page.maturity,
            "format": page.knowledge_format,
            "start_year": page.start_year,
            "end_year": page.end_year,
            "budget_range": page.budget_range,
            "repository_url": page.repository_url,
            "licence": page.licence,
            "first_published_at": _isoformat(page.first_published_at),
            "last_published_at": _isoformat(page.last_published_at),
        }


def _isoformat(moment):
    return moment.isoformat() if moment else None


def applied_filters(form):
    """The filter values the listing applied: invalid ones are left out, as on the page."""
    if not form.is_bound:
        return {}
    return {name: value for name, value in form.cleaned_data.items() if value not in ("", None)}


class _Echo:
    """A file-like object for csv.writer that hands each line back instead of storing it."""

    def write(self, value):
        return value


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        value = MULTI_VALUE_SEPARATOR.join(value)
    return defuse_formula(value)


def _csv_lines(rows):
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for row in rows:
        yield writer.writerow([_csv_cell(row[column]) for column in COLUMNS])


def csv_response(rows, filename):
    # Rows are read before the response starts: a database error still gives a proper 500.
    lines = _csv_lines(list(rows))
    response = StreamingHttpResponse(
        (line.encode() for line in lines), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.csv")
    return response


def json_response(rows, filters, filename):
    results = list(rows)
    body = json.dumps(
        {"count": len(results), "filters": filters, "results": results},
        ensure_ascii=False,
        indent=1,
    )
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.json")
    return response
