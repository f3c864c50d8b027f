"""The checks a dataset must pass beyond its structure.

* Every id is unique across all collections, and every id a record refers to exists
  in a collection the field allows. An id a decision retired (``former_ids``) is used
  by no record and retired once, and the decision affects the one record it now finds.
* Every source has its own text, under a plain file name inside ``texts/``, and the
  text has the SHA-256 the source records, where it records one.
* Every citation names a known source, and its quote stands verbatim in that source's
  text; the fields it names are fields of the record that state facts.
* Every fact a record states (a date, a place, a quantity …) is named by one of its
  citations, and the source's own words a record keeps (names, titles, purposes) stand
  in the quote of such a citation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from ._codegen import Writer
from ._fields import cited_fields, fields_of, names_in, supporting
from ._storage import TEXTS, is_plain_file_name
from .errors import Problem
from .model import Decision, Event, Source, nested_types
from .values import Citation, Names

__all__ = ["QUICK_FROM", "check"]


QUICK_FROM = 64
"""The size from which the loader checks a collection with generated quick checks.

Writing a class's quick check costs about as much as checking fifty of its records
in detail, and the quick check saves about a microsecond a record: on fewer records,
the detailed checks alone are quicker. The problems found are the same either way.
"""


def check(
    collections: Mapping[str, tuple[Any, ...]],
    texts: Mapping[str, str],
    also_known: Iterable[str] = (),
    unreadable: Iterable[str] = (),
    broken: Iterable[str] = (),
    *,
    quick_from: int = 0,
) -> list[Problem]:
    """Every problem of the structured ``collections`` as one list, in file order.

    ``texts`` maps source ids to their texts. ``also_known`` holds ids of records that
    exist but could not be structured, and ``unreadable`` the ids of sources whose text
    could not be read, and ``broken`` the collections whose file could not be read,
    so that what was already reported is not reported again.

    The work is linear in the size of the dataset: the tables every record is checked
    against are built once, and each quote is looked for once in its source's text.
    The records of a collection of at least ``quick_from`` records go through the
    generated quick check of their class first (see `QUICK_FROM`), the others
    straight to the detailed checks, which find the same problems.
    """
    owners: dict[str, str] = {}
    problems: list[Problem] = []
    for name, records in collections.items():
        for record in records:
            record_id = record.id
            if record_id in owners:
                problems.append(
                    Problem(
                        file=f"{name}.json",
                        record=record_id,
                        field="id",
                        message=f"the id is used twice (also in {owners[record_id]}.json); ids must be unique",
                    )
                )
            else:
                owners[record_id] = name
    former = _former_ids(collections.get("decisions", ()), owners, problems)
    unknown = set(also_known) - owners.keys()
    sources = {source.id for source in collections.get("sources", ())}
    problems.extend(_source_texts(collections.get("sources", ()), texts, set(unreadable)))
    checker = _Checker(owners, unknown, sources, texts, set(broken), problems, former)
    for name, records in collections.items():
        file = f"{name}.json"
        quick = len(records) >= quick_from
        for record in records:
            checker.check(file, record, quick=quick)
    return problems


def _former_ids(
    decisions: Iterable[Decision], owners: Mapping[str, str], problems: list[Problem]
) -> dict[str, str]:
    """Each id a decision retired, with the id of the record it now finds; what is wrong, reported."""
    former: dict[str, str] = {}
    retired_by: dict[str, str] = {}
    for decision in decisions:

        def problem(message: str, decision: Decision = decision) -> None:
            problems.append(
                Problem(
                    file="decisions.json", record=decision.id, field="former_ids", message=message
                )
            )

        if decision.former_ids and len(decision.affects) != 1:
            problem(
                "a decision that retires ids affects exactly one record, the one they now find; "
                f"it affects {len(decision.affects)}"
            )
            continue
        for old in decision.former_ids:
            if old in owners:
                problem(f"{old!r} is the id of a record in {owners[old]}.json; it can't be retired")
            elif old in retired_by:
                problem(f"{old!r} is already retired by the decision {retired_by[old]!r}")
            else:
                retired_by[old] = decision.id
                former[old] = decision.affects[0]
    return former


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
        elif source.sha256 is not None and source.id in texts:
            found = Source.fingerprint(texts[source.id])
            if found != source.sha256:
                yield Problem(
                    file="sources.json",
                    record=source.id,
                    field="sha256",
                    message=f"the text {TEXTS}/{source.file} has the SHA-256 {found}, not the "
                    "one recorded: restore the text as it was retrieved, or record the new one",
                )
        files.setdefault(source.file, source.id)


class _Field(NamedTuple):
    """What the checks need to know of one field of a class."""

    name: str
    refers_to: tuple[str, ...] | None
    """The collections its ids belong to, for a reference."""
    nested: bool
    """It holds posts or participations."""
    cited: bool
    verbatim: bool
    names: bool
    """It holds a [`Names`][maroc_ai.values.Names]."""
    many: bool
    """It holds a tuple."""
    base: Any
    """The class it holds (of each item, for a tuple)."""


class _Plan(NamedTuple):
    """The fields of a class the checks look at, in order, and the fields its citations may name."""

    class_name: str
    fields: tuple[_Field, ...]
    allowed: frozenset[str]
    nested: bool
    """Each citation of the object supports all its fields (posts, participations)."""


_plans: dict[type[Any], _Plan] = {}


def _plan(cls: type[Any]) -> _Plan:
    plan = _plans.get(cls)
    if plan is None:
        fields = []
        for info in fields_of(cls):
            checked = _Field(
                name=info.name,
                refers_to=info.refers_to,
                nested=info.nested,
                cited=info.cited,
                verbatim=info.verbatim,
                names=info.base is Names,
                many=info.many,
                base=info.base,
            )
            if checked.refers_to or checked.nested or checked.cited or checked.names:
                fields.append(checked)
        plan = _plans[cls] = _Plan(
            cls.__name__, tuple(fields), cited_fields(cls), cls in nested_types()
        )
    return plan


class _Checker:
    """Checks records against the rest of the dataset, adding what is wrong to ``problems``."""

    def __init__(
        self,
        owners: Mapping[str, str],
        unknown: set[str],
        sources: set[str],
        texts: Mapping[str, str],
        broken: set[str],
        problems: list[Problem],
        former: Mapping[str, str] | None = None,
    ) -> None:
        self.owners = owners
        self.former = former or {}
        self.unknown = unknown
        self.sources = sources
        self.texts = texts
        self.broken = broken
        self.problems = problems
        self.file = ""
        self.record = ""
        self.any_source = "sources" in broken
        """The sources file could not be read: any source a citation names may exist."""
        self.quoted: dict[str, set[str]] = {}
        """The quotes found so far in the text of each source."""
        self.lost: dict[tuple[str, ...], bool] = {}
        """Whether a collection an id may belong to could not be read, by field targets."""

    def problem(self, field: str | None, message: str) -> None:
        self.problems.append(
            Problem(file=self.file, record=self.record, field=field, message=message)
        )

    def check(self, file: str, record: Any, *, quick: bool = True) -> None:
        """Check one record of ``file``: with ``quick``, quickly when it has no problem; else in detail."""
        if quick:
            accept = _accepts.get(type(record)) or _accept(type(record))
            if accept(record, self):
                return
        self.file = file
        self.record = record.id
        self.problems_of(record, "")

    def problems_of(self, obj: Any, path: str) -> None:
        """Check a record, or a post or participation at ``path`` within one."""
        plan = _plans.get(type(obj)) or _plan(type(obj))
        citations: tuple[Citation, ...] = obj.citations
        named: set[str] | None = None  # the fields the citations name
        if citations:
            named = self._citations(plan, citations, path)
        owners = self.owners
        for field in plan.fields:
            name, refers_to, nested, cited, verbatim, names, _, _ = field
            value = getattr(obj, name)
            if value is None or (type(value) is tuple and not value):
                continue  # nothing to refer to, nothing stated
            if refers_to is not None:
                if type(value) is tuple:
                    for ref in value:
                        if owners.get(ref) not in refers_to:
                            self._reference(field, ref, path)
                elif owners.get(value) not in refers_to:
                    self._reference(field, value, path)
            if nested:
                for index, item in enumerate(value):
                    self.problems_of(item, f"{path}{name}[{index}].")
            if cited:
                if not (citations if plan.nested else named and name in named):
                    self.problem(
                        path + name,
                        f"no citation supports this fact; add a citation with {name!r} in its fields",
                    )
                elif verbatim:
                    backing = supporting(citations, name, nested=plan.nested)
                    self._verbatim(name, value, backing, path)
            if names and isinstance(value, Names):
                self._names(value, citations, path + name)
        if type(obj) is Event:
            self._event_dates(obj, path)

    def _citations(self, plan: _Plan, citations: tuple[Citation, ...], path: str) -> set[str]:
        """Check the citations of an object; returns the fields they name."""
        named: set[str] = set()
        texts = self.texts
        quoted = self.quoted
        for index, citation in enumerate(citations):
            source = citation.source
            if source in self.sources or source in self.unknown or self.any_source:
                text = texts.get(source)
                if text is not None:
                    quote = citation.quote
                    found = quoted.get(source)
                    if found is None:
                        found = quoted[source] = set()
                    if quote in found:
                        pass  # looked for, and found, before
                    elif quote in text:
                        found.add(quote)
                    else:
                        self.problem(
                            f"{path}citations[{index}].quote",
                            f"the quote is not in the text of {source!r}; copy it verbatim: "
                            f"{_shorten(quote)!r}",
                        )
            else:
                self.problem(
                    f"{path}citations[{index}].source",
                    f"unknown source {source!r}; add it to sources.json",
                )
            fields = citation.fields
            if fields:
                named.update(fields)
                if not plan.allowed.issuperset(fields):
                    for name in fields:
                        if name not in plan.allowed:
                            self.problem(
                                f"{path}citations[{index}].fields",
                                f"{name!r} is not a cited field of {plan.class_name}; "
                                "expected one of " + ", ".join(sorted(plan.allowed)),
                            )
        return named

    def _reference(self, field: _Field, ref: str, path: str) -> None:
        """Report ``ref`` unless it is known to be in a place it can't be checked against."""
        if ref in self.unknown:
            return
        targets = field.refers_to
        assert targets is not None
        owner = self.owners.get(ref)
        where = path + field.name
        expected = " or ".join(targets)
        if owner is None and ref in self.former:
            self.problem(
                where,
                f"{ref!r} is a former id of {self.former[ref]!r}; refer to {self.former[ref]!r}",
            )
        elif owner is None and not self._lost(targets):
            self.problem(where, f"unknown id {ref!r}: no record in {expected} has it")
        elif owner is not None:
            self.problem(where, f"{ref!r} is in {owner}, but this field takes ids from {expected}")

    def _lost(self, targets: tuple[str, ...]) -> bool:
        lost = self.lost.get(targets)
        if lost is None:
            lost = self.lost[targets] = bool(self.broken.intersection(targets))
        return lost

    def _verbatim(self, name: str, value: Any, supporting: tuple[Citation, ...], path: str) -> None:
        several = type(value) is tuple
        for index, text in enumerate(value if several else (value,)):
            for citation in supporting:
                if text in citation.quote:
                    break
            else:
                suffix = f"[{index}]" if several else ""
                self.problem(
                    path + name + suffix,
                    f"{_shorten(text)!r} is not in the quote of a citation supporting "
                    f"{name!r}; keep the source's own words",
                )

    def _names(self, names: Names, citations: tuple[Citation, ...], where: str) -> None:
        texts = (names.ar, *names.aliases) if names.ar is not None else names.aliases
        offset = 0 if names.ar is not None else 1
        for index, text in enumerate(texts, offset):
            for citation in citations:
                if names_in(text, citation.quote):
                    break
            else:
                field = f"{where}.ar" if index == 0 else f"{where}.aliases[{index - 1}]"
                self.problem(
                    field,
                    f"{text!r} is not in any quote of the record; a source must write the name this way",
                )

    def _event_dates(self, event: Event, path: str) -> None:
        if not _dated_in_order(event):
            self.problem(
                f"{path}end", f"the event ends ({event.end}) before it starts ({event.start})"
            )


