"""The fixed reference list of UN Sustainable Development Goal targets the network reports on."""

from django.utils.translation import gettext_lazy as _

# In the order of the goals; the data migration stores this order.
SDG_TARGETS = [
    ("7.2", _("Increase the share of renewable energy")),
    ("7.3", _("Double the improvement in energy efficiency")),
    ("9.1", _("Develop quality, reliable, sustainable and resilient infrastructure")),
    ("9.c", _("Increase access to information and communications technology")),
    ("11.1", _("Access for all to adequate, safe and affordable housing")),
    ("11.2", _("Access to safe, affordable, accessible and sustainable transport")),
    ("11.3", _("Inclusive and sustainable urbanization and participatory planning")),
    ("11.6", _("Reduce the adverse environmental impact of cities")),
    ("11.7", _("Universal access to safe, inclusive green and public spaces")),
    ("11.a", _("Positive links between urban, peri-urban and rural areas")),
    ("11.b", _("Integrated policies for inclusion, resource efficiency and resilience")),
    ("13.2", _("Integrate climate change measures into policies and planning")),
    ("16.6", _("Effective, accountable and transparent institutions")),
    ("16.7", _("Responsive, inclusive, participatory and representative decision-making")),
    ("16.10", _("Public access to information")),
    ("17.6", _("Knowledge sharing and cooperation on science, technology and innovation")),
    ("17.8", _("Enhanced use of enabling technology")),
    ("17.17", _("Effective public, public-private and civil society partnerships")),
]
SDG_TARGET_LABELS = dict(SDG_TARGETS)

# The goals of those targets, by number ("11.6" is a target of goal 11).
SDG_GOALS = {
    "7": _("Affordable and clean energy"),
    "9": _("Industry, innovation and infrastructure"),
    "11": _("Sustainable cities and communities"),
    "13": _("Climate action"),
    "16": _("Peace, justice and strong institutions"),
    "17": _("Partnerships for the goals"),
}


def sdg_goal(code):
    """The number of the goal a target belongs to: "11.6" → "11"."""
    return code.split(".")[0]
