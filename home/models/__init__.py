from home.models.pages import ContentPage, HomePage
from home.models.site_settings import SiteSettings

__all__ = ["ContentPage", "HomePage", "SiteSettings"]
