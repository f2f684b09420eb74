"""The query log's reports in the admin: "Search terms" and "Knowledge gaps".

Editors, moderators and administrators open them from the Reports menu to see what visitors
search for most, and which searches found nothing, so they know what to write next. Both sum
the daily rows of the log (search/models.py) over a period, the last 30 days unless a period is
chosen, per query and language.
"""

import datetime
from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import OuterRef, Subquery, Sum
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_filters.fields import DateRangeField
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.permission_policies import ModelPermissionPolicy

from search.models import SearchQueryStat

DEFAULT_PERIOD_DAYS = 30

search_log_permission_policy = ModelPermissionPolicy(SearchQueryStat)


def language_name(language_code):
    return get_content_languages().get(language_code, language_code)


def public_search_url(query, language_code):
    """The public search page for `query`, in the language it was searched in."""
    with translation.override(language_code):
        path = reverse("search")
    return f"{path}?{urlencode({'q': query})}"


class PerGroupSubquery(Subquery):
    """A subquery that depends on grouped columns only, so the query need not group by it.

    Django would add it to GROUP BY, and the database would then run it once per row of the
    log instead of once per row of the report.
    """

    def get_group_by_cols(self):
        return []


class QueryColumn(TitleColumn):
    """The query, linked to the public search for it and marked with its language."""

    def get_link_url(self, instance, parent_context):
        return public_search_url(instance["query"], instance["language_code"])

    def get_link_attrs(self, instance, parent_context):
        return {"lang": instance["language_code"]}


class PeriodField(DateRangeField):
    """A first and a last day (either may be left empty), as dates, in the right order."""

    def compress(self, data_list):
        if not data_list:
            return None
        start, end = data_list
        if start and end and start > end:
            raise ValidationError(
                _("The period must not end before it starts."), code="reversed_period"
            )
        return slice(start, end)


class PeriodFilter(django_filters.DateFromToRangeFilter):
    # Subclassed so that Wagtail shows the chosen period as dates among the active filters.
    field_class = PeriodField


class QueryPaginator(WagtailPaginator):
    """Counts "queries" rather than the model's "search query statistics"."""

    verbose_name = _("query")
    verbose_name_plural = _("queries")


class SearchLogFilterSet(WagtailFilterSet):
    """The reports' filters, read from GET parameters (`?language_code=de&period_from=…`)."""

    language_code = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=lambda: list(get_content_languages().items()),
        empty_label=_("All languages"),
        widget=forms.RadioSelect,
    )
    period = PeriodFilter(
        label=_("Period"),
        widget=DateRangePickerWidget,
        # The view applies the period, with its default, even when another filter is invalid.
        method="period_is_applied_by_the_view",
    )

    class Meta:
        model = SearchQueryStat
        fields = ["language_code", "period"]

    def period_is_applied_by_the_view(self, queryset, name, value):
        return queryset


class SearchLogReportView(ReportView):
    """Queries summed per language over a period; subclasses choose which and in what order.

    Each row is a dict: query, language_code, searches, zero_result_searches and
    latest_result_count (the result count of the period's latest day).
    """

    results_template_name = "search/admin/search_log_results.html"
    filterset_class = SearchLogFilterSet
    permission_policy = search_log_permission_policy
    permission_required = "view"
    paginator_class = QueryPaginator
    paginate_by = 50
    default_period_days = DEFAULT_PERIOD_DAYS
    description = ""
    columns = [
        QueryColumn("query", label=_("Query"), sort_key="query"),
        Column(
            "language",
            label=_("Language"),
            accessor=lambda row: language_name(row["language_code"]),
            sort_key="language_code",
        ),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        NumberColumn(
            "zero_result_searches",
            label=_("Searches without results"),
            sort_key="zero_result_searches",
        ),
        NumberColumn(
            "latest_result_count",
            label=_("Last result count"),
            sort_key="latest_result_count",
        ),
    ]
    # Queries are typed by the public: core/spreadsheets.py keeps them from running as formulas.
    list_export = ["query", "language", "searches", "zero_result_searches", "latest_result_count"]
    export_headings = {
        "query": _("Query"),
        "language": _("Language"),
        "searches": _("Searches"),
        "zero_result_searches": _("Searches without results"),
        "latest_result_count": _("Last result count"),
    }

    @cached_property
    def period(self):
        """The first and last day counted: the chosen ones, by default the last 30 days."""
        chosen = None
        if self.filters:
            self.filters.is_valid()
            # A valid period counts even when the language is not valid (and vice versa).
            chosen = self.filters.form.cleaned_data.get("period")
        end = (chosen and chosen.stop) or timezone.localdate()
        start = chosen and chosen.start
        if not start:
            default_days = datetime.timedelta(days=self.default_period_days - 1)
            start = end - default_days if end - datetime.date.min > default_days else end
        return start, end

    def get_filename(self):
        start, end = self.period
        return f"{self.export_filename}-{start.isoformat()}-{end.isoformat()}"

    def get_queryset(self):
        start, end = self.period
        rows = self.filter_queryset(SearchQueryStat.objects.filter(date__range=(start, end)))
        latest_row = SearchQueryStat.objects.filter(
            query=OuterRef("query"),
            language_code=OuterRef("language_code"),
            date__range=(start, end),
        ).order_by("-date")
        queries = rows.values("query", "language_code").annotate(
            searches=Sum("hits"),
            zero_result_searches=Sum("zero_result_hits"),
            latest_result_count=PerGroupSubquery(latest_row.values("last_result_count")[:1]),
        )
        return self.order_queryset(self.restrict(queries))

    def restrict(self, queries):
        return queries

    def order_queryset(self, queryset):
        # Ties in a stable order, so that pagination neither repeats nor skips a row.
        return queryset.order_by(self.ordering, "query", "language_code")

    def to_row_dict(self, item):
        row = {**item, "language": language_name(item["language_code"])}
        return {field: row[field] for field in self.list_export}


class SearchTermsReportView(SearchLogReportView):
    """The most searched queries first."""

    page_title = _("Search terms")
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    default_ordering = "-searches"
    export_filename = "search-terms"
    description = _("What visitors searched for, per query and language.")


class KnowledgeGapsReportView(SearchLogReportView):
    """Queries that found nothing at least once, the most frequent failures first."""

    page_title = _("Knowledge gaps")
    header_icon = "warning"
    index_url_name = "knowledge_gaps_report"
    index_results_url_name = "knowledge_gaps_report_results"
    default_ordering = "-zero_result_searches"
    export_filename = "knowledge-gaps"
    description = _(
        "Queries that found nothing at least once: topics to write about, or words to add to "
        "existing pages."
    )

    def restrict(self, queries):
        return queries.filter(zero_result_searches__gt=0)
