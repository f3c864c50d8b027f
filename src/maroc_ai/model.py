"""The domain model: the records of Morocco's AI build-out and how they refer to each other.

Every record is a frozen attrs class with a stable string ``id`` (lowercase words
joined by hyphens) and a tuple of :class:`~maroc_ai.values.Citation`. Records refer to
each other by id, never by holding each other, so each real thing is stored once.

Each field is declared once, here, and everything else is derived from that
declaration: its type, its default, its validator (an object from
:mod:`maroc_ai._validators` that carries its parameters, such as the collections a
reference points into) and its metadata:

* ``cited``: the field states a fact, so when it is set some citation of the record
  must name it in ``fields``;
* ``verbatim``: the field holds the source's own words, so each of its strings must
  stand in the quote of a citation naming the field;
* ``nested``: the field holds posts or participations, facts with citations of their own.
"""

from __future__ import annotations

import enum
import functools
import re
from typing import Any, Protocol, TypeAlias

import attrs

from ._fields import CITED, NESTED, SHARED, VERBATIM, fields_of
from ._repr import record_html, record_text
from ._validators import (
    ID_PATTERN,
    All,
    Distinct,
    Each,
    Id,
    InRange,
    NonEmpty,
    Optional,
    Pattern,
    Reference,
    Text,
    WholeNumber,
)
from .values import (
    AS_TUPLE,
    Citation,
    Coordinates,
    Names,
    PartialDate,
    Quantity,
)

__all__ = [
    "CITED",
    "COLLECTIONS",
    "ID_PATTERN",
    "NESTED",
    "SHA256_PATTERN",
    "URL_PATTERN",
    "VERBATIM",
    "AgreementKind",
    "Event",
    "EventKind",
    "Facility",
    "FacilityKind",
    "Official",
    "Organization",
    "OrganizationKind",
    "Participation",
    "Partnership",
    "Place",
    "PlaceKind",
    "Post",
    "Program",
    "ProgramKind",
    "Record",
    "Role",
    "Source",
    "Status",
    "Target",
    "TargetKind",
    "nested_types",
]

_TEXT = Text()
URL_PATTERN = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?#][!-~]*)?")
"""A web address: ``http://`` or ``https://``, a host, then printable ASCII (non-ASCII
letters percent-encoded, as a browser copies them)."""

SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
"""A SHA-256 digest in lowercase hexadecimal, as ``hashlib.sha256(...).hexdigest()`` gives it."""
_TEXTS = All((Each(_TEXT), Distinct()))


def _id() -> Any:
    return attrs.field(validator=Id())


def _nested() -> Any:
    """Posts or participations, kept as a tuple: facts with citations of their own."""
    return attrs.field(default=(), converter=AS_TUPLE, metadata={NESTED: True})


def _citations() -> Any:
    return attrs.field(converter=AS_TUPLE, validator=NonEmpty("citation"))


def _text(*, required: bool = False) -> Any:
    """A string that is not blank; optional unless ``required``. Not a cited fact."""
    if required:
        return attrs.field(validator=_TEXT)
    return attrs.field(default=None, validator=Optional(_TEXT))


def _fact(
    default: Any = None, *, verbatim: bool = False, validator: Any = None, shared: bool = False
) -> Any:
    """A single fact: set, it must be cited; ``verbatim`` ones must also be quoted as is.

    Pass ``default=attrs.NOTHING`` for a fact every record must state. A verbatim
    fact is a string that is not blank. ``shared`` strings come from a small
    vocabulary (a unit, a country code), so loading keeps one copy of each.
    """
    if verbatim:
        validator = _TEXT
    if validator is not None and default is None:
        validator = Optional(validator)
    return attrs.field(
        default=default,
        validator=validator,
        metadata={CITED: True, VERBATIM: verbatim, SHARED: shared},
    )


