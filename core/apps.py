from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared machinery of every page app: base pages, blocks, SEO, feeds, calendars, i18n."""

    name = "core"
    verbose_name = _("Shared machinery")
