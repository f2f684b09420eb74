from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translators' tools: locale sync, status report, review of a translation."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published

        from translations.privacy import on_restriction_changed
        from translations.sync import on_page_published

        page_published.connect(on_page_published, dispatch_uid="iscn_language_trees")
        for signal in (post_save, post_delete):
            signal.connect(
                on_restriction_changed,
                sender=PageViewRestriction,
                dispatch_uid="iscn_shared_view_restrictions",
            )
        m2m_changed.connect(
            on_restriction_changed,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="iscn_shared_view_restriction_groups",
        )
