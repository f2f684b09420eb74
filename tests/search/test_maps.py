"""The search results map: projection, clustering, the base map asset and the rendered include."""

import importlib.util
import itertools
import json
import math
import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from search import maps
from search.maps import CASE_STUDY, CITY, MapPoint, project, results_map
from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory

ROOT = Path(__file__).resolve().parents[2]
SITE_CSS = ROOT / "static" / "css" / "site.css"
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")

BERLIN = (52.52, 13.405)
LISBON = (38.722, -9.139)
MADRID = (40.417, -3.704)


def city(label, latitude, longitude, **extra):
    return MapPoint(label, f"/en/cities/{label.lower()}/", latitude, longitude, CITY, **extra)


def case_study(label, latitude, longitude, **extra):
    url = f"/en/case-studies/{label.lower().replace(' ', '-')}/"
    return MapPoint(label, url, latitude, longitude, CASE_STUDY, **extra)


def render(points):
    return render_to_string("search/includes/results_map.html", {"map": results_map(points)})


def land_rings():
    """The base map's land as polygons of absolute points (its path data is M, then l steps)."""
    rings = []
    for move, steps in re.findall(r"M([^l]+)l([^M]*)", maps.base_map()["land"]):
        x, y = (float(number) for number in re.findall(r"-?[\d.]+", move))
        ring = [(x, y)]
        numbers = [float(number) for number in re.findall(r"-?[\d.]+", steps)]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = round(x + dx, 1), round(y + dy, 1)
            ring.append((x, y))
        rings.append(ring)
    return rings


def on_land(x, y):
    """Even-odd point in polygon over every land ring."""
    inside = False
    for ring in land_rings():
        for (ax, ay), (bx, by) in zip(ring, [*ring[1:], ring[0]], strict=True):
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                inside = not inside
    return inside


class TestProjection:
    def test_null_island_is_the_centre(self):
        assert project(0, 0) == (500, 250)

    def test_corners(self):
        assert project(90, -180) == (0, 0)
        assert project(-90, 180) == (1000, 500)

    def test_berlin_is_north_east_of_lisbon(self):
        berlin_x, berlin_y = project(*BERLIN)
        lisbon_x, lisbon_y = project(*LISBON)
        assert berlin_x > lisbon_x  # east is right, in every language
        assert berlin_y < lisbon_y  # north is up
        assert berlin_x == pytest.approx(537.24, abs=0.01)

    def test_accepts_decimals_from_the_city_model(self):
        from decimal import Decimal

        assert project(Decimal("52.520000"), Decimal("13.405000")) == project(*BERLIN)

    def test_markers_and_outlines_share_the_projection(self):
        # Inland cities fall on the drawn land; the open sea does not.
        for latitude, longitude in [BERLIN, MADRID, (35.68, 139.69), (-15.79, -47.88)]:
            assert on_land(*project(latitude, longitude)), (latitude, longitude)
        for latitude, longitude in [(0, -30), (-30, 80), (30, -150)]:
            assert not on_land(*project(latitude, longitude)), (latitude, longitude)


