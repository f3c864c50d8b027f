"""The checks as maroc_ai._validate made them before they were made linear: the oracle.

tests/test_fast.py checks that maroc_ai._validate.check reports exactly what this did.
The original docstring follows.

The checks a dataset must pass beyond its structure.

* Every id is unique across all collections, and every id a record refers to exists
  in a collection the field allows.
* Every source has its own text, under a plain file name inside ``texts/``.
* Every citation names a known source, and its quote stands verbatim in that source's
  text; the fields it names are fields of the record that state facts.
* Every fact a record states (a date, a place, a quantity …) is named by one of its
  citations, and the source's own words a record keeps (names, titles, purposes) stand
  in the quote of such a citation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from maroc_ai._storage import TEXTS, is_plain_file_name
from maroc_ai.errors import Problem
from maroc_ai.model import CITED, REFERS_TO, VERBATIM, Event, Participation, Post, Source
from maroc_ai.values import Citation, Names

__all__ = ["check"]

_NESTED = (Post, Participation)
"""Nested facts: each of their citations supports all their fields."""

_NESTED_FIELDS = {"posts", "participants"}


def check(
    collections: Mapping[str, tuple[Any, ...]],
    texts: Mapping[str, str],
    also_known: Iterable[str] = (),
    unreadable: Iterable[str] = (),
    broken: Iterable[str] = (),
) -> list[Problem]:
    """Every problem of the structured ``collections`` as one list, in file order.

    ``texts`` maps source ids to their texts. ``also_known`` holds ids of records that
    exist but could not be structured, and ``unreadable`` the ids of sources whose text
    could not be read, and ``broken`` the collections whose file could not be read,
    so that what was already reported is not reported again.
    """
    owners: dict[str, str] = {}
    problems: list[Problem] = []
    for name, records in collections.items():
        for record in records:
            if record.id in owners:
                problems.append(
                    Problem(
                        file=f"{name}.json",
                        record=record.id,
                        field="id",
                        message=f"the id is used twice (also in {owners[record.id]}.json); ids must be unique",
                    )
                )
            owners.setdefault(record.id, name)
    unknown = set(also_known) - owners.keys()
    sources = {source.id for source in collections.get("sources", ())}
    broken_collections = set(broken)
    problems.extend(_source_texts(collections.get("sources", ()), texts, set(unreadable)))
    for name, records in collections.items():
        for record in records:
            context = _Context(
                f"{name}.json", record.id, owners, unknown, sources, texts, broken_collections
            )
            problems.extend(context.problems_of(record))
    return problems


def _source_texts(
    sources: Iterable[Source], texts: Mapping[str, str], unreadable: set[str]
) -> Iterator[Problem]:
    files: dict[str, str] = {}
    for source in sources:

        def problem(message: str, source: Source = source) -> Problem:
            return Problem(file="sources.json", record=source.id, field="file", message=message)

        if not is_plain_file_name(source.file):
            yield problem(f"{source.file!r} must be a plain file name inside {TEXTS}/")
        elif source.file in files:
            yield problem(
                f"{source.file!r} is already the text of {files[source.file]!r}; "
                "each source needs its own text"
            )
        elif source.id not in texts and source.id not in unreadable:
            yield problem(
                f"the text {TEXTS}/{source.file} is missing; put the article's text there"
            )
        files.setdefault(source.file, source.id)


@attrs.define
class _Context:
    """What checking one record needs to know about the rest of the dataset."""

    file: str
    record: str
    owners: Mapping[str, str]
    unknown: set[str]
    sources: set[str]
    texts: Mapping[str, str]
    broken: set[str]

    def problem(self, field: str | None, message: str) -> Problem:
        return Problem(file=self.file, record=self.record, field=field, message=message)

    def problems_of(self, obj: Any, path: str = "") -> Iterator[Problem]:
        """The problems of a record, or of a post or participation at ``path`` within one."""
        citations: tuple[Citation, ...] = obj.citations
        yield from self._citations(obj, citations, path)
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            where = f"{path}{field.name}"
            if REFERS_TO in field.metadata:
                yield from self._references(where, value, field.metadata[REFERS_TO])
            if field.name in _NESTED_FIELDS:
                for index, item in enumerate(value):
                    yield from self.problems_of(item, f"{where}[{index}].")
            if field.metadata.get(CITED) and _is_set(value):
                yield from self._cited(obj, field, value, citations, where)
            if isinstance(value, Names):
                yield from self._names(value, citations, where)
        if isinstance(obj, Event):
            yield from self._event_dates(obj, path)

    def _citations(self, obj: Any, citations: tuple[Citation, ...], path: str) -> Iterator[Problem]:
        allowed = {field.name for field in attrs.fields(type(obj)) if field.metadata.get(CITED)}
        for index, citation in enumerate(citations):
            where = f"{path}citations[{index}]"
            known = (
                citation.source in self.sources
                or citation.source in self.unknown
                or "sources" in self.broken
            )
            if not known:
                yield self.problem(
                    f"{where}.source", f"unknown source {citation.source!r}; add it to sources.json"
                )
            elif (
                citation.source in self.texts and citation.quote not in self.texts[citation.source]
            ):
                yield self.problem(
                    f"{where}.quote",
                    f"the quote is not in the text of {citation.source!r}; copy it verbatim: "
                    f"{_shorten(citation.quote)!r}",
                )
            for name in citation.fields:
                if name not in allowed:
                    yield self.problem(
                        f"{where}.fields",
                        f"{name!r} is not a cited field of {type(obj).__name__}; expected one of "
                        + ", ".join(sorted(allowed)),
                    )

    def _references(self, where: str, value: Any, targets: tuple[str, ...]) -> Iterator[Problem]:
        ids = value if isinstance(value, tuple) else (value,)
        for ref in ids:
            if ref is None or ref in self.unknown:
                continue
            owner = self.owners.get(ref)
            expected = " or ".join(targets)
            if owner is None and not self.broken.intersection(targets):
                yield self.problem(where, f"unknown id {ref!r}: no record in {expected} has it")
            elif owner is not None and owner not in targets:
                yield self.problem(
                    where, f"{ref!r} is in {owner}, but this field takes ids from {expected}"
                )

    def _cited(
        self,
        obj: Any,
        field: attrs.Attribute[Any],
        value: Any,
        citations: tuple[Citation, ...],
        where: str,
    ) -> Iterator[Problem]:
        supporting = (
            citations
            if isinstance(obj, _NESTED)
            else tuple(c for c in citations if field.name in c.fields)
        )
        if not supporting:
            yield self.problem(
                where,
                f"no citation supports this fact; add a citation with {field.name!r} in its fields",
            )
            return
        if field.metadata.get(VERBATIM):
            texts = value if isinstance(value, tuple) else (value,)
            for index, text in enumerate(texts):
                if not any(text in citation.quote for citation in supporting):
                    suffix = f"[{index}]" if isinstance(value, tuple) else ""
                    yield self.problem(
                        where + suffix,
                        f"{_shorten(text)!r} is not in the quote of a citation supporting "
                        f"{field.name!r}; keep the source's own words",
                    )

    def _names(
        self, names: Names, citations: tuple[Citation, ...], where: str
    ) -> Iterator[Problem]:
        quoted = [(f"{where}.ar", names.ar)] if names.ar is not None else []
        quoted += [(f"{where}.aliases[{i}]", alias) for i, alias in enumerate(names.aliases)]
        for field, text in quoted:
            if not any(_names_in(text, citation.quote) for citation in citations):
                yield self.problem(
                    field,
                    f"{text!r} is not in any quote of the record; a source must write the name this way",
                )

    def _event_dates(self, event: Event, path: str) -> Iterator[Problem]:
        start, end = event.start, event.end
        if start is None or end is None or start.start is None or end.end is None:
            return
        if end.end < start.start:
            yield self.problem(f"{path}end", f"the event ends ({end}) before it starts ({start})")


def _names_in(name: str, quote: str) -> bool:
    """Whether ``quote`` writes ``name``, also after the preposition لِـ.

    Arabic fuses لِـ with the article الـ into لـلـ: a source that only ever says
    «المدير العام للوكالة المغربية…» still writes the name «الوكالة المغربية…».
    """
    return name in quote or (name.startswith("ال") and "لل" + name[2:] in quote)


def _is_set(value: Any) -> bool:
    return value is not None and value != ()


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
