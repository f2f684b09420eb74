from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from search.catalogue import invalidate

        def page_changed(sender, instance, **kwargs):
            if isinstance(instance, Page):
                invalidate()

        # Weak references would let these closures be collected.
        post_save.connect(page_changed, weak=False, dispatch_uid="search_catalogue_save")
        post_delete.connect(page_changed, weak=False, dispatch_uid="search_catalogue_delete")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(invalidate, weak=False, dispatch_uid=f"search_catalogue_{id(signal)}")
