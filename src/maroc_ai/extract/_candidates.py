"""The draft of one article: candidate records, typed, and their JSON form.

A :class:`Draft` is what :func:`~maroc_ai.extract.extract` proposes and what a
curator reviews. Its JSON form (what ``maroc-ai extract`` writes and
:func:`read_draft` reads back) comes from the project's strict cattrs converter,
with three conventions of its own: a candidate's ``span`` is ``[start, end]``, its
``match`` is ``"new"`` when no record of the dataset matches, and a date mention
carries its ``precision``. Reading a draft checks its whole shape and reports
every problem at once, with its path (``officials[2].match``), never a traceback.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import attrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from .._convert import converter as _project_converter
from .._convert import describe_errors
from .._english import counted, singular
from .._json import json_type
from ..errors import DatasetError, Problem
from ..model import (
    ID_PATTERN,
    AgreementKind,
    Facility,
    FacilityKind,
    Official,
    Organization,
    OrganizationKind,
    Partnership,
    Place,
    Source,
    Statistic,
    Target,
    TargetKind,
)
from ..text import DateMention, QuantityMention
from ..values import PartialDate, Qualifier, Quantity

__all__ = [
    "KINDS",
    "NEW",
    "Candidate",
    "Draft",
    "FacilityCandidate",
    "OfficialCandidate",
    "OrganizationCandidate",
    "PartnershipCandidate",
    "PlaceCandidate",
    "StatisticCandidate",
    "TargetCandidate",
    "read_draft",
    "structure_draft",
    "unstructure_draft",
]

NEW = "new"
"""How the JSON form of a draft marks a candidate no record of the dataset matches."""

C = TypeVar("C", bound="Candidate")


@attrs.frozen(kw_only=True)
class Candidate:
    """What every candidate has: the exact words it comes from, where, and its match."""

    quote: str
    """The exact words of the article the candidate comes from."""
    span: tuple[int, int]
    """``(start, end)``: ``text[start:end] == quote``."""
    match: str | None = None
    """The id of the dataset's record it stands for, or ``None`` for a new one."""

    @property
    def start(self) -> int:
        """Where the quote starts in the text."""
        return self.span[0]

    @property
    def end(self) -> int:
        """Where the quote ends in the text."""
        return self.span[1]


@attrs.frozen(kw_only=True)
class OfficialCandidate(Candidate):
    """A person named in the article, with the post and institution written beside the name."""

    name: str
    post: str | None = None
    organization: str | None = None
    record: Official


@attrs.frozen(kw_only=True)
class OrganizationCandidate(Candidate):
    """An institution named in the article."""

    name: str
    kind: OrganizationKind
    record: Organization


@attrs.frozen(kw_only=True)
class PlaceCandidate(Candidate):
    """A city, region or country named in the article."""

    name: str
    record: Place


@attrs.frozen(kw_only=True)
class PartnershipCandidate(Candidate):
    """An agreement the article reports signed: its kind, parties, date and place."""

    name: str
    kind: AgreementKind
    parties: tuple[str, ...] = ()
    """The parties as written."""
    date: PartialDate | None = None
    place: str | None = None
    record: Partnership


@attrs.frozen(kw_only=True)
class FacilityCandidate(Candidate):
    """A facility the article reports made or planned: its kind, place and capacity."""

    name: str
    kind: FacilityKind
    place: str | None = None
    capacity: Quantity | None = None
    record: Facility


@attrs.frozen(kw_only=True)
class TargetCandidate(Candidate):
    """A goal: what it measures, how much, and the year it is set for."""

    metric: str
    kind: TargetKind = TargetKind.GOAL
    quantity: Quantity
    horizon: int | None = None
    record: Target


@attrs.frozen(kw_only=True)
class StatisticCandidate(Candidate):
    """A figure the article states as fact: what it measures, how much, and its year."""

    metric: str
    kind: TargetKind = TargetKind.FIGURE
    quantity: Quantity
    date: PartialDate | None = None
    record: Statistic


