"""The look-ups behind a dataset's queries: by id, by filter, by name, by reference.

A `Index` is built once per dataset from its records and answers what queries
ask of the dataset as a whole: the record with an id, the records an equality filter
selects (each filter's index is built on first use), the one record a name denotes,
and who refers to whom. Queries hold the index, not the dataset.
"""

from __future__ import annotations

import functools
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar

from ._english import with_article
from ._filters import filters_for
from ._links import Links
from ._search import SearchIndex
from .errors import AmbiguousNameError, UnknownIdError, UnknownNameError
from .model import COLLECTIONS, Decision, Record, Source, Statistic, Target
from .text import name_key

__all__ = ["Index", "close_ids", "collection_name", "record_types"]

R = TypeVar("R")

_NAMES = {cls: name for name, cls in COLLECTIONS.items()}


def collection_name(record_type: type[Any]) -> str:
    """The collection records of ``record_type`` belong to (``Partnership`` → ``"partnerships"``)."""
    try:
        return _NAMES[record_type]
    except (KeyError, TypeError):
        raise TypeError(
            f"{record_type!r} is not a record class such as maroc_ai.Partnership"
        ) from None


def record_types(
    selection: type[Any] | str | Iterable[type[Any] | str] | None,
) -> tuple[type[Any], ...] | None:
    """The record classes a selection names: classes, collection names, or several of them."""
    if selection is None:
        return None
    if isinstance(selection, (type, str)):
        items: tuple[Any, ...] = (selection,)
    elif isinstance(selection, Iterable):
        items = tuple(selection)
    else:
        raise TypeError(
            "record_type is a record class such as maroc_ai.Partnership, a collection name "
            f"such as 'partnerships', or several of them; not {selection!r}"
        )
    found = []
    for item in items:
        if isinstance(item, str):
            if item not in COLLECTIONS:
                raise ValueError(f"no collection {item!r}; collections: {', '.join(COLLECTIONS)}")
            found.append(COLLECTIONS[item])
        else:
            found.append(COLLECTIONS[collection_name(item)])
    return tuple(found)


LONGEST_ID = 200
"""Ids longer than this get no suggestions: comparing them to every id would cost too much."""


def close_ids(id: str, ids: Iterable[str]) -> list[str]:
    """The ids closest to ``id``, for an error message that suggests them."""
    if len(id) > LONGEST_ID:
        return []
    import difflib  # only to suggest ids in an error message

    return difflib.get_close_matches(id, list(ids), n=3, cutoff=0.6)


def names_of(record: Any) -> Iterator[str]:
    """Everything a record is found by: names, label, title and author, metric, id."""
    name = getattr(record, "name", None)
    if name is not None:
        yield from name.all()
    label = getattr(record, "label", None)
    if isinstance(label, str):
        yield label
    if isinstance(record, Source):
        yield from (text for text in (record.title, record.author) if text)
    if isinstance(record, (Target, Statistic)):
        yield record.metric
    yield record.id


def _caller_level() -> int:
    """The stack level of the first caller outside maroc_ai, for a warning to point at it."""
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith("maroc_ai"):
        frame = frame.f_back
        level += 1
    return level


def warn_former(old: str, decision: Decision) -> None:
    """Warn that ``old`` is an id ``decision`` retired, and name the id to use instead."""
    new = decision.affects[0]
    warnings.warn(
        f"{old!r} is a former id of {new!r} (see the decision {decision.id!r}) and will stop "
        f"working in the next release; use {new!r}",
        DeprecationWarning,
        stacklevel=_caller_level(),
    )


class Index:
    """The look-ups of a dataset's records, by collection name."""

    def __init__(self, collections: Mapping[str, tuple[Any, ...]]) -> None:
        self._collections = collections
        self._lookups: dict[tuple[type, str], dict[Any, list[Any]]] = {}

    def records(self) -> Iterator[Record]:
        """Every record, collection by collection."""
        for records in self._collections.values():
            yield from records

    @functools.cached_property
    def by_id(self) -> dict[str, Record]:
        """Every record by its id."""
        return {record.id: record for record in self.records()}

    @functools.cached_property
    def former(self) -> dict[str, Decision]:
        """Each id a decision retired, with that decision; the id finds the record it affects."""
        found: dict[str, Decision] = {}
        for decision in self._collections.get("decisions", ()):
            if len(decision.affects) == 1:
                for old in decision.former_ids:
                    found.setdefault(old, decision)
        return found

    def current(self, id: str) -> str:
        """``id``, or the id of the record a retired ``id`` now finds, with a warning."""
        if id in self.by_id:
            return id
        decision = self.former.get(id)
        if decision is None:
            return id
        warn_former(id, decision)
        return decision.affects[0]

    @functools.cached_property
    def links(self) -> Links:
        """Who refers to whom."""
        return Links(self.records())

    @functools.cached_property
    def search_index(self) -> SearchIndex:
        """Every name of every record, for [`maroc_ai.Dataset.search`][maroc_ai.dataset.Dataset.search]."""
        return SearchIndex((record, name) for record in self.records() for name in names_of(record))

    def get(self, id: str) -> Record:
        """The record with ``id``; an unknown id suggests the closest ones.

        An id a decision retired finds the record it affects, with a
        `DeprecationWarning`.
        """
        try:
            return self.by_id[self.current(id)]
        except KeyError:
            raise UnknownIdError(id, close_ids(id, self.by_id)) from None

    def lookup(self, record_type: type[R], name: str, keys: frozenset[Any]) -> list[R]:
        """The records of ``record_type`` whose keys for the filter ``name`` include one of ``keys``."""
        index = self._lookups.get((record_type, name))
        if index is None:
            spec = filters_for(record_type)[name]
            assert spec.keys is not None
            index = {}
            for record in self._collections[collection_name(record_type)]:
                for key in spec.keys(record, self):
                    found = index.setdefault(key, [])
                    if not found or found[-1] is not record:
                        found.append(record)
            self._lookups[(record_type, name)] = index
        if len(keys) == 1:
            return index.get(next(iter(keys)), [])
        chosen = {record.id: record for key in keys for record in index.get(key, ())}
        return [chosen[id] for id in sorted(chosen)]

    def resolve(self, value: str, collections: tuple[str, ...]) -> str:
        """The id of the one record of ``collections`` that ``value`` is the id or a name of.

        Raises:
            ValueError: when ``value`` is the id of a record of another collection.
            maroc_ai.UnknownNameError: when no record fits.
            maroc_ai.AmbiguousNameError: when several do.

        """
        if not isinstance(value, str):
            raise TypeError(f"a record is given by its id or a name (text), not {value!r}")
        types = tuple(COLLECTIONS[name] for name in collections)
        value = self.current(value)
        record = self.by_id.get(value)
        if record is not None:
            if isinstance(record, types):
                return value
            raise ValueError(
                f"{value!r} is the id of {with_article(type(record).__name__)}; "
                f"give a record of {' or '.join(collections)} here"
            )
        key = name_key(value)
        hits = self.search_index.search_key(key, types, limit=None)
        exact = [hit for hit in hits if hit.score == 1.0]
        words = set(key.split())
        whole = exact or [hit for hit in hits if words <= set(name_key(hit.name).split())]
        if len(whole) == 1:
            return str(whole[0].record.id)
        if whole:
            raise AmbiguousNameError(value, ((hit.record.id, hit.name) for hit in whole))
        raise UnknownNameError(value, collections, [hit.record.id for hit in hits[:3]])
