from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from casestudies.models import CaseStudyPage
from core.blocks import BaseStreamBlock
from core.models import BasePage
from core.search_values import SearchKind
from events.models import EventPage
from topics.models import TopicPage


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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = TopicPage.objects.in_listing(self.locale)[:12]
        context["latest_case_studies"] = CaseStudyPage.objects.in_listing(self.locale).order_by(
            "-first_published_at", "-pk"
        )[:6]
        context["upcoming_events"] = EventPage.objects.in_listing(self.locale).upcoming(
            timezone.now()
        )[:3]
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
