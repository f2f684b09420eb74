from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        from wagtail.signals import page_published

        from home import page_cache
        from home.i18n import on_page_published

        page_published.connect(on_page_published, dispatch_uid="iscn_language_trees")
        page_cache.connect_signals()