# -- the quick way: a function per class that accepts a record with no problem -------
#
# Most records have nothing wrong. For them, a function written from the class's plan
# answers "no problem" with the same checks as Checker.problems_of, inline; at the
# first doubt it answers False, and problems_of looks again, in detail, and reports.


_accepts: dict[type[Any], Callable[[Any, _Checker], bool]] = {}


def _accept(cls: type[Any]) -> Callable[[Any, _Checker], bool]:
    found = _accepts.get(cls)
    if found is None:
        found = _accepts[cls] = _write_accept(cls)
    return found


def _write_accept(cls: type[Any]) -> Callable[[Any, _Checker], bool]:
    plan = _plan(cls)
    w = Writer(cls, "check", {"_names_in": names_in})
    w.line(0, "def accept(obj, checker):")
    w.line(1, "citations = obj.citations")
    w.line(1, "if not citations: return False")
    w.line(1, "quoted = checker.quoted")
    w.line(1, "named = set()")
    w.line(1, "for citation in citations:")
    w.line(2, "source = citation.source")
    w.line(2, "quote = citation.quote")
    w.line(2, "found = quoted.get(source)")
    w.line(2, "if found is None or quote not in found:")
    w.line(3, "text = checker.texts.get(source)")
    w.line(3, "if text is None or source not in checker.sources or quote not in text:")
    w.line(4, "return False")
    w.line(3, "quoted.setdefault(source, set()).add(quote)")
    w.line(2, "fields = citation.fields")
    w.line(2, "if fields:")
    w.line(3, f"if not {w.name(plan.allowed, 'allowed')}.issuperset(fields): return False")
    w.line(3, "named.update(fields)")
    w.line(1, "owner = checker.owners.get")
    for field in plan.fields:
        _field_accept(w, plan, field)
    if cls is Event:
        w.line(1, f"if not {w.name(_dated_in_order, 'in_order')}(obj): return False")
    w.line(1, "return True")
    return w.compile("accept")


