"""The read-only API's query parameters: checked, then turned into filters (api/endpoints.py).

Any string in any parameter gets an answer: the results, or a 400 whose message names the
parameter and what is wrong with it, never a server error.

- `check_parameters()` sees every parameter of every request first: no null character (the
  databases refuse them), no value over MAX_PARAMETER_LENGTH characters, `search_operator`
  `and` or `or`, `format` one the API renders, `offset` within MAX_OFFSET.
- Pages search with the site search's pipeline (search/query.py), best first; images and
  documents with the search backend, given plain words only.
"""

from types import SimpleNamespace

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Case, ForeignKey, IntegerField, ManyToManyField, Q, Value, When
from django_countries import countries
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2 import filters
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from casestudies.models import CaseStudyPage
from cities.models import CityPage
from events.models import EventPage
from search.query import clean_query, ranked_page_ids, search_terms
from topics.models import TopicPage

# For each relation filter: the page types it applies to, and the lookups that relate them.
RELATION_FILTERS = {
    "topic": {CaseStudyPage: ["topics"], EventPage: ["topics"]},
    "city": {CaseStudyPage: ["city"], EventPage: ["host_city", "participating_cities"]},
    "country": {
        CaseStudyPage: ["country"],
        EventPage: ["host_city__country"],
        CityPage: ["country"],
    },
}
# The page type whose id or slug ?topic= and ?city= take.
RELATION_TARGETS = {"topic": TopicPage, "city": CityPage}
# Long enough for any id, short enough for every database's integers.
MAX_ID_DIGITS = 18
# Longer than any sensible value (a list of types, of fields, a search).
MAX_PARAMETER_LENGTH = 1_000
# Far beyond the content; small enough for every database's OFFSET.
MAX_OFFSET = 1_000_000
# A page search lists at most this many pages, best first.
MAX_SEARCH_RESULTS = 1_000
SEARCH_OPERATORS = ("and", "or")
# ?format=: Wagtail's JSON, or DRF's browsable API.
FORMATS = ("json", "api")


def check_parameters(parameters):
    """Refuse what no filter could use, before any filter reads it."""
    for name, values in parameters.lists():
        if "\x00" in name:
            raise BadRequestError("parameter names: null characters are not allowed")
        for value in values:
            clean_value(name, value)
            if len(value) > MAX_PARAMETER_LENGTH:
                raise BadRequestError(
                    f"{name[:50]}: longer than {MAX_PARAMETER_LENGTH:,} characters"
                )
    search_operator(parameters)
    output_format = parameters.get("format", "")
    if output_format and output_format not in FORMATS:
        raise BadRequestError("format: must be 'json' or 'api'")
    try:
        offset = int(parameters.get("offset", "0"))
    except ValueError:
        return  # Wagtail's pagination says what is wrong.
    if offset > MAX_OFFSET:
        raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")


def clean_value(name, value):
    if "\x00" in value:
        raise BadRequestError(f"{name[:50]}: null characters are not allowed")
    return value.strip()


def search_operator(parameters):
    """Wagtail's `?search_operator=`: "and", "or", or None when not given."""
    operator = parameters.get("search_operator", "").strip().lower()
    if not operator:
        return None
    if operator not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator: must be 'and' or 'or'")
    return operator


def type_label(model):
    return f"{model._meta.app_label}.{model.__name__}"


class FieldsFilter(filters.FieldsFilter):
    """Wagtail's `?field=value` filters, leaving ?topic=, ?city= and ?country= to RelationFilter.

    A value the database cannot compare with the field (`?start=tomorrow`) is a bad request,
    not a server error.
    """

    def filter_queryset(self, request, queryset, view):
        parameters = request.GET.copy()
        for name in RELATION_FILTERS:
            parameters.pop(name, None)
        # Wagtail leaves ?locale= to LocaleFilter too.
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name in parameters.keys() & fields:
            check_id(queryset.model, name, parameters[name])
        try:
            return super().filter_queryset(SimpleNamespace(GET=parameters), queryset, view)
        except (ValueError, TypeError, ArithmeticError, ValidationError) as error:
            raise BadRequestError(f"field filter error: {error}") from error