def _facts(*, verbatim: bool = False, shared: bool = False) -> Any:
    """Several facts of one kind, kept in the order the source gives them."""
    return attrs.field(
        default=(),
        converter=AS_TUPLE,
        validator=_TEXTS,
        metadata={CITED: True, VERBATIM: verbatim, SHARED: shared},
    )


def _ref(*collections: str, cited: bool = True, required: bool = False) -> Any:
    """The id of one record in ``collections``."""
    reference = Reference(collections)
    return attrs.field(
        default=attrs.NOTHING if required else None,
        validator=reference if required else Optional(reference),
        metadata={CITED: cited},
    )


def _refs(*collections: str) -> Any:
    """The ids of several records in ``collections``; a fact, so it must be cited."""
    return attrs.field(
        default=(),
        converter=AS_TUPLE,
        validator=All((Each(Reference(collections)), Distinct())),
        metadata={CITED: True},
    )


class _Shown:
    """What records, posts and participations share: a short repr and an HTML table."""

    __slots__ = ()

    def __repr__(self) -> str:
        return record_text(self)

    def _repr_html_(self) -> str:
        return record_html(self)


class OrganizationKind(enum.Enum):
    """What sort of body an organization is."""

    MINISTRY = "ministry"
    AGENCY = "agency"
    COMMISSION = "commission"
    FUND = "fund"
    COMPANY = "company"
    SCHOOL = "school"
    UNIVERSITY = "university"
    OTHER = "other"


class FacilityKind(enum.Enum):
    """What sort of place or installation a facility is."""

    DATA_CENTRE = "data_centre"
    CENTRE_OF_EXCELLENCE = "centre_of_excellence"
    INSTITUTE_NETWORK = "institute_network"
    HUB = "hub"
    LABORATORY = "laboratory"
    SOVEREIGN_CLOUD = "sovereign_cloud"
    OTHER = "other"


class Status(enum.Enum):
    """How far a facility has come, as its sources tell it."""

    ANNOUNCED = "announced"
    """Launched or made public, with no plan for building it given."""
    PLANNED = "planned"
    """To be built or set up: the source says it will be."""
    OPERATING = "operating"


class AgreementKind(enum.Enum):
    """The kind of instrument a partnership is, as the source calls it."""

    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    """مذكرة تفاهم"""
    PROTOCOL_AGREEMENT = "protocol_agreement"
    """بروتوكول اتفاق"""
    PARTNERSHIP_AGREEMENT = "partnership_agreement"
    """اتفاقية شراكة"""
    AGREEMENTS = "agreements"
    """اتفاقيات: several agreements the source reports together."""


class Role(enum.Enum):
    """The part an official took in a signing or an event."""

    SIGNATORY = "signatory"
    CHAIR = "chair"
    """Presided over the ceremony (ترأس)."""
    ATTENDEE = "attendee"
    REPRESENTATIVE = "representative"
    """Represented one of the parties (مثل)."""
    SPEAKER = "speaker"


class TargetKind(enum.Enum):
    """Whether a target is an aim for the future or a figure stated as fact."""

    GOAL = "goal"
    FIGURE = "figure"


class ProgramKind(enum.Enum):
    """What sort of public programme a program is."""

    STRATEGY = "strategy"
    ROADMAP = "roadmap"
    INITIATIVE = "initiative"
    LAW = "law"


class EventKind(enum.Enum):
    """What sort of gathering or public act an event is."""

    CONFERENCE = "conference"
    LAUNCH = "launch"
    ANNOUNCEMENT = "announcement"
    CEREMONY = "ceremony"


class PlaceKind(enum.Enum):
    """The administrative level of a place."""

    COUNTRY = "country"
    REGION = "region"
    CITY = "city"


