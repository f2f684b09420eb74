"""The read-only API at /api/v2/: pages, images and documents, for anyone to reuse.

Wagtail's API v2 (not v3, which wagtail-localize does not support yet), changed in four ways:

- Whoever asks, it shows what an anonymous visitor sees: live pages outside any password- or
  group-restricted section (so never the members' workspace), and no image or document from
  a restricted collection (the working groups' files), whatever the session holds.
- Pages filter by `?topic=`, `?city=` (id or slug, in any language) and `?country=` (ISO code),
  besides Wagtail's `?type=`, `?locale=`, `?child_of=`, `?search=` …
- Listings cost a fixed number of queries: the relations they show are prefetched, and text
  (rich text and StreamField content) comes with detail responses only.
- Detail responses list the page's translations (`meta.translations`).

Error messages are in English, like the ones Wagtail's API gives: they are for developers.
"""

import functools
from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.db.models import Q, prefetch_related_objects
from django.urls import path
from django.utils.functional import classproperty
from django_countries import countries
from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from rest_framework.permissions import AllowAny
from wagtail.api.v2 import filters
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError, get_full_url
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.v2 import serializers as image_serializers
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, Locale, get_page_models

from casestudies.models import CaseStudyPage
from cities.models import CityPage
from core.serializers import TranslationsField
from events.models import EventPage
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


@functools.cache
def text_field_names():
    """Rich text and StreamField fields of every page type. Rendering them can cost queries for
    each page (linked pages, images, documents), so only detail responses carry them."""
    return sorted(
        {
            field.name
            for model in get_page_models()
            for field in model._meta.concrete_fields
            if isinstance(field, RichTextField | StreamField)
        }
    )


def clean_value(name, value):
    if "\x00" in value:
        raise BadRequestError(f"{name}: null characters are not allowed")
    return value.strip()


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
        try:
            return super().filter_queryset(SimpleNamespace(GET=parameters), queryset, view)
        except (ValueError, TypeError, ValidationError) as error:
            raise BadRequestError(f"field filter error: {error}") from error


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


class PrefetchListingMixin:
    """Loads the relations a listing shows for all its items at once, not item by item."""

    def paginate_queryset(self, queryset):
        items = list(super().paginate_queryset(queryset))
        if items:
            model_fields = {field.name: field for field in type(items[0])._meta.get_fields()}
            relations = [
                name
                for name in self.get_serializer_class().Meta.fields
                # Pages come with their locale already (select_related).
                if name in model_fields and model_fields[name].is_relation and name != "locale"
            ]
            prefetch_related_objects(items, *relations)
        return items


class PublicAPIMixin(PrefetchListingMixin):
    """Anonymous and read-only: sessions and credentials are ignored."""

    authentication_classes = []
    permission_classes = [AllowAny]


class PublicPageSerializer(PageSerializer):
    translations = TranslationsField()


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    """Live pages outside restricted sections, with relation filters and translations."""

    base_serializer_class = PublicPageSerializer
    filter_backends = [
        FieldsFilter,
        filters.ChildOfFilter,
        filters.AncestorOfFilter,
        filters.DescendantOfFilter,
        filters.OrderingFilter,
        filters.TranslationOfFilter,
        LocaleFilter,
        RelationFilter,
        filters.SearchFilter,  # Last: search results cannot be filtered further.
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(RELATION_FILTERS)
    meta_fields = [*PagesAPIViewSet.meta_fields, "translations"]

    @classproperty
    def detail_only_fields(cls):
        return [*PagesAPIViewSet.detail_only_fields, "translations", *text_field_names()]

    def get_base_queryset(self):
        # Wagtail lets a signed-in member or a visitor who gave a page's password see more;
        # this API never does. Asked for several times per request: look restrictions up once.
        if not hasattr(self, "_public_pages"):
            self._public_pages = super().get_base_queryset().public()
        return self._public_pages

    def get_queryset(self):
        return super().get_queryset().select_related("locale")


class TagsField(Field):
    """Tag names, sorted, from prefetched tags (Wagtail's own field queries for each item)."""

    def to_representation(self, tags):
        return sorted(tag.name for tag in tags.all())


class ImageDownloadUrlField(image_serializers.ImageDownloadUrlField):
    """The original file's full URL (Wagtail's is relative, unlike a document's)."""

    def to_representation(self, image):
        return get_full_url(self.context["request"], super().to_representation(image))


class PublicImageSerializer(image_serializers.ImageSerializer):
    tags = TagsField(read_only=True)
    download_url = ImageDownloadUrlField(read_only=True)


class PublicDocumentSerializer(DocumentSerializer):
    tags = TagsField(read_only=True)


def restricted_collections():
    """Collections with a view restriction (the working groups'), and every collection below."""
    paths = Collection.objects.filter(view_restrictions__isnull=False).values_list(
        "path", flat=True
    )
    condition = Q()
    for collection_path in paths:
        condition |= Q(path__startswith=collection_path)
    return Collection.objects.filter(condition) if condition else Collection.objects.none()


class PublicImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    """Images outside restricted collections."""

    base_serializer_class = PublicImageSerializer

    def get_queryset(self):
        return self.model.objects.exclude(collection__in=restricted_collections()).order_by("id")


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    """Documents outside restricted collections: the working groups' files never appear."""

    base_serializer_class = PublicDocumentSerializer

    def get_queryset(self):
        return self.model.objects.exclude(collection__in=restricted_collections()).order_by("id")


class PublicAPIRouter(WagtailAPIRouter):
    """Wagtail's router, keeping the API's "not found" answers as they are.

    Django's LocaleMiddleware answers a 404 outside the language-prefixed URLs with a redirect
    to /en/…, where the site's pages are. API URLs have no language, so once a request has
    reached the API, the API's URLs alone (`urlpatterns` below) are its URLconf.
    """

    def wrap_view(self, func):
        view = super().wrap_view(func)

        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            request.urlconf = __name__
            return view(request, *args, **kwargs)

        return wrapped


api_router = PublicAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

# The same path as in cms/urls.py.
urlpatterns = [path("api/v2/", api_router.urls)]