class TestClustering:
    def test_a_city_and_its_case_studies_share_one_marker(self):
        result = results_map(
            [
                case_study("Open data portal", *BERLIN, place="Berlin"),
                city("Berlin", *BERLIN),
                case_study("Smart parking", *BERLIN, place="Berlin"),
                city("Lisbon", *LISBON),
            ]
        )
        berlin, lisbon = result.markers
        assert (berlin.total, berlin.name, berlin.kind) == (3, "Berlin", CITY)
        assert berlin.points[0].label == "Berlin"  # the city anchors its marker
        assert (berlin.x, berlin.y) == (537.2, 104.1)
        assert berlin.href == "#results-map-place-1"
        assert berlin.title == "Berlin: 3 results, listed below the map"
        assert lisbon.href == "/en/cities/lisbon/"
        assert lisbon.title == "Lisbon (city)"

    def test_case_studies_alone_are_named_after_their_city(self):
        (marker,) = results_map(
            [
                case_study("Open data portal", *BERLIN, place="Berlin"),
                case_study("Smart parking", *BERLIN, place="Berlin"),
            ]
        ).markers
        assert (marker.name, marker.kind) == ("Berlin", CASE_STUDY)

    def test_neighbours_join_distant_places_do_not(self):
        near = (BERLIN[0] + 1, BERLIN[1] + 1)  # about 4 map units away
        far = (BERLIN[0], BERLIN[1] + 5)  # about 14 map units away
        result = results_map([city("Berlin", *BERLIN), city("Near", *near), city("Far", *far)])
        assert [marker.name for marker in result.markers] == ["Berlin and 1 more place", "Far"]

    def test_markers_are_ordered_by_results(self):
        result = results_map(
            [
                city("Lisbon", *LISBON),
                city("Madrid", *MADRID, count=2),
                case_study("Smart parking", *BERLIN, count=5),
            ]
        )
        assert [marker.name for marker in result.markers] == ["Smart parking", "Madrid", "Lisbon"]
        assert [marker.number for marker in result.markers] == [1, 2, 3]
        assert result.markers[0].title == "Smart parking (case study): 5 results"

    def test_points_without_valid_coordinates_are_counted_not_drawn(self):
        result = results_map(
            [
                city("Berlin", *BERLIN),
                city("Nowhere", None, None),
                city("Junk", "north", "east"),
                city("Beyond", 91, 0),
                city("Wrapped", 0, 181),
                city("Not a number", math.nan, 0),
            ]
        )
        assert [marker.name for marker in result.markers] == ["Berlin"]
        assert result.unplaced_count == 5

    def test_dicts_work_and_bad_counts_count_once(self):
        point = {"label": "Berlin", "url": "/en/b/", "latitude": 52.5, "longitude": 13.4}
        result = results_map([{**point, "count": 0}, {**point, "count": "junk"}])
        assert result.markers[0].total == 2

    def test_many_results_in_one_place_list_a_few(self):
        points = [case_study(f"Project {n}", *BERLIN, place="Berlin") for n in range(25)]
        (marker,) = results_map(points).markers
        assert len(marker.listed_points) == maps.MAX_LISTED_RESULTS
        assert marker.unlisted_count == 25 - maps.MAX_LISTED_RESULTS


@pytest.mark.django_db
class TestPointsFromPages:
    def test_a_case_study_stands_at_its_city(self, home):
        berlin = CityPageFactory(title="Berlin")
        portal = CaseStudyPageFactory(title="Open data portal", city=berlin)
        national = CaseStudyPageFactory(title="National programme", city=None)
        points = [
            MapPoint.for_city(berlin, count=2),
            MapPoint.for_case_study(portal),
            MapPoint.for_case_study(national),
        ]
        result = results_map(points)
        (marker,) = result.markers
        assert (marker.name, marker.total, result.unplaced_count) == ("Berlin", 3, 1)
        assert points[1].place == "Berlin"
        assert points[1].url == portal.url
        assert marker.points[0].url == berlin.url

    def test_a_city_without_coordinates_is_unplaced(self, home):
        somewhere = CityPageFactory(latitude=None, longitude=None)
        result = results_map([MapPoint.for_city(somewhere)])
        assert (result.markers, result.unplaced_count) == ([], 1)


class TestBaseMap:
    def test_asset_is_compact_path_data(self):
        data = json.loads(maps.BASE_MAP_FILE.read_text(encoding="utf-8"))
        assert 20_000 < maps.BASE_MAP_FILE.stat().st_size < 150_000
        assert data["view_box"] == f"0 0 {maps.MAP_WIDTH} {maps.MAP_HEIGHT}"
        assert data["projection"] == "equirectangular"
        assert "Natural Earth" in data["source"]
        for key in ("land", "borders"):
            assert re.fullmatch(r"[Mlz0-9 .\-]+", data[key])
            # One decimal at most.
            assert not re.search(r"\.\d\d", data[key])

    def test_nothing_crosses_the_map(self):
        # Rings that cross 180° are cut there: no step spans half the map, except the
        # bottom edge that closes Antarctica.
        jumps = [
            (start, end)
            for ring in land_rings()
            for start, end in itertools.pairwise(ring)
            if abs(end[0] - start[0]) > maps.MAP_WIDTH / 2
        ]
        assert jumps == [((1000, 500), (0, 500))]


