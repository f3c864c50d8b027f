"""Structuring records fast: plain type checks and the validators' checks, inline.

The detailed path (:mod:`maroc_ai._convert`: cattrs with detailed validation, then the
classes' constructors and their attrs validators) says exactly what is wrong with a
record, at a cost. Most records have nothing wrong; for them :func:`structure` builds
the same record several times faster: it checks the JSON types as the converter's
hooks do and each value as the field's validator does, then sets the fields of a new
instance directly. It is stricter than the detailed path, never looser: when it
raises (any exception, whatever it says), the loader passes the record to the
detailed path, which builds it or reports its problems as it always has.
``tests/test_fast.py`` checks that both paths build equal records and that this one
refuses whatever the other refuses; a validator added to or changed in the model
fails ``test_fast_builders_know_every_validator`` until it is reproduced here.

Low-cardinality strings (source ids, field names, units, countries, ids) are interned,
so a large dataset keeps one copy of each; bare dates are parsed once per text.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import Any

import attrs

from .model import (
    ID_PATTERN,
    AgreementKind,
    Event,
    EventKind,
    Facility,
    FacilityKind,
    Official,
    Organization,
    OrganizationKind,
    Participation,
    Partnership,
    Place,
    PlaceKind,
    Post,
    Program,
    ProgramKind,
    Role,
    Source,
    Status,
    Target,
    TargetKind,
)
from .values import Citation, Coordinates, Names, PartialDate, Qualifier, Quantity

__all__ = ["BUILDERS", "structure"]

_intern = sys.intern  # also a type check: it takes exact strings only
_isfinite = math.isfinite

_EMPTY: list[Any] = []
"""What a missing list field reads as; never changed."""


class _Invalid(Exception):
    """Not for the fast path: the detailed path will say what is wrong, if anything."""


def _keys(cls: type[Any]) -> frozenset[str]:
    return frozenset(field.name for field in attrs.fields(cls))


def _members(cls: Any) -> dict[str, Any]:
    return {member.value: member for member in cls}


def _str(value: object) -> str:
    if type(value) is str:
        return value
    raise _Invalid


def _opt_str(value: object) -> str | None:
    if value is None or type(value) is str:
        return value
    raise _Invalid


def _opt_interned(value: object) -> str | None:
    return None if value is None else _intern(value)  # type: ignore[call-overload]


def _strs(value: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise _Invalid
    for item in value:
        if type(item) is not str:
            raise _Invalid
    return tuple(value)


def _interned(value: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise _Invalid
    return tuple(map(_intern, value))


def _member(members: dict[str, Any], value: object) -> Any:
    if type(value) is not str:
        raise _Invalid
    return members[value]


_dates: dict[str, PartialDate] = {}
"""Dates parsed so far by their text: a ``PartialDate`` is immutable, so records share them."""


def _date(value: object) -> PartialDate | None:
    if value is None:
        return None
    if type(value) is not str:
        raise _Invalid
    date = _dates.get(value)
    if date is None:
        if len(_dates) >= 100_000:
            _dates.clear()
        date = _dates[value] = PartialDate.parse(value)
    return date


def _list(value: object) -> list[Any]:
    if type(value) is not list:
        raise _Invalid
    return value


_CITATION = _keys(Citation)


def _texts(value: tuple[str, ...]) -> tuple[str, ...]:
    """The checks of :func:`~maroc_ai.values.distinct_texts` on strings."""
    for text in value:
        if not text.strip():
            raise _Invalid
    if len(value) > 1 and len(set(value)) != len(value):
        raise _Invalid
    return value


_new = object.__new__
_set = object.__setattr__


def _slot(cls: type[Any], name: str) -> Callable[[Any, Any], None]:
    """Sets the slot ``name`` of a ``cls`` directly (what ``object.__setattr__`` does, sooner)."""
    return cls.__dict__[name].__set__  # type: ignore[no-any-return]


_citation_source = _slot(Citation, "source")
_citation_quote = _slot(Citation, "quote")
_citation_fields = _slot(Citation, "fields")
_names_ar = _slot(Names, "ar")
_names_en = _slot(Names, "en")
_names_fr = _slot(Names, "fr")
_names_aliases = _slot(Names, "aliases")


def _citation(d: Any) -> Citation:
    # Citations and names are most of the objects of a dataset: they are built here
    # with the checks of their validators, not through their constructors.
    if type(d) is not dict or not _CITATION.issuperset(d):
        raise _Invalid
    source = _intern(d["source"])
    quote = d["quote"]
    if type(quote) is not str or not source.strip() or not quote.strip():
        raise _Invalid
    citation = _new(Citation)
    _citation_source(citation, source)
    _citation_quote(citation, quote)
    _citation_fields(citation, _texts(_interned(d.get("fields", _EMPTY))))
    return citation


def _citations(value: object) -> tuple[Citation, ...]:
    return tuple([_citation(item) for item in _list(value)])


_NAMES = _keys(Names)


def _opt_text(value: object) -> str | None:
    """The checks of :data:`~maroc_ai.values.optional_text`."""
    if value is None:
        return None
    if type(value) is str and value.strip():
        return value
    raise _Invalid


def _names(d: Any) -> Names:
    if type(d) is not dict or not _NAMES.issuperset(d):
        raise _Invalid
    get = d.get
    ar, en, fr = _opt_text(get("ar")), _opt_text(get("en")), _opt_text(get("fr"))
    if ar is None and en is None and fr is None:
        raise _Invalid
    names = _new(Names)
    _names_ar(names, ar)
    _names_en(names, en)
    _names_fr(names, fr)
    _names_aliases(names, _texts(_strs(get("aliases", _EMPTY))))
    return names


_QUANTITY = _keys(Quantity)
_QUALIFIERS = _members(Qualifier)


def _quantity(d: Any) -> Quantity:
    if type(d) is not dict or not _QUANTITY.issuperset(d):
        raise _Invalid
    value = d["value"]
    if type(value) is not int and (type(value) is not float or not _isfinite(value)):
        raise _Invalid
    unit = _intern(d["unit"])
    if not unit.strip():
        raise _Invalid
    quantity = _new(Quantity)
    _set(quantity, "value", value)
    _set(quantity, "unit", unit)
    _set(quantity, "qualifier", _member(_QUALIFIERS, d.get("qualifier", "exact")))
    return quantity


def _opt_quantity(d: Any) -> Quantity | None:
    return None if d is None else _quantity(d)


_COORDINATES = _keys(Coordinates)


def _degrees(value: object, low: float, high: float) -> int | float:
    if type(value) is not int and (type(value) is not float or not _isfinite(value)):
        raise _Invalid
    if not low <= value <= high:
        raise _Invalid
    return value


def _coordinates(d: Any) -> Coordinates:
    if type(d) is not dict or not _COORDINATES.issuperset(d):
        raise _Invalid
    geonames = d.get("geonames")
    if geonames is not None and type(geonames) is not int:
        raise _Invalid
    coordinates = _new(Coordinates)
    _set(coordinates, "latitude", _degrees(d["latitude"], -90, 90))
    _set(coordinates, "longitude", _degrees(d["longitude"], -180, 180))
    _set(coordinates, "geonames", geonames)
    return coordinates


# Records are built the same way, with the checks of the validators their fields have
# in maroc_ai.model: ids by ID_PATTERN, lists of ids distinct, facts in the source's
# words non-empty and distinct, at least one citation.

_id_match = ID_PATTERN.fullmatch


def _id(value: object) -> str:
    if type(value) is str and _id_match(value):
        return _intern(value)
    raise _Invalid


def _opt_id(value: object) -> str | None:
    return None if value is None else _id(value)


def _ids(value: object) -> tuple[str, ...]:
    ids = _interned(value)
    for item in ids:
        if not _id_match(item):
            raise _Invalid
    if len(ids) > 1 and len(set(ids)) != len(ids):
        raise _Invalid
    return ids


def _facts(value: object) -> tuple[str, ...]:
    return _texts(_strs(value))


def _cited(value: object) -> tuple[Citation, ...]:
    """At least one citation (``model._check_citations``)."""
    citations = _citations(value)
    if not citations:
        raise _Invalid
    return citations


_SOURCE = _keys(Source)


def _source(d: Any) -> Source:
    if type(d) is not dict or not _SOURCE.issuperset(d):
        raise _Invalid
    get = d.get
    record = _new(Source)
    _set(record, "id", _id(d["id"]))
    _set(record, "file", _str(d["file"]))
    _set(record, "language", _intern(get("language", "ar")))
    _set(record, "title", _opt_text(get("title")))
    _set(record, "author", _opt_text(get("author")))
    _set(record, "dateline", _opt_text(get("dateline")))
    _set(record, "published", _date(get("published")))
    _set(record, "citations", _cited(d["citations"]))
    return record


_PLACE = _keys(Place)
_PLACE_KINDS = _members(PlaceKind)


def _place(d: Any) -> Place:
    if type(d) is not dict or not _PLACE.issuperset(d):
        raise _Invalid
    record = _new(Place)
    _set(record, "id", _id(d["id"]))
    _set(record, "name", _names(d["name"]))
    _set(record, "kind", _member(_PLACE_KINDS, d["kind"]))
    coordinates = d.get("coordinates")
    _set(record, "coordinates", None if coordinates is None else _coordinates(coordinates))
    _set(record, "citations", _cited(d["citations"]))
    return record


_ORGANIZATION = _keys(Organization)
_ORGANIZATION_KINDS = _members(OrganizationKind)


def _organization(d: Any) -> Organization:
    if type(d) is not dict or not _ORGANIZATION.issuperset(d):
        raise _Invalid
    get = d.get
    record = _new(Organization)
    _set(record, "id", _id(d["id"]))
    _set(record, "name", _names(d["name"]))
    _set(record, "kind", _member(_ORGANIZATION_KINDS, d["kind"]))
    _set(record, "country", _opt_interned(get("country")))
    _set(record, "presence", _texts(_interned(get("presence", _EMPTY))))
    _set(record, "parent", _opt_id(get("parent")))
    _set(record, "place", _opt_id(get("place")))
    _set(record, "citations", _cited(d["citations"]))
    return record


_POST = _keys(Post)


def _post(d: Any) -> Post:
    if type(d) is not dict or not _POST.issuperset(d):
        raise _Invalid
    get = d.get
    title = _opt_text(d["title"])
    if title is None:
        raise _Invalid
    record = _new(Post)
    _set(record, "title", title)
    _set(record, "organization", _opt_id(get("organization")))
    _set(record, "title_en", _opt_str(get("title_en")))
    _set(record, "citations", _cited(d["citations"]))
    return record


_OFFICIAL = _keys(Official)


def _official(d: Any) -> Official:
    if type(d) is not dict or not _OFFICIAL.issuperset(d):
        raise _Invalid
    record = _new(Official)
    _set(record, "id", _id(d["id"]))
    _set(record, "name", _names(d["name"]))
    _set(record, "posts", tuple([_post(item) for item in _list(d.get("posts", _EMPTY))]))
    _set(record, "citations", _cited(d["citations"]))
    return record


_PARTICIPATION = _keys(Participation)
_ROLES = _members(Role)


def _participation(d: Any) -> Participation:
    if type(d) is not dict or not _PARTICIPATION.issuperset(d):
        raise _Invalid
    get = d.get
    record = _new(Participation)
    _set(record, "official", _id(d["official"]))
    _set(record, "role", _member(_ROLES, d["role"]))
    _set(record, "capacity", _opt_text(get("capacity")))
    _set(record, "organization", _opt_id(get("organization")))
    _set(record, "citations", _cited(d["citations"]))
    return record


def _participants(value: object) -> tuple[Participation, ...]:
    return tuple([_participation(item) for item in _list(value)])


_PARTNERSHIP = _keys(Partnership)
_AGREEMENT_KINDS = _members(AgreementKind)


def _partnership(d: Any) -> Partnership:
    if type(d) is not dict or not _PARTNERSHIP.issuperset(d):
        raise _Invalid
    get = d.get
    record = _new(Partnership)
    _set(record, "id", _id(d["id"]))
    _set(record, "name", _names(d["name"]))
    _set(record, "kind", _member(_AGREEMENT_KINDS, d["kind"]))
    _set(record, "parties", _ids(get("parties", _EMPTY)))
    _set(record, "participants", _participants(get("participants", _EMPTY)))
    _set(record, "others", _facts(get("others", _EMPTY)))
    _set(record, "date", _date(get("date")))
    _set(record, "place", _opt_id(get("place")))
    _set(record, "venue", _opt_text(get("venue")))
    _set(record, "purpose", _facts(get("purpose", _EMPTY)))
    _set(record, "axes", _facts(get("axes", _EMPTY)))
    _set(record, "creates", _ids(get("creates", _EMPTY)))
    _set(record, "implemented_by", _ids(get("implemented_by", _EMPTY)))
    _set(record, "programs", _ids(get("programs", _EMPTY)))
    _set(record, "event", _opt_id(get("event")))
    _set(record, "citations", _cited(d["citations"]))
    return record


_FACILITY = _keys(Facility)
_FACILITY_KINDS = _members(FacilityKind)
_STATUSES = _members(Status)


def _facility(d: Any) -> Facility:
    if type(d) is not dict or not _FACILITY.issuperset(d):
        raise _Invalid
    get = d.get
    record = _new(Facility)
    _set(record, "id", _id(d["id"]))
    _set(record, "name", _names(d["name"]))
    _set(record, "kind", _member(_FACILITY_KINDS, d["kind"]))
    _set(record, "status", _member(_STATUSES, get("status", "announced")))
    _set(record, "place", _opt_id(get("place")))
    _set(record, "capacity", _opt_quantity(get("capacity")))
    _set(record, "energy", _opt_interned(get("energy")))
    _set(record, "organizations", _ids(get("organizations", _EMPTY)))
    _set(record, "programs", _ids(get("programs", _EMPTY)))
    _set(record, "purpose", _facts(get("purpose", _EMPTY)))
    _set(record, "citations", _cited(d["citations"]))
    return record


_TARGET = _keys(Target)
_TARGET_KINDS = _members(TargetKind)


def _target(d: Any) -> Target:
    if type(d) is not dict or not _TARGET.issuperset(d):
        raise _Invalid
    horizon = d.get("horizon")
    if horizon is not None and (type(horizon) is not int or not 1 <= horizon <= 9999):
        raise _Invalid
    metric = _intern(d["metric"])
    if not metric.strip():
        raise _Invalid
    record = _new(Target)
    _set(record, "id", _id(d["id"]))
    _set(record, "metric", metric)
    _set(record, "kind", _member(_TARGET_KINDS, d["kind"]))
    _set(record, "quantity", _quantity(d["quantity"]))
    _set(record, "horizon", horizon)
    _set(record, "scope", _id(d["scope"]))
    _set(record, "citations", _cited(d["citations"]))
    return record


_PROGRAM = _keys(Program)
_PROGRAM_KINDS = _members(ProgramKind)


def _program(d: Any) -> Program:
    if type(d) is not dict or not _PROGRAM.issuperset(d):
        raise _Invalid
    get = d.get
    record = _new(Program)
    _set(record, "id", _id(d["id"]))
    _set(record, "name", _names(d["name"]))
    _set(record, "kind", _member(_PROGRAM_KINDS, d["kind"]))
    _set(record, "part_of", _ids(get("part_of", _EMPTY)))
    _set(record, "organizations", _ids(get("organizations", _EMPTY)))
    _set(record, "named_after", _facts(get("named_after", _EMPTY)))
    _set(record, "citations", _cited(d["citations"]))
    return record


_EVENT = _keys(Event)
_EVENT_KINDS = _members(EventKind)


def _event(d: Any) -> Event:
    if type(d) is not dict or not _EVENT.issuperset(d):
        raise _Invalid
    get = d.get
    record = _new(Event)
    _set(record, "id", _id(d["id"]))
    _set(record, "name", _names(d["name"]))
    _set(record, "kind", _member(_EVENT_KINDS, d["kind"]))
    _set(record, "start", _date(get("start")))
    _set(record, "end", _date(get("end")))
    _set(record, "place", _opt_id(get("place")))
    _set(record, "organizers", _ids(get("organizers", _EMPTY)))
    _set(record, "participants", _participants(get("participants", _EMPTY)))
    _set(record, "others", _facts(get("others", _EMPTY)))
    _set(record, "programs", _ids(get("programs", _EMPTY)))
    _set(record, "outcomes", _facts(get("outcomes", _EMPTY)))
    _set(record, "citations", _cited(d["citations"]))
    return record


BUILDERS: dict[type[Any], Callable[[Any], Any]] = {
    Source: _source,
    Place: _place,
    Organization: _organization,
    Official: _official,
    Partnership: _partnership,
    Facility: _facility,
    Target: _target,
    Program: _program,
    Event: _event,
    Post: _post,
    Participation: _participation,
    Citation: _citation,
    Names: _names,
    Quantity: _quantity,
    Coordinates: _coordinates,
}
"""The fast builder of each class a record is made of."""


def structure(data: object, cls: type[Any]) -> Any:
    """Build a ``cls`` from JSON data, or raise (anything) for the detailed path to take over."""
    return BUILDERS[cls](data)
