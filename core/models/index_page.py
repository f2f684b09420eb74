"""The abstract base of listing pages."""

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.module_loading import import_string

from core.generation_memo import memoized
from core.models.base_page import BasePage


class IndexPage(BasePage):
    """Abstract base for listing pages: a filter form and pagination by query string."""

    # The dotted path of its filter form (a core.filters.ListingFilterForm): named, not
    # imported, so that the app's forms.py can import its models at the top.
    filter_form_class = ""
    page_size = settings.LISTING_PAGE_SIZE

    class Meta:
        abstract = True

    def get_items(self):
        raise NotImplementedError

    @classmethod
    def listing_of(cls, item_model, locale):
        """The live listing page of `item_model`'s pages in `locale`, or None, from the memo."""
        index_model = item_model.allowed_parent_page_models()[0]
        return memoized(
            ("listing page", index_model._meta.label, locale.pk),
            lambda: index_model.objects.live().filter(locale=locale).first(),
        )

    def get_filter_form(self, request):
        return import_string(self.filter_form_class)(request.GET or None, page=self)

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
