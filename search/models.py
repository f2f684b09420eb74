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


class SearchDocument(models.Model):
    """One live page of a searchable type, analysed for the site search (search/indexing.py).

    The full-text engines match and rank the terms: SQLite through an FTS5 table kept in step
    by triggers, PostgreSQL through a generated, GIN-indexed `tsvector` column (both made by
    migration 0004, outside the model). `text` is the page's plain text, for the excerpts.
    """

    # No cascade: deleting a page reaches the index through modelsearch (search/backends/
    # terms.py), which takes its words out of the vocabulary first.
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        primary_key=True,
        related_name="+",
    )
    language = models.CharField(max_length=20)
    title_terms = models.TextField()
    body_terms = models.TextField()
    text = models.TextField()
    # Its distinct folded words: what it adds to the vocabulary, and takes away when it changes.
    words = models.TextField()

    class Meta:
        default_permissions = []
        indexes = [models.Index(fields=["language"], name="search_document_language")]

    def __str__(self):
        return f"{self.page_id} ({self.language})"


class SearchWord(models.Model):
    """A word of the indexed pages of one language and how many pages hold it: the vocabulary
    that typos are corrected against and German compounds are split into."""

    language = models.CharField(max_length=20)
    word = models.CharField(max_length=100)
    documents = models.IntegerField(default=0)

    class Meta:
        default_permissions = []
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_word_unique")
        ]

    def __str__(self):
        return f"{self.word} ({self.language})"
