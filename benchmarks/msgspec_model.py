"""msgspec Structs with the fields, defaults and checks of maroc_ai's record classes.

The named alternative ``bulk_load.py`` measures ``maroc_ai.load`` against: frozen
Structs, unknown fields refused, nested Structs for names, quantities, citations,
posts and participations, the model's enums, ids and dates checked by pattern, texts
non-empty, at least one citation per record. (No ``from __future__ import
annotations`` here: msgspec reads the annotations at run time.)
"""

from typing import Annotated, Any

import msgspec
from msgspec import Meta, Struct

from maroc_ai import (
    AgreementKind,
    EventKind,
    FacilityKind,
    OrganizationKind,
    PlaceKind,
    ProgramKind,
    Qualifier,
    Role,
    Status,
    TargetKind,
)

Id = Annotated[str, Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Text = Annotated[str, Meta(min_length=1)]
Date = Annotated[str, Meta(pattern=r"^(?:[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?|-W-[1-7])$")]
Year = Annotated[int, Meta(ge=1, le=9999)]


class Frozen(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Frozen, keyword-only, strict about unknown fields."""


class Citation(Frozen, frozen=True, kw_only=True):
    source: Text
    quote: Text
    fields: tuple[Text, ...] = ()


Citations = Annotated[tuple[Citation, ...], Meta(min_length=1)]


class Names(Frozen, frozen=True, kw_only=True):
    ar: Text | None = None
    en: Text | None = None
    fr: Text | None = None
    aliases: tuple[Text, ...] = ()


class Quantity(Frozen, frozen=True, kw_only=True):
    value: int | float
    unit: Text
    qualifier: Qualifier = Qualifier.EXACT


class Source(Frozen, frozen=True, kw_only=True):
    id: Id
    file: str
    language: str = "ar"
    title: Text | None = None
    author: Text | None = None
    dateline: Text | None = None
    published: Date | None = None
    citations: Citations


class Place(Frozen, frozen=True, kw_only=True):
    id: Id
    name: Names
    kind: PlaceKind
    citations: Citations


class Organization(Frozen, frozen=True, kw_only=True):
    id: Id
    name: Names
    kind: OrganizationKind
    country: str | None = None
    presence: tuple[Text, ...] = ()
    parent: Id | None = None
    place: Id | None = None
    citations: Citations


class Post(Frozen, frozen=True, kw_only=True):
    title: Text
    organization: Id | None = None
    title_en: str | None = None
    citations: Citations


class Official(Frozen, frozen=True, kw_only=True):
    id: Id
    name: Names
    posts: tuple[Post, ...] = ()
    citations: Citations


class Participation(Frozen, frozen=True, kw_only=True):
    official: Id
    role: Role
    capacity: Text | None = None
    organization: Id | None = None
    citations: Citations


class Partnership(Frozen, frozen=True, kw_only=True):
    id: Id
    name: Names
    kind: AgreementKind
    parties: tuple[Id, ...] = ()
    participants: tuple[Participation, ...] = ()
    others: tuple[Text, ...] = ()
    date: Date | None = None
    place: Id | None = None
    venue: Text | None = None
    purpose: tuple[Text, ...] = ()
    axes: tuple[Text, ...] = ()
    creates: tuple[Id, ...] = ()
    implemented_by: tuple[Id, ...] = ()
    programs: tuple[Id, ...] = ()
    event: Id | None = None
    citations: Citations


class Facility(Frozen, frozen=True, kw_only=True):
    id: Id
    name: Names
    kind: FacilityKind
    status: Status = Status.ANNOUNCED
    place: Id | None = None
    capacity: Quantity | None = None
    energy: str | None = None
    organizations: tuple[Id, ...] = ()
    programs: tuple[Id, ...] = ()
    purpose: tuple[Text, ...] = ()
    citations: Citations


class Target(Frozen, frozen=True, kw_only=True):
    id: Id
    metric: Text
    kind: TargetKind
    quantity: Quantity
    horizon: Year | None = None
    scope: Id
    citations: Citations


class Program(Frozen, frozen=True, kw_only=True):
    id: Id
    name: Names
    kind: ProgramKind
    part_of: tuple[Id, ...] = ()
    organizations: tuple[Id, ...] = ()
    named_after: tuple[Text, ...] = ()
    citations: Citations


class Event(Frozen, frozen=True, kw_only=True):
    id: Id
    name: Names
    kind: EventKind
    start: Date | None = None
    end: Date | None = None
    place: Id | None = None
    organizers: tuple[Id, ...] = ()
    participants: tuple[Participation, ...] = ()
    others: tuple[Text, ...] = ()
    programs: tuple[Id, ...] = ()
    outcomes: tuple[Text, ...] = ()
    citations: Citations


COLLECTIONS: dict[str, type[Frozen]] = {
    "sources": Source,
    "organizations": Organization,
    "officials": Official,
    "partnerships": Partnership,
    "facilities": Facility,
    "targets": Target,
    "programs": Program,
    "events": Event,
    "places": Place,
}


def decoders() -> dict[str, Any]:
    """A JSON decoder of a list of records for each collection."""
    return {name: msgspec.json.Decoder(list[cls]) for name, cls in COLLECTIONS.items()}  # type: ignore[valid-type]
