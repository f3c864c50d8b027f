"""The network figure: who (organizations, their officials under them) took what part in what.

Two columns: organizations, each with the officials who hold a post there under it, and
agreements and events across from them (mirrored for Arabic). An edge's colour and line
say the part taken. Rows are ordered so that edges cross as little as a few rounds of
the barycentre heuristic manage, and the x range is fitted to the labels so none is cut.
"""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from .._network import Edge, network
from ..model import Official
from ._fonts import font
from ._words import Language, label, words

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Annotation

    from ..dataset import Dataset

__all__ = ["RELATIONS", "draw", "size"]

RELATIONS = {
    "party": ("tab:blue", "-", 1.6),
    "organizer": ("tab:orange", "-", 1.6),
    "signatory": ("tab:green", "-", 2.4),
    "chair": ("tab:red", "-", 2.0),
    "speaker": ("tab:purple", "-.", 1.5),
    "representative": ("tab:brown", "--", 1.5),
    "attendee": ("0.55", ":", 1.4),
}
"""Each part an edge may stand for: its colour, line style and width."""
NODES = {
    "organizations": ("s", "tab:blue"),
    "officials": ("o", "0.3"),
    "partnerships": ("D", "tab:green"),
    "events": ("^", "tab:orange"),
}
"""Each kind of node: its marker and colour."""

_GROUP_GAP = 0.7
_ROUNDS = 4


@attrs.frozen
class _Row:
    """A row of the "who" column: an organization or an official, and the group it heads or is in."""

    id: str
    kind: str
    group: str | None


def draw(dataset: Dataset, ax: Axes, lang: Language) -> None:
    """Draw the network of ``dataset`` into ``ax``, labelled in ``lang``."""
    said = words(lang)
    graph = network(dataset)
    nodes = {node.id: node.kind for node in graph.nodes}
    groups = _groups(dataset, nodes)
    hubs = [node.id for node in graph.nodes if node.kind in ("partnerships", "events")]
    rows, hubs = _order(groups, hubs, nodes, graph.edges)
    who, what = _positions(rows, hubs, nodes)
    rtl = lang == "ar"
    who_x, what_x = (1.0, 0.0) if rtl else (0.0, 1.0)
    for edge in graph.edges:
        _edge(ax, edge, (who_x, who[edge.source]), (what_x, what[edge.target]))
    labels = []
    for row in rows:
        labels.append(
            _node(ax, dataset, row.id, row.kind, (who_x, who[row.id]), left=not rtl, lang=lang)
        )
    for group in sorted({row.group for row in rows if row.group is not None}):
        ys = [who[row.id] for row in rows if row.group == group]
        ax.plot(
            [who_x, who_x],
            [min(ys), max(ys)],
            color="0.88",
            lw=9,
            solid_capstyle="round",
            zorder=0,
            gid="group",
        )
    for hub in hubs:
        labels.append(_node(ax, dataset, hub, nodes[hub], (what_x, what[hub]), left=rtl, lang=lang))
    for x, key in ((who_x, "network.who"), (what_x, "network.what")):
        labels.append(_heading(ax, said[key], x, left=x == 0.0))
    ax.set_ylim(max([0.0, *who.values(), *what.values()]) + 0.8, -1.6)
    ax.set_axis_off()
    ax.set_title(said["network.title"], **font(said["network.title"]))
    _legend(ax, nodes, graph.edges, said, rtl=rtl)
    _fit(ax, labels)


def _groups(dataset: Dataset, nodes: dict[str, str]) -> dict[str | None, list[str]]:
    """The officials of each organization (by their first post), linked organizations first."""
    groups: dict[str | None, list[str]] = {
        id: [] for id, kind in sorted(nodes.items()) if kind == "organizations"
    }
    for id, kind in sorted(nodes.items()):
        if kind == "officials":
            posts = dataset.get(id, Official).posts
            home = next((post.organization for post in posts if post.organization), None)
            groups.setdefault(home, []).append(id)
    return groups


