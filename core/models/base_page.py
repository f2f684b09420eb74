"""The abstract base of every public page type."""

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.generation_memo import memoized
from core.i18n import localize_relations
from core.models.mixins import IntroductionMixin, ListingImageMixin
from core.models.querysets import ListingPageManager, alias_paths, view_restrictions
from core.search_keywords import original_titles_prefetches
from core.search_values import SearchValuesMixin
from core.seo import breadcrumb_list, first_paragraph


class BasePage(SearchValuesMixin, IntroductionMixin, ListingImageMixin, Page):
    """Abstract base for every public page: introduction, image, breadcrumbs, meta description.

    A page type that names its `search_kind` is found by the site search, with the values it
    gives (core/search_values.py).
    """

    content_panels = (
        Page.content_panels + IntroductionMixin.introduction_panels + ListingImageMixin.image_panels
    )
    # Title (boost 2, from Page) ranks above the introduction, which ranks above the body;
    # search_keywords (core/search_values.py) makes structured values searchable as text.
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction", boost=1.5),
        index.SearchField("search_keywords"),
    ]
    # Fields of the read-only API (api/endpoints.py); page types add their own.
    api_fields = [APIField("introduction"), APIField("image")]

    objects = ListingPageManager()
    # Relations that listings of this type display; fetched with the page in one go.
    listing_select_related: tuple[str, ...] = ()
    listing_prefetch_related: tuple = ()
    # Relations the page's own template displays; joined when the page is served (home.HomePage).
    page_select_related: tuple[str, ...] = ("image",)
    # Relations to other pages that follow the page's language (see core/i18n.py).
    localized_relations: tuple[str, ...] = ()
    # Further relations the search index reads (search_keywords, filter values).
    search_prefetch_related: tuple[str, ...] = ()
    # Locale sync (translations/sync.py) gives every other language a draft of each published
    # page of the type; private types are translated on purpose by those who may read them.
    copy_to_other_languages = True

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        localize_relations(self)
        super().save(*args, **kwargs)

    @classmethod
    def get_indexed_objects(cls):
        # The search index reads the relations listings show (city and topic names) and more:
        # fetched once per batch, not once per page and indexed field. Related pages come with
        # their originals' titles (core/search_keywords.py), so they are prefetched, not joined
        # as modelsearch joins the foreign keys of RelatedFields.
        pages = cls.localized_relations
        return (
            super()
            .get_indexed_objects()
            .select_related(None)
            .select_related(*(name for name in cls.listing_select_related if name not in pages))
            .prefetch_related(
                *(name for name in cls.listing_prefetch_related if name not in pages),
                *cls.search_prefetch_related,
                *original_titles_prefetches(cls, pages),
            )
        )

    def search_keywords(self):
        """Structured values of the page as plain text for the search index: its country, the
        pages it names, its labels, in every site language (core/search_keywords.py).

        Page types with such values override it in their own class body: modelsearch names an
        indexed method after the model that defines it, and a mixin that is no model has no name
        (Elasticsearch and OpenSearch fail to map it).
        """
        return ""

    @property
    def meta_description(self):
        """The promote tab's search description, else the introduction, else the fallback."""
        text = self.search_description or self.introduction or self.get_fallback_description()
        return Truncator(text).chars(160)

    def get_fallback_description(self):
        """A description from the page's own content; types with better material override it."""
        return first_paragraph(getattr(self, "body", None) or [])

    def get_view_restrictions(self):
        """Wagtail's, without a query for a page that no restriction applies to (most pages):
        the restrictions (with their groups) and the aliases come from the memo. A page that is
        or sits below an alias is left to Wagtail, which follows the alias to its source."""
        if any(self.path.startswith(path) for path in alias_paths()):
            return super().get_view_restrictions()
        restrictions = [r for r in view_restrictions() if self.path.startswith(r.page.path)]
        if not restrictions:
            return PageViewRestriction.objects.none()
        # A query set, as Wagtail's: the admin orders and filters it further. Iterating it (as
        # the checks before serving do) gives the memo's restrictions without a query.
        queryset = PageViewRestriction.objects.filter(pk__in=[r.pk for r in restrictions])
        queryset._result_cache = restrictions
        return queryset

    def get_breadcrumbs(self):
        """Ancestors below the tree root: the same for every page of a section, so kept in the
        memo by the parent's path (the trail and the JSON-LD share them)."""
        # A home page (depth 2) has none: no need to ask the database.
        if self.depth <= 2:
            return []
        parent_path = self.path[: -self.steplen]
        return memoized(
            ("ancestors", parent_path), lambda: list(self.get_ancestors().filter(depth__gt=1))
        )

    def structured_data(self, request):
        """The page as schema.org objects for search engines (JSON-LD): its breadcrumb trail.

        Page types add a description of what they are (Event, City, Article …).
        """
        trail = [*self.get_breadcrumbs(), self]
        return [breadcrumb_list(trail, request, home_name=_("Home"))]
