"""The references between records, walked in both directions.

Records refer to each other by id in their reference fields — on the record itself
and on its posts and participations. `Links` reads them once and answers
"which records refer to this one, and through which field".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ._fields import fields_of
from .model import Participation

__all__ = ["Links", "nested_of", "raw_references", "references", "sources_of"]


def _refs_of(obj: Any, prefix: str) -> Iterator[tuple[str, str]]:
    for info in fields_of(type(obj)):
        if info.refers_to is None:
            continue
        value = getattr(obj, info.name)
        for item in value if info.many else (value,):
            if item is not None:
                yield f"{prefix}{info.name}", item


def nested_of(record: Any) -> Iterator[tuple[str, Any]]:
    """Each ``(field, post or participation)`` of a record."""
    for info in fields_of(type(record)):
        if info.nested:
            for nested in getattr(record, info.name):
                yield info.name, nested


def references(record: Any) -> Iterator[tuple[str, str]]:
    """Each ``(field, id)`` a record refers to, its posts' and participations' included."""
    yield from _refs_of(record, "")
    for name, nested in nested_of(record):
        yield from _refs_of(nested, f"{name}.")


def raw_references(cls: type, raw: Mapping[str, Any]) -> Iterator[str]:
    """Each id a record's JSON form refers to, as ``references`` reads a record.

    For a record not structured yet (a draft's): what is not the shape the model
    says is skipped here and reported by the loader.
    """
    for info in fields_of(cls):
        value = raw.get(info.name)
        if value is None:
            continue
        items = value if info.many and isinstance(value, list) else (value,)
        for item in items:
            if info.refers_to is not None and isinstance(item, str):
                yield item
            elif info.nested and isinstance(item, Mapping):
                yield from raw_references(info.base, item)


class Links:
    """Who refers to whom in a set of records, built once."""

    def __init__(self, records: Iterable[Any]) -> None:
        self.referrers: dict[str, list[tuple[Any, str]]] = {}
        self.participations: dict[str, list[tuple[Any, Participation]]] = {}
        self.cited: dict[str, list[Any]] = {}
        for record in records:
            for field, target in references(record):
                entries = self.referrers.setdefault(target, [])
                if not entries or entries[-1][0] is not record or entries[-1][1] != field:
                    entries.append((record, field))
            for participation in getattr(record, "participants", ()):
                self.participations.setdefault(participation.official, []).append(
                    (record, participation)
                )
            for source in dict.fromkeys(sources_of(record)):
                self.cited.setdefault(source, []).append(record)

    def referring_to(self, id: str, fields: Iterable[str] | None = None) -> list[Any]:
        """The records referring to ``id`` (through one of ``fields`` if given), each once."""
        wanted = None if fields is None else set(fields)
        found = (
            record
            for record, field in self.referrers.get(id, ())
            if wanted is None or field in wanted
        )
        return list({record.id: record for record in found}.values())


def sources_of(record: Any) -> Iterator[str]:
    """The source of each citation of a record, its posts and participations included."""
    for citation in record.citations:
        yield citation.source
    for _, nested in nested_of(record):
        for citation in nested.citations:
            yield citation.source
