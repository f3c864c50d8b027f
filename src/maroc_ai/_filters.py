"""The keyword filters of a query: which exist for each kind of record, and what they match.

Most filters are equality filters: a record has a set of *keys* for the filter (the
ids in ``parties``, its ``kind`` …) and matches a value that is one of them. Those
can be answered from an index. The others (dates, ``due_by``) test a record against
the value.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from ._english import with_article
from ._fields import fields_of
from ._links import sources_of
from .model import (
    Event,
    Facility,
    Official,
    Organization,
    Participation,
    Partnership,
    Role,
    Source,
    Statistic,
    Target,
)
from .values import PartialDate

__all__ = ["Filter", "Interval", "filters_for", "interval", "when"]

if TYPE_CHECKING:
    import datetime as dt

# datetime is imported when a date filter is used, not with the module.

Interval: TypeAlias = "tuple[dt.date, dt.date]"
"""The first and last day a date may stand for."""

Keys = Callable[[Any, Any], Iterable[Hashable]]
"""The keys of a record for an equality filter, given the record and its dataset's index."""


@attrs.frozen(kw_only=True)
class Filter:
    """A keyword filter of [`where`][maroc_ai.query.Query.where].

    Attributes:
        name: The keyword.
        doc: What it matches, for error messages and documentation.
        keys: For an equality filter, the keys a record has; ``None`` otherwise.
        test: For any other filter, whether a record matches a (coerced) value.
        refers_to: The collections whose records the filter takes (by id, object or name).
        values: The enum whose members the filter takes.
        coerce: How to turn what the user passes into the value ``test`` expects.

    """

    name: str
    doc: str
    keys: Keys | None = None
    test: Callable[[Any, Any], bool] | None = None
    refers_to: tuple[str, ...] = ()
    values: type[enum.Enum] | None = None
    coerce: Callable[[Any], Any] | None = None


def when(record: Any) -> PartialDate | None:
    """The date a record is placed at in time.

    A signing, an event's start, a publication, a target's horizon, the date a statistic
    describes.
    """
    if isinstance(record, (Partnership, Statistic)):
        return record.date
    if isinstance(record, Event):
        return record.start
    if isinstance(record, Source):
        return record.published
    if isinstance(record, Target) and record.horizon is not None:
        return PartialDate(year=record.horizon)
    return None


def interval(record: Any) -> Interval | None:
    """The days a record's date may stand for, or ``None`` when it has no calendar date.

    An event runs from the first day of its start to the last day of its end (of its
    start, when its end is only a weekday); a target spans its horizon year; a bare
    weekday has no interval.
    """
    date = when(record)
    if date is None or date.start is None:
        return None
    end = date.end
    if isinstance(record, Event) and record.end is not None and record.end.end is not None:
        end = record.end.end
    assert end is not None
    return date.start, end


def as_interval(value: object) -> Interval:
    """The interval a date filter's value stands for: a ``PartialDate``, date, ISO text or year."""
    if isinstance(value, bool):
        raise TypeError(f"a date filter takes a date, not {value!r}")
    if isinstance(value, int):
        value = PartialDate(year=value)
    elif isinstance(value, str):
        value = PartialDate.parse(value)
    import datetime as dt

    if isinstance(value, dt.datetime):
        value = PartialDate.from_date(value.date())
    elif isinstance(value, dt.date):
        value = PartialDate.from_date(value)
    if not isinstance(value, PartialDate):
        raise TypeError(
            f"a date filter takes a PartialDate, a date, a year or ISO text such as '2025-09', not {value!r}"
        )
    if value.start is None or value.end is None:
        raise ValueError(f"a date filter needs at least a year, not only a weekday ({value})")
    return value.start, value.end


def _within(record: Any, span: Interval) -> bool:
    own = interval(record)
    return own is not None and span[0] <= own[0] and own[1] <= span[1]


def _since(record: Any, span: Interval) -> bool:
    own = interval(record)
    return own is not None and own[0] >= span[0]


def _until(record: Any, span: Interval) -> bool:
    own = interval(record)
    return own is not None and own[1] <= span[1]


def _due_by(record: Any, year: int) -> bool:
    return isinstance(record, Target) and record.horizon is not None and record.horizon <= year


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"a year is a whole number, not {value!r}")
    return value


def _keys(value: Any) -> tuple[Hashable, ...]:
    """A field's value as keys: each item of a tuple, the value itself, or ``None`` for none."""
    if isinstance(value, tuple):
        return value or (None,)
    return (value,)


def _field_keys(name: str) -> Keys:
    return lambda record, _: _keys(getattr(record, name))


def _citation_sources(record: Any, _: Any) -> Iterator[str]:
    return sources_of(record)


def _participants(role: Role | None) -> Keys:
    def keys(record: Any, _: Any) -> tuple[Hashable, ...]:
        participants: tuple[Participation, ...] = record.participants
        found = tuple(p.official for p in participants if role is None or p.role is role)
        return found or (None,)

    return keys


