"""The translation status report: per source page and language, how far the translation is.

Editors, moderators and translators open it from the admin's Reports menu to see which pages
are missing in a language, which translations are under way and which have fallen behind
their English original. It covers the page types that locale sync copies into every language:
the members' workspace is translated on purpose by its members, and private to them.
"""

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

import django_filters
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, Max, OuterRef
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, Page, WorkflowState, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core.models import BasePage


class State:
    """How far the translation of one page into one language has come."""

    TRANSLATED = "translated"
    IN_PROGRESS = "in_progress"
    MISSING = "missing"
    OUTDATED = "outdated"

    LABELS = {
        TRANSLATED: _("Translated"),
        MISSING: _("Missing"),
        OUTDATED: _("Outdated"),
    }


@dataclass
class LocaleStatus:
    """One cell of the report: a source page's translation into one language."""

    locale: Locale
    state: str
    # Share of the source's string segments translated into the language, where it is known.
    percent: int | None = None
    # The translated page's editor (wagtail-localize's editor for synced translations).
    edit_url: str = ""
    # The TranslationSource that keeps a synced translation in step with the source page.
    source_id: int | None = None
    # wagtail-localize's "translate this page" form for this language, when it has no page yet.
    translate_url: str = ""
    # The translated page, whether the user may edit it and whether it is in review now.
    page_id: int | None = None
    editable: bool = False
    in_review: bool = False
    # The action that submits a synced translation for review (translations/views/review.py).
    review_url: str = ""

    @property
    def label(self):
        if self.state == State.IN_PROGRESS:
            return _("In progress (%(percent)s %%)") % {"percent": self.percent}
        return State.LABELS[self.state]


@dataclass
class ReportRow:
    """One source page with the state of its translation into each language shown."""

    page: Page
    page_type: str
    edit_url: str
    statuses: list[LocaleStatus] = field(default_factory=list)
    # wagtail-localize's "sync translated pages" view, offered when a translation is outdated.
    sync_url: str = ""


@dataclass
class _Sync:
    """What wagtail-localize knows about one synced translation (a Translation record)."""

    source_id: int
    last_synced_at: datetime
    segment_count: int
    translated_count: int = 0
    last_translated_at: datetime | None = None


def reported_page_models():
    """The page types kept in every language (see translations/sync.py)."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, BasePage) and model.copy_to_other_languages
    ]


def page_type_choices():
    models = reported_page_models()
    choices = [(model._meta.label_lower, capfirst(model._meta.verbose_name)) for model in models]
    return sorted(choices, key=lambda choice: str(choice[1]))


def target_language_choices():
    return [
        (code, name)
        for code, name in get_content_languages().items()
        if code != settings.LANGUAGE_CODE
    ]


class TranslationStatusFilterSet(WagtailFilterSet):
    """The report's filters, read from GET parameters (`?locale=de&page_type=casestudies.…`)."""

    locale = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=target_language_choices,
        empty_label=_("All languages"),
        # Chooses the columns shown, not the rows (see TranslationStatusReportView).
        method="show_all_rows",
    )
    page_type = django_filters.ChoiceFilter(
        label=_("Page type"),
        choices=page_type_choices,
        empty_label=_("All page types"),
        method="filter_page_type",
    )

    class Meta:
        model = Page
        fields = ["locale", "page_type"]

    def show_all_rows(self, queryset, name, value):
        return queryset

    def filter_page_type(self, queryset, name, value):
        # Content types are cached: no query.
        content_type = ContentType.objects.get_for_model(apps.get_model(value))
        return queryset.filter(content_type=content_type)


