import factory
import wagtail_factories
from wagtail import blocks

from home.models import ContentPage, HomePage


def site_home():
    """The home page the initial data migration creates as the site root."""
    return HomePage.objects.get(depth=2, locale__language_code="en")


def rich_text(html):
    return blocks.RichTextBlock().to_python(html)


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Content page {n}")
    parent = factory.LazyFunction(site_home)
    introduction = "A page about the network."
    body = factory.LazyFunction(
        lambda: [("paragraph", rich_text("<p>The network meets twice a year.</p>"))]
    )

    class Meta:
        model = ContentPage
