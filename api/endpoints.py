"""The read-only API at /api/v2/: pages, images and documents, for anyone to reuse.

Wagtail's API v2 (not v3, which wagtail-localize does not support yet), changed in five ways:

- Whoever asks, it shows what an anonymous visitor sees: live pages outside any password- or
  group-restricted section (so never the members' workspace), and no image or document from
  a restricted collection (the working groups' files), whatever the session holds.
- Pages filter by `?topic=`, `?city=` (id or slug, in any language) and `?country=` (ISO code),
  besides Wagtail's `?type=`, `?locale=`, `?child_of=`, `?search=` …
- Listings cost a fixed number of queries: the relations they show are prefetched, and text
  (rich text and StreamField content) comes with detail responses only.
- Detail responses list the page's translations (`meta.translations`).
- `?search=` on pages is the site search's (typos, stemming, partial matches, best first), and
  any parameter takes any string: the answer is the results or a 400 that says what is wrong,
  never a server error (api/filters.py).

Error messages are in English, like the ones Wagtail's API gives: they are for developers.
"""

import functools

from django.core.exceptions import ValidationError
from django.db.models import Q, prefetch_related_objects
from django.http import Http404
from django.urls import path
from django.utils.functional import classproperty
from rest_framework.fields import Field
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
from wagtail.models import Collection, get_page_models

from api.filters import (
    RELATION_FILTERS,
    FieldsFilter,
    FileSearchFilter,
    LocaleFilter,
    PageSearchFilter,
    RelationFilter,
    check_parameters,
)
from core.serializers import TranslationsField


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
    """Anonymous and read-only: sessions and credentials are ignored. Every parameter of every
    request (listing, detail, find) is checked before anything reads it (api/filters.py)."""

    authentication_classes = []
    permission_classes = [AllowAny]

    def initial(self, request, *args, **kwargs):
        check_parameters(request.GET)
        super().initial(request, *args, **kwargs)

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except (ValueError, TypeError, ValidationError) as error:
            raise BadRequestError("id must be a positive integer") from error


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
        PageSearchFilter,  # Last: it ranks what the other filters leave.
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
            try:
                self._public_pages = super().get_base_queryset().public()
            except Http404 as error:  # ?site= names no site
                raise BadRequestError("site: no site has this host name (and port)") from error
            except BadRequestError as error:  # a port that is no number, several sites
                raise BadRequestError(f"site: {error}") from error
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
    filter_backends = [FieldsFilter, filters.OrderingFilter, FileSearchFilter]

    def get_queryset(self):
        return self.model.objects.exclude(collection__in=restricted_collections()).order_by("id")


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    """Documents outside restricted collections: the working groups' files never appear."""

    base_serializer_class = PublicDocumentSerializer
    filter_backends = [FieldsFilter, filters.OrderingFilter, FileSearchFilter]

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
