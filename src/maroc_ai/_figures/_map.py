"""The map: Morocco's land and coast, and the facilities at their places, labelled by name."""

from __future__ import annotations

import functools
import json
import math
import os
from typing import TYPE_CHECKING, Any, cast

from ..model import Place, PlaceKind
from ._fonts import font, note_below
from ._words import Language, label, words

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.offsetbox import AnnotationBbox
    from matplotlib.transforms import Bbox

    from ..dataset import Dataset

__all__ = ["draw", "outline"]

SEA, LAND, COAST = "#e3eef6", "#f3efe4", "#7b8c99"
CITY, REGION = "tab:red", "tab:purple"

_DIRECTIONS = ((-1, 0), (-1, 1), (-1, -1), (1, 0), (1, 1), (1, -1), (0, 1), (0, -1))
"""Where a label may go from its point, in the order tried: west first, over the Atlantic."""
_DISTANCES = (14, 30, 50, 75)
"""How far (points) a label may go from its point, nearest first."""


@functools.cache
def outline() -> dict[str, Any]:
    """The shipped land outline: ``land`` rings to fill, ``coast`` lines, and its ``source``."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "maps", "land.json")
    with open(path, encoding="utf-8") as file:
        return cast(dict[str, Any], json.load(file))


def draw(
    dataset: Dataset, ax: Axes, lang: Language, frame: tuple[float, float, float, float]
) -> None:
    """Draw the map of ``dataset``'s facilities into ``ax``, labelled in ``lang``."""
    said = words(lang)
    _land(ax, frame)
    located = [place for place in dataset.places if _within(place, frame)]
    at: dict[str, list[str]] = {}
    unplaced = []
    for facility in dataset.facilities:
        place = dataset.get(facility.place, Place) if facility.place else None
        if place is None or not _within(place, frame):
            unplaced.append(label(facility, lang))
        else:
            at.setdefault(place.id, []).append(label(facility, lang))
    for place in located:
        _marker(ax, place)
    _legend(ax, located, said, rtl=lang == "ar")
    _caption(ax, unplaced, lang)
    ax.set_title(said["map.title"], **font(said["map.title"]))
    figure: Any = ax.get_figure(root=True)
    figure.draw_without_rendering()  # the layout settles before labels are fitted into it
    placed: list[Bbox] = []
    for place in sorted(located, key=lambda place: (-len(at.get(place.id, ())), place.id)):
        placed.append(_place_label(ax, place, at.get(place.id, []), lang, located, placed))


def _within(place: Place, frame: tuple[float, float, float, float]) -> bool:
    """Whether ``place`` has coordinates, and they lie in the frame the map shows."""
    if place.coordinates is None:
        return False
    west, east, south, north = frame
    where = place.coordinates
    return west <= where.longitude <= east and south <= where.latitude <= north


def _land(ax: Axes, frame: tuple[float, float, float, float]) -> None:
    """Sea, land and coastline, in degrees with the shape they have at Morocco's latitude."""
    from matplotlib.collections import LineCollection, PolyCollection

    shapes = outline()
    rings = [list(zip(ring[0::2], ring[1::2], strict=True)) for ring in shapes["land"]]
    coast = [list(zip(line[0::2], line[1::2], strict=True)) for line in shapes["coast"]]
    ax.add_collection(
        PolyCollection(rings, facecolors=LAND, edgecolors="none", zorder=0, gid="land")
    )
    ax.add_collection(LineCollection(coast, colors=COAST, linewidths=0.7, zorder=1, gid="coast"))
    west, east, south, north = frame
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.set_facecolor(SEA)
    ax.set_xticks([])
    ax.set_yticks([])


def _marker(ax: Axes, place: Place) -> None:
    """A dot for a city, a ring for a region (drawn at its representative point)."""
    assert place.coordinates is not None
    x, y = place.coordinates.longitude, place.coordinates.latitude
    if place.kind is PlaceKind.REGION:
        ax.scatter(
            [x],
            [y],
            s=260,
            facecolors="none",
            edgecolors=REGION,
            linewidths=2,
            zorder=3,
            gid=place.id,
        )
    else:
        ax.scatter([x], [y], s=36, color=CITY, edgecolors="white", zorder=4, gid=place.id)


