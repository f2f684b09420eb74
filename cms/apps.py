from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project's wiring (settings, URLs, health checks, page cache middleware).

    The page cache follows content changes through core/content_generation.py, connected by
    CoreConfig.ready().
    """

    name = "cms"
    verbose_name = "CMS"
