"""The fixed classifications of a case study: stored as short codes, shown translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class GovernmentLevel(models.TextChoices):
    # A context of their own: "City" as a level of government is not the word for a town.
    CITY = "city", pgettext_lazy("government level", "City")
    METROPOLITAN = "metropolitan", pgettext_lazy("government level", "Metropolitan region")
    NATIONAL = "national", pgettext_lazy("government level", "National")


class Maturity(models.TextChoices):
    IDEA = "idea", _("Idea")
    PROOF_OF_CONCEPT = "proof_of_concept", _("Proof of concept")
    PILOT = "pilot", _("Pilot")
    IMPLEMENTED = "implemented", _("Implemented")
    SCALED = "scaled", _("Scaled")


class KnowledgeFormat(models.TextChoices):
    CASE_STUDY = "case_study", _("Case study")
    TRANSFER_PACKAGE = "transfer_package", _("Transfer package")
    GUIDE = "guide", _("Guide")
    POLICY = "policy", _("Policy")


class BudgetRange(models.TextChoices):
    UNDER_100K = "under_100k", _("Under €100,000")
    UNDER_1M = "100k_1m", _("€100,000 to €1 million")
    UNDER_10M = "1m_10m", _("€1 million to €10 million")
    OVER_10M = "over_10m", _("Over €10 million")


class Licence(models.TextChoices):
    """Common open-source licences, by SPDX identifier."""

    MIT = "MIT", "MIT"
    APACHE = "Apache-2.0", "Apache 2.0"
    GPL3 = "GPL-3.0-or-later", _("GPL 3.0 or later")
    AGPL3 = "AGPL-3.0-or-later", _("AGPL 3.0 or later")
    EUPL = "EUPL-1.2", "EUPL 1.2"
    MPL = "MPL-2.0", "MPL 2.0"
    OTHER = "other", _("Other")


# The full names of the licences (SPDX): proper names, the same in every language.
LICENCE_NAMES = {
    Licence.MIT: "MIT License",
    Licence.APACHE: "Apache License 2.0",
    Licence.GPL3: "GNU General Public License v3.0 or later",
    Licence.AGPL3: "GNU Affero General Public License v3.0 or later",
    Licence.EUPL: "European Union Public License 1.2",
    Licence.MPL: "Mozilla Public License 2.0",
}
