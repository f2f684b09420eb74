"""The load test's URLs, from the database it runs on (imported by bench/load.py once Django is
set up)."""

from django.db.models import Count

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from events.models import EventPage

PAGES_PER_SCENARIO = 50


def scenario_paths():
    """The URLs of every scenario, from the database (English pages)."""

    def urls(model):
        pages = model.objects.live().filter(locale__language_code="en").order_by("?")
        return [page.get_url() for page in pages[:PAGES_PER_SCENARIO]]

    case_studies = CaseStudyPage.objects.live().filter(locale__language_code="en")
    country = (
        case_studies.values("country").annotate(n=Count("id")).order_by("-n").first()["country"]
    )
    listing = CaseStudyIndexPage.objects.live().get(locale__language_code="en").get_url()
    return {
        "home page": ["/en/"],
        "listing with filters": [
            f"{listing}?country={country}&maturity={maturity}"
            for maturity in ("pilot", "implemented", "scaled")
        ],
        "case study": urls(CaseStudyPage),
        "event": urls(EventPage),
        "search with facets": [
            f"/en/search/?q={word}&type=case-study&country={country}"
            for word in ("mobility", "energy", "data")
        ],
        "API": [
            "/api/v2/pages/?type=casestudies.CaseStudyPage&limit=20",
            f"/api/v2/pages/?type=casestudies.CaseStudyPage&limit=20&offset=20&country={country}",
        ],
    }


def english_case_studies():
    return CaseStudyPage.objects.filter(locale__language_code="en").count()
