from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Network-wide contact details and footer links, edited by administrators."""

    contact_email = models.EmailField(_("contact email"), blank=True)
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("imprint page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("contact_email"), FieldPanel("imprint_page"), FieldPanel("privacy_page")]
    # Every page's footer links them: loaded with the settings (kept in core/generation_memo.py).
    select_related = ["imprint_page", "privacy_page"]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
