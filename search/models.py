from django.db import models
from django.utils.translation import gettext_lazy as _

# Longest query text kept in the log, after normalisation (search/querylog.py).
MAX_LOGGED_QUERY_LENGTH = 200


class SearchQueryStat(models.Model):
    """How often people searched for one text in one language on one day, and how often in vain.

    One row per (query, language, day), counted up by `search.querylog.record_search` from the
    public search page. Editors read it in the admin reports "Search terms" and "Knowledge
    gaps" (search/reports.py) to learn what visitors look for and what the site lacks. Rows
    hold no personal data; `manage.py prune_search_log` deletes old ones.
    """

    query = models.CharField(_("query"), max_length=MAX_LOGGED_QUERY_LENGTH)
    language_code = models.CharField(_("language"), max_length=20)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("searches without results"), default=0)
    last_result_count = models.PositiveIntegerField(_("last result count"), default=0)

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        # Nobody edits the log by hand: viewing the reports is the only permission.
        default_permissions = ["view"]
        constraints = [
            # The conflict target of record_search's upsert.
            models.UniqueConstraint(
                fields=["query", "language_code", "date"], name="search_query_stat_unique_day"
            )
        ]
        indexes = [
            # The reports pick a period, in one language or in all; pruning picks old days.
            models.Index(fields=["language_code", "date"], name="search_stat_language_date"),
            models.Index(fields=["date"], name="search_stat_date"),
        ]

    def __str__(self):
        return f"{self.query} ({self.language_code}, {self.date})"
