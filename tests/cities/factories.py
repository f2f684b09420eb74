from decimal import Decimal

import factory
import wagtail_factories

from cities.models import CityIndexPage, CityPage
from tests.home.factories import site_home


class CityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Cities"
    slug = "cities"
    parent = factory.LazyFunction(site_home)

    class Meta:
        model = CityIndexPage
        django_get_or_create = ("parent", "slug")


class CityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"City {n}")
    parent = factory.LazyFunction(lambda: CityIndexPageFactory())
    country = "DE"
    region = "Berlin"
    population = 250_000
    latitude = Decimal("52.520008")
    longitude = Decimal("13.404954")
    member_since = 2020
    introduction = "A member city of the network."

    class Meta:
        model = CityPage