def translation_statuses(pages, source_locale, target_locales, user):
    """{(translation key, locale id): LocaleStatus} for source pages, in three queries.

    The queries fetch the translated pages (with whether `user` may edit them and whether they
    are in review), wagtail-localize's translation records with the number of string segments of
    their source, and the number of those segments translated into each language — aggregated
    in the database, so the cost does not grow with the page count.
    """
    keys = [page.translation_key for page in pages]
    locale_ids = [locale.pk for locale in target_locales]
    editable_pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    reviews = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    targets = {
        (target["translation_key"], target["locale_id"]): target
        for target in Page.objects.filter(translation_key__in=keys, locale_id__in=locale_ids)
        .annotate(
            editable=Exists(editable_pages.filter(pk=OuterRef("pk"))),
            in_review=Exists(reviews),
        )
        .values(
            "pk",
            "translation_key",
            "locale_id",
            "live",
            "alias_of_id",
            "last_published_at",
            "editable",
            "in_review",
        )
    }
    syncs = {
        (record["source__object_id"], record["target_locale_id"]): _Sync(
            source_id=record["source_id"],
            last_synced_at=record["source__last_updated_at"],
            segment_count=record["segment_count"],
        )
        for record in Translation.objects.filter(
            enabled=True,
            source__object_id__in=keys,
            source__locale_id=source_locale.pk,
            target_locale_id__in=locale_ids,
        )
        .values("source_id", "source__object_id", "source__last_updated_at", "target_locale_id")
        .annotate(segment_count=Count("source__stringsegment"))
    }
    # Translations of strings the source still contains: a segment with the same string in the
    # same context. Translations of removed text are kept by wagtail-localize but do not count,
    # nor do those with an error (wagtail-localize leaves them out of the page).
    current_segment = StringSegment.objects.filter(
        source__locale_id=source_locale.pk,
        context_id=OuterRef("context_id"),
        string_id=OuterRef("translation_of_id"),
    )
    progress = (
        StringTranslation.objects.filter(
            context__object_id__in=keys, locale_id__in=locale_ids, has_error=False
        )
        .filter(Exists(current_segment))
        .values("context__object_id", "locale_id")
        .annotate(translated=Count("pk"), last_translated_at=Max("updated_at"))
    )
    for record in progress:
        sync = syncs.get((record["context__object_id"], record["locale_id"]))
        if sync:
            sync.translated_count = record["translated"]
            sync.last_translated_at = record["last_translated_at"]

    statuses = {}
    for page in pages:
        for locale in target_locales:
            key = (page.translation_key, locale.pk)
            statuses[key] = locale_status(page, locale, targets.get(key), syncs.get(key))
    return statuses


def locale_status(source_page, locale, target, sync):
    """The state of `source_page`'s translation into `locale`.

    `target` is the translated page (a dict of its fields) or None; `sync` the wagtail-localize
    record that keeps it in step with the source, or None when the page is edited by hand.

    Outdated compares the source page's `last_published_at` with the TranslationSource's
    `last_updated_at`. wagtail-localize extracts the source text from the page as it is live
    (the page row, not the latest draft revision) when a page is submitted for translation or
    its translations are synced, and stamps `last_updated_at` then. So only a publication after
    that moment can bring text the translation lacks: comparing with the latest revision's
    `created_at` would flag every unpublished draft of the source, and syncing — which reads the
    live page — would not clear the flag. Syncing always renews the stamp, so a re-publication
    without changes also reads as outdated until someone syncs.
    """
    if target is None or target["alias_of_id"]:
        # An alias only mirrors the source's English text.
        return LocaleStatus(locale, State.MISSING)
    edit_url = reverse("wagtailadmin_pages:edit", args=[target["pk"]])
    source_published_at = source_page.last_published_at
    if sync is None:
        # Translated by hand in the page editor: there are no segments to count, so it is
        # outdated when the source was published after it.
        if not target["live"]:
            return LocaleStatus(locale, State.MISSING, edit_url=edit_url)
        published_at = target["last_published_at"]
        if source_published_at and published_at and source_published_at > published_at:
            return LocaleStatus(locale, State.OUTDATED, edit_url=edit_url)
        return LocaleStatus(locale, State.TRANSLATED, edit_url=edit_url)

    total, done = sync.segment_count, sync.translated_count
    # Rounded down: 100 % only when every segment is translated.
    percent = done * 100 // total if total else 100
    if not target["live"] and done == 0:
        state = State.MISSING
    elif source_published_at and source_published_at > sync.last_synced_at:
        state = State.OUTDATED
    elif target["live"] and done == total and _published_since(target, sync):
        state = State.TRANSLATED
    else:
        state = State.IN_PROGRESS
    return LocaleStatus(
        locale,
        state,
        percent,
        edit_url,
        sync.source_id,
        page_id=target["pk"],
        editable=target["editable"],
        in_review=target["in_review"],
    )