def _organizations(*fields: str) -> Keys:
    def keys(record: Any, _: Any) -> tuple[Hashable, ...]:
        found: list[Hashable] = []
        for name in fields:
            found.extend(getattr(record, name))
        found.extend(p.organization for p in record.participants if p.organization is not None)
        return tuple(dict.fromkeys(found)) or (None,)

    return keys


def _quantity_unit(field: str) -> Keys:
    def keys(record: Any, _: Any) -> tuple[Hashable, ...]:
        quantity = getattr(record, field)
        return (None if quantity is None else quantity.unit,)

    return keys


def _signed_for(record: Official, index: Any) -> Iterator[str]:
    for _, participation in index.links.participations.get(record.id, ()):
        if participation.role is Role.SIGNATORY and participation.organization is not None:
            yield participation.organization


_SINGULAR = {
    "parties": "party",
    "organizations": "organization",
    "programs": "program",
    "organizers": "organizer",
}

_ROLES = {role.value: role for role in Role}


def _common(cls: type) -> Iterator[Filter]:
    yield Filter(
        name="id", doc="the record's id", keys=lambda record, _: (record.id,), refers_to=()
    )
    yield Filter(
        name="source",
        doc="a source one of its citations quotes",
        keys=_citation_sources,
        refers_to=("sources",),
    )
    for info in fields_of(cls):
        collections = info.refers_to
        if collections:
            doc = f"a record of {' or '.join(collections)} it refers to in {info.name!r}"
            yield Filter(
                name=info.name, doc=doc, keys=_field_keys(info.name), refers_to=collections
            )
            if info.name in _SINGULAR:
                yield Filter(
                    name=_SINGULAR[info.name],
                    doc=doc,
                    keys=_field_keys(info.name),
                    refers_to=collections,
                )
        elif info.is_enum:
            yield Filter(
                name=info.name,
                doc=f"its {info.name}, {with_article(info.base.__name__)}",
                keys=_field_keys(info.name),
                values=info.base,
            )
    if cls in (Partnership, Event, Source, Target, Statistic):
        yield Filter(
            name="date",
            doc="dated within this year, month or day (the whole date must fall in it)",
            test=_within,
            coerce=as_interval,
        )
        yield Filter(
            name="since", doc="dated on or after this date", test=_since, coerce=as_interval
        )
        yield Filter(
            name="until", doc="dated on or before this date", test=_until, coerce=as_interval
        )


def _special(cls: type) -> Iterator[Filter]:
    if cls in (Partnership, Event):
        yield Filter(
            name="participant",
            doc="an official taking part in any role",
            keys=_participants(None),
            refers_to=("officials",),
        )
        for value, role in _ROLES.items():
            yield Filter(
                name=value,
                doc=f"an official taking part as {value}",
                keys=_participants(role),
                refers_to=("officials",),
            )
        fields = ("parties", "implemented_by") if cls is Partnership else ("organizers",)
        yield Filter(
            name="organization",
            doc=f"an organization among its {', '.join(fields)} or its participants' organizations",
            keys=_organizations(*fields),
            refers_to=("organizations",),
        )
    if cls is Official:
        yield Filter(
            name="organization",
            doc="an organization one of its posts is at",
            keys=lambda record, _: (
                tuple(dict.fromkeys(post.organization for post in record.posts)) or (None,)
            ),
            refers_to=("organizations",),
        )
        yield Filter(
            name="signed_for",
            doc="an organization it signed an agreement for",
            keys=_signed_for,
            refers_to=("organizations",),
        )
    if cls is Organization:
        yield Filter(
            name="country",
            doc="a country (ISO code) it belongs to or works in",
            keys=lambda record, _: (
                tuple(dict.fromkeys(c for c in (record.country, *record.presence) if c)) or (None,)
            ),
        )
    if cls is Target:
        yield Filter(name="horizon", doc="its horizon year", keys=_field_keys("horizon"))
        yield Filter(
            name="due_by", doc="a horizon in or before this year", test=_due_by, coerce=_year
        )
    if cls in (Target, Statistic):
        yield Filter(name="metric", doc="what it measures", keys=_field_keys("metric"))
        yield Filter(name="unit", doc="the unit of its quantity", keys=_quantity_unit("quantity"))
    if cls is Facility:
        yield Filter(name="unit", doc="the unit of its capacity", keys=_quantity_unit("capacity"))
        yield Filter(name="energy", doc="the energy it runs on", keys=_field_keys("energy"))
    if cls is Source:
        yield Filter(
            name="language", doc="the language it is written in", keys=_field_keys("language")
        )


_FILTERS: dict[type, dict[str, Filter]] = {}


def filters_for(cls: type) -> dict[str, Filter]:
    """The filters records of ``cls`` take, by keyword."""
    found = _FILTERS.get(cls)
    if found is None:
        found = {item.name: item for item in (*_common(cls), *_special(cls))}
        found = _FILTERS[cls] = dict(sorted(found.items()))
    return found
