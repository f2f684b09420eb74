"""Forty case studies from member cities and national ministries, grouped by world region."""

from .africa import CASE_STUDIES as AFRICA
from .asia import CASE_STUDIES as ASIA
from .europe import CASE_STUDIES as EUROPE
from .latin_america import CASE_STUDIES as LATIN_AMERICA

CASE_STUDIES = [*LATIN_AMERICA, *ASIA, *EUROPE, *AFRICA]