def _published_since(target, sync):
    """Whether the live translation shows the latest synced source and translated strings.

    A sync that is not published yet counts as unpublished work even when it changed nothing.
    """
    published_at = target["last_published_at"]
    if published_at is None:
        return True
    latest_change = max(filter(None, [sync.last_synced_at, sync.last_translated_at]))
    return published_at >= latest_change


class TranslationStatusReportView(ReportView):
    """Lists source pages with the state of their translation into each language."""

    page_title = _("Translation status")
    header_icon = "site"
    results_template_name = "translations/reports/translation_status_results.html"
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    filterset_class = TranslationStatusFilterSet
    default_ordering = "path"
    paginate_by = 50

    @cached_property
    def locales(self):
        """The source locale and the locales shown as columns, in one query."""
        by_code = {locale.language_code: locale for locale in Locale.objects.all()}
        wanted = [code for code, _name in target_language_choices() if code in by_code]
        if self.filters.is_valid() and self.filters.form.cleaned_data.get("locale"):
            wanted = [self.filters.form.cleaned_data["locale"]]
        return by_code[settings.LANGUAGE_CODE], [by_code[code] for code in wanted]

    @property
    def target_locales(self):
        return self.locales[1]

    def get_base_queryset(self):
        source_locale = self.locales[0]
        return Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True).type(
            *reported_page_models()
        )

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        source_locale, target_locales = self.locales
        statuses = translation_statuses(pages, source_locale, target_locales, self.request.user)
        return [self.make_row(page, statuses, target_locales) for page in pages]

    @cached_property
    def can_submit_translations(self):
        return self.request.user.has_perm("wagtail_localize.submit_translation")

    @cached_property
    def report_url(self):
        """The report with the current filters, to come back to after an action.

        Not the request's own URL: filtering fetches the results alone from another URL.
        """
        query = self.request.GET.urlencode()
        return f"{reverse(self.index_url_name)}?{query}" if query else reverse(self.index_url_name)

    def make_row(self, page, statuses, target_locales):
        page_statuses = [statuses[(page.translation_key, locale.pk)] for locale in target_locales]
        # Content types are cached: no query per row.
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        row = ReportRow(
            page=page,
            page_type=capfirst(model._meta.verbose_name) if model else "",
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            statuses=page_statuses,
        )
        for status in page_statuses:
            # A synced translation with work that is not live yet, or behind its original.
            unreviewed = status.state in (State.IN_PROGRESS, State.OUTDATED)
            if status.source_id and unreviewed and status.editable and not status.in_review:
                status.review_url = reverse("translation_review_submit", args=[status.page_id])
        if not self.can_submit_translations:
            return row
        outdated = [status for status in page_statuses if status.state == State.OUTDATED]
        if outdated and outdated[0].source_id:
            url = reverse("wagtail_localize:update_translations", args=[outdated[0].source_id])
            row.sync_url = f"{url}?{urlencode({'next': self.report_url})}"
        submit_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        for status in page_statuses:
            if not status.edit_url:
                # The form opens with the language ticked, then leads to the new translation.
                query = urlencode({"select_locale": status.locale.language_code})
                status.translate_url = f"{submit_url}?{query}"
        return row
