"""The references between records, walked in both directions.

Records refer to each other by id in the fields marked ``refers_to`` — on the record
itself and on its posts and participations. :class:`Links` reads them once and answers
"which records refer to this one, and through which field".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from .model import REFERS_TO, Participation

__all__ = ["NESTED", "Links", "references", "sources_of"]

NESTED = ("posts", "participants")
"""The fields that hold nested facts (posts, participations), each with citations of its own."""


def _refs_of(obj: Any, prefix: str) -> Iterator[tuple[str, str]]:
    for field in attrs.fields(type(obj)):
        if not field.metadata.get(REFERS_TO):
            continue
        value = getattr(obj, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            if item is not None:
                yield f"{prefix}{field.name}", item


def references(record: Any) -> Iterator[tuple[str, str]]:
    """Each ``(field, id)`` a record refers to, its posts' and participations' included."""
    yield from _refs_of(record, "")
    for name in NESTED:
        for nested in getattr(record, name, ()):
            yield from _refs_of(nested, f"{name}.")


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
    for name in NESTED:
        for nested in getattr(record, name, ()):
            for citation in nested.citations:
                yield citation.source