KINDS = (
    "officials",
    "organizations",
    "places",
    "partnerships",
    "facilities",
    "targets",
    "statistics",
)
"""The lists of candidates a draft holds."""


@attrs.frozen(kw_only=True)
class Draft:
    """What :func:`~maroc_ai.extract.extract` read in one article, for a curator to review.

    The candidates' ``record`` fields hold records in the dataset's own shape, citing
    ``source``; ``dates`` and ``quantities`` are every date and quantity mention, for
    checking the records against. ``text`` is the article exactly as read (line
    endings and a byte order mark kept); every span is an offset into it.

    ``url``, ``publisher`` and ``published`` are what a corpus says of the article
    (a JSONL line's ``url``, ``publisher`` and ``date``, or ``maroc-ai extract --url``):
    not read from the text, so not cited, they are kept for the source record.
    """

    source: Source
    text: str
    url: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    officials: tuple[OfficialCandidate, ...] = ()
    organizations: tuple[OrganizationCandidate, ...] = ()
    places: tuple[PlaceCandidate, ...] = ()
    partnerships: tuple[PartnershipCandidate, ...] = ()
    facilities: tuple[FacilityCandidate, ...] = ()
    targets: tuple[TargetCandidate, ...] = ()
    statistics: tuple[StatisticCandidate, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[QuantityMention, ...] = ()

    def candidates(self) -> dict[str, tuple[Candidate, ...]]:
        """The candidates by kind: ``{"officials": (...), "organizations": (...), ...}``."""
        return {kind: getattr(self, kind) for kind in KINDS}

    def __repr__(self) -> str:
        found = {**self.candidates(), "dates": self.dates, "quantities": self.quantities}
        counts = ", ".join(counted(len(items), singular(kind)) for kind, items in found.items())
        return f"<Draft of {self.source.id!r}: {counts}>"


# The JSON form


def _structure_match(value: object, _: type) -> str | None:
    if value == NEW:
        return None
    if isinstance(value, str) and ID_PATTERN.fullmatch(value):
        return value
    if isinstance(value, str):
        raise ValueError(f'expected "new" or the id of a record, got {value!r}')
    raise TypeError(f'expected "new" or the id of a record, got {json_type(value)}')


def _unstructure_match(value: str | None) -> str:
    return NEW if value is None else value


def _structure_span(value: object, _: type) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(item, int) and not isinstance(item, bool) for item in value)
    ):
        raise TypeError(f"expected [start, end], two whole numbers, got {json_type(value)}")
    start, end = value
    if not 0 <= start <= end:
        raise ValueError(f"expected 0 <= start <= end, got [{start}, {end}]")
    return (start, end)


def _is_candidate(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Candidate)


def _candidate_structure(cls: type[C], conv: Any) -> Callable[[object, type], C]:
    inner = make_dict_structure_fn(
        cls,
        conv,
        _cattrs_forbid_extra_keys=True,
        match=override(struct_hook=_structure_match),
        span=override(struct_hook=_structure_span),
    )
    fields = ", ".join(field.name for field in attrs.fields(cls))

    def structure(value: object, _: type) -> C:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object with {fields}, got {json_type(value)}")
        return inner(value, cls)

    return structure


def _candidate_unstructure(cls: type[Candidate], conv: Any) -> Callable[[Any], dict[str, Any]]:
    return make_dict_unstructure_fn(cls, conv, match=override(unstruct_hook=_unstructure_match))


def _unstructure_date(mention: DateMention) -> dict[str, Any]:
    data: dict[str, Any] = {
        "value": mention.value.isoformat(),
        "precision": mention.precision.value,
    }
    if mention.until is not None:
        data["until"] = mention.until.isoformat()
    data["quote"] = mention.quote
    data["span"] = list(mention.span)
    return data


