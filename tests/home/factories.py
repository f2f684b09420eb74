import factory
import wagtail_factories
from wagtail import blocks

from demo import builders
from home.models import ContentPage, HomePage


def site_home():
    """The home page the initial data migration creates as the site root."""
    return HomePage.objects.get(depth=2, locale__language_code="en")


def rich_text(html):
    return blocks.RichTextBlock().to_python(html)


class PageFactory(wagtail_factories.PageFactory):
    """The base of every page factory: pages are made by demo/builders.py, whose defaults give
    each field a test does not name. Many-to-many fields (topics=[...]) go in as they are."""

    class Meta:
        abstract = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("parent")
        return builders.build(model_class, **kwargs)

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        return builders.add(parent, builders.build(model_class, **kwargs))


class IndexPageFactory(PageFactory):
    """An index page below the English home page, made once: found again by its slug."""

    parent = factory.LazyFunction(site_home)

    class Meta:
        abstract = True
        django_get_or_create = ("parent", "slug")


class ContentPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Content page {n}")
    parent = factory.LazyFunction(site_home)

    class Meta:
        model = ContentPage
