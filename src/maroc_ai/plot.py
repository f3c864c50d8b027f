"""Figures of a dataset with matplotlib: ``ds.plot.timeline()``, ``.network()``, ``.map()``.

matplotlib is an optional dependency (``pip install "maroc-ai[plot]"``), imported only
when a figure is drawn. Each method returns the :class:`matplotlib.figure.Figure` it
drew on (pass ``ax=`` to draw into axes of your own) and shows nothing by itself.

Labels are the records' English (or French) names: matplotlib does not join Arabic
letters or set them right to left, so Arabic names would come out unreadable.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._filters import interval
from ._network import network
from .dataset import Dataset
from .model import Event, Partnership, Target

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["Plots"]

MOROCCO_FRAME = (-17.5, -0.5, 20.5, 36.5)
"""The longitudes and latitudes the map shows: west, east, south, north."""

_LANES = (
    ("Agreements", Partnership, "tab:blue"),
    ("Events", Event, "tab:orange"),
    ("Target horizons", Target, "tab:green"),
)
_KIND_COLOURS = {
    "organizations": "tab:blue",
    "officials": "tab:red",
    "partnerships": "tab:green",
    "events": "tab:orange",
}


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError('figures need matplotlib: pip install "maroc-ai[plot]"') from None
    return plt


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    _, ax = _pyplot().subplots(figsize=size, layout="constrained")
    return ax


def _label(record: Any) -> str:
    if isinstance(record, Target):
        return f"{record.metric}: {record.quantity}"
    return str(record.name.label)


class Plots:
    """The figures of one dataset: ``ds.plot``."""

    __slots__ = ("_dataset",)

    def __init__(self, dataset: Dataset) -> None:
        self._dataset = dataset

    def timeline(self, ax: Axes | None = None) -> Figure:
        """Agreements, events and target horizons on one time axis, each labelled.

        A record is drawn over the days its date stands for: a day as a point, a month
        or a target's horizon year as a bar. Records whose date the sources don't give
        (or give only as a weekday) are listed under the axis as not placed.
        """
        ax = _axes(ax, (11, 6))
        timeline = self._dataset.timeline()
        _pyplot()
        dates: Any = importlib.import_module("matplotlib.dates")

        for lane, (_, kind, colour) in enumerate(_LANES):
            records = [record for record in timeline if isinstance(record, kind)]
            for index, record in enumerate(records):
                span = interval(record)
                assert span is not None
                start, end = (float(dates.date2num(day)) for day in span)
                y = lane + 0.25 * (index % 3) - 0.25
                if start == end:
                    ax.plot([start], [y], "o", color=colour)
                else:
                    ax.plot([start, end + 1], [y, y], "-", color=colour, lw=6)
                ax.annotate(
                    _label(record),
                    (start, y),
                    xytext=(4, 6),
                    textcoords="offset points",
                    fontsize=8,
                )
        ax.set_yticks(range(len(_LANES)), [title for title, _, _ in _LANES])
        ax.set_ylim(-0.8, len(_LANES) - 0.2)
        ax.invert_yaxis()
        ax.set_title("Morocco's AI build-out in time")
        ax.grid(axis="x", alpha=0.3)
        undated = [
            record.id
            for record in timeline.undated
            if isinstance(record, (Partnership, Event, Target))
        ]
        if undated:
            ax.set_xlabel(
                "Not placed, their date not given: " + ", ".join(undated), fontsize=8, wrap=True
            )
        return ax.figure  # type: ignore[return-value]

    def network(self, ax: Axes | None = None) -> Figure:
        """Organizations and officials linked to the partnerships and events they signed or attended.

        Organizations stand on the left, partnerships and events in the middle,
        officials on the right; an edge is a party or organizer (solid) or an
        official's part, labelled with their role (dashed).
        """
        ax = _axes(ax, (12, 10))
        graph = network(self._dataset)
        columns = {"organizations": 0.0, "partnerships": 1.0, "events": 1.0, "officials": 2.0}
        groups: dict[float, list[Any]] = {}
        for node in graph.nodes:
            groups.setdefault(columns[node.kind], []).append(node)
        where: dict[str, tuple[float, float]] = {}
        for x, nodes in groups.items():
            for index, node in enumerate(nodes):
                where[node.id] = (x, 1 - (index + 0.5) / len(nodes))
        for edge in graph.edges:
            (x1, y1), (x2, y2) = where[edge.source], where[edge.target]
            personal = edge.relation not in ("party", "organizer")
            ax.plot([x1, x2], [y1, y2], "--" if personal else "-", color="grey", lw=0.8, zorder=1)
            if personal:
                ax.annotate(edge.relation, ((x1 + x2) / 2, (y1 + y2) / 2), fontsize=6, color="grey")
        for node in graph.nodes:
            x, y = where[node.id]
            ax.scatter([x], [y], s=60, color=_KIND_COLOURS[node.kind], zorder=2, label=node.kind)
            align = {0.0: "right", 1.0: "center", 2.0: "left"}[columns[node.kind]]
            offset = {"right": -0.04, "center": 0.0, "left": 0.04}[align]
            ax.text(
                x + offset,
                y + (0.012 if align == "center" else 0),
                node.label,
                fontsize=7,
                ha=align,
                va="bottom" if align == "center" else "center",
            )
        handles, labels = ax.get_legend_handles_labels()
        unique = dict(zip(labels, handles, strict=True))
        ax.legend(unique.values(), unique.keys(), loc="lower center", ncol=4, fontsize=8)
        ax.set_xlim(-1.2, 3.2)
        ax.set_ylim(-0.08, 1.02)
        ax.set_axis_off()
        ax.set_title("Who signed or attended what")
        return ax.figure  # type: ignore[return-value]

    def map(self, ax: Axes | None = None) -> Figure:
        """Places and the facilities at them, by longitude and latitude.

        Coordinates are those recorded for each place (from the GeoNames gazetteer). No
        coastline or border is drawn: the frame is a plain longitude/latitude grid over
        Morocco, so the figure needs no map data. Facilities whose place has no
        coordinates, or that have no place, are listed under the map as not placed.
        """
        ax = _axes(ax, (8, 8))
        places = {place.id: place for place in self._dataset.places}
        at: dict[str, list[str]] = {}
        unplaced = []
        for facility in self._dataset.facilities:
            place = places.get(facility.place) if facility.place else None
            if place is None or place.coordinates is None:
                unplaced.append(facility.id)
            else:
                at.setdefault(place.id, []).append(facility.name.label)
        located = [place for place in places.values() if place.coordinates is not None]
        for place in located:
            assert place.coordinates is not None
            x, y = place.coordinates.longitude, place.coordinates.latitude
            # A label goes left of its point when a near neighbour lies to the east.
            left = any(
                other.coordinates is not None
                and 0 < other.coordinates.longitude - x < 1.5
                and abs(other.coordinates.latitude - y) < 1.5
                for other in located
            )
            dx, align = (-6, "right") if left else (6, "left")
            ax.scatter([x], [y], s=40, color="tab:red", zorder=2)
            ax.annotate(
                place.name.label,
                (x, y),
                xytext=(dx, 4),
                textcoords="offset points",
                fontsize=10,
                weight="bold",
                ha=align,
            )
            for index, name in enumerate(at.get(place.id, ())):
                ax.annotate(
                    f"• {name}",
                    (x, y),
                    xytext=(dx, -10 - 11 * index),
                    textcoords="offset points",
                    fontsize=8,
                    ha=align,
                )
        west, east, south, north = MOROCCO_FRAME
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_aspect("equal")
        ax.grid(alpha=0.3)
        ax.set_xlabel("longitude (°E)")
        ax.set_ylabel("latitude (°N)")
        ax.set_title("Facilities and places (coordinates from GeoNames; no coastline drawn)")
        if unplaced:
            ax.text(
                0.01,
                0.01,
                "Not placed: " + ", ".join(unplaced),
                transform=ax.transAxes,
                fontsize=8,
                va="bottom",
            )
        return ax.figure  # type: ignore[return-value]


setattr(Dataset, "plot", property(Plots, doc=Plots.__doc__))  # noqa: B010 - typed in Dataset