def load_build_script():
    spec = importlib.util.spec_from_file_location(
        "build_world_map", ROOT / "scripts" / "build_world_map.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestBuildScript:
    build = load_build_script()

    def test_decodes_quantized_arcs_and_reversed_references(self):
        topology = {
            "transform": {"scale": [0.5, 0.25], "translate": [-180, -90]},
            "arcs": [[[0, 0], [2, 4], [2, 0]]],
        }
        arcs = self.build.decode_arcs(topology)
        assert arcs == [[(-180, -90), (-179, -89), (-178, -89)]]
        assert self.build.arc_points(arcs, ~0) == arcs[0][::-1]

    def test_rings_across_180_degrees_are_cut_there(self):
        fiji = [(175, -16), (-178, -16), (-178, -18), (175, -18), (175, -16)]
        west, east = self.build.across_antimeridian(fiji, closed=True)
        assert {longitude for longitude, _ in west} == {175, 180}
        assert {longitude for longitude, _ in east} == {-180, -178}

    def test_a_ring_around_the_pole_closes_along_the_edge(self):
        antarctica = [(-180, -80), (-90, -70), (0, -70), (90, -70), (180, -80), (-180, -80)]
        (ring,) = self.build.across_antimeridian(antarctica, closed=True)
        assert ring[-2:] == [(180, -90), (-180, -90)]

    def test_path_data_is_compact(self):
        triangle = [(0, 0), (0.018, 0), (3.6, 0), (3.6, -1.8), (0, 0)]
        # 0.018° is 0.05 map units: rounded onto the first point and dropped.
        assert self.build.path_data([triangle], close=True) == "M500 250l10 0 0 5z"
        line = [(0, 0), (-0.036, 0.036)]
        assert self.build.path_data([line], close=False) == "M500 250l-.1-.1"
        assert self.build.number(5) == ".5"
        assert self.build.number(-5) == "-.5"
        assert self.build.number(-125) == "-12.5"
        assert self.build.number(10) == "1"


class TestRendering:
    POINTS = (
        city("Berlin", *BERLIN),
        case_study("Open data portal", *BERLIN, place="Berlin"),
        city("Lisbon", *LISBON),
        case_study("Smart <parking>", *MADRID),
        city("Nowhere", None, None),
    )

    def test_markers_are_named_links(self):
        html = render(self.POINTS)
        assert 'role="group" aria-labelledby="results-map-title"' in html
        marker = '<a class="results-map__marker results-map__marker--{}" href="{}">'
        assert marker.format("city", "#results-map-place-1") in html
        assert "<title>Berlin: 2 results, listed below the map</title>" in html
        escaped_url = "/en/case-studies/smart-&lt;parking&gt;/"
        assert marker.format("case-study", escaped_url) in html
        assert "<title>Smart &lt;parking&gt; (case study)</title>" in html
        assert "translate(537.2 104.1)" in html

    def test_the_list_names_every_place_and_result(self):
        html = render(self.POINTS)
        places = html[html.index('<ol class="results-map__places"') :]
        assert '<li id="results-map-place-1">' in places
        assert '<span class="results-map__place">Berlin</span>' in places
        for point in self.POINTS[:4]:
            assert f'href="{point.url.replace("<", "&lt;").replace(">", "&gt;")}"' in places
        assert "Nowhere" not in html
        assert "1 result has no location and is not on the map." in html
        assert "The results on a map: 3 places." in html
        assert "Base map: Natural Earth (public domain)" in html

    def test_the_base_map_is_inline_and_nothing_is_fetched(self):
        html = render(self.POINTS)
        assert f'<path class="results-map__land" d="{maps.base_map()["land"][:40]}' in html
        assert not re.search(r"https?://|//[a-z]|<image|<img|<script|xlink:href", html)

    def test_absolute_site_urls_are_the_only_ones(self):
        site = "https://iscn.example"
        points = [MapPoint("Berlin", f"{site}/en/cities/berlin/", *BERLIN)]
        html = render(points)
        assert set(re.findall(r"https?://[^/\"]+", html)) == {site}

    def test_numbers_are_not_localized(self):
        # A German decimal comma would break the SVG transform.
        with translation.override("de"):
            html = render(self.POINTS)
        assert "translate(537.2 104.1)" in html
        assert "1 Ergebnis" in html or "1 result" in html

    def test_no_places_says_so(self):
        html = render([city("Nowhere", None, None)])
        assert "<svg" not in html
        assert "None of these results has a location to show on the map." in html

    def test_a_crowded_place_lists_the_rest_as_a_number(self):
        points = [case_study(f"Project {n}", *BERLIN, place="Berlin") for n in range(12)]
        html = render(points)
        assert html.count('href="/en/case-studies/project-') == maps.MAX_LISTED_RESULTS
        assert "and 2 more" in html
        assert ">12</text>" in html


def relative_luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first, second):
    lighter, darker = sorted(map(relative_luminance, (first, second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class TestStyles:
    def map_colours(self):
        css = SITE_CSS.read_text(encoding="utf-8")
        block = css[css.index("/* Search results map") :]
        return dict(re.findall(r"--map-([a-z-]+): (#[0-9a-f]{6});", block))

    def test_markers_and_focus_stand_out_from_land_and_sea(self):
        colours = self.map_colours()
        for foreground in ("city", "case-study", "focus"):
            for background in ("land", "sea"):
                ratio = contrast(colours[foreground], colours[background])
                assert ratio >= 3, (foreground, background, ratio)

    def test_numbers_on_markers_are_readable(self):
        colours = self.map_colours()
        for marker in ("city", "case-study"):
            assert contrast("#ffffff", colours[marker]) >= 4.5

    def test_the_map_is_never_mirrored(self):
        css = SITE_CSS.read_text(encoding="utf-8")
        block = css[css.index("/* Search results map") :]
        assert re.search(r"\.results-map__svg \{[^}]*direction: ltr", block)
        assert "scaleX(-1)" not in block


@pytest.mark.browser
@pytest.mark.skipif(
    not (CHROMIUM.exists() and AXE_SCRIPT.exists()),
    reason="needs /usr/bin/chromium and node_modules/axe-core (make browser-deps)",
)
def test_keyboard_and_axe_in_a_browser():
    from playwright.sync_api import sync_playwright

    html = render(TestRendering.POINTS)
    css = SITE_CSS.read_text(encoding="utf-8")
    document = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Map</title>'
        f"<style>{css}</style></head><body><main><h1>Search</h1>{html}</main></body></html>"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            page = browser.new_page()
            page.set_content(document)
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.className") == "results-map__skip"
            page.keyboard.press("Tab")
            focused = page.evaluate("document.activeElement.getAttribute('href')")
            assert focused == "#results-map-place-1"
            ring = page.evaluate(
                "getComputedStyle(document.activeElement.querySelector"
                "('.results-map__focus-ring')).stroke"
            )
            assert ring == "rgb(179, 92, 0)"  # --map-focus
            page.add_script_tag(path=str(AXE_SCRIPT))
            violations = page.evaluate(
                """async () => (await axe.run(document, {
                    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                                    "best-practice"]},
                    resultTypes: ["violations"],
                })).violations.map((violation) => violation.id)"""
            )
            assert violations == []
        finally:
            browser.close()
