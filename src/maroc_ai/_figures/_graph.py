"""The network figure: who (organizations, their officials under them) took what part in what.

Two columns, laid out as `_graph_layout` says: organizations with their officials, and
agreements and events across from them (mirrored for Arabic). An edge's colour and line
say the part taken. The x range is fitted to the labels so none is cut.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from .._network import Edge
from ._fonts import font
from ._graph_layout import NODES, RELATIONS, UNLINKED, WHAT, Layout, columns, curve, layout
from ._words import Language, label, words

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Annotation

    from ..dataset import Dataset

__all__ = ["draw", "size"]


def draw(dataset: Dataset, ax: Axes, lang: Language) -> None:
    """Draw the network of ``dataset`` into ``ax``, labelled in ``lang``."""
    said = words(lang)
    place = layout(dataset)
    rtl = lang == "ar"
    who_x, what_x = columns(rtl=rtl)
    for edge in place.edges:
        _edge(ax, edge, (who_x, place.who[edge.source]), (what_x, place.what[edge.target]))
    labels = []
    for row in place.rows:
        at = (who_x, place.who[row.id])
        labels.append(_node(ax, dataset, row.id, row.kind, at, left=not rtl, lang=lang))
    for top, bottom in place.groups():
        ax.plot(
            [who_x, who_x],
            [top, bottom],
            color="0.88",
            lw=9,
            solid_capstyle="round",
            zorder=0,
            gid="group",
        )
    for hub in place.hubs:
        at = (what_x, place.what[hub])
        labels.append(_node(ax, dataset, hub, place.kinds[hub], at, left=rtl, lang=lang))
    for x, key in ((who_x, "network.who"), (what_x, "network.what")):
        labels.append(_heading(ax, said[key], x, left=x == 0.0))
    ax.set_ylim(place.bottom + 0.8, -1.6)
    ax.set_axis_off()
    ax.set_title(said["network.title"], **font(said["network.title"]))
    _legend(ax, place, said, rtl=rtl)
    _fit(ax, labels)


def size(dataset: Dataset) -> tuple[float, float]:
    """The figure size (inches) that gives each row of ``dataset``'s network room for its label."""
    rows = layout(dataset).bottom + 2.4
    return 13.0, max(6.0, 1.6 + 0.28 * rows)


def _edge(ax: Axes, edge: Edge, start: tuple[float, float], end: tuple[float, float]) -> None:
    """A smooth curve from an organization or official to what they took part in."""
    colour, style, width = RELATIONS.get(edge.relation, ("#808080", "-", 1.0))
    xs, ys = curve(start, end)
    ax.plot(
        xs,
        ys,
        color=colour,
        ls=style,
        lw=width,
        alpha=0.85,
        zorder=1,
        gid=f"{edge.source}->{edge.target}",
    )


def _node(
    ax: Axes,
    dataset: Dataset,
    id: str,
    kind: str,
    at: tuple[float, float],
    *,
    left: bool,
    lang: Language,
) -> Annotation:
    """A node's marker, and its name beside it on the outer side (``left`` or right) of its column."""
    marker, colour = NODES.get(kind, UNLINKED)
    hollow = kind == "unlinked"
    ax.scatter(
        [at[0]],
        [at[1]],
        marker=marker,
        s=55,
        facecolors="white" if hollow else colour,
        edgecolors=colour,
        zorder=3,
        gid=id,
    )
    text = label(dataset.get(id), lang)
    if kind in WHAT:
        text = "\n".join(textwrap.wrap(text, 42))
    return ax.annotate(
        text,
        at,
        xytext=(-9 if left else 9, 0),
        textcoords="offset points",
        ha="right" if left else "left",
        va="center",
        fontsize=9,
        weight="bold" if kind in ("organizations", "unlinked") else "normal",
        color="0.45" if hollow else "black",
        gid=f"label:{id}",
        annotation_clip=False,
        **font(text),
    )


def _heading(ax: Axes, text: str, x: float, *, left: bool) -> Annotation:
    """A column's heading, above it, on the side its labels are."""
    return ax.annotate(
        text,
        (x, -1.2),
        xytext=(-9 if left else 9, 0),
        textcoords="offset points",
        ha="right" if left else "left",
        va="center",
        fontsize=10.5,
        style="italic",
        color="0.3",
        annotation_clip=False,
        **font(text),
    )


def _legend(ax: Axes, place: Layout, said: dict[str, str], *, rtl: bool) -> None:
    """What each marker and each line stands for, for those in the figure."""
    from matplotlib.lines import Line2D

    handles = []
    for kind in NODES:
        if kind in place.kinds.values():
            marker, colour = NODES[kind]
            handles.append(
                Line2D([], [], marker=marker, color=colour, lw=0, label=said[f"network.{kind}"])
            )
    for relation in place.relations():
        colour, style, width = RELATIONS[relation]
        handles.append(
            Line2D([], [], color=colour, ls=style, lw=width, label=said[f"network.{relation}"])
        )
    legend = ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=6,
        frameon=False,
        fontsize=9,
        markerfirst=not rtl,
    )
    for text in legend.get_texts():
        text.set(**font(text.get_text()))


def _fit(ax: Axes, labels: list[Annotation]) -> None:
    """Widen the x range so that every label lies inside the axes, none cut at an edge."""
    figure: Any = ax.get_figure(root=True)
    for text in labels:
        text.set_in_layout(False)  # they are fitted into the axes, not the axes around them
    figure.draw_without_rendering()
    renderer = figure.canvas.get_renderer()
    box = ax.get_window_extent(renderer)
    to_px = ax.transData
    left = right = 0.0
    for text in labels:
        extent = text.get_window_extent(renderer)
        anchor = to_px.transform(text.xy)[0]
        if anchor - extent.x0 > 1:
            left = max(left, anchor - extent.x0)
        if extent.x1 - anchor > 1:
            right = max(right, extent.x1 - anchor)
    scale = max(box.width - left - right - 24, box.width * 0.2)
    ax.set_xlim(-(left + 12) / scale, 1 + (right + 12) / scale)
