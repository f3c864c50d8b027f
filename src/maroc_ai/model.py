"""The domain model: the records of Morocco's AI build-out and how they refer to each other.

Every record is a frozen attrs class with a stable string ``id`` (lowercase words
joined by hyphens) and a tuple of [`Citation`][maroc_ai.values.Citation]. Records refer to
each other by id, never by holding each other, so each real thing is stored once.

Each field is declared once, here, and everything else is derived from that
declaration: its type, its default, its validator (an object from
`maroc_ai._validators` that carries its parameters, such as the collections a
reference points into) and its metadata:

* ``cited``: the field states a fact, so when it is set some citation of the record
  must name it in ``fields``;
* ``verbatim``: the field holds the source's own words, so each of its strings must
  stand in the quote of a citation naming the field;
* ``nested``: the field holds posts or participations, facts with citations of their own.

Names and labels are kept apart. ``name`` holds names only: the Arabic form a source
writes, and the established English and French names (an official name, the usual
Latin spelling of a person's name). A thing with no established name in a language
has none in it. ``label`` is what a reader is shown for a record with no name to show:
a short description in lower case that a curator writes (``data centre in Dakhla``),
never a name. [`maroc_ai.label`][maroc_ai.label] gives what to show for any record.

Goals and figures are kept apart too: a [`Target`][maroc_ai.model.Target] is a goal (a quantity to
reach, usually by a horizon year); a [`Statistic`][maroc_ai.model.Statistic] is a figure a source states as
fact (Onepoint's revenue in 2024). Every judgement call that shapes the data (two
mentions are one record, a party is not a signatory, a status) is itself a record, a
[`Decision`][maroc_ai.model.Decision], with the quotes that decide it.
"""

from __future__ import annotations

import enum
import functools
import re
from typing import Any, ClassVar, Protocol, TypeAlias

import attrs

from ._english import with_article
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
    "Decision",
    "DecisionKind",
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
    "Statistic",
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


def _label() -> Any:
    """What a reader is shown for a record with no name to show: a description, not a name."""
    return attrs.field(default=None, validator=Optional(_TEXT))


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
    """Whether a number a source states is a goal or a figure: which class it belongs to.

    No record has a kind of this sort any more (a [`Target`][maroc_ai.model.Target] is always a goal);
    the extractor uses it to say which of the two a number it read is.
    """

    GOAL = "goal"
    """An aim for the future: a [`Target`][maroc_ai.model.Target]."""
    FIGURE = "figure"
    """A measurement stated as fact: a [`Statistic`][maroc_ai.model.Statistic]."""


class DecisionKind(enum.Enum):
    """What sort of judgement a [`Decision`][maroc_ai.model.Decision] records."""

    MERGE = "merge"
    """Mentions in several places are one real thing, so one record."""
    SEPARATE = "separate"
    """Mentions that could be one thing are kept as separate records."""
    ROLE = "role"
    """The part an organization or a person took: party, signatory, attendee …"""
    STATUS = "status"
    """How far a facility has come."""
    CLASSIFY = "classify"
    """What a fact is: a goal or a figure, a topic or an outcome."""
    COMBINE = "combine"
    """Facts told by different sources, or sentences, put together on one record."""
    LINK = "link"
    """A relation between records that the text implies rather than states outright."""
    PLACE = "place"
    """Where something is, or that no source says."""
    DATE = "date"
    """A date worked out from the text, or left unset."""
    NAME = "name"
    """A name, an established Latin form of one, or a record's id."""


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
    """The SHA-256 of ``data`` in hex.

    Loading checks every source's fingerprint. For the first megabyte hashed,
    CPython's built-in module does it: `hashlib` would start OpenSSL on import, which
    costs more than hashing a few articles. Past it, `hashlib`'s OpenSSL, several
    times faster, is worth its import.
    """
    _HASHED[0] += len(data)
    if _HASHED[0] > _BUILT_IN_ENOUGH:
        import hashlib

        return hashlib.sha256(data).hexdigest()
    return _built_in_sha256()(data).hexdigest()  # type: ignore[no-any-return]


_BUILT_IN_ENOUGH = 1 << 20
"""How many bytes are hashed by CPython's built-in SHA-256 before OpenSSL's takes over."""

_HASHED = [0]
"""How many bytes `_sha256` has hashed in this process."""


