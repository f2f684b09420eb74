from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared machinery of every page app: base pages, blocks, SEO, feeds, calendars, i18n."""

    name = "core"
    verbose_name = _("Shared machinery")

    def ready(self):
        from core import content_generation, generation_memo, private_images, spreadsheets

        # The page cache and the search catalogue forget their copies when content changes.
        content_generation.connect_signals()
        # Wagtail's look-ups of the active language's Locale cost no query until content changes.
        generation_memo.memoize_locale_look_ups()
        # Private images' files move when their collection's restrictions change.
        private_images.connect_signals()
        # No formulas in the admin's CSV downloads, Wagtail's own reports included.
        spreadsheets.defuse_wagtail_csv_exports()
