import factory
import wagtail_factories

from casestudies.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    GovernmentLevel,
    Maturity,
    SDGTarget,
)
from tests.home.factories import site_home
from tests.topics.factories import TopicPageFactory


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Case studies"
    slug = "case-studies"
    parent = factory.LazyFunction(site_home)

    class Meta:
        model = CaseStudyIndexPage
        django_get_or_create = ("parent", "slug")


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    """A case study; its country follows its city. Pass topics=[...] and sdg_targets=["11.3"]."""

    title = factory.Sequence(lambda n: f"Case study {n}")
    parent = factory.LazyFunction(lambda: CaseStudyIndexPageFactory())
    summary = "A city opened its data and people built services on it."
    city = None
    country = factory.LazyAttribute(lambda obj: obj.city.country if obj.city else "DE")
    government_level = GovernmentLevel.CITY
    maturity = Maturity.PILOT
    start_year = 2021
    challenge = "<p>Data was locked in departments.</p>"
    approach = "<p>An open data portal with a clear licence.</p>"

    class Meta:
        model = CaseStudyPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        topics = extracted if extracted is not None else [TopicPageFactory()]
        obj.topics.set(topics)
        if create:
            obj.save()

    @factory.post_generation
    def sdg_targets(obj, create, extracted, **kwargs):
        if extracted:
            obj.sdg_targets.set(SDGTarget.objects.filter(code__in=extracted))
            if create:
                obj.save()
