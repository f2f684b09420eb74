import pytest

from casestudies.models import CaseStudyPage, SDGTarget
from casestudies.sdg import SDG_TARGETS

# A new page looks up the default locale.
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("start_year", "end_year", "years"),
    [(2019, 2022, "2019–2022"), (2021, 2021, "2021"), (2021, None, "since 2021"), (None, None, "")],
)
def test_years(start_year, end_year, years):
    assert CaseStudyPage(start_year=start_year, end_year=end_year).years == years


def test_partner_list_skips_blank_lines():
    page = CaseStudyPage(partners="  Porto Digital \n\n Federal University\n")
    assert page.partner_list == ["Porto Digital", "Federal University"]


def test_data_migration_creates_every_sdg_target_in_order():
    targets = list(SDGTarget.objects.all())
    assert [target.code for target in targets] == [code for code, _label in SDG_TARGETS]
    assert str(targets[0]) == "7.2 Increase the share of renewable energy"
    assert targets[0].label == "Increase the share of renewable energy"
