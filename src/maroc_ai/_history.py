"""The dataset as it was known on a date: [`maroc_ai.Dataset.as_of`][maroc_ai.dataset.Dataset.as_of].

What was known on a day is what the sources published by then say. A record keeps
only the citations of those sources, and with them only the facts they support: a
fact no remaining citation names goes back to "not stated", a verbatim text no
remaining quote holds is dropped, a name no remaining quote writes is dropped. A
record left with no citation, or with a required fact unsupported, is not known yet;
references to records not known yet are dropped. The result is itself a valid dataset.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._fields import FieldInfo, fields_of, names_in, supporting
from ._filters import as_interval
from .model import COLLECTIONS, Source
from .values import Citation, Names, PartialDate

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["as_of", "published_by"]


def published_by(sources: Iterable[Source], date: PartialDate | dt.date | str | int) -> set[str]:
    """The ids of the sources certainly published on or before the last day of ``date``."""
    last = as_interval(date)[1]
    return {
        source.id
        for source in sources
        if source.published is not None
        and source.published.end is not None
        and source.published.end <= last
    }


def as_of(
    records: Mapping[str, Iterable[Any]],
    texts: Mapping[str, str],
    date: PartialDate | dt.date | str | int,
) -> tuple[dict[str, tuple[Any, ...]], dict[str, str]]:
    """The records (by collection) and texts known from the sources published by ``date``."""
    known = published_by(records["sources"], date)
    while True:  # a source whose own facts are cited from a later one is not known yet
        collections = _restricted(records, known)
        kept = {source.id for source in collections["sources"]}
        if kept == known:
            break
        known = kept
    while True:
        ids = {record.id for records in collections.values() for record in records}
        pruned = {
            name: [kept for kept in (_prune(record, ids) for record in records) if kept is not None]
            for name, records in collections.items()
        }
        if pruned == collections:
            break
        collections = pruned
    known_texts = {source: text for source, text in texts.items() if source in known}
    return {name: tuple(records) for name, records in collections.items()}, known_texts


def _restricted(records_by_name: Mapping[str, Iterable[Any]], known: set[str]) -> dict[str, Any]:
    collections: dict[str, Any] = {}
    for name in COLLECTIONS:
        records = records_by_name[name]
        if name == "sources":
            records = [source for source in records if source.id in known]
        restricted = (_restrict(record, known, nested=False) for record in records)
        collections[name] = [record for record in restricted if record is not None]
    return collections


def _restrict(obj: Any, known: set[str], *, nested: bool) -> Any:
    citations = tuple(c for c in obj.citations if c.source in known)
    if not citations:
        return None
    changes: dict[str, Any] = {"citations": citations}
    for info in fields_of(type(obj)):
        value = getattr(obj, info.name)
        if info.nested:
            items = (_restrict(item, known, nested=True) for item in value)
            changes[info.name] = tuple(item for item in items if item is not None)
        elif isinstance(value, Names):
            names = _names(value, citations)
            if names is None and not info.optional:
                return None
            changes[info.name] = names
        elif info.cited and value is not None and value != ():
            kept = _supported(info, value, supporting(citations, info.name, nested=nested))
            if kept is attrs.NOTHING:
                return None
            changes[info.name] = kept
    forms: tuple[str, ...] = getattr(type(obj), "REQUIRE_ONE_OF", ())
    if forms and all(changes.get(form, getattr(obj, form)) is None for form in forms):
        return None  # no name or label left to know it by
    return attrs.evolve(obj, **changes)


def _supported(field: FieldInfo, value: Any, backing: tuple[Citation, ...]) -> Any:
    """What of ``value`` the backing citations still support; ``NOTHING`` if it can't be unset."""
    if backing and field.verbatim:

        def quoted(text: str) -> bool:
            return any(text in c.quote for c in backing)

        if isinstance(value, tuple):
            return tuple(text for text in value if quoted(text))
        if not quoted(value):
            backing = ()
    if backing:
        return value
    if field.default is attrs.NOTHING or (field.default is not None and field.default != ()):
        return attrs.NOTHING
    return field.default


def _names(names: Names, citations: tuple[Citation, ...]) -> Names | None:
    def quoted(text: str) -> bool:
        return any(names_in(text, citation.quote) for citation in citations)

    ar = names.ar if names.ar is not None and quoted(names.ar) else None
    if ar is None and names.en is None and names.fr is None:
        return None
    aliases = tuple(alias for alias in names.aliases if quoted(alias))
    return attrs.evolve(names, ar=ar, aliases=aliases)


def _prune(obj: Any, ids: set[str]) -> Any:
    changes: dict[str, Any] = {}
    for info in fields_of(type(obj)):
        value = getattr(obj, info.name)
        if info.nested:
            items = tuple(
                kept for kept in (_prune(item, ids) for item in value) if kept is not None
            )
            if items != value:
                changes[info.name] = items
        elif info.refers_to:
            if isinstance(value, tuple):
                kept = tuple(id for id in value if id in ids)
                if not kept and value and info.required:
                    return None  # it refers to nothing known yet
                if kept != value:
                    changes[info.name] = kept
            elif value is not None and value not in ids:
                if info.required:
                    return None
                changes[info.name] = None
    return attrs.evolve(obj, **changes) if changes else obj
