import factory

from cities.models import CityIndexPage, CityPage
from tests.home.factories import IndexPageFactory, PageFactory


class CityIndexPageFactory(IndexPageFactory):
    title = "Cities"

    class Meta:
        model = CityIndexPage


class CityPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"City {n}")
    parent = factory.LazyFunction(lambda: CityIndexPageFactory())

    class Meta:
        model = CityPage
