"""Queries: immutable, chainable selections of records that read like the question asked.

Every collection of a [`Dataset`][maroc_ai.Dataset] is a [`Query`][maroc_ai.query.Query]::

    ds.partnerships.where(party="Mistral AI")
    ds.targets.where(due_by=2030).sort_by("horizon")
    ds.officials.where(signed_for="ministry-digital-transition").ids()

A query is a sequence: ``len()``, iteration, indexing and ``in`` work as on a tuple,
and a query equals the tuple of its records. Each method returns a new query.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ._arrow import records_table
from ._display import namer_of, query_html, query_text, timeline_html, timeline_text
from ._english import with_article
from ._filters import Filter, filters_for, interval, when
from ._frame import to_pandas
from ._index import Index
from .errors import NotOneError
from .model import COLLECTIONS
from .values import Names, PartialDate, Quantity

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = ["Query", "Timeline", "interval", "when"]

R = TypeVar("R")

_COLLECTION_NAMES = {cls.__name__: name for name, cls in COLLECTIONS.items()}


class Query(Sequence[R], Generic[R]):
    """An immutable, ordered selection of records of a dataset.

    Get one from a dataset (``ds.partnerships``, ``ds.cited_by(source)`` …), never by
    calling the class. Filters given by keyword are combined with *and*; a list, tuple
    or set of values for one keyword matches any of them.
    """

    __slots__ = ("_index", "_kinds", "_records", "_whole")

    def __init__(
        self,
        records: Iterable[R],
        kinds: Iterable[type],
        index: Index,
        *,
        whole: bool = False,
    ) -> None:
        self._records: tuple[R, ...] = tuple(records)
        self._kinds: tuple[type, ...] = tuple(kinds)
        self._index = index
        self._whole = whole

    def _derive(self, records: Iterable[R]) -> Query[R]:
        return Query(records, self._kinds, self._index)

    # -- the sequence -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[R]:
        return iter(self._records)

    @overload
    def __getitem__(self, index: int) -> R: ...

    @overload
    def __getitem__(self, index: slice) -> Query[R]: ...

    def __getitem__(self, index: int | slice) -> R | Query[R]:
        if isinstance(index, slice):
            return self._derive(self._records[index])
        return self._records[index]

    def __contains__(self, item: object) -> bool:
        """Whether a record, or a record with this id, is in the query."""
        if isinstance(item, str):
            return any(getattr(record, "id", None) == item for record in self._records)
        return item in self._records

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Query):
            return self._records == other._records
        if isinstance(other, tuple):
            return self._records == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._records)

    # -- asking -------------------------------------------------------------------

    def where(self, **filters: object) -> Query[R]:
        """The records that match every filter.

        A filter that takes a record (``party``, ``place``, ``signatory`` …) takes its
        id, the record itself, or a name that fits one record only. ``kind`` and
        ``status`` take the enum member or its value (``"memorandum_of_understanding"``).
        ``date`` takes a year, month or day (``2025``, ``"2025-09"``, a
        [`PartialDate`][maroc_ai.PartialDate] or `datetime.date`) and matches records
        whose whole date falls within it; ``since`` and ``until`` bound it. ``None``
        matches records with no value. [`filters`][maroc_ai.query.Query.filters] lists what each kind takes.

        Raises:
            TypeError: for a keyword no record here can be filtered by.
            maroc_ai.UnknownNameError: for a name that fits no record.
            maroc_ai.AmbiguousNameError: for a name that fits several.

        """
        plan = [(name, self._coerce(name, value)) for name, value in filters.items()]
        records: Sequence[R] = self._records
        if self._whole and len(self._kinds) == 1:
            for position, (name, value) in enumerate(plan):
                spec = filters_for(self._kinds[0])[name]
                if spec.keys is not None:
                    records = self._index.lookup(self._kinds[0], name, value)
                    del plan[position]
                    break
        for name, value in plan:
            records = [record for record in records if self._matches(record, name, value)]
        return self._derive(records)

    def filter(self, predicate: Callable[[R], bool]) -> Query[R]:
        """The records for which ``predicate(record)`` is true."""
        return self._derive(record for record in self._records if predicate(record))

    def sort_by(self, key: str | Callable[[R], Any], *, reverse: bool = False) -> Query[R]:
        """The records ordered by a field (``"date"``, ``"quantity.value"``) or a function.

        The sort is stable. Records without a value come last, in either direction.
        Dates sort by the interval they stand for (September 2025 before 12 September
        2025), names by their label, quantities by their value, enums by their value.
        """
        get = _getter(key) if isinstance(key, str) else key
        valued: list[tuple[Any, R]] = []
        missing: list[R] = []
        for record in self._records:
            value = get(record)
            if value is None:
                missing.append(record)
            else:
                valued.append((_sortable(value), record))
        valued.sort(key=lambda item: item[0], reverse=reverse)
        return self._derive([*(record for _, record in valued), *missing])

    def first(self) -> R | None:
        """The first record, or ``None`` for an empty query."""
        return self._records[0] if self._records else None

    def one(self) -> R:
        """The only record.

        Raises:
            maroc_ai.NotOneError: when there are none or several.

        """
        if len(self._records) != 1:
            raise NotOneError(self._what(), self.ids())
        return self._records[0]

    def ids(self) -> tuple[str, ...]:
        """The ids of the records, in order."""
        return tuple(getattr(record, "id", "") for record in self._records)

    def filters(self) -> dict[str, str]:
        """The keyword filters [`where`][maroc_ai.query.Query.where] takes here, with what each matches."""
        found: dict[str, str] = {}
        for kind in self._kinds:
            for name, spec in filters_for(kind).items():
                found.setdefault(name, spec.doc)
        return dict(sorted(found.items()))

    def to_pandas(self) -> pandas.DataFrame:
        """The records as a `pandas.DataFrame`, one row per record (needs pandas).

        Columns are typed: dates are datetimes at the first day they may stand for, with a
        ``<field>_precision`` column; quantities are numbers with ``<field>_unit`` and
        ``<field>_qualifier`` columns; names give ``name_ar``, ``name_en``, ``name_fr``.
        """
        return to_pandas(self._records, self._kinds)

    def to_arrow(self) -> pyarrow.Table:
        """The records as a `pyarrow.Table`, one row per record (needs pyarrow).

        The columns are those of the collection's file in the Parquet export, typed:
        dates are ``date32`` at the first day they may stand for, with
        ``<field>_precision`` and ``<field>_weekday``; quantities are doubles with
        ``<field>_unit`` and ``<field>_qualifier``; lists are lists of strings. A query
        of several kinds of record has a ``type`` column and the columns of each kind.
        Hand it to DuckDB, Polars or pandas (``.to_pandas()``) without a copy.
        """
        return records_table(self._records, self._kinds)

    # -- display ------------------------------------------------------------------

    def __repr__(self) -> str:
        return query_text(self._records, self._noun(), namer_of(self._index.by_id))

    def _repr_html_(self) -> str:
        return query_html(self._records, self._noun(), namer_of(self._index.by_id))

    # -- helpers ------------------------------------------------------------------

    def _noun(self) -> str:
        """What one record is called: ``partnership``, or ``record`` for several kinds."""
        return self._kinds[0].__name__.lower() if len(self._kinds) == 1 else "record"

    def _what(self, plural: bool = False) -> str:
        if len(self._kinds) == 1:
            kind = self._kinds[0].__name__
            return _COLLECTION_NAMES.get(kind, kind) if plural else kind
        return "records" if plural else "record"

    def _spec(self, name: str) -> Filter:
        for kind in self._kinds:
            spec = filters_for(kind).get(name)
            if spec is not None:
                return spec
        known = self.filters()
        import difflib  # only to suggest a name in an error message

        close = difflib.get_close_matches(name, known, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise TypeError(
            f"{self._what(plural=True)} have no filter {name!r}{hint} (filters: {', '.join(known)})"
        )

    def _coerce(self, name: str, value: object) -> Any:
        spec = self._spec(name)
        if spec.keys is None:
            assert spec.coerce is not None
            return spec.coerce(value)
        if isinstance(value, (list, tuple, set, frozenset)):
            return frozenset([self._key(spec, item) for item in value])
        return frozenset((self._key(spec, value),))

    def _key(self, spec: Filter, item: object) -> object:
        if item is None:
            return None
        if spec.refers_to or spec.name == "id":
            record_id = getattr(item, "id", item)
            if not isinstance(record_id, str):
                raise TypeError(
                    f"{spec.name} takes a record, its id or a name, or a list of them; not {item!r}"
                )
            if spec.refers_to:
                return self._index.resolve(record_id, spec.refers_to)
            return record_id
        if spec.values is not None and not isinstance(item, spec.values):
            return _member(spec.values, item, spec.name)
        if not isinstance(item, Hashable):
            raise TypeError(f"{spec.name} takes a value or a list of values, not {item!r}")
        return item

    def _matches(self, record: R, name: str, value: Any) -> bool:
        spec = filters_for(type(record)).get(name)
        if spec is None:
            return False
        if spec.keys is not None:
            return any(key in value for key in spec.keys(record, self._index))
        assert spec.test is not None
        return spec.test(record, value)


class Timeline(Query[Any]):
    """Dated records in time order; `undated` holds those that can't be placed.

    Records are placed at their [`when`][maroc_ai.query.when] date — a partnership's date, an event's
    start, a source's publication, a target's horizon year — and ordered by the
    interval it stands for, so a month comes before the days within it. A record whose
    date is unknown or only a weekday is in `undated`, not dropped.
    """

    __slots__ = ("undated",)

    def __init__(
        self,
        records: Iterable[Any],
        kinds: Iterable[type],
        index: Index,
        undated: Query[Any],
    ) -> None:
        super().__init__(records, kinds, index)
        self.undated = undated

    def _derive(self, records: Iterable[Any]) -> Timeline:
        return Timeline(records, self._kinds, self._index, self.undated)

    def __repr__(self) -> str:
        return timeline_text(self, namer_of(self._index.by_id))

    def _repr_html_(self) -> str:
        return timeline_html(self, namer_of(self._index.by_id))


def _member(values: type[Any], item: object, name: str) -> object:
    if isinstance(item, str):
        for member in values:
            if item in (member.value, member.name) or item.upper() == member.name:
                return member
    choices = ", ".join(repr(member.value) for member in values)
    raise ValueError(
        f"{name} takes {with_article(values.__name__)} member or one of {choices}; got {item!r}"
    )


def _getter(path: str) -> Callable[[Any], Any]:
    parts = path.split(".")

    def get(record: Any) -> Any:
        value = record
        for part in parts:
            if value is None:
                return None
            try:
                value = getattr(value, part)
            except AttributeError:
                raise AttributeError(
                    f"{type(record).__name__} has no field {path!r} to sort by"
                ) from None
        return value

    return get


def _sortable(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return (value.sort_key, value.end or value.start)
    if isinstance(value, Names):
        return value.label.casefold()
    if isinstance(value, Quantity):
        return value.value
    if hasattr(value, "value") and hasattr(type(value), "__members__"):
        return value.value
    return value
