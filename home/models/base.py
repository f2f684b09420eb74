"""Shared page machinery: every public page type is built from these pieces."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.i18n import localize_relations
from home.seo import breadcrumb_list, first_paragraph


class ListingQuerySet(PageQuerySet):
    def in_listing(self, locale):
        """Live, public pages of one language with what listings show, in fixed queries."""
        return (
            self.live()
            .public()
            .filter(locale=locale)
            .select_related("image", *self.model.listing_select_related)
            .prefetch_related("image__renditions", *self.model.listing_prefetch_related)
        )


ListingPageManager = PageManager.from_queryset(ListingQuerySet)


class IntroductionMixin(models.Model):
    """A short plain-text summary: shown in listings, search results and as meta description."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in listings and search results."),
    )

    introduction_panels = [FieldPanel("introduction")]

    class Meta:
        abstract = True


class ListingImageMixin(models.Model):
    """The picture that represents a page on its own header and in listings."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    image_panels = [FieldPanel("image")]

    class Meta:
        abstract = True


class BasePage(IntroductionMixin, ListingImageMixin, Page):
    """Abstract base for every public page: introduction, image, breadcrumbs, meta description."""

    content_panels = (
        Page.content_panels + IntroductionMixin.introduction_panels + ListingImageMixin.image_panels
    )
    # Title (boost 2, from Page) ranks above the introduction, which ranks above the body.
    search_fields = [*Page.search_fields, index.SearchField("introduction", boost=1.5)]
    # Fields of the read-only API (home/api.py); page types add their own.
    api_fields = [APIField("introduction"), APIField("image")]

    objects = ListingPageManager()
    # Relations that listings of this type display; fetched with the page in one go.
    listing_select_related: tuple[str, ...] = ()
    listing_prefetch_related: tuple = ()
    # Relations to other pages that follow the page's language (see home/i18n.py).
    localized_relations: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        localize_relations(self)
        super().save(*args, **kwargs)

    @classmethod
    def get_indexed_objects(cls):
        # The search index reads the same relations (city and topic names): fetched once per
        # batch, not once per page and indexed field.
        return (
            super()
            .get_indexed_objects()
            .select_related(*cls.listing_select_related)
            .prefetch_related(*cls.listing_prefetch_related)
        )

    @property
    def meta_description(self):
        """The promote tab's search description, else the introduction, else the fallback."""
        text = self.search_description or self.introduction or self.get_fallback_description()
        return Truncator(text).chars(160)

    def get_fallback_description(self):
        """A description from the page's own content; types with better material override it."""
        return first_paragraph(getattr(self, "body", None) or [])

    def get_breadcrumbs(self):
        """Ancestors below the tree root, in one query; kept, as the trail and JSON-LD share it."""
        if not hasattr(self, "_breadcrumbs"):
            # A home page (depth 2) has none: no need to ask the database.
            ancestors = self.get_ancestors().filter(depth__gt=1) if self.depth > 2 else []
            self._breadcrumbs = list(ancestors)
        return self._breadcrumbs

    def structured_data(self, request):
        """The page as schema.org objects for search engines (JSON-LD): its breadcrumb trail.

        Page types add a description of what they are (Event, City, Article …).
        """
        trail = [*self.get_breadcrumbs(), self]
        return [breadcrumb_list(trail, request, home_name=_("Home"))]


class IndexPage(BasePage):
    """Abstract base for listing pages: a filter form and pagination by query string."""

    filter_form_class = None
    page_size = settings.LISTING_PAGE_SIZE

    class Meta:
        abstract = True

    def get_items(self):
        raise NotImplementedError

    def get_filter_form(self, request):
        return self.filter_form_class(request.GET or None, page=self)

    def paginate(self, request, items):
        # get_page() turns missing, non-numeric or out-of-range values into a valid page.
        return Paginator(items, self.page_size).get_page(request.GET.get("page"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.get_items()
        if self.filter_form_class:
            form = self.get_filter_form(request)
            items = form.filter(items)
            context["filter_form"] = form
        context["items"] = self.paginate(request, items)
        return context
