"""The network of who signed or attended what: the graph ``ds.plot.network()`` draws.

Nodes are organizations, officials, partnerships and events; an edge links

* an organization to a partnership it is a party to (``party``) or an event it
  organized (``organizer``);
* an official to a partnership or event they took part in, labelled with their role
  (``signatory``, ``chair``, ``attendee`` …).

Only organizations and officials linked to something are nodes.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._labels import label
from .dataset import Dataset

__all__ = ["Edge", "Network", "Node", "network"]


@attrs.frozen
class Node:
    """A record in the network: its id, collection (``organizations`` …), label and Arabic name."""

    id: str
    kind: str
    label: str
    name_ar: str | None


@attrs.frozen
class Edge:
    """An organization or official (``source``) linked to a partnership or event (``target``)."""

    source: str
    target: str
    relation: str


@attrs.frozen
class Network:
    """Nodes and edges, each sorted, edges without repeats."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def _arabic(record: Any) -> str | None:
    names = record.name
    return None if names is None else names.ar


def network(dataset: Dataset) -> Network:
    """The network of ``dataset``'s partnerships and events and who signed or attended them."""
    edges: dict[Edge, None] = {}
    hubs = []
    for name in ("partnerships", "events"):
        for record in dataset.collections()[name]:
            hubs.append((name, record))
            actors = record.parties if name == "partnerships" else record.organizers
            relation = "party" if name == "partnerships" else "organizer"
            for actor in actors:
                edges[Edge(actor, record.id, relation)] = None
            for participation in record.participants:
                edges[Edge(participation.official, record.id, participation.role.value)] = None
    linked = {edge.source for edge in edges}
    nodes = [Node(record.id, name, label(record), _arabic(record)) for name, record in hubs]
    for name in ("organizations", "officials"):
        for record in dataset.collections()[name]:
            if record.id in linked:
                nodes.append(Node(record.id, name, label(record), _arabic(record)))
    return Network(
        tuple(sorted(nodes, key=lambda node: (node.kind, node.id))),
        tuple(sorted(edges, key=lambda edge: (edge.target, edge.source, edge.relation))),
    )