def _structure_date(value: object, _: type) -> DateMention:
    data = _mention_fields(value, {"value", "precision", "until", "quote", "span"}, "a date")
    value_date = _project_converter.structure(data.get("value"), PartialDate)
    until = data.get("until")
    start, end = _structure_span(data.get("span"), tuple)
    return DateMention(
        value=value_date,
        until=None if until is None else _project_converter.structure(until, PartialDate),
        start=start,
        end=end,
        quote=_project_converter.structure(data.get("quote"), str),
    )


def _unstructure_quantity(mention: QuantityMention) -> dict[str, Any]:
    return {
        "value": mention.value,
        "unit": mention.unit,
        "qualifier": mention.qualifier.value,
        "noun": mention.noun,
        "quote": mention.quote,
        "span": list(mention.span),
    }


def _structure_quantity(value: object, _: type) -> QuantityMention:
    data = _mention_fields(
        value, {"value", "unit", "qualifier", "noun", "quote", "span"}, "a quantity"
    )
    start, end = _structure_span(data.get("span"), tuple)
    structure = _project_converter.structure
    number: int | float = structure(data.get("value"), int | float)  # type: ignore[arg-type]
    return QuantityMention(
        value=number,
        unit=structure(data.get("unit"), str),
        qualifier=structure(data.get("qualifier", "exact"), Qualifier),
        noun=structure(data.get("noun", ""), str),
        start=start,
        end=end,
        quote=structure(data.get("quote"), str),
    )


def _mention_fields(value: object, allowed: set[str], what: str) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise TypeError(f"expected {what} mention, an object, got {json_type(value)}")
    extra = set(value) - allowed
    if extra:
        raise ValueError(f"unknown fields: {', '.join(sorted(extra))}")
    return value


def _register(conv: Any) -> Any:
    """Teach the project's converter the conventions of a draft's JSON form.

    The hooks apply to the draft's own types only (candidates and mentions), which
    no record of the model holds, so the loader and the exports are unchanged.
    """
    conv.register_structure_hook_factory(_is_candidate, lambda cls: _candidate_structure(cls, conv))
    conv.register_unstructure_hook_factory(
        _is_candidate, lambda cls: _candidate_unstructure(cls, conv)
    )
    conv.register_unstructure_hook(DateMention, _unstructure_date)
    conv.register_structure_hook(DateMention, _structure_date)
    conv.register_unstructure_hook(QuantityMention, _unstructure_quantity)
    conv.register_structure_hook(QuantityMention, _structure_quantity)
    return conv


converter = _register(_project_converter)
"""The project's converter, which also reads and writes drafts."""


def unstructure_draft(draft: Draft) -> dict[str, Any]:
    """The draft as JSON-ready data, in the form ``maroc-ai extract`` writes."""
    data: dict[str, Any] = converter.unstructure(draft)
    return data


def structure_draft(data: object, location: str = "draft") -> Draft:
    """The :class:`Draft` whose JSON form is ``data``.

    Raises:
        DatasetError: listing every problem of its shape, each with its path
            (``officials[2].match: expected "new" or the id of a record``).

    """
    if not isinstance(data, dict):
        problem = Problem(
            message=f"a draft is a JSON object with 'source' and 'text', got {json_type(data)}"
        )
        raise DatasetError(location, [problem])
    try:
        draft: Draft = converter.structure(data, Draft)
    except Exception as error:
        problems = [
            Problem(field=path or None, message=message) for path, message in describe_errors(error)
        ]
        raise DatasetError(location, problems) from None
    return draft


def read_draft(path: str | os.PathLike[str]) -> Draft:
    """The draft in a file, as ``maroc-ai extract`` writes it.

    Raises:
        DatasetError: when the file is not UTF-8, not JSON, nested deeper than JSON
            can be read, or not a draft: every problem listed with its path.

    """
    location = os.fspath(path)
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"not UTF-8 text: byte {error.start} can't be read ({error.reason})"
        raise DatasetError(location, [Problem(message=message)]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        raise DatasetError(location, [Problem(message=message)]) from None
    except RecursionError:
        message = "nested too deeply to be a draft (a draft nests a few levels)"
        raise DatasetError(location, [Problem(message=message)]) from None
    return structure_draft(data, location)
