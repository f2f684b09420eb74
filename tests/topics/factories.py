import factory

from tests.home.factories import IndexPageFactory, PageFactory
from topics.models import TopicIndexPage, TopicPage


class TopicIndexPageFactory(IndexPageFactory):
    title = "Topics"

    class Meta:
        model = TopicIndexPage


class TopicPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    parent = factory.LazyFunction(lambda: TopicIndexPageFactory())

    class Meta:
        model = TopicPage
