"""Build the base map of the search results map (search/data/world-110m.json).

Reads Natural Earth's 1:110m countries as TopoJSON from the npm package `world-atlas`
(ISC licence; Natural Earth data is public domain), projects it with search.maps.project
(the projection of the markers) and writes two SVG paths in a 1000 x 500 viewBox:

- land: every land polygon, filled;
- borders: the lines between two countries, stroked (coasts are the edge of the land fill).

Coordinates are rounded to 0.1 map units (0.036°, finer than the 1:110m source) and written
as relative moves, which keeps the file near 60 KB. Only the standard library and
search.maps are used. Run it again only to change the source or the projection:

    npm pack world-atlas@2 --pack-destination /tmp
    tar -xzf /tmp/world-atlas-2.0.2.tgz -C /tmp
    .venv/bin/python scripts/build_world_map.py /tmp/package/countries-110m.json
"""

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search.maps import BASE_MAP_FILE, MAP_HEIGHT, MAP_WIDTH, project

CREDIT = "Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas 2 (ISC)"


def decode_arcs(topology):
    """Absolute (longitude, latitude) points of every arc, undoing the delta quantization."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def in_tenths(longitude, latitude):
    """A point projected onto the map, in whole tenths of a map unit."""
    x, y = project(latitude, longitude)
    return round(x * 10), round(y * 10)


def arc_points(arcs, index):
    """Arc `index`; a negative index (~i) is arc i reversed, as TopoJSON defines."""
    points = arcs[~index if index < 0 else index]
    return points[::-1] if index < 0 else points


def clip_ring(ring, keep_east):
    """The part of a closed ring east (or west) of 180° (Sutherland-Hodgman, one edge)."""
    inside = (lambda point: point[0] >= 180) if keep_east else (lambda point: point[0] <= 180)
    clipped = []
    for start, end in zip(ring, [*ring[1:], ring[0]], strict=True):
        if inside(start) != inside(end):
            share = (180 - start[0]) / (end[0] - start[0])
            crossing = (180, start[1] + share * (end[1] - start[1]))
            clipped.extend([crossing, end] if inside(end) else [crossing])
        elif inside(end):
            clipped.append(end)
    return clipped


def across_antimeridian(points, closed):
    """`points` as drawable pieces: Natural Earth lets Fiji and Chukotka cross 180°.

    Longitudes are made continuous (179° then 181°, not -179°); a ring reaching past 180° is
    cut there and its eastern part moved by 360° to the western edge. A ring around the pole
    (Antarctica) is closed along the bottom edge instead. Borders never cross 180° at this
    scale.
    """
    continuous = [points[0]]
    for longitude, latitude in points[1:]:
        previous = continuous[-1][0]
        longitude += 360 * round((previous - longitude) / 360)
        continuous.append((longitude, latitude))
    turns = round((continuous[-1][0] - continuous[0][0]) / 360)
    if closed and turns:
        pole = -90 if continuous[0][1] < 0 else 90
        return [[*continuous, (continuous[-1][0], pole), (continuous[0][0], pole)]]
    if min(longitude for longitude, _ in continuous) < -180:
        continuous = [(longitude + 360, latitude) for longitude, latitude in continuous]
    if not closed or max(longitude for longitude, _ in continuous) <= 180:
        return [continuous]
    east = [(longitude - 360, latitude) for longitude, latitude in clip_ring(continuous, True)]
    return [clip_ring(continuous, False), east]


def number(tenths):
    text = f"{tenths / 10:.1f}".removesuffix(".0")
    return text.replace("0.", ".", 1) if text.lstrip("-").startswith("0.") else text


def pair(dx, dy):
    return f"{number(dx)} {number(dy)}"


def path_data(lines, close):
    """Compact SVG path data of (longitude, latitude) lines: a move, then relative lines."""
    parts = []
    for line in lines:
        points = [in_tenths(*point) for point in line]
        unique = [point for i, point in enumerate(points) if i == 0 or point != points[i - 1]]
        if close and unique[0] == unique[-1]:
            unique.pop()
        if len(unique) < (3 if close else 2):
            continue  # shrank to nothing at this scale
        steps = [pair(bx - ax, by - ay) for (ax, ay), (bx, by) in itertools.pairwise(unique)]
        parts.append(f"M{pair(*unique[0])}l" + " ".join(steps) + ("z" if close else ""))
    # A minus sign separates two numbers by itself.
    return "".join(parts).replace(" -", "-")


def rings(arcs, geometry):
    """Closed rings of a Polygon or MultiPolygon, arcs joined without repeating shared ends."""
    polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    for polygon in polygons:
        for ring in polygon:
            points = []
            for index in ring:
                points.extend(arc_points(arcs, index)[1 if points else 0 :])
            yield points


def arc_indices(geometry):
    polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    return {
        ~index if index < 0 else index for polygon in polygons for ring in polygon for index in ring
    }


def build(topology):
    arcs = decode_arcs(topology)
    land = [
        piece
        for geometry in topology["objects"]["land"]["geometries"]
        for ring in rings(arcs, geometry)
        for piece in across_antimeridian(ring, closed=True)
    ]
    # An arc used by two countries is a border between them (topojson.mesh with a !== b).
    countries = topology["objects"]["countries"]["geometries"]
    usage = Counter(index for geometry in countries for index in arc_indices(geometry))
    borders = [
        piece
        for index, uses in sorted(usage.items())
        if uses > 1
        for piece in across_antimeridian(arcs[index], closed=False)
    ]
    return {
        "source": CREDIT,
        "projection": "equirectangular",
        "view_box": f"0 0 {MAP_WIDTH} {MAP_HEIGHT}",
        "land": path_data(land, close=True),
        "borders": path_data(borders, close=False),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topojson", type=Path, help="countries-110m.json from world-atlas 2")
    parser.add_argument("--output", type=Path, default=BASE_MAP_FILE)
    options = parser.parse_args()
    result = build(json.loads(options.topojson.read_text(encoding="utf-8")))
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"{options.output}: {options.output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
