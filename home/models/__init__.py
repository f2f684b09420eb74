from .base import BasePage, IndexPage
from .pages import ContentPage, HomePage
from .site_settings import SiteSettings

__all__ = ["BasePage", "ContentPage", "HomePage", "IndexPage", "SiteSettings"]
