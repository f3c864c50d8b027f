"""The dataset as flat tables: one per collection, and three for what records nest.

Each collection gives a table of its records, one row per record with its ``id``:

* a name gives ``name_ar``, ``name_en``, ``name_fr`` and ``name_aliases``; a quantity
  ``<field>_value``, ``<field>_unit`` and ``<field>_qualifier``; coordinates
  ``<field>_latitude``, ``<field>_longitude`` and ``<field>_geonames``;
* a date stays the ISO 8601 string of its precision (``2025``, ``2025-09``,
  ``2025-09-12``, ``-W-1`` for a bare weekday); an enum its value;
* a list of ids or words is a JSON array in one cell (Table Schema's ``array``).

What records nest goes in tables of its own, linked by ids: ``posts`` (an official's
posts), ``participations`` (who took part in a partnership or an event) and
``citations`` (every citation of every record, post and participation, with the
``part`` of the record it belongs to: empty for the record itself, ``posts/0`` …).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from .._fields import FieldInfo, fields_of
from .._links import nested_of
from ..dataset import Dataset
from ..model import COLLECTIONS, Participation, Post
from ..values import Citation, Coordinates, Names, PartialDate, Quantity

__all__ = ["Column", "Table", "tables"]


@attrs.frozen
class Column:
    """A column: its name, Table Schema type, whether every row has it, and how to read it."""

    name: str
    type: str
    required: bool
    get: Callable[[Any], Any]
    description: str = ""
    values: tuple[str, ...] = ()
    """The values an enum column allows."""
    refers_to: str | None = None
    """The one collection whose ids the column holds, if it holds ids of one collection."""


@attrs.frozen
class Table:
    """A named table: columns, and the rows as tuples of cell values (``None`` when empty)."""

    name: str
    description: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    primary_key: tuple[str, ...]

    def cells(self) -> Iterator[list[str]]:
        """Each row as CSV cells: text as is, numbers as written, lists as JSON arrays."""
        for row in self.rows:
            yield [_cell(value) for value in row]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return str(value)


def _attr(name: str, then: Callable[[Any], Any] = lambda value: value) -> Callable[[Any], Any]:
    def get(obj: Any) -> Any:
        value = getattr(obj, name)
        return None if value is None else then(value)

    return get


def _scalar_type(field: FieldInfo) -> str:
    if field.base is int:
        return "integer"
    if field.is_number:
        return "number"
    return "string"


def _columns(field: FieldInfo) -> Iterator[Column]:
    name, required = field.name, field.required and not field.optional
    get = _attr(name)
    if field.base is Names:
        yield Column(f"{name}_ar", "string", False, _attr(name, lambda n: n.ar), "Arabic")
        yield Column(f"{name}_en", "string", False, _attr(name, lambda n: n.en), "English")
        yield Column(f"{name}_fr", "string", False, _attr(name, lambda n: n.fr), "French")
        yield Column(
            f"{name}_aliases", "array", False, _attr(name, lambda n: n.aliases), "other forms"
        )
    elif field.base is Quantity:
        yield Column(f"{name}_value", "number", required, _attr(name, lambda q: q.value))
        yield Column(f"{name}_unit", "string", required, _attr(name, lambda q: q.unit))
        yield Column(
            f"{name}_qualifier", "string", required, _attr(name, lambda q: q.qualifier.value)
        )
    elif field.base is Coordinates:
        yield Column(f"{name}_latitude", "number", False, _attr(name, lambda c: c.latitude))
        yield Column(f"{name}_longitude", "number", False, _attr(name, lambda c: c.longitude))
        yield Column(f"{name}_geonames", "integer", False, _attr(name, lambda c: c.geonames))
    elif field.base is PartialDate:
        yield Column(name, "string", required, _attr(name, PartialDate.isoformat), "ISO 8601")
    elif field.is_enum:
        values = tuple(member.value for member in field.base)
        yield Column(name, "string", required, _attr(name, lambda e: e.value), values=values)
    elif field.many:
        yield Column(name, "array", False, get)
    else:
        targets = field.refers_to or ()
        refers_to = targets[0] if len(targets) == 1 else None
        yield Column(name, _scalar_type(field), required, get, refers_to=refers_to)


def _flat_columns(cls: type[Any]) -> tuple[Column, ...]:
    return tuple(
        column
        for field in fields_of(cls)
        if not field.nested and field.base is not Citation
        for column in _columns(field)
    )


def _table(
    name: str,
    description: str,
    lead: tuple[Column, ...],
    cls: type[Any],
    items: Iterable[tuple[tuple[Any, ...], Any]],
    primary_key: tuple[str, ...],
) -> Table:
    columns = lead + _flat_columns(cls)
    rows = tuple(
        (*keys, *(column.get(item) for column in columns[len(lead) :])) for keys, item in items
    )
    return Table(name, description, columns, rows, primary_key)


def _key(name: str, refers_to: str | None = None, type: str = "string") -> Column:
    return Column(name, type, True, lambda _: None, refers_to=refers_to)


def _citations(dataset: Dataset) -> Iterator[tuple[tuple[Any, ...], Citation]]:
    for name, records in dataset.collections().items():
        for record in records:
            parts: list[tuple[str, Any]] = [("", record)]
            positions: dict[str, int] = {}
            for field, part in nested_of(record):
                position = positions[field] = positions.get(field, -1) + 1
                parts.append((f"{field}/{position}", part))
            citations = [(part, c) for part, holder in parts for c in holder.citations]
            for position, (part, citation) in enumerate(citations):
                yield (record.id, position, name, part), citation


def tables(dataset: Dataset) -> tuple[Table, ...]:
    """Every table of ``dataset``: the collections', then posts, participations, citations."""
    result = []
    for name, cls in COLLECTIONS.items():
        records = dataset.collections()[name]
        rows = (((), record) for record in records)
        result.append(_table(name, _doc(cls), (), cls, rows, ("id",)))
    posts = (
        ((official.id, index), post)
        for official in dataset.officials
        for index, post in enumerate(official.posts)
    )
    result.append(
        _table(
            "posts",
            "The posts officials hold, one row per post, in the order of the official's posts.",
            (_key("official", "officials"), _key("position", type="integer")),
            Post,
            posts,
            ("official", "position"),
        )
    )
    participations = (
        ((record.id, name, index), participation)
        for name in ("partnerships", "events")
        for record in dataset.collections()[name]
        for index, participation in enumerate(record.participants)
    )
    result.append(
        _table(
            "participations",
            "Who took part in a partnership or an event, in what role and capacity.",
            (_key("record"), _key("collection"), _key("position", type="integer")),
            Participation,
            participations,
            ("record", "position"),
        )
    )
    citation_keys = (
        _key("record"),
        _key("position", type="integer"),
        _key("collection"),
        Column("part", "string", False, lambda _: None, "empty for the record itself"),
    )
    citations = _table(
        "citations",
        "Every citation: the source, its exact words, and the fields of the record they support.",
        citation_keys,
        Citation,
        _citations(dataset),
        ("record", "position"),
    )
    columns = tuple(
        attrs.evolve(column, refers_to="sources") if column.name == "source" else column
        for column in citations.columns
    )
    result.append(attrs.evolve(citations, columns=columns))
    return tuple(result)


def _doc(cls: type[Any]) -> str:
    """The first line of a class's docstring."""
    return (cls.__doc__ or "").strip().split("\n")[0]
