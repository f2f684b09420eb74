from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project's wiring; as an app only to connect the page cache to content changes."""

    name = "cms"
    verbose_name = "CMS"

    def ready(self):
        from cms import page_cache

        page_cache.connect_signals()
