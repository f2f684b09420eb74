"""The case-study listing at any size: what it costs stays that of the dozen cards shown.

Its count comes from the memo and each page is fetched in two steps (core/paginators.py); the
cards leave out the long texts; the city field asks for names as the visitor types instead of
listing every city (casestudies/city_names.py).
"""

from django.db.models import Exists, OuterRef, Prefetch
from django.http import JsonResponse
from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import path

from casestudies import city_names
from core.models.querysets import first_of
from core.paginators import LongListingPaginator
from topics.models import TopicPage

# What a card shows (casestudies/includes/case_study_card.html), with what its link needs.
CARD_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale",
    "live",
    "content_type",
    "translation_key",
    "introduction",
    "summary",
    "country",
    "city__title",
    "start_year",
    "end_year",
    "maturity",
    "image",
)


def as_cards(case_studies):
    """The case studies with just what their cards show (the listing and the home page)."""
    return (
        case_studies.select_related("image", "city")
        .only(*CARD_FIELDS)
        .prefetch_related(None)
        .prefetch_related(
            "image__renditions",
            Prefetch("topics", queryset=TopicPage.objects.only("title", "live")),
        )
    )


def related_cards(page, limit):
    """Up to `limit` other live, public case studies of the page's language that share a topic
    with it, newest first, as cards without their topics and renditions (the page fetches those
    of all its images at once).

    The topics are matched by EXISTS, not a join: no DISTINCT over wide rows, and first_of's
    narrow subquery on the listing order's index (about 5 ms at 10,000 case studies instead of
    45). A preview's topics are its own, unsaved ones.
    """
    model = type(page)
    shares_a_topic = model.topics.through.objects.filter(
        casestudypage_id=OuterRef("pk"), topicpage__in=page.topics.all()
    )
    related = (
        model.objects.live()
        .public()
        .filter(Exists(shares_a_topic), locale_id=page.locale_id)
        .exclude(pk=page.pk)
    )
    return first_of(as_cards(related).prefetch_related(None), ("-start_year", "title"), limit)


class LargeListingMixin:
    """For the case-study index page (a RoutablePageMixin and IndexPage)."""

    def paginate(self, request, items):
        # The count is kept by the filters as the visitor gave them: the listing is the same
        # for the same values until content changes.
        form_class = import_string(self.filter_form_class)
        filters = tuple(request.GET.get(name, "") for name in form_class.base_fields)
        paginator = LongListingPaginator(
            items,
            self.page_size,
            count_key=(self.pk, filters),
            rows=lambda keys: as_cards(items.model.objects.filter(pk__in=keys)),
        )
        return paginator.get_page(request.GET.get("page"))

    def get_filter_form(self, request):
        form = super().get_filter_form(request)
        suggestions_url = self.get_url(request) + self.reverse_subpage("city_suggestions")
        form.fields["city"].widget.attrs["data-suggest-url"] = suggestions_url
        return form

    @path("city-suggestions/", name="city_suggestions")
    def city_suggestions(self, request):
        """The cities whose name matches ?q=, for the city field as the visitor types: JSON."""
        query = request.GET.get("q", "")[: city_names.QUERY_MAX_LENGTH]
        return JsonResponse({"cities": city_names.suggestions(self.locale_id, query)})
