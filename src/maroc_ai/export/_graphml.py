"""GraphML of the network [`maroc_ai.plot`][maroc_ai.plot] draws, written with the standard library."""

from __future__ import annotations

from .._network import network
from ..dataset import Dataset

__all__ = ["to_graphml"]

_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = ("kind", "label", "name_ar")


def to_graphml(dataset: Dataset) -> str:
    """The network of partnerships, events and who signed or attended them, as GraphML.

    An undirected graph; nodes have the record id as id and ``kind`` (the collection),
    ``label`` and ``name_ar`` attributes; edges a ``relation`` (``party``,
    ``organizer`` or the official's role).
    """
    from xml.etree import ElementTree as ET  # only when an export is written

    graph = network(dataset)
    ET.register_namespace("", _NS)
    root = ET.Element(f"{{{_NS}}}graphml")
    for key in _NODE_KEYS:
        ET.SubElement(
            root,
            f"{{{_NS}}}key",
            {"id": key, "for": "node", "attr.name": key, "attr.type": "string"},
        )
    ET.SubElement(
        root,
        f"{{{_NS}}}key",
        {"id": "relation", "for": "edge", "attr.name": "relation", "attr.type": "string"},
    )
    body = ET.SubElement(root, f"{{{_NS}}}graph", {"id": "maroc-ai", "edgedefault": "undirected"})
    for node in graph.nodes:
        element = ET.SubElement(body, f"{{{_NS}}}node", {"id": node.id})
        for key in _NODE_KEYS:
            value = getattr(node, key)
            if value is not None:
                ET.SubElement(element, f"{{{_NS}}}data", {"key": key}).text = value
    for index, edge in enumerate(graph.edges):
        element = ET.SubElement(
            body,
            f"{{{_NS}}}edge",
            {"id": f"e{index}", "source": edge.source, "target": edge.target},
        )
        ET.SubElement(element, f"{{{_NS}}}data", {"key": "relation"}).text = edge.relation
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
