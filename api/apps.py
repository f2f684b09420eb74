from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The read-only API (api/v2/) over the public pages, images and documents."""

    name = "api"
    verbose_name = _("API")
