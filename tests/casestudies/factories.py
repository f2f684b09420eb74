import factory
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from casestudies.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    GovernmentLevel,
    KnowledgeFormat,
    Maturity,
    SDGTarget,
)
from tests.home.factories import IndexPageFactory, PageFactory
from tests.topics.factories import TopicPageFactory


class CaseStudyIndexPageFactory(IndexPageFactory):
    title = "Case studies"

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(PageFactory):
    """A case study; its country follows its city. Pass topics=[...] and sdg_targets=["11.3"]."""

    title = factory.Sequence(lambda n: f"Case study {n}")
    parent = factory.LazyFunction(lambda: CaseStudyIndexPageFactory())
    topics = factory.LazyFunction(lambda: [TopicPageFactory()])

    class Meta:
        model = CaseStudyPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        # Tests name SDG targets by their code.
        codes = kwargs.pop("sdg_targets", None)
        if codes:
            kwargs["sdg_targets"] = list(SDGTarget.objects.filter(code__in=codes))
        return kwargs


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
