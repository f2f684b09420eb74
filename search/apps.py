from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The catalogue follows content changes through core/content_generation.py."""

    name = "search"
    verbose_name = _("Search")
