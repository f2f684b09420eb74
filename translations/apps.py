from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translators' tools: locale sync, status report, review of a translation."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from wagtail.signals import page_published

        from translations.sync import on_page_published

        page_published.connect(on_page_published, dispatch_uid="iscn_language_trees")
