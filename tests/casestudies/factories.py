import factory
import wagtail_factories
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from casestudies.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    GovernmentLevel,
    KnowledgeFormat,
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


def case_study_form_data(topics, sdg_targets=(), **fields):
    """The admin page form's POST data for a valid case study; pass fields to change or break it."""
    values = {
        "title": "Open data portal",
        "slug": "open-data-portal",
        "summary": "The city publishes its data under an open licence.",
        "country": "DE",
        "city": "",
        "government_level": GovernmentLevel.CITY,
        "knowledge_format": KnowledgeFormat.CASE_STUDY,
        "maturity": Maturity.PILOT,
        "start_year": "2019",
        "end_year": "2022",
        "challenge": rich_text("<p>Data was locked in departments.</p>"),
        "approach": rich_text("<p>A portal with an open licence.</p>"),
        "results": rich_text("<p>Forty new services.</p>"),
        "lessons_learned": rich_text("<p>Start with the data people ask for.</p>"),
        "partners": "",
        "budget_range": "",
        "repository_url": "",
        "licence": "",
        "body": streamfield([]),
        "links": streamfield([]),
        "documents": streamfield([]),
        "gallery": streamfield([]),
        **fields,
    }
    data = nested_form_data(values)
    # Lists would be flattened by nested_form_data; multiple values are sent as they are.
    data["topics"] = [topic.pk for topic in topics]
    data["sdg_targets"] = list(
        SDGTarget.objects.filter(code__in=sdg_targets).values_list("pk", flat=True)
    )
    return data