def _legend(ax: Axes, located: list[Place], said: dict[str, str], rtl: bool) -> None:
    """What a dot and a ring are, for the kinds of place on the map."""
    from matplotlib.lines import Line2D

    kinds = {place.kind is PlaceKind.REGION for place in located}
    handles = []
    if False in kinds:
        handles.append(Line2D([], [], marker="o", color=CITY, lw=0, label=said["map.city"]))
    if True in kinds:
        ring = Line2D([], [], marker="o", ms=12, mfc="none", mec=REGION, mew=2, lw=0)
        ring.set_label(said["map.region"])
        handles.append(ring)
    if handles:
        legend = ax.legend(
            handles=handles, loc="lower left", fontsize=8, framealpha=0.9, markerfirst=not rtl
        )
        for text in legend.get_texts():
            text.set(**font(text.get_text()))


def _caption(ax: Axes, unplaced: list[str], lang: Language) -> None:
    """Where the map's data come from, and the facilities it can't place, by name."""
    said = words(lang)
    lines = [said["map.source"]]
    if unplaced:
        lines += [said["map.unplaced"], *("• " + name for name in unplaced)]
    note_below(ax, lines, rtl=lang == "ar", below=6, gid="caption")


def _place_label(
    ax: Axes,
    place: Place,
    facilities: list[str],
    lang: Language,
    located: list[Place],
    placed: list[Bbox],
) -> Bbox:
    """Label a place at the nearest spot inside the axes that covers no label and no point.

    Returns the box the label covers, in display coordinates.
    """
    from matplotlib.transforms import Bbox

    figure: Any = ax.get_figure(root=True)
    renderer = figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    points = []
    for other in located:
        assert other.coordinates is not None
        x, y = ax.transData.transform((other.coordinates.longitude, other.coordinates.latitude))
        r = 14 if other.kind is PlaceKind.REGION else 7
        points.append(Bbox.from_extents(x - r, y - r, x + r, y + r))
    box = None
    for distance in _DISTANCES:
        for direction in _DIRECTIONS:
            if box is not None:
                box.remove()
            box = _callout(ax, place, facilities, lang, direction, distance)
            box.update_positions(renderer)
            extent = box.patch.get_window_extent(renderer)
            inside = frame.contains(extent.x0, extent.y0) and frame.contains(extent.x1, extent.y1)
            if inside and not any(extent.overlaps(other) for other in placed + points):
                return extent
    return extent


def _callout(
    ax: Axes,
    place: Place,
    facilities: list[str],
    lang: Language,
    direction: tuple[int, int],
    distance: float,
) -> AnnotationBbox:
    """A place's name in bold over its facilities, in a box ``distance`` points from its point."""
    from matplotlib.offsetbox import AnnotationBbox, TextArea, VPacker

    assert place.coordinates is not None
    name = label(place, lang)
    rows: list[Artist] = [
        TextArea(name, textprops={"fontsize": 10, "weight": "bold", **font(name)})
    ]
    for facility in facilities:
        text = "• " + facility
        rows.append(TextArea(text, textprops={"fontsize": 8.5, **font(text)}))
    dx, dy = direction
    box = AnnotationBbox(
        VPacker(children=rows, align="right" if lang == "ar" else "left", pad=0, sep=2),
        (place.coordinates.longitude, place.coordinates.latitude),
        xybox=(dx * distance, dy * distance),
        boxcoords="offset points",
        box_alignment=((1 - dx) / 2, (1 - dy) / 2),
        bboxprops={
            "boxstyle": "round,pad=0.35",
            "facecolor": "white",
            "edgecolor": "0.6",
            "alpha": 0.92,
        },
        arrowprops={
            "arrowstyle": "-",
            "color": "0.35",
            "linewidth": 0.8,
            "shrinkA": 0,
            "shrinkB": 5,
        },
        zorder=5,
        gid=f"label:{place.id}",
    )
    box.set_in_layout(False)
    ax.add_artist(box)
    return box
