"""The long repeated parts of the search page, written in Python.

A search with thousands of matches lists hundreds of facet options (every city it touches)
and map markers; the template language took about half of such a request to loop over them
(about 40 ms for the options alone at 10,000 case studies, bench/search.py). The markup is the
same as a template would write, every value escaped by format_html.
"""

import functools

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext

from search.maps import CASE_STUDY, CITY, EVENT

register = template.Library()

CHECKED = mark_safe(" checked")


@register.simple_tag
def facet_options(facet):
    """The <li> checkboxes of a facet (search.facets.Facet), each with its number of results."""
    results = functools.partial(_result_word, get_language())
    return format_html_join(
        "",
        '<li><label><input type="checkbox" name="{}" value="{}"{}> {} '
        '<span class="search-facet__count">{}<span class="visually-hidden"> {}</span></span>'
        "</label></li>",
        (
            (
                facet.name,
                option.value,
                CHECKED if option.selected else "",
                option.label,
                option.count,
                results(option.count),
            )
            for option in facet.options
        ),
    )


# A marker's shapes (search.maps.Marker.kind): a circle for a city, a square for an event, a
# diamond for case studies; larger, with the number of results, for several results.
SINGLE_SHAPES = {
    CITY: '<circle class="results-map__shape" r="6"/>',
    EVENT: '<rect class="results-map__shape" x="-5.5" y="-5.5" width="11" height="11" rx="1.5"/>',
    CASE_STUDY: '<path class="results-map__shape" d="M0-7.5 7.5 0 0 7.5-7.5 0z"/>',
}
CLUSTER_SHAPES = {
    CITY: '<circle class="results-map__shape" r="9"/>',
    EVENT: '<rect class="results-map__shape" x="-8.5" y="-8.5" width="17" height="17" rx="2"/>',
    CASE_STUDY: '<path class="results-map__shape" d="M0-11 11 0 0 11-11 0z"/>',
}


@register.simple_tag
def map_markers(results_map):
    """The SVG links of a search.maps.ResultsMap's markers."""
    return format_html_join("", "{}", ((_marker(marker),) for marker in results_map.markers))


def _marker(marker):
    if marker.total > 1:
        shape = format_html(
            '<circle class="results-map__focus-ring" r="14"/>{}'
            '<text class="results-map__number" text-anchor="middle" dy="3" aria-hidden="true">'
            "{}</text>",
            mark_safe(CLUSTER_SHAPES.get(marker.kind, CLUSTER_SHAPES[CASE_STUDY])),  # noqa: S308
            marker.short_total,
        )
    else:
        shape = format_html(
            '<circle class="results-map__focus-ring" r="11"/>{}',
            mark_safe(SINGLE_SHAPES.get(marker.kind, SINGLE_SHAPES[CASE_STUDY])),  # noqa: S308
        )
    return format_html(
        '<a class="results-map__marker results-map__marker--{}" href="{}"><title>{}</title>'
        '<g transform="translate({} {})">{}</g></a>',
        marker.kind,
        marker.href,
        marker.title,
        f"{marker.x:g}",
        f"{marker.y:g}",
        shape,
    )


@register.simple_tag
def map_places(results_map):
    """The list below the map: each marker's place and results, linked (search.maps)."""
    return format_html_join("", "{}", ((_place(marker),) for marker in results_map.markers))


def _place(marker):
    points = format_html_join(
        "",
        "{}",
        ((_listed_point(point, in_list=marker.is_cluster),) for point in marker.listed_points),
    )
    if not marker.is_cluster:
        return format_html('<li id="{}">{}</li>', marker.anchor, points)
    more = ""
    if marker.unlisted_count:
        more = format_html("<li>{}</li>", _more(get_language(), marker.unlisted_count))
    return format_html(
        '<li id="{}"><span class="results-map__place">{}</span> {}<ul>{}{}</ul></li>',
        marker.anchor,
        marker.name,
        _results_in_brackets(get_language(), marker.total),
        points,
        more,
    )


def _listed_point(point, *, in_list):
    count = ""
    if point.count > 1:
        count = ": " + _results(get_language(), point.count)
    link = format_html(
        '<a href="{}">{}</a> ({}){}', point.url, point.label, point.kind_label, count
    )
    return format_html("<li>{}</li>", link) if in_list else link


# Plurals once per language and number: a list of hundreds repeats the same few numbers, and
# ngettext costs as much as the rest of an entry.


@functools.lru_cache(maxsize=1024)
def _result_word(language, count):
    return ngettext("result", "results", count)


@functools.lru_cache(maxsize=1024)
def _results(language, count):
    return ngettext("%(counter)s result", "%(counter)s results", count) % {"counter": count}


@functools.lru_cache(maxsize=1024)
def _results_in_brackets(language, count):
    return ngettext("(%(counter)s result)", "(%(counter)s results)", count) % {"counter": count}


@functools.lru_cache(maxsize=1024)
def _more(language, count):
    return ngettext("and %(counter)s more", "and %(counter)s more", count) % {"counter": count}