@functools.cache
def _built_in_sha256() -> Any:
    """The built-in SHA-256 constructor, looked for once: a failed import searches the path."""
    import importlib

    for name in ("_sha2", "_sha256"):  # Python 3.12 and later; 3.10 and 3.11
        try:
            return importlib.import_module(name).sha256
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256


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
    label: str | None = _label()
    kind: PlaceKind
    coordinates: Coordinates | None = None
    """Where it lies, from the GeoNames gazetteer: not a fact of the articles, so not cited."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Organization(_Shown):
    """A ministry, agency, company, fund, school …"""

    id: str = _id()
    name: Names
    label: str | None = _label()
    kind: OrganizationKind
    country: str | None = _fact(validator=_TEXT, shared=True)
    """ISO 3166-1 alpha-2 code of the country it belongs to, where a source says."""
    presence: tuple[str, ...] = _facts(shared=True)
    """ISO 3166-1 alpha-2 codes of the countries a source says it works in."""
    description: tuple[str, ...] = _facts(verbatim=True)
    """What a source says the organization is or does, in its words."""
    parent: str | None = _ref("organizations")
    place: str | None = _ref("places")
    """Where a source says it is. A place in its name is not enough: a name is not a location."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Post(_Shown):
    """A post an official holds, with the title exactly as a source writes it."""

    title: str = _fact(default=attrs.NOTHING, verbatim=True)
    organization: str | None = _ref("organizations", cited=False)
    title_en: str | None = _text()
    """The title in English: the established one where the organization gives one, else a
    rendering of the source's words, for readers who do not read Arabic."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Official(_Shown):
    """A named person, with the posts the articles give them."""

    id: str = _id()
    name: Names
    label: str | None = _label()
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


class _NameOrLabel(_Shown):
    """A record that may have no name (an agreement, a facility …) but then has a label."""

    __slots__ = ()

    REQUIRE_ONE_OF: ClassVar[tuple[str, ...]] = ("name", "label")
    """The fields of which a record sets at least one."""

    def __attrs_post_init__(self) -> None:
        if getattr(self, "name") is None and getattr(self, "label") is None:  # noqa: B009
            raise ValueError(
                f"{with_article(type(self).__name__)} with no name needs a label: a short description "
                "in lower case, such as 'memorandum of understanding with Mistral AI'"
            )


@attrs.frozen(kw_only=True, repr=False)
class Partnership(_NameOrLabel):
    """An agreement between organizations: a memorandum, protocol, partnership agreement …"""

    id: str = _id()
    name: Names | None = None
    """Its name, where it has one; the words a source calls it by otherwise (``ar``)."""
    label: str | None = _label()
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
    implements: tuple[str, ...] = _refs("events", "programs")
    """What a source says the agreement carries out: a program, or what was discussed or
    decided at an event (في سياق تنفيذ …)."""
    event: str | None = _ref("events")
    """The event on whose occasion it was signed."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Facility(_NameOrLabel):
    """A data centre, centre of excellence, hub, laboratory, sovereign cloud …"""

    id: str = _id()
    name: Names | None = None
    """Its name, where it has one; the words a source calls it by otherwise (``ar``)."""
    label: str | None = _label()
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


_SCOPES = ("programs", "organizations", "facilities", "partnerships")


@attrs.frozen(kw_only=True, repr=False)
class Target(_Shown):
    """A goal: a metric, a quantity to reach, the year it is set for and whose goal it is.

    A figure a source states as fact (a company's revenue last year) is not a goal:
    it is a [`Statistic`][maroc_ai.model.Statistic].
    """

    id: str = _id()
    metric: str = attrs.field(validator=_TEXT, metadata={SHARED: True})
    """What is measured, in English (``jobs created``, ``revenue`` …)."""
    quantity: Quantity = _fact(default=attrs.NOTHING)
    horizon: int | None = _fact(validator=All((WholeNumber(), InRange(1, 9999))))
    """The year the goal is set for (1 to 9999), where a source gives one."""
    scope: str = _ref(*_SCOPES, required=True)
    """The program, organization, facility or partnership whose goal it is."""
    citations: tuple[Citation, ...] = _citations()

    REMOVED_FIELDS: ClassVar[dict[str, str]] = {
        "kind": "a target is a goal: move one whose kind is 'figure' to statistics.json "
        "as a Statistic, its horizon as 'date', and drop 'kind' from the others",
    }
    """Fields targets had before, with what to do with them, for the loader's messages."""


