"""What changed between two datasets, record by record and field by field.

The way a reviewer reads a data release: which records were added, which removed,
and for each record kept, each field whose value changed, with its old and new
value (for a list, the items that left it and those that joined it). Texts of
sources and the release (version, date, licence) are compared too. A record is the
same record when it has the same id in the same collection.

`Diff.apply` makes the changes to the older dataset, which gives the newer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._fields import fields_of
from .model import COLLECTIONS

if TYPE_CHECKING:
    from ._release import Release
    from .dataset import Dataset
    from .model import Record

__all__ = ["Diff", "FieldChange", "RecordChange", "TextChange", "diff"]


@attrs.frozen
class FieldChange:
    """A field of a record whose value changed: from ``old`` to ``new``."""

    field: str
    old: Any
    new: Any

    def removed(self) -> tuple[Any, ...]:
        """For a list, the items in ``old`` that are not in ``new``."""
        return tuple(item for item in self.old if item not in self.new)

    def added(self) -> tuple[Any, ...]:
        """For a list, the items in ``new`` that are not in ``old``."""
        return tuple(item for item in self.new if item not in self.old)


@attrs.frozen
class RecordChange:
    """A record in both datasets whose fields differ: each change in field order."""

    collection: str
    id: str
    fields: tuple[FieldChange, ...]


@attrs.frozen
class TextChange:
    """The text of a source that changed, appeared (``old`` is ``None``) or went away."""

    source: str
    old: str | None
    new: str | None


@attrs.frozen
class Diff:
    """What changed from one dataset (``old``) to another (``new``).

    ``added`` and ``removed`` hold ``(collection, record)`` pairs, ``changed`` one
    [`RecordChange`][maroc_ai._diff.RecordChange] per record whose fields differ, all in collection order, then
    by id. It is false when nothing changed.
    """

    added: tuple[tuple[str, Record], ...] = ()
    removed: tuple[tuple[str, Record], ...] = ()
    changed: tuple[RecordChange, ...] = ()
    texts: tuple[TextChange, ...] = ()
    release: tuple[Release | None, Release | None] | None = None
    """``(old, new)`` when the release differs."""

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.texts or self.release)

    def apply(self, dataset: Dataset) -> Dataset:
        """``dataset`` with these changes made: the newer dataset, applied to the older."""
        collections = {
            name: {record.id: record for record in getattr(dataset, name)} for name in COLLECTIONS
        }
        for name, record in self.removed:
            del collections[name][record.id]
        for name, record in self.added:
            collections[name][record.id] = record
        for change in self.changed:
            record = collections[change.collection][change.id]
            new = {field.field: field.new for field in change.fields}
            collections[change.collection][change.id] = attrs.evolve(record, **new)
        texts = dict(dataset.texts)
        for text in self.texts:
            if text.new is None:
                del texts[text.source]
            else:
                texts[text.source] = text.new
        release = dataset.release if self.release is None else self.release[1]
        records = {name: tuple(found.values()) for name, found in collections.items()}
        return type(dataset)(**records, texts=texts, release=release)

    def summary(self) -> str:
        """One line: how many records were added, removed and changed, and how many texts."""
        parts = [
            f"{len(self.added)} {'record' if len(self.added) == 1 else 'records'} added",
            f"{len(self.removed)} removed",
            f"{len(self.changed)} changed",
        ]
        if self.texts:
            parts.append(f"{len(self.texts)} {'text' if len(self.texts) == 1 else 'texts'} changed")
        return ", ".join(parts)

    def render(self) -> str:
        """The changes as a reviewer reads them, one record after another."""
        return "\n".join(self._lines()) + "\n"

    def _lines(self) -> Iterator[str]:
        if self.release is not None:
            old, new = self.release
            yield f"release: {_release(old)} → {_release(new)}"
        yield self.summary() if self else "no changes"
        if self.added:
            yield ""
            yield "added"
            for name, record in self.added:
                yield f"  + {name}: {record.id}  {_label(record)}"
        if self.removed:
            yield ""
            yield "removed"
            for name, record in self.removed:
                yield f"  - {name}: {record.id}  {_label(record)}"
        if self.changed:
            yield ""
            yield "changed"
            for change in self.changed:
                yield f"  ~ {change.collection}: {change.id}"
                for field in change.fields:
                    yield from _field_lines(field)
        if self.texts:
            yield ""
            yield "texts"
            for text in self.texts:
                yield f"  ~ {text.source}: {_text(text.old)} → {_text(text.new)}"

    def __str__(self) -> str:
        return self.render()

    def to_dict(self) -> dict[str, Any]:
        """The changes as JSON-ready data, values in the form the dataset's files hold them."""
        return {
            "release": None
            if self.release is None
            else [None if r is None else r.to_dict() for r in self.release],
            "added": [{"collection": n, "record": _json(r)} for n, r in self.added],
            "removed": [{"collection": n, "record": _json(r)} for n, r in self.removed],
            "changed": [
                {
                    "collection": change.collection,
                    "id": change.id,
                    "fields": [
                        {"field": f.field, "old": _json(f.old), "new": _json(f.new)}
                        for f in change.fields
                    ],
                }
                for change in self.changed
            ],
            "texts": [{"source": t.source, "old": t.old, "new": t.new} for t in self.texts],
        }


def _json(value: Any) -> Any:
    from ._convert import unstructure

    return unstructure(value)


def _shown(value: Any) -> str:
    return json.dumps(_json(value), ensure_ascii=False)


def _field_lines(field: FieldChange) -> Iterator[str]:
    if isinstance(field.old, tuple) and isinstance(field.new, tuple):
        yield f"      {field.field}:"
        for item in field.removed():
            yield f"        - {_shown(item)}"
        for item in field.added():
            yield f"        + {_shown(item)}"
        if not field.removed() and not field.added():
            yield "        (the same items, in another order)"
    else:
        yield f"      {field.field}: {_shown(field.old)} → {_shown(field.new)}"


def _label(record: Any) -> str:
    name = getattr(record, "name", None)
    if name is not None:
        return str(name.label)
    return str(getattr(record, "label", "") or getattr(record, "metric", ""))


def _text(text: str | None) -> str:
    return "none" if text is None else f"{len(text)} characters"


def _release(release: Release | None) -> str:
    if release is None:
        return "none"
    return f"{release.version} (as of {release.created})"


def _changes(old: Any, new: Any) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(info.name, getattr(old, info.name), getattr(new, info.name))
        for info in fields_of(type(old))
        if getattr(old, info.name) != getattr(new, info.name)
    )


def diff(old: Dataset, new: Dataset) -> Diff:
    """What changed from ``old`` to ``new``: see [`Diff`][maroc_ai.Diff]."""
    added: list[tuple[str, Record]] = []
    removed: list[tuple[str, Record]] = []
    changed: list[RecordChange] = []
    for name in COLLECTIONS:
        before = {record.id: record for record in getattr(old, name)}
        after = {record.id: record for record in getattr(new, name)}
        for id in sorted(before.keys() | after.keys()):
            if id not in after:
                removed.append((name, before[id]))
            elif id not in before:
                added.append((name, after[id]))
            elif before[id] != after[id]:
                changed.append(RecordChange(name, id, _changes(before[id], after[id])))
    texts = [
        TextChange(id, old.texts.get(id), new.texts.get(id))
        for id in sorted(old.texts.keys() | new.texts.keys())
        if old.texts.get(id) != new.texts.get(id)
    ]
    release = None if old.release == new.release else (old.release, new.release)
    return Diff(tuple(added), tuple(removed), tuple(changed), tuple(texts), release)