def _order(
    groups: dict[str | None, list[str]],
    hubs: list[str],
    nodes: dict[str, str],
    edges: Iterable[Edge],
) -> tuple[list[_Row], list[str]]:
    """Rows and hubs in an order with few crossings: each by the mean place of its links."""
    links: dict[str, list[str]] = {}
    for edge in edges:
        links.setdefault(edge.source, []).append(edge.target)
        links.setdefault(edge.target, []).append(edge.source)
    rows = _rows(groups, nodes)
    for _ in range(_ROUNDS):
        where = {hub: index for index, hub in enumerate(hubs)}
        members = {group: [row.id for row in rows if row.group == group] for group in groups}
        groups = dict(
            sorted(groups.items(), key=lambda item: _mean(members[item[0]], links, where))
        )
        groups = {
            group: sorted(ids, key=lambda id: _mean([id], links, where))
            for group, ids in groups.items()
        }
        rows = _rows(groups, nodes)
        where = {row.id: index for index, row in enumerate(rows)}
        hubs = sorted(
            hubs, key=lambda hub: (nodes[hub] != "partnerships", _mean([hub], links, where))
        )
    return rows, hubs


def _rows(groups: dict[str | None, list[str]], nodes: dict[str, str]) -> list[_Row]:
    rows = []
    for group, officials in groups.items():
        if group is not None:
            rows.append(_Row(group, "organizations" if group in nodes else "unlinked", group))
        rows += [_Row(id, "officials", group) for id in officials]
    return rows


def _mean(ids: list[str], links: dict[str, list[str]], where: dict[str, int]) -> float:
    """The mean position of what ``ids`` link to; those with no link go last."""
    places = [where[other] for id in ids for other in links.get(id, ()) if other in where]
    return sum(places) / len(places) if places else float("inf")


def _positions(
    rows: list[_Row], hubs: list[str], nodes: dict[str, str]
) -> tuple[dict[str, float], dict[str, float]]:
    """The y of each row (groups a little apart) and of each hub, spread over the same height."""
    who, y, previous = {}, 0.0, rows[0].group if rows else None
    for row in rows:
        if row.group != previous:
            y += _GROUP_GAP
        who[row.id], previous = y, row.group
        y += 1
    slots = [0.0] if hubs else []
    for before, after in itertools.pairwise(hubs):
        slots.append(slots[-1] + 1 + (_GROUP_GAP if nodes[before] != nodes[after] else 0))
    # hubs are spread over the rows' height, never squeezed below a row apart
    scale = max((y - 1) / slots[-1], 1.0) if len(slots) > 1 and slots[-1] else 1.0
    return who, {hub: slot * scale for hub, slot in zip(hubs, slots, strict=True)}


def size(dataset: Dataset) -> tuple[float, float]:
    """The figure size (inches) that gives each row of ``dataset``'s network room for its label."""
    graph = network(dataset)
    nodes = {node.id: node.kind for node in graph.nodes}
    hubs = [node.id for node in graph.nodes if node.kind in ("partnerships", "events")]
    who, what = _positions(_rows(_groups(dataset, nodes), nodes), hubs, nodes)
    rows = max([0.0, *who.values(), *what.values()]) + 2.4
    return 13.0, max(6.0, 1.6 + 0.28 * rows)


def _edge(ax: Axes, edge: Edge, start: tuple[float, float], end: tuple[float, float]) -> None:
    """A smooth curve from an organization or official to what they took part in."""
    colour, style, width = RELATIONS.get(edge.relation, ("0.5", "-", 1.0))
    steps = [index / 40 for index in range(41)]
    xs = [start[0] + (end[0] - start[0]) * t for t in steps]
    ys = [start[1] + (end[1] - start[1]) * t * t * (3 - 2 * t) for t in steps]
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
    marker, colour = NODES.get(kind, ("s", "0.6"))
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
    if kind in ("partnerships", "events"):
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


def _legend(
    ax: Axes, nodes: dict[str, str], edges: Iterable[Edge], said: dict[str, str], *, rtl: bool
) -> None:
    """What each marker and each line stands for, for those in the figure."""
    from matplotlib.lines import Line2D

    handles = []
    for kind in NODES:
        if kind in nodes.values():
            marker, colour = NODES[kind]
            handles.append(
                Line2D([], [], marker=marker, color=colour, lw=0, label=said[f"network.{kind}"])
            )
    present = {edge.relation for edge in edges}
    for relation, (colour, style, width) in RELATIONS.items():
        if relation in present:
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