@attrs.frozen(kw_only=True, repr=False)
class Statistic(_Shown):
    """A figure a source states as fact: a metric, a quantity, the date it describes, of what.

    Onepoint's revenue of 500 million euros in 2024 is a statistic; its ambition to
    pass a billion euros by 2028 is a [`Target`][maroc_ai.model.Target].
    """

    id: str = _id()
    metric: str = attrs.field(validator=_TEXT, metadata={SHARED: True})
    """What is measured, in English (``employees worldwide``, ``revenue`` …)."""
    quantity: Quantity = _fact(default=attrs.NOTHING)
    date: PartialDate | None = _fact()
    """The year, month or day the figure describes, where a source gives it."""
    scope: str = _ref(*_SCOPES, required=True)
    """The program, organization, facility or partnership the figure describes."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Program(_NameOrLabel):
    """A public strategy, roadmap, initiative or law."""

    id: str = _id()
    name: Names | None = None
    label: str | None = _label()
    kind: ProgramKind
    part_of: tuple[str, ...] = _refs("programs")
    organizations: tuple[str, ...] = _refs("organizations")
    """Organizations leading or partnering in it."""
    named_after: tuple[str, ...] = _facts(verbatim=True)
    """Whom the program is named after, in each source's words."""
    purpose: tuple[str, ...] = _facts(verbatim=True)
    """What a source says the program aims at, in its words."""
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Event(_NameOrLabel):
    """A conference, launch, announcement or ceremony."""

    id: str = _id()
    name: Names | None = None
    """Its name, where it has one; the words a source calls it by otherwise (``ar``)."""
    label: str | None = _label()
    kind: EventKind
    start: PartialDate | None = _fact()
    end: PartialDate | None = _fact()
    place: str | None = _ref("places")
    organizers: tuple[str, ...] = _refs("organizations")
    participants: tuple[Participation, ...] = _nested()
    others: tuple[str, ...] = _facts(verbatim=True)
    """Participants the source mentions without naming, in its words."""
    programs: tuple[str, ...] = _refs("programs")
    follows: tuple[str, ...] = _refs("events")
    """Events a source says this one comes after (ويأتي … بعد …)."""
    topics: tuple[str, ...] = _facts(verbatim=True)
    """What a source says was discussed there, in its words."""
    outcomes: tuple[str, ...] = _facts(verbatim=True)
    """What a source says came of it, in its words: not what was merely discussed."""
    citations: tuple[Citation, ...] = _citations()


def _affected(*collections: str) -> Any:
    """The ids of the records a decision shapes: at least one, none repeated. Not a fact."""
    validator = All((NonEmpty("record it affects"), Each(Reference(collections)), Distinct()))
    return attrs.field(converter=AS_TUPLE, validator=validator)


def _former_ids() -> Any:
    """Ids no record has any more, none repeated. Not a fact of the sources."""
    return attrs.field(default=(), converter=AS_TUPLE, validator=All((Each(Id()), Distinct())))


_DECIDABLE = (
    "sources",
    "organizations",
    "officials",
    "partnerships",
    "facilities",
    "targets",
    "programs",
    "events",
    "statistics",
    "places",
)


@attrs.frozen(kw_only=True, repr=False)
class Decision(_Shown):
    """A judgement call that shapes the data, on record where users can see it.

    Two mentions are one record (or two), a party is or is not a signatory, a status,
    facts of two sources put together: each is a decision, with what was decided, the
    records it affects, the quotes that decide it (its citations) and what would
    change it. ``ds.decisions_about(record)`` lists those about a record.

    A decision that merged a record into another, or gave one a new id, keeps the ids
    it retired in ``former_ids``: they still find the one record it affects
    (``ds.get(old_id)``, with a `DeprecationWarning`) for one release.
    """

    id: str = _id()
    kind: DecisionKind
    decided: str = _text(required=True)
    """What was decided, in a sentence or two, in English."""
    affects: tuple[str, ...] = _affected(*_DECIDABLE)
    """The records the decision shapes."""
    former_ids: tuple[str, ...] = _former_ids()
    """Ids the decision retired, which now find the one record it affects."""
    revisit_if: str | None = _text()
    """What would change the decision: the fact a new source would have to state."""
    citations: tuple[Citation, ...] = _citations()


Record: TypeAlias = (
    Source
    | Place
    | Organization
    | Official
    | Partnership
    | Facility
    | Target
    | Program
    | Event
    | Statistic
    | Decision
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
    "statistics": Statistic,
    "decisions": Decision,
    "places": Place,
}
"""The collections of a dataset, in the order they are exported, and their record classes."""

if set(_DECIDABLE) != set(COLLECTIONS) - {"decisions"}:  # pragma: no cover - a model edit
    raise TypeError("Decision.affects must refer to every collection but decisions")


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
