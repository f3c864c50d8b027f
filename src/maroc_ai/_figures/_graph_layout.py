"""What both drawings of the network share: where each node stands, and how each part looks.

``ds.plot.network()`` (matplotlib) and ``ds.plot.network_figure()`` (plotly) draw the
same picture. Two columns: organizations, each with the officials who hold a post there
under it, and agreements and events across from them (mirrored for Arabic). Rows are
ordered so that edges cross as little as a few rounds of the barycentre heuristic
manage. Nothing here imports a plotting library.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from .._network import Edge, network
from ..model import Official

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["NODES", "RELATIONS", "UNLINKED", "WHAT", "Layout", "Row", "columns", "curve", "layout"]

RELATIONS = {
    "party": ("#1f77b4", "-", 1.6),
    "organizer": ("#ff7f0e", "-", 1.6),
    "signatory": ("#2ca02c", "-", 2.4),
    "chair": ("#d62728", "-", 2.0),
    "speaker": ("#9467bd", "-.", 1.5),
    "representative": ("#8c564b", "--", 1.5),
    "attendee": ("#8c8c8c", ":", 1.4),
}
"""Each part an edge may stand for: its colour, line style (matplotlib's codes) and width."""
NODES = {
    "organizations": ("s", "#1f77b4"),
    "officials": ("o", "#4c4c4c"),
    "partnerships": ("D", "#2ca02c"),
    "events": ("^", "#ff7f0e"),
}
"""Each kind of node: its marker (matplotlib's code) and colour."""
UNLINKED = ("s", "#999999")
"""An official's organization that is not itself a party: a hollow marker in this colour."""
WHAT = ("partnerships", "events")
"""The kinds of node in the "what" column; organizations and officials are the "who"."""

_GROUP_GAP = 0.7
_ROUNDS = 4


@attrs.frozen
class Row:
    """A row of the "who" column: an organization or an official, and the group it heads or is in.

    ``kind`` is ``"unlinked"`` for an official's organization that is not a party itself.
    """

    id: str
    kind: str
    group: str | None


@attrs.frozen
class Layout:
    """Where the network's nodes stand: rows of the "who" column, hubs of the "what" column.

    ``who`` and ``what`` give each node's y (rows one unit apart, downwards); ``kinds``
    each node's collection.
    """

    rows: tuple[Row, ...]
    hubs: tuple[str, ...]
    who: dict[str, float]
    what: dict[str, float]
    kinds: dict[str, str]
    edges: tuple[Edge, ...]

    @property
    def bottom(self) -> float:
        """The y of the lowest node."""
        return max([0.0, *self.who.values(), *self.what.values()])

    def groups(self) -> list[tuple[float, float]]:
        """The top and bottom y of each organization's group, in the order of their ids."""
        spans = []
        for group in sorted({row.group for row in self.rows if row.group is not None}):
            ys = [self.who[row.id] for row in self.rows if row.group == group]
            spans.append((min(ys), max(ys)))
        return spans

    def relations(self) -> list[str]:
        """The parts the edges stand for, in the order of `RELATIONS`."""
        present = {edge.relation for edge in self.edges}
        return [relation for relation in RELATIONS if relation in present]


def layout(dataset: Dataset) -> Layout:
    """The layout of ``dataset``'s network."""
    graph = network(dataset)
    kinds = {node.id: node.kind for node in graph.nodes}
    hubs = [node.id for node in graph.nodes if node.kind in WHAT]
    rows, hubs = _order(_groups(dataset, kinds), hubs, kinds, graph.edges)
    who, what = _positions(rows, hubs, kinds)
    return Layout(tuple(rows), tuple(hubs), who, what, kinds, graph.edges)


def columns(*, rtl: bool) -> tuple[float, float]:
    """The x of the "who" and of the "what" column: who on the left, or on the right for Arabic."""
    return (1.0, 0.0) if rtl else (0.0, 1.0)


def curve(start: tuple[float, float], end: tuple[float, float]) -> tuple[list[float], list[float]]:
    """The points of a smooth curve from ``start`` to ``end``, level at both ends."""
    steps = [index / 40 for index in range(41)]
    xs = [start[0] + (end[0] - start[0]) * t for t in steps]
    ys = [start[1] + (end[1] - start[1]) * t * t * (3 - 2 * t) for t in steps]
    return xs, ys


def _groups(dataset: Dataset, kinds: dict[str, str]) -> dict[str | None, list[str]]:
    """The officials of each organization (by their first post), linked organizations first."""
    groups: dict[str | None, list[str]] = {
        id: [] for id, kind in sorted(kinds.items()) if kind == "organizations"
    }
    for id, kind in sorted(kinds.items()):
        if kind == "officials":
            posts = dataset.get(id, Official).posts
            home = next((post.organization for post in posts if post.organization), None)
            groups.setdefault(home, []).append(id)
    return groups


def _order(
    groups: dict[str | None, list[str]],
    hubs: list[str],
    kinds: dict[str, str],
    edges: Iterable[Edge],
) -> tuple[list[Row], list[str]]:
    """Rows and hubs in an order with few crossings: each by the mean place of its links."""
    links: dict[str, list[str]] = {}
    for edge in edges:
        links.setdefault(edge.source, []).append(edge.target)
        links.setdefault(edge.target, []).append(edge.source)
    rows = _rows(groups, kinds)
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
        rows = _rows(groups, kinds)
        where = {row.id: index for index, row in enumerate(rows)}
        hubs = sorted(
            hubs, key=lambda hub: (kinds[hub] != "partnerships", _mean([hub], links, where))
        )
    return rows, hubs


def _rows(groups: dict[str | None, list[str]], kinds: dict[str, str]) -> list[Row]:
    rows = []
    for group, officials in groups.items():
        if group is not None:
            rows.append(Row(group, "organizations" if group in kinds else "unlinked", group))
        rows += [Row(id, "officials", group) for id in officials]
    return rows


def _mean(ids: list[str], links: dict[str, list[str]], where: dict[str, int]) -> float:
    """The mean position of what ``ids`` link to; those with no link go last."""
    places = [where[other] for id in ids for other in links.get(id, ()) if other in where]
    return sum(places) / len(places) if places else float("inf")


def _positions(
    rows: list[Row], hubs: list[str], kinds: dict[str, str]
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
        slots.append(slots[-1] + 1 + (_GROUP_GAP if kinds[before] != kinds[after] else 0))
    # hubs are spread over the rows' height, never squeezed below a row apart
    scale = max((y - 1) / slots[-1], 1.0) if len(slots) > 1 and slots[-1] else 1.0
    return who, {hub: slot * scale for hub, slot in zip(hubs, slots, strict=True)}
