from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from home.site_address import follow_configured_address

        post_migrate.connect(follow_configured_address, sender=self)
