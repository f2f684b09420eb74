"""The feed of new case studies in one language, newest first."""

from django.utils.html import escape
from django.utils.translation import gettext as _

from core.feeds import PageFeed


class CaseStudyFeed(PageFeed):
    """Newly published case studies; the item text is the introduction, else the summary."""

    def title(self):
        return _("New case studies – ISCN Knowledge Platform")

    def description(self):
        return _(
            "Projects and success models from the cities and ministries of the International "
            "Smart Cities Network, newest first."
        )

    def item_description(self, case_study):
        return super().item_description(case_study) or escape(case_study.summary)
