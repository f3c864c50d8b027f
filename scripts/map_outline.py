"""Make the land outline ``ds.plot.map()`` draws, from Natural Earth, once.

The outline is Natural Earth's 1:50m land (version 4.1.0, public domain), as the npm
package ``world-atlas`` (2.0.2, ISC licence) ships it in TopoJSON. This script reads
``land-50m.json`` from that package's tarball, decodes the TopoJSON, clips the land to
a box around Morocco, drops points closer than the figure can show, and writes

* ``land``: polygons to fill, as flat ``[lon, lat, lon, lat, …]`` rings;
* ``coast``: the same rings' coastline as lines, without the box's own edges;

to ``src/maroc_ai/_figures/maps/land.json`` with where it came from. Only land and
coast: Natural Earth's land has no national borders in it. Run from the repository
root (``npm pack`` fetches the tarball without installing anything)::

    npm pack world-atlas@2.0.2 && python scripts/map_outline.py world-atlas-2.0.2.tgz
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys
import tarfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from maroc_ai.plot import MOROCCO_FRAME

Point = tuple[float, float]

MARGIN = 2.0
"""Degrees of land kept around the frame the map shows, so panning a little shows land."""
TOLERANCE = 0.01
"""Points nearer than this (degrees, about 1 km) to the line through their neighbours go."""
DIGITS = 3
"""Decimals kept: a thousandth of a degree is about 100 m."""
OUTPUT = (
    Path(__file__).resolve().parent.parent / "src" / "maroc_ai" / "_figures" / "maps" / "land.json"
)


def topojson_rings(topology: dict[str, object]) -> Iterator[list[Point]]:
    """Every ring of the ``land`` object, in degrees (quantized, delta-encoded arcs decoded)."""
    transform = topology["transform"]
    assert isinstance(transform, dict)
    (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:  # type: ignore[attr-defined]
        x = y = 0
        points = []
        for step_x, step_y in arc:
            x, y = x + step_x, y + step_y
            points.append((x * kx + dx, y * ky + dy))
        arcs.append(points)
    land = topology["objects"]["land"]  # type: ignore[index]
    for geometry in land["geometries"]:
        polygons = geometry["arcs"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring in polygon:
                points: list[Point] = []
                for index in ring:
                    arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                    points.extend(arc if not points else arc[1:])
                yield points


def inside(point: Point, edge: int, box: tuple[float, float, float, float]) -> bool:
    """Whether ``point`` is on the inner side of one edge of ``box`` (west, east, south, north)."""
    x, y = point
    west, east, south, north = box
    return (x >= west, x <= east, y >= south, y <= north)[edge]


def crossing(a: Point, b: Point, edge: int, box: tuple[float, float, float, float]) -> Point:
    """Where the segment ``a``–``b`` crosses the line of one edge of ``box``."""
    (x1, y1), (x2, y2) = a, b
    line = box[edge]
    if edge < 2:
        t = (line - x1) / (x2 - x1)
        return (line, y1 + t * (y2 - y1))
    t = (line - y1) / (y2 - y1)
    return (x1 + t * (x2 - x1), line)


def clip_polygon(ring: list[Point], box: tuple[float, float, float, float]) -> list[Point]:
    """The part of a ring inside ``box`` (Sutherland–Hodgman: exact for a box, to fill)."""
    for edge in range(4):
        if not ring:
            break
        clipped = []
        for index, point in enumerate(ring):
            previous = ring[index - 1]
            if inside(point, edge, box):
                if not inside(previous, edge, box):
                    clipped.append(crossing(previous, point, edge, box))
                clipped.append(point)
            elif inside(previous, edge, box):
                clipped.append(crossing(previous, point, edge, box))
        ring = clipped
    return ring


def clip_line(ring: list[Point], box: tuple[float, float, float, float]) -> list[list[Point]]:
    """The pieces of a ring's outline inside ``box``: the coast, without the box's edges."""
    pieces: list[list[Point]] = []
    current: list[Point] = []
    for a, b in itertools.pairwise(ring):  # a TopoJSON ring ends where it starts
        segment = [a, b]
        for edge in range(4):
            first, second = (inside(point, edge, box) for point in segment)
            if not first and not second:
                segment = []
                break
            if not first:
                segment[0] = crossing(segment[0], segment[1], edge, box)
            elif not second:
                segment[1] = crossing(segment[0], segment[1], edge, box)
        if not segment:
            if len(current) > 1:
                pieces.append(current)
            current = []
            continue
        if current and current[-1] == segment[0]:
            current.append(segment[1])
        else:
            if len(current) > 1:
                pieces.append(current)
            current = list(segment)
    if len(current) > 1:
        if pieces and pieces[0][0] == current[-1]:  # the ring's start is no break in the coast
            pieces[0] = current + pieces[0][1:]
        else:
            pieces.append(current)
    return pieces


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker: the points that keep the line within ``tolerance`` of itself."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    farthest, distance = 0, -1.0
    for index, (x, y) in enumerate(points[1:-1], 1):
        if length == 0:
            away = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        else:
            away = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length
        if away > distance:
            farthest, distance = index, away
    if distance <= tolerance:
        return [points[0], points[-1]]
    left = simplify(points[: farthest + 1], tolerance)
    return left[:-1] + simplify(points[farthest:], tolerance)


def flat(lines: Iterable[list[Point]], minimum: int) -> list[list[float]]:
    """Lines simplified and rounded, as flat coordinate lists, those too short to see left out."""
    result = []
    for line in lines:
        kept = simplify(line, TOLERANCE)
        rounded = list(dict.fromkeys((round(x, DIGITS), round(y, DIGITS)) for x, y in kept))
        if len(rounded) >= minimum:
            result.append([value for point in rounded for value in point])
    return result


def main(tarball: Path) -> None:
    """Write the outline from the ``world-atlas`` tarball."""
    with tarfile.open(tarball) as archive:
        package = json.load(archive.extractfile("package/package.json"))  # type: ignore[arg-type]
        raw = archive.extractfile("package/land-50m.json").read()  # type: ignore[union-attr]
    west, east, south, north = MOROCCO_FRAME
    box = (west - MARGIN, east + MARGIN, south - MARGIN, north + MARGIN)
    rings = list(topojson_rings(json.loads(raw)))
    land = flat((clip_polygon(ring, box) for ring in rings), minimum=3)
    coast = flat((piece for ring in rings for piece in clip_line(ring, box)), minimum=2)
    outline = {
        "source": (
            "Natural Earth 1:50m land, version 4.1.0 (public domain), from land-50m.json of "
            f"the npm package {package['name']} {package['version']} "
            f"({package['license']} licence)"
        ),
        "sha256": hashlib.sha256(raw).hexdigest(),
        "box": list(box),
        "tolerance": TOLERANCE,
        "land": land,
        "coast": coast,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(outline, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(len(ring) for ring in land + coast) // 2
    print(f"{OUTPUT.name}: {len(land)} polygons, {len(coast)} coast lines, {points} points")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