def _sha256(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex, from CPython's built-in module where it has one.

    Loading checks every source's fingerprint; :mod:`hashlib` would start OpenSSL on
    import, which costs more than hashing a few articles.
    """
    import importlib

    for name in ("_sha2", "_sha256"):  # Python 3.12 and later; 3.10 and 3.11
        try:
            digest: str = importlib.import_module(name).sha256(data).hexdigest()
        except (ImportError, AttributeError):
            continue
        return digest
    import hashlib

    return hashlib.sha256(data).hexdigest()


@attrs.frozen(kw_only=True, repr=False)
class Source(_Shown):
    """An article the dataset is drawn from, read from ``texts/<file>``.

    Its provenance (``publisher``, ``url``, ``retrieved``, ``sha256``) is the curator's
    record of where the text came from, not a fact the article states, so it is not
    cited; each is left empty when it is not known.
    """

    id: str = _id()
    file: str = _text(required=True)
    language: str = attrs.field(default="ar", validator=_TEXT, metadata={SHARED: True})
    title: str | None = _fact(verbatim=True)
    author: str | None = _fact(verbatim=True)
    dateline: str | None = _fact(verbatim=True)
    """The place the article was filed from, as its byline gives it."""
    published: PartialDate | None = _fact()
    publisher: str | None = attrs.field(
        default=None, validator=Optional(_TEXT), metadata={SHARED: True}
    )
    """The outlet that published it (a newspaper, a news agency), where it is known."""
    url: str | None = attrs.field(
        default=None, validator=Optional(Pattern(URL_PATTERN, "a web address (http or https)"))
    )
    """The article's address on the web, where it is known."""
    retrieved: PartialDate | None = None
    """The day its text was read at ``url``."""
    sha256: str | None = attrs.field(
        default=None,
        validator=Optional(Pattern(SHA256_PATTERN, "a SHA-256 digest (64 lowercase hex digits)")),
    )
    """The SHA-256 of its text as UTF-8: loading checks the text still has it."""
    citations: tuple[Citation, ...] = _citations()

    @property
    def label(self) -> str:
        """The title, or the file name of an untitled article."""
        return self.title or self.file

    @staticmethod
    def fingerprint(text: str) -> str:
        """The ``sha256`` a source whose text is ``text`` records: of its UTF-8 bytes, in hex."""
        return _sha256(text.encode("utf-8"))


@attrs.frozen(kw_only=True, repr=False)
class Place(_Shown):
    """A city, region or country where something happens or stands."""

    id: str = _id()
    name: Names
    kind: PlaceKind
    coordinates: Coordinates | None = None
    """Where it lies, from the GeoNames gazetteer: not a fact of the articles, so not cited."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Organization(_Shown):
    """A ministry, agency, company, fund, school …"""

    id: str = _id()
    name: Names
    kind: OrganizationKind
    country: str | None = _fact(validator=_TEXT, shared=True)
    """ISO 3166-1 alpha-2 code of the country it belongs to, where a source says."""
    presence: tuple[str, ...] = _facts(shared=True)
    """ISO 3166-1 alpha-2 codes of the countries a source says it works in."""
    parent: str | None = _ref("organizations")
    place: str | None = _ref("places")
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Post(_Shown):
    """A post an official holds, with the title exactly as a source writes it."""

    title: str = _fact(default=attrs.NOTHING, verbatim=True)
    organization: str | None = _ref("organizations", cited=False)
    title_en: str | None = _text()
    """An English rendering of the title, for readers who do not read Arabic."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Official(_Shown):
    """A named person, with the posts the articles give them."""

    id: str = _id()
    name: Names
    posts: tuple[Post, ...] = _nested()
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Participation(_Shown):
    """An official's part in a signing or an event, in the capacity the source gives."""

    official: str = _ref("officials", cited=False, required=True)
    role: Role
    capacity: str | None = _fact(verbatim=True)
    """The title under which the source names them there, word for word."""
    organization: str | None = _ref("organizations", cited=False)
    """The organization they were there for."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Partnership(_Shown):
    """An agreement between organizations: a memorandum, protocol, partnership agreement …"""

    id: str = _id()
    name: Names
    kind: AgreementKind
    parties: tuple[str, ...] = _refs("organizations")
    participants: tuple[Participation, ...] = _nested()
    others: tuple[str, ...] = _facts(verbatim=True)
    """Parties, participants or implementers the source mentions without naming, in its words."""
    date: PartialDate | None = _fact()
    place: str | None = _ref("places")
    venue: str | None = _fact(verbatim=True)
    purpose: tuple[str, ...] = _facts(verbatim=True)
    axes: tuple[str, ...] = _facts(verbatim=True)
    """The axes of work the agreement lists, in the source's words."""
    creates: tuple[str, ...] = _refs("facilities", "programs")
    implemented_by: tuple[str, ...] = _refs("organizations")
    """Organizations that will carry the agreement out, where they are not parties."""
    programs: tuple[str, ...] = _refs("programs")
    """Programs the agreement serves or is signed under."""
    event: str | None = _ref("events")
    """The event on whose occasion it was signed."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Facility(_Shown):
    """A data centre, centre of excellence, hub, laboratory, sovereign cloud …"""

    id: str = _id()
    name: Names
    kind: FacilityKind
    status: Status = _fact(default=Status.ANNOUNCED)
    place: str | None = _ref("places")
    capacity: Quantity | None = _fact()
    energy: str | None = _fact(validator=_TEXT, shared=True)
    """The energy it runs on (e.g. ``renewable``), where a source says."""
    organizations: tuple[str, ...] = _refs("organizations")
    programs: tuple[str, ...] = _refs("programs")
    purpose: tuple[str, ...] = _facts(verbatim=True)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Target(_Shown):
    """A stated goal or figure: a metric, a quantity, a horizon year and what it belongs to."""

    id: str = _id()
    metric: str = attrs.field(validator=_TEXT, metadata={SHARED: True})
    """What is measured, in English (``jobs created``, ``revenue`` …)."""
    kind: TargetKind
    quantity: Quantity = _fact(default=attrs.NOTHING)
    horizon: int | None = _fact(validator=All((WholeNumber(), InRange(1, 9999))))
    """The year a goal is set for, or the year a figure describes (1 to 9999)."""
    scope: str = _ref("programs", "organizations", "facilities", "partnerships", required=True)
    """The program, organization, facility or partnership the target belongs to."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Program(_Shown):
    """A public strategy, roadmap, initiative or law."""

    id: str = _id()
    name: Names
    kind: ProgramKind
    part_of: tuple[str, ...] = _refs("programs")
    organizations: tuple[str, ...] = _refs("organizations")
    """Organizations leading or partnering in it."""
    named_after: tuple[str, ...] = _facts(verbatim=True)
    """Whom the program is named after, in each source's words."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Event(_Shown):
    """A conference, launch, announcement or ceremony."""

    id: str = _id()
    name: Names
    kind: EventKind
    start: PartialDate | None = _fact()
    end: PartialDate | None = _fact()
    place: str | None = _ref("places")
    organizers: tuple[str, ...] = _refs("organizations")
    participants: tuple[Participation, ...] = _nested()
    others: tuple[str, ...] = _facts(verbatim=True)
    """Participants the source mentions without naming, in its words."""
    programs: tuple[str, ...] = _refs("programs")
    outcomes: tuple[str, ...] = _facts(verbatim=True)
    citations: tuple[Citation, ...] = _citations()


Record: TypeAlias = (
    Source | Place | Organization | Official | Partnership | Facility | Target | Program | Event
)
"""Any record of a dataset."""

COLLECTIONS: dict[str, type[Any]] = {
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
"""The collections of a dataset, in the order they are exported, and their record classes."""


@functools.cache
def nested_types() -> frozenset[type[Any]]:
    """The classes of nested facts (posts, participations): each citation supports all of one."""
    return frozenset(
        info.base for cls in COLLECTIONS.values() for info in fields_of(cls) if info.nested
    )


class Cited(Protocol):
    """Anything that carries citations: a record, a post, a participation."""

    @property
    def citations(self) -> tuple[Citation, ...]: ...
