from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from casestudies.listing import as_cards
from casestudies.models import CaseStudyPage
from core.blocks import BaseStreamBlock
from core.generation_memo import locale_by_id
from core.models import BasePage
from core.models.querysets import first_of
from core.search_values import SearchKind
from events.models import EventPage
from topics.models import TopicPage


def specific_page_to_serve(pk, content_type_id):
    """The page of its own type, with the relations its template shows (page_select_related)
    joined: Wagtail's specific() would leave each to a query of its own."""
    model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
    related = getattr(model, "page_select_related", ())
    return model._default_manager.select_related(*related).filter(pk=pk).first()


class HomePage(BasePage):
    """The front door of each language tree: what the network is, and what is new."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "topics.TopicIndexPage",
        "cities.CityIndexPage",
        "casestudies.CaseStudyIndexPage",
        "events.EventIndexPage",
        "home.ContentPage",
        "workspace.WorkspacePage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """The page the path leads to in one look-up (two queries with its type), not two queries
        per level of the path: the deepest page along the path, which routes the rest of it
        (a sub-route such as a feed, a calendar, an export or a PDF). Sub-routes are named so
        that no page's slug can take their place."""
        if not path_components:
            return super().route(request, path_components)
        along_the_path = Q()
        for depth in range(1, len(path_components) + 1):
            url_path = self.url_path + "/".join(path_components[:depth]) + "/"
            along_the_path |= Q(slug=path_components[depth - 1], url_path=url_path)
        found = (
            Page.objects.filter(along_the_path, path__startswith=self.path)
            .order_by("-depth")
            .values_list("pk", "content_type_id")
            .first()
        )
        if found is None:
            raise Http404
        page = specific_page_to_serve(*found)
        if page is None:  # Deleted in between.
            raise Http404
        page.locale = locale_by_id(page.locale_id)
        return page.route(request, path_components[page.depth - self.depth :])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = TopicPage.objects.in_listing(self.locale)[:12]
        # Wagtail's index of first_published_at serves this order; cards leave out long texts.
        context["latest_case_studies"] = as_cards(
            CaseStudyPage.objects.in_listing(self.locale)
        ).order_by("-first_published_at", "-pk")[:6]
        upcoming = EventPage.objects.in_listing(self.locale).upcoming(timezone.now())
        context["upcoming_events"] = first_of(upcoming, ("start", "pk"), 3)
        return context


class ContentPage(BasePage):
    """A generic page: imprint, privacy notice, about the network."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    # The site search (core/search_values.py): the imprint, privacy notice and about pages.
    search_kind = SearchKind("page", _("Pages"), _("Page"), position=5)

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