def _field_accept(w: Writer, plan: _Plan, field: _Field) -> None:
    w.line(1, f"v = obj.{field.name}")
    w.line(1, "if v:" if field.many else "if v is not None:")
    items = "v" if field.many else "(v,)"
    if field.refers_to is not None:
        targets = w.name(frozenset(field.refers_to), "targets")
        w.line(2, f"for x in {items}:")
        w.line(3, f"if owner(x) not in {targets}: return False")
    if field.nested:
        accept = w.name(_accept(field.base), "accept")
        w.line(2, "for x in v:")
        w.line(3, f"if not {accept}(x, checker): return False")
    if field.cited:
        if not plan.nested:
            w.line(2, f"if {field.name!r} not in named: return False")
        if field.verbatim:
            w.line(2, f"for x in {items}:")
            w.line(3, "for c in citations:")
            if plan.nested:
                w.line(4, "if x in c.quote: break")
            else:
                w.line(4, f"if {field.name!r} in c.fields and x in c.quote: break")
            w.line(3, "else: return False")
    if field.names:
        w.line(2, "first = citations[0].quote")
        w.line(2, "x = v.ar")
        w.line(2, "if x is not None and x not in first:")
        _any_names_in(w, 3)
        w.line(2, "for x in v.aliases:")
        w.line(3, "if x not in first:")
        _any_names_in(w, 4)


def _any_names_in(w: Writer, indent: int) -> None:
    """Code that returns False unless a citation's quote writes the name ``x``."""
    w.line(indent, "for c in citations:")
    w.line(indent + 1, "if _names_in(x, c.quote): break")
    w.line(indent, "else: return False")


def _dated_in_order(event: Event) -> bool:
    """Whether the event's end is not before its start, where both have a calendar date.

    Dates are compared as ``(year, month, day)`` (`PartialDate._first_day`), which
    needs no `datetime`.
    """
    start, end = event.start, event.end
    first = None if start is None else start._first_day()
    last = None if end is None else end._last_day()
    return first is None or last is None or not last < first


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