def check_id(model, name, value):
    """A relation (`?image=`, `?topics=`) takes an id: digits, few enough for the database."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return
    if not isinstance(field, ForeignKey | ManyToManyField):
        return
    value = value.strip()
    if not (value.isascii() and value.isdigit() and len(value) <= MAX_ID_DIGITS):
        raise BadRequestError(f"field filter error: {name} takes an id (a positive integer)")


class LocaleFilter(BaseFilterBackend):
    """`?locale=de`: pages in one language. An unknown language is a bad request, not a 404."""

    def filter_queryset(self, request, queryset, view):
        code = clean_value("locale", request.GET.get("locale", "")).lower()
        if not code:
            return queryset
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            known = ", ".join(Locale.objects.order_by("pk").values_list("language_code", flat=True))
            raise BadRequestError(f"locale: unknown language '{code}' (one of: {known})")
        return queryset.filter(locale=locale)


class RelationFilter(BaseFilterBackend):
    """`?topic=`, `?city=` and `?country=`: pages related to a topic, a city or a country.

    Topics and cities are given by id or slug; their translations count too, so
    `?locale=de&topic=data-governance` finds German case studies of the German topic. Without
    `?type=`, the results are the page types the filter applies to; with a type it does not
    apply to, the request is refused with a message naming the types it does apply to.
    """

    def filter_queryset(self, request, queryset, view):
        for name, lookups_by_model in RELATION_FILTERS.items():
            value = clean_value(name, request.GET.get(name, ""))
            if not value:
                continue
            models = self.applicable_models(name, lookups_by_model, queryset.model)
            suffix, target = self.related_target(name, value)
            matches = Q()
            for model in models:
                for lookup in lookups_by_model[model]:
                    related = model.objects.filter(**{f"{lookup}{suffix}": target})
                    # A subquery rather than a join: no duplicates when several lookups match.
                    matches |= Q(pk__in=related.values("pk"))
            queryset = queryset.filter(matches)
        return queryset

    def applicable_models(self, name, lookups_by_model, model):
        if model in lookups_by_model:
            return [model]
        if any(issubclass(candidate, model) for candidate in lookups_by_model):
            # A Page query set: no ?type=, or several types.
            return list(lookups_by_model)
        types = ", ".join(type_label(candidate) for candidate in lookups_by_model)
        raise BadRequestError(f"{name}: this filter applies to {types}, not to {type_label(model)}")

    def related_target(self, name, value):
        """The lookup suffix and value that select pages related to `value`."""
        if name == "country":
            code = countries.alpha2(value)
            if not code:
                raise BadRequestError(f"country: '{value}' is not an ISO 3166 country code")
            return "", code
        target = RELATION_TARGETS[name]
        match = Q(slug=value)
        if value.isascii() and value.isdigit() and len(value) <= MAX_ID_DIGITS:
            match |= Q(pk=int(value))
        keys = list(
            target.objects.live()
            .public()
            .filter(match)
            .values_list("translation_key", flat=True)
            .distinct()
        )
        if not keys:
            raise BadRequestError(f"{name}: no published {name} has the id or slug '{value}'")
        return "__translation_key__in", keys


class BaseSearchFilter(BaseFilterBackend):
    """Wagtail's `?search=` contract: refused when search is switched off (the
    WAGTAILAPI_SEARCH_ENABLED setting) or combined with a tag filter; ordered by relevance
    unless `?order=` is given. Last among the filters: search results cannot be filtered."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        query = clean_query(request.GET["search"])
        by_relevance = not request.GET.get("order")
        return self.search(query, queryset, request, by_relevance=by_relevance)

    def search(self, query, queryset, request, *, by_relevance):
        raise NotImplementedError


class PageSearchFilter(BaseSearchFilter):
    """The site search's pipeline (stemming, typo correction, partial matches): the pages of
    `?locale=`'s language, or of every language, at most MAX_SEARCH_RESULTS, best first.
    The pipeline decides when to fall back to any of the words, so `search_operator` changes
    nothing here (it is still checked)."""

    def search(self, query, queryset, request, *, by_relevance):
        locale = request.GET.get("locale", "").strip().lower()
        languages = [locale] if locale else [code.lower() for code, _name in settings.LANGUAGES]
        page_ids = ranked_page_ids(query, languages, limit=MAX_SEARCH_RESULTS)
        queryset = queryset.filter(pk__in=page_ids)
        if not by_relevance or not page_ids:
            return queryset
        position = [When(pk=pk, then=Value(rank)) for rank, pk in enumerate(page_ids)]
        return queryset.order_by(Case(*position, output_field=IntegerField()))


class FileSearchFilter(BaseSearchFilter):
    """Images and documents: the search backend, given the query's plain words only (no
    operators, quotes or brackets reach it), combined by `search_operator`."""

    def search(self, query, queryset, request, *, by_relevance):
        terms = search_terms(query)
        if not terms:
            return queryset.none()
        try:
            return get_search_backend().search(
                terms,
                queryset,
                operator=search_operator(request.GET),
                order_by_relevance=by_relevance,
            )
        except FilterFieldError as error:
            raise BadRequestError(
                f"cannot filter by '{error.field_name}' while searching (field is not indexed)"
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                f"cannot order by '{error.field_name}' while searching (field is not indexed)"
            ) from error
