"""The years the platform knows: case studies, listing filters and search all accept the same range.

From 1990, before the oldest project in the knowledge base, to 2100, far enough ahead for any plan.
"""

from django.core.validators import MaxValueValidator, MinValueValidator

FIRST_YEAR = 1990
LAST_YEAR = 2100

YEAR_VALIDATORS = [MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
