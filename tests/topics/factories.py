import factory
import wagtail_factories

from tests.home.factories import site_home
from topics.models import Cluster, TopicIndexPage, TopicPage


class TopicIndexPageFactory(wagtail_factories.PageFactory):
    title = "Topics"
    slug = "topics"
    parent = factory.LazyFunction(site_home)

    class Meta:
        model = TopicIndexPage
        django_get_or_create = ("parent", "slug")


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    parent = factory.LazyFunction(lambda: TopicIndexPageFactory())
    cluster = Cluster.INFRASTRUCTURE
    introduction = "How cities govern the data they collect."

    class Meta:
        model = TopicPage
