"""The draft an article gives: candidate records, each with its quote, span and match."""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from .._convert import unstructure
from ..dataset import Dataset
from ..model import (
    AgreementKind,
    Facility,
    FacilityKind,
    Official,
    Organization,
    OrganizationKind,
    Partnership,
    Place,
    PlaceKind,
    Post,
    Source,
    Status,
    Target,
    TargetKind,
)
from ..text import DateMention, QuantityMention, normalize
from ..text import name_key as _name_key
from ..text._dates import dates_in_tokens
from ..text._quantities import quantities_in_tokens
from ..text._tokens import Token, no_collection, tokenize
from ..values import Citation, Names, PartialDate, Precision, Quantity, Weekday
from . import _lexicon as lex
from . import _scan
from ._match import match

__all__ = [
    "NEW",
    "Draft",
    "FacilityCandidate",
    "OfficialCandidate",
    "OrganizationCandidate",
    "PartnershipCandidate",
    "PlaceCandidate",
    "TargetCandidate",
    "extract",
]

name_key = functools.lru_cache(maxsize=65536)(_name_key)
"""The name key of :func:`maroc_ai.text.name_key`, cached: an article repeats its names."""

NEW = "new"
"""How the JSON form of a draft marks a candidate no record of the dataset matches."""

DEFAULT_SOURCE = "new-source"

UNKNOWN_SCOPE = "unknown-scope"
"""The scope of a target whose article names nothing it could belong to: the curator sets it."""


@attrs.frozen(kw_only=True)
class _Candidate:
    quote: str
    """The exact words of the article the candidate comes from."""
    start: int
    end: int
    match: str | None
    """The id of the dataset's record it stands for, or ``None`` for a new one."""

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``: ``text[start:end] == quote``."""
        return (self.start, self.end)


@attrs.frozen(kw_only=True)
class OfficialCandidate(_Candidate):
    """A person named in the article, with the post and institution written beside the name."""

    name: str
    post: str | None
    organization: str | None
    record: Official


@attrs.frozen(kw_only=True)
class OrganizationCandidate(_Candidate):
    """An institution named in the article."""

    name: str
    kind: OrganizationKind
    record: Organization


@attrs.frozen(kw_only=True)
class PlaceCandidate(_Candidate):
    """A city, region or country named in the article."""

    name: str
    record: Place


@attrs.frozen(kw_only=True)
class PartnershipCandidate(_Candidate):
    """An agreement the article reports signed: its kind, parties, date and place."""

    name: str
    kind: AgreementKind
    parties: tuple[str, ...]
    """The parties as written."""
    date: PartialDate | None
    place: str | None
    record: Partnership


@attrs.frozen(kw_only=True)
class FacilityCandidate(_Candidate):
    """A facility the article reports made or planned: its kind, place and capacity."""

    name: str
    kind: FacilityKind
    place: str | None
    capacity: Quantity | None
    record: Facility


@attrs.frozen(kw_only=True)
class TargetCandidate(_Candidate):
    """A figure or goal: what it measures, how much, and the year it is set for."""

    metric: str
    kind: TargetKind
    quantity: Quantity
    horizon: int | None
    record: Target


@attrs.frozen(kw_only=True)
class Draft:
    """What :func:`extract` read in one article, for a curator to review.

    The candidates' ``record`` fields hold records in the dataset's own shape, citing
    ``source``; ``dates`` and ``quantities`` are every date and quantity mention, for
    checking the records against.
    """

    source: Source
    text: str
    officials: tuple[OfficialCandidate, ...] = ()
    organizations: tuple[OrganizationCandidate, ...] = ()
    places: tuple[PlaceCandidate, ...] = ()
    partnerships: tuple[PartnershipCandidate, ...] = ()
    facilities: tuple[FacilityCandidate, ...] = ()
    targets: tuple[TargetCandidate, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[QuantityMention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The draft as JSON-ready data, in the form ``maroc-ai extract`` prints."""

        def common(candidate: _Candidate) -> dict[str, Any]:
            return {
                "quote": candidate.quote,
                "span": list(candidate.span),
                "match": candidate.match or NEW,
            }

        return {
            "source": unstructure(self.source),
            "text": self.text,
            "officials": [
                {
                    "name": o.name,
                    "post": o.post,
                    "organization": o.organization,
                    **common(o),
                    "record": unstructure(o.record),
                }
                for o in self.officials
            ],
            "organizations": [
                {"name": o.name, "kind": o.kind.value, **common(o), "record": unstructure(o.record)}
                for o in self.organizations
            ],
            "places": [
                {"name": p.name, **common(p), "record": unstructure(p.record)} for p in self.places
            ],
            "partnerships": [
                {
                    "name": p.name,
                    "kind": p.kind.value,
                    "parties": list(p.parties),
                    "date": None if p.date is None else p.date.isoformat(),
                    "place": p.place,
                    **common(p),
                    "record": unstructure(p.record),
                }
                for p in self.partnerships
            ],
            "facilities": [
                {
                    "name": f.name,
                    "kind": f.kind.value,
                    "place": f.place,
                    "capacity": None if f.capacity is None else unstructure(f.capacity),
                    **common(f),
                    "record": unstructure(f.record),
                }
                for f in self.facilities
            ],
            "targets": [
                {
                    "metric": t.metric,
                    "kind": t.kind.value,
                    "quantity": unstructure(t.quantity),
                    "horizon": t.horizon,
                    **common(t),
                    "record": unstructure(t.record),
                }
                for t in self.targets
            ],
            "dates": [_date_dict(mention) for mention in self.dates],
            "quantities": [
                {
                    "value": m.value,
                    "unit": m.unit,
                    "qualifier": m.qualifier.value,
                    "quote": m.quote,
                    "span": list(m.span),
                }
                for m in self.quantities
            ],
        }


def _date_dict(mention: DateMention) -> dict[str, Any]:
    data: dict[str, Any] = {
        "value": mention.value.isoformat(),
        "precision": mention.precision.value,
    }
    if mention.until is not None:
        data["until"] = mention.until.isoformat()
    data["quote"] = mention.quote
    data["span"] = list(mention.span)
    return data


# Ids

_LATIN = str.maketrans(
    {
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
        "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "ch",
        "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "k",
        "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "ou", "ي": "i", "ى": "a",
        "ة": "a", "ء": "", "ئ": "i", "ؤ": "ou",
    }
)  # fmt: skip


def _slug(text: str, fallback: str) -> str:
    """A record id from a name: Arabic transliterated roughly, for the curator to correct."""
    latin = normalize(text).translate(_LATIN)
    slug = re.sub(r"[^a-z0-9]+", "-", latin.encode("ascii", "ignore").decode()).strip("-")
    return "-".join(slug.split("-")[:6]) or fallback


class _Ids:
    def __init__(self, dataset: Dataset | None) -> None:
        self.taken: set[str] = set() if dataset is None else {r.id for r in dataset.records()}

        self.next: dict[str, int] = {}

    def new(self, text: str, fallback: str) -> str:
        """An id from ``text`` that no record has yet: ``base``, ``base-2``, ``base-3`` …"""
        base = _slug(text, fallback)
        candidate, number = base, self.next.get(base, 2)
        while candidate in self.taken:
            candidate, number = f"{base}-{number}", number + 1
        self.next[base] = number
        self.taken.add(candidate)
        return candidate


# Page furniture

_TEASER_ENDS = ("...", "…")


def _mask_furniture(text: str) -> str:
    """The text with its page furniture blanked out, offsets kept.

    A line is furniture when it holds a newsletter, comment or "read also" prompt, or
    when it ends in an ellipsis (the truncated teaser of another article).
    """
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        key = normalize(stripped[:200])
        if stripped and (
            stripped.endswith(_TEASER_ENDS) or any(phrase in key for phrase in lex.FURNITURE)
        ):
            out.append(" " * len(body) + line[len(body) :])
        else:
            out.append(line)
    return "".join(out)


# Reading


class _Reader:
    def __init__(self, text: str, source_id: str, dataset: Dataset | None) -> None:
        self.text = text
        self.source = source_id
        self.dataset = dataset
        self.ids = _Ids(dataset)
        self.masked = _mask_furniture(text)
        self.tokens: list[Token] = list(tokenize(self.masked))
        self.sentence_of = _scan.sentences(self.tokens, self.masked)
        self.bounds: dict[int, tuple[int, int]] = {}
        for token, number in zip(self.tokens, self.sentence_of, strict=True):
            start, _ = self.bounds.get(number, (token.start, token.end))
            self.bounds[number] = (start, token.end)
        self.year: int | None = None
        self.matches: dict[tuple[str, tuple[str | None, ...]], str | None] = {}
        self._words: dict[int, set[str]] = {}
        self.token_range: dict[int, tuple[int, int]] = {}
        for index, number in enumerate(self.sentence_of):
            first, _ = self.token_range.get(number, (index, index))
            self.token_range[number] = (first, index + 1)
        self.starts = sorted((start, number) for number, (start, _) in self.bounds.items())
        self.start_offsets = [start for start, _ in self.starts]

    def words(self, number: int) -> set[str]:
        """The normalised words of a sentence (and their forms without a joined prefix)."""
        if number not in self._words:
            self._words[number] = set()
        if not self._words[number]:
            first, last = self.token_range[number]
            self._words[number] = {form for t in self.tokens[first:last] for form in t.forms}
        return self._words[number]

    def sentence(self, number: int) -> str:
        start, end = self.bounds[number]
        return self.text[start:end]

    def sentence_at(self, offset: int) -> int | None:
        """The sentence that holds the character at ``offset``, if any."""
        index = bisect.bisect_right(self.start_offsets, offset) - 1
        if index < 0:
            return None
        number = self.starts[index][1]
        return number if offset < self.bounds[number][1] else None

    def by_sentence(self, mentions: Iterable[Any]) -> dict[int, list[Any]]:
        """Mentions (with ``start``) grouped by the sentence they start in."""
        groups: dict[int, list[Any]] = collections.defaultdict(list)
        for mention in mentions:
            number = self.sentence_at(mention.start)
            if number is not None:
                groups[number].append(mention)
        return groups

    def cite(self, quote: str, fields: Iterable[str] = ()) -> Citation:
        return Citation(source=self.source, quote=quote, fields=tuple(dict.fromkeys(fields)))


def _latin(name: str) -> bool:
    return name.isascii()


def _names(name: str, english: str | None = None) -> Names:
    if _latin(name):
        return Names(en=name)
    return Names(ar=name, en=english)


def _places(reader: _Reader, found: Sequence[_scan.PlaceFound]) -> dict[str, PlaceCandidate]:
    """One candidate per place named, by its normalised name."""
    by_key: dict[str, PlaceCandidate] = {}
    for place in found:
        if place.key in by_key:
            continue
        english, kind = lex.PLACES.get(place.key, (None, "city"))
        matched = _match(reader, "places", place.name.text)
        place_id = matched or reader.ids.new(english or place.name.text, "place")
        by_key[place.key] = PlaceCandidate(
            quote=reader.text[place.name.start : place.name.end],
            start=place.name.start,
            end=place.name.end,
            match=matched,
            name=place.name.text,
            record=Place(
                id=place_id,
                name=_names(place.name.text, english),
                kind=PlaceKind(kind),
                citations=(reader.cite(reader.text[place.name.start : place.name.end]),),
            ),
        )
    return by_key


def _match(reader: _Reader, collection: str, *names: str | None) -> str | None:
    """:func:`match`, remembered for the article: it names the same things again and again."""
    if reader.dataset is None:
        return None
    memo = reader.matches
    if (collection, names) not in memo:
        memo[(collection, names)] = match(reader.dataset, collection, *names)
    return memo[(collection, names)]


def _organization(
    reader: _Reader,
    found: _scan.Found,
    kind: OrganizationKind,
    known: dict[str, OrganizationCandidate],
) -> OrganizationCandidate:
    key = name_key(found.text)
    if key in known:
        return known[key]
    matched = _match(reader, "organizations", found.text)
    if matched is not None:
        same = next((c for c in known.values() if c.match == matched), None)
        if same is not None:  # another spelling of an institution the dataset has
            known[key] = same
            return same
    quote = reader.text[found.start : found.end]
    candidate = OrganizationCandidate(
        quote=quote,
        start=found.start,
        end=found.end,
        match=matched,
        name=found.text,
        kind=kind,
        record=Organization(
            id=matched or reader.ids.new(found.text, "organization"),
            name=_names(found.text),
            kind=kind,
            citations=(reader.cite(quote),),
        ),
    )
    known[key] = candidate
    return candidate


def _ministry_of(post: str) -> str | None:
    """The ministry a minister's title names: وزير الصناعة والتجارة → وزارة الصناعة والتجارة."""
    words = post.split()
    if not words or normalize(words[0]).removeprefix("ال") not in {"وزير", "وزيره"}:
        return None
    rest = words[1:]
    while rest and normalize(rest[0]) in {"المنتدب", "المنتدبه", "المكلف", "المكلفه", "لدى"}:
        rest = rest[1:]
    if rest and normalize(rest[0]).startswith("ب") and len(rest[0]) > 3:
        rest = [rest[0][1:], *rest[1:]]
    return "وزارة " + " ".join(rest) if rest else None


def _officials(
    reader: _Reader,
    organizations: dict[str, OrganizationCandidate],
    institutions: Sequence[_scan.Institution],
) -> list[OfficialCandidate]:
    people = _scan.people(reader.masked, reader.tokens, reader.sentence_of)
    anchored = {name_key(p.name.text) for p in people if p.anchored}
    by_key: dict[str, list[_scan.Person]] = collections.defaultdict(list)
    for person in people:
        key = name_key(person.name.text)
        known = _match(reader, "officials", person.name.text)
        if key in anchored or known is not None:
            by_key[key].append(person)
    starts = [institution.name.start for institution in institutions]
    local = Dataset(organizations=tuple(candidate.record for candidate in organizations.values()))
    result = []
    for mentions in by_key.values():
        first = mentions[0]
        with_post = next((p for p in mentions if p.post is not None), None)
        matched = _match(reader, "officials", first.name.text)
        name_quote = reader.text[first.name.start : first.name.end]
        posts: list[Post] = []
        post_text = organization_text = None
        if with_post is not None and with_post.post is not None:
            post = with_post.post
            post_text = post.text
            org_id = None
            index = bisect.bisect_left(starts, post.start)
            if index < len(institutions) and institutions[index].name.start < post.end:
                institution = institutions[index]
                organization_text = institution.name.text
                org_id = _organization(
                    reader, institution.name, institution.kind, organizations
                ).record.id
            else:
                ministry = _ministry_of(post_text)
                org_id = _match(reader, "organizations", ministry) or match(
                    local, "organizations", ministry
                )
            start = min(with_post.name.start, post.start)
            end = max(with_post.name.end, post.end)
            posts.append(
                Post(
                    title=post_text,
                    organization=org_id,
                    citations=(reader.cite(reader.text[start:end]),),
                )
            )
        result.append(
            OfficialCandidate(
                quote=name_quote,
                start=first.name.start,
                end=first.name.end,
                match=matched,
                name=first.name.text,
                post=post_text,
                organization=organization_text,
                record=Official(
                    id=matched or reader.ids.new(first.name.text, "official"),
                    name=_names(first.name.text),
                    posts=tuple(posts),
                    citations=tuple(
                        dict.fromkeys(
                            reader.cite(reader.text[p.name.start : p.name.end]) for p in mentions
                        )
                    ),
                ),
            )
        )
    return result


def _grouped(items: Iterable[Any]) -> dict[int, list[Any]]:
    """Things found by :mod:`._scan` grouped by their sentence."""
    groups: dict[int, list[Any]] = collections.defaultdict(list)
    for item in items:
        groups[item.sentence].append(item)
    return groups


def _partnerships(
    reader: _Reader,
    organizations: dict[str, OrganizationCandidate],
    institutions: list[_scan.Institution],
    places: dict[str, PlaceCandidate],
    place_finds: list[_scan.PlaceFound],
    dates: Sequence[DateMention],
) -> list[PartnershipCandidate]:
    agreements = _scan.agreements(reader.masked, reader.tokens, reader.sentence_of)
    institutions_in, places_in = _grouped(institutions), _grouped(place_finds)
    dates_in = reader.by_sentence(dates)
    if any(normalize(a.name.text) not in lex.GENERIC_AGREEMENTS for a in agreements):
        agreements = [a for a in agreements if normalize(a.name.text) not in lex.GENERIC_AGREEMENTS]
    by_kind: dict[AgreementKind, list[_scan.AgreementFound]] = {}
    for agreement in agreements:
        by_kind.setdefault(agreement.kind, []).append(agreement)
    result = []
    for kind, found in by_kind.items():
        parties: dict[str, str] = {}
        date: PartialDate | None = None
        place: PlaceCandidate | None = None
        citations = []
        for agreement in found:
            fields = []
            for institution in institutions_in.get(agreement.sentence, ()):
                candidate = _organization(reader, institution.name, institution.kind, organizations)
                parties.setdefault(candidate.record.id, candidate.name)
                fields.append("parties")
            in_dates = [
                m for m in dates_in.get(agreement.sentence, ()) if m.precision is not Precision.YEAR
            ]
            if date is None and in_dates:
                date = in_dates[0].value
                fields.append("date")
            local = [p for p in places_in.get(agreement.sentence, ()) if p.key != "المغرب"]
            if place is None and local:
                place = places[local[0].key]
                fields.append("place")
            citations.append(reader.cite(reader.sentence(agreement.sentence), fields))
        first = max(found, key=lambda agreement: len(agreement.name.text))
        name = first.name.text
        matched = _known_partnership(reader.dataset, kind, tuple(parties))
        record = Partnership(
            id=matched
            or reader.ids.new(" ".join([*list(parties.values())[:1], kind.value]), "partnership"),
            name=_names(name),
            kind=kind,
            parties=tuple(parties),
            date=date,
            place=None if place is None else place.record.id,
            citations=tuple(dict.fromkeys(citations)),
        )
        result.append(
            PartnershipCandidate(
                quote=reader.text[first.name.start : first.name.end],
                start=first.name.start,
                end=first.name.end,
                match=matched,
                name=name,
                kind=kind,
                parties=tuple(parties.values()),
                date=date,
                place=None if place is None else place.name,
                record=record,
            )
        )
    return result


def _known_partnership(
    dataset: Dataset | None, kind: AgreementKind, parties: tuple[str, ...]
) -> str | None:
    """The dataset's agreement of this kind between these parties (all of them known)."""
    if dataset is None or not parties:
        return None
    for partnership in dataset.partnerships:
        if partnership.kind is kind and set(parties) <= set(partnership.parties):
            return partnership.id
    return None


def _known_target(dataset: Dataset | None, quantity: Quantity, horizon: int | None) -> str | None:
    """The dataset's target of this value and unit (and horizon, where both give one)."""
    if dataset is None:
        return None
    for target in dataset.targets:
        same = (target.quantity.value, target.quantity.unit) == (quantity.value, quantity.unit)
        if same and (horizon is None or target.horizon in (None, horizon)):
            return target.id
    return None


_FUTURE = lex._set("سيتم", "سيكون", "ستكون", "المرتقب", "المستقبلي", "تشمل", "الخطة")


def _facilities(
    reader: _Reader,
    places: dict[str, PlaceCandidate],
    place_finds: list[_scan.PlaceFound],
    quantities: Sequence[QuantityMention],
) -> tuple[list[FacilityCandidate], set[int]]:
    found = _scan.facilities(reader.masked, reader.tokens, reader.sentence_of)
    places_in, quantities_in = _grouped(place_finds), reader.by_sentence(quantities)
    groups: dict[tuple[FacilityKind, str], list[tuple[_scan.FacilityFound, PlaceCandidate | None]]]
    groups = {}
    for facility in found:
        local = [p for p in places_in.get(facility.sentence, ()) if p.key != "المغرب"]
        place = places[local[0].key] if local else None
        key = (facility.kind, "" if place is None else place.record.id)
        if place is None:  # the same kind somewhere named: the same facility
            key = next((k for k in groups if k[0] is facility.kind), key)
        elif (facility.kind, "") in groups:
            groups[key] = groups.pop((facility.kind, ""))
        groups.setdefault(key, []).append((facility, place))
    used: set[int] = set()
    result = []
    for mentions in groups.values():
        facility = mentions[0][0]
        place = next((p for _, p in mentions if p is not None), None)
        capacity = None
        citations = []
        for mention, mention_place in mentions:
            sentence = reader.sentence(mention.sentence)
            fields = ["status"] if reader.words(mention.sentence) & _FUTURE else []
            if mention_place is not None and mention_place is place:
                fields.append("place")
            found_capacity = next(
                (
                    m
                    for m in quantities_in.get(mention.sentence, ())
                    if m.unit == "MW" and m.start >= mention.name.start
                ),
                None,
            )
            if capacity is None and found_capacity is not None:
                capacity = found_capacity
                used.add(found_capacity.start)
                fields.append("capacity")
            citations.append(reader.cite(sentence, fields))
        status = (
            Status.PLANNED
            if any("status" in citation.fields for citation in citations)
            else Status.ANNOUNCED
        )
        if status is Status.ANNOUNCED:
            citations[0] = reader.cite(citations[0].quote, ["status", *citations[0].fields])
        name = facility.name.text
        matched = _match(reader, "facilities", name)
        result.append(
            FacilityCandidate(
                quote=reader.text[facility.name.start : facility.name.end],
                start=facility.name.start,
                end=facility.name.end,
                match=matched,
                name=name,
                kind=facility.kind,
                place=None if place is None else place.name,
                capacity=None if capacity is None else capacity.quantity,
                record=Facility(
                    id=matched
                    or reader.ids.new(
                        f"{facility.kind.value} {'' if place is None else place.record.id}",
                        "facility",
                    ),
                    name=_names(name),
                    kind=facility.kind,
                    status=status,
                    place=None if place is None else place.record.id,
                    capacity=None if capacity is None else capacity.quantity,
                    citations=tuple(dict.fromkeys(citations)),
                ),
            )
        )
    return result, used


_METRICS = (
    (lex._set("معاملات", "معاملاتها", "معاملاته", "مداخيل", "إيرادات", "عائدات"), "revenue"),
    (lex._set("مضافة", "ثروة", "الثروة"), "added value"),
    (
        lex._set(
            "استثمار",
            "استثمارات",
            "الاستثمار",
            "باستثمار",
            "الاستثمارات",
            "investissement",
            "investment",
        ),
        "investment",
    ),
    (lex._set("ميزانية", "الميزانية", "بميزانية", "تمويل", "بتمويل"), "budget"),
)
_UNIT_METRICS = {
    "job": "jobs",
    "employee": "employees",
    "year": "years",
    "MW": "capacity",
    "percent": "share",
    "person": "people",
    "student": "students",
    "startup": "startups",
}


def _metric(quantity: QuantityMention, sentence: str) -> str:
    if quantity.unit in _UNIT_METRICS:
        return _UNIT_METRICS[quantity.unit]
    words = {normalize(word) for word in re.split(r"\W+", sentence) if word}
    for metric_words, metric in _METRICS:
        if words & metric_words:
            return metric
    return "amount"


def _targets(
    reader: _Reader,
    quantities: Sequence[QuantityMention],
    used: set[int],
    dates: Sequence[DateMention],
    scopes: dict[int, str],
    main_scope: str | None,
) -> list[TargetCandidate]:
    chosen: dict[tuple[float, str], tuple[QuantityMention, int | None, int]] = {}
    dates_in = reader.by_sentence(dates)
    for quantity in quantities:
        if quantity.start in used:
            continue
        number = reader.sentence_at(quantity.start)
        if number is None:
            continue
        clause_start, clause_end = _clause_bounds(reader, quantity, number)
        in_sentence = [m for m in dates_in.get(number, ()) if m.precision is Precision.YEAR]
        years = [m for m in in_sentence if clause_start <= m.start < clause_end] or in_sentence
        horizon = years[0].value.year if years else None
        key = (quantity.value, quantity.unit)
        previous = chosen.get(key)
        score = (horizon is not None) * 2 + (quantity.qualifier.value != "exact")
        if previous is None or score > _score(previous):
            chosen[key] = (quantity, horizon, number)
    result = []
    for quantity, horizon, number in chosen.values():
        sentence = reader.sentence(number)
        clause = _clause(reader, quantity, number)
        words = {normalize(word) for word in re.split(r"\W+", clause) if word}
        fact = bool(words & _FIGURE_VERBS)
        goal = bool(words & lex.GOAL_WORDS) or (
            not fact
            and (
                bool(reader.words(number) & lex.GOAL_WORDS)
                or (horizon is not None and horizon > _year_of(reader))
            )
        )
        kind = TargetKind.GOAL if goal else TargetKind.FIGURE
        metric = _metric(quantity, sentence)
        scope = scopes.get(number, main_scope) or UNKNOWN_SCOPE
        fields = ["quantity", "scope"]
        if horizon is not None:
            fields.append("horizon")
        result.append(
            TargetCandidate(
                quote=quantity.quote,
                start=quantity.start,
                end=quantity.end,
                match=_known_target(reader.dataset, quantity.quantity, horizon),
                metric=metric,
                kind=kind,
                quantity=quantity.quantity,
                horizon=horizon,
                record=Target(
                    id=reader.ids.new(f"{scope} {metric} {horizon or ''}", "target"),
                    metric=metric,
                    quantity=quantity.quantity,
                    horizon=horizon,
                    scope=scope,
                    citations=(reader.cite(sentence, fields),),
                ),
            )
        )
    return result


_CLAUSE_MARKS = ("،", ",", "؛", ";")
_FIGURE_VERBS = lex._set(
    "بلغ",
    "بلغت",
    "وبلغ",
    "وبلغت",
    "سجل",
    "سجلت",
    "حقق",
    "حققت",
    "تشغل",
    "يشغل",
    "وتشغل",
    "يضم",
    "تضم",
)
"""Verbs that state a figure as fact: "وبلغ رقم معاملاتها …", "وتشغل أكثر من …"."""


def _clause_bounds(reader: _Reader, quantity: QuantityMention, number: int) -> tuple[int, int]:
    """Where the clause (between commas) holding the quantity starts and ends."""
    start, end = reader.bounds[number]
    before = max(reader.masked.rfind(mark, start, quantity.start) for mark in _CLAUSE_MARKS)
    after = [reader.masked.find(mark, quantity.end, end) for mark in _CLAUSE_MARKS]
    return (before + 1 if before >= 0 else start), min([a for a in after if a >= 0] or [end])


def _clause(reader: _Reader, quantity: QuantityMention, number: int) -> str:
    start, end = _clause_bounds(reader, quantity, number)
    return reader.masked[start:end]


def _year_of(reader: _Reader) -> int:
    """The year the article is from, where it says; else a year no horizon passes."""
    return reader.year if reader.year is not None else 9999


def _score(chosen: tuple[QuantityMention, int | None, int]) -> int:
    quantity, horizon, _ = chosen
    return (horizon is not None) * 2 + (quantity.qualifier.value != "exact")


_TODAY = lex._set("اليوم", "today", "aujourd")
_YESTERDAY = lex._set("أمس", "البارحة", "yesterday", "hier")
_TOMORROW = lex._set("غدا", "tomorrow", "demain")


def _published(dates: Sequence[DateMention]) -> DateMention | None:
    """The date the article gives for its own day: "اليوم الجمعة …", "أمس الاثنين"."""
    for mention in dates:
        first = normalize(mention.quote.split()[0]) if mention.quote.split() else ""
        if first in _TODAY | _YESTERDAY | _TOMORROW:
            return mention
    return None


def _published_value(mention: DateMention) -> PartialDate:
    first = normalize(mention.quote.split()[0])
    shift = -1 if first in _YESTERDAY else 1 if first in _TOMORROW else 0
    value = mention.value
    if shift == 0:
        return value
    if value.start is not None and value.precision is Precision.DAY:
        return PartialDate.from_date(value.start - dt.timedelta(days=shift))
    assert value.weekday is not None
    return PartialDate(weekday=Weekday((value.weekday - 1 - shift) % 7 + 1))


def _source(reader: _Reader, dates: Sequence[DateMention], language: str) -> Source:
    citations = []
    lines = [line for line in reader.masked.splitlines() if line.strip()]
    title = None
    if lines:
        first = lines[0].strip()
        if len(first.split()) <= 25 and not first.endswith((".", ":")):
            title = first
            citations.append(reader.cite(first, ["title"]))
    own = _published(dates)
    published = None
    if own is not None:
        published = _published_value(own)
        citations.append(reader.cite(own.quote, ["published"]))
    if not citations and lines:
        citations.append(reader.cite(lines[0].strip()))
    return Source(
        id=reader.source,
        file=f"{reader.source}.txt",
        language=language,
        title=title,
        published=published,
        citations=tuple(citations) or (reader.cite(reader.text.strip()[:80] or "?"),),
    )


def _language(text: str) -> str:
    arabic = sum(1 for char in text[:5000] if "\u0600" <= char <= "\u06ff")
    latin = sum(1 for char in text[:5000] if char.isascii() and char.isalpha())
    if arabic >= latin:
        return "ar"
    french = len(re.findall(r"\b(?:le|la|les|des|du|et|une)\b", text[:5000].lower()))
    english = len(re.findall(r"\b(?:the|and|of|to|a|in)\b", text[:5000].lower()))
    return "fr" if french > english else "en"


def extract(
    text: str,
    *,
    source_id: str | None = None,
    reference_date: dt.date | None = None,
    dataset: Dataset | None = None,
) -> Draft:
    """Read a news article and propose the records it gives, for a curator to review.

    Args:
        text: The article, in Arabic, French or English, as published.
        source_id: The id its source record will have; the candidates' citations
            cite it (default ``"new-source"``).
        reference_date: The day the article was written, to resolve "أمس الاثنين",
            "يوليوز الماضي" …; without it the article's own "today" serves, if it
            gives one, and otherwise such dates stay as precise as the words are.
        dataset: The records already known: each candidate is matched against them
            (by name, alias, normalised or close spelling), and new ids avoid theirs.

    Returns:
        A :class:`Draft`. Page furniture (teasers of other articles, newsletter and
        comment prompts) is left out. Never raises on any string.

    """
    with no_collection():
        return _extract(text, source_id or DEFAULT_SOURCE, reference_date, dataset)


def _extract(
    text: str, source: str, reference_date: dt.date | None, dataset: Dataset | None
) -> Draft:
    reader = _Reader(text, source, dataset)
    dates = tuple(dates_in_tokens(reader.masked, reader.tokens, reference_date))
    own = _published(dates)
    if reference_date is not None:
        reader.year = reference_date.year
    elif own is not None and own.value.year is not None:
        reader.year = own.value.year
    quantities = tuple(quantities_in_tokens(reader.masked, reader.tokens))
    dates = tuple(attrs.evolve(m, quote=text[m.start : m.end]) for m in dates)
    quantities = tuple(attrs.evolve(m, quote=text[m.start : m.end]) for m in quantities)

    place_finds = _scan.places(
        reader.masked,
        reader.tokens,
        reader.sentence_of,
        []
        if dataset is None
        else [normalize(form) for place in dataset.places for form in place.name.all()],
    )
    places = _places(reader, place_finds)
    institutions = _scan.institutions(reader.masked, reader.tokens, reader.sentence_of)
    organizations: dict[str, OrganizationCandidate] = {}
    for institution in institutions:
        _organization(reader, institution.name, institution.kind, organizations)
    officials = _officials(reader, organizations, institutions)
    partnerships = _partnerships(reader, organizations, institutions, places, place_finds, dates)
    facilities, used = _facilities(reader, places, place_finds, quantities)

    scopes: dict[int, str] = {}
    mentions = collections.Counter(name_key(i.name.text) for i in institutions)
    for institution in institutions:
        key = name_key(institution.name.text)
        scopes.setdefault(institution.sentence, organizations[key].record.id)
    for partnership in partnerships:
        number = reader.sentence_at(partnership.start)
        if number is not None:
            scopes[number] = partnership.record.id
    for facility in facilities:
        number = reader.sentence_at(facility.start)
        if number is not None:
            scopes[number] = facility.record.id
    main_scope = None
    if mentions:
        main_scope = organizations[mentions.most_common(1)[0][0]].record.id
    elif partnerships or facilities:
        main_scope = (partnerships or facilities)[0].record.id
    targets = _targets(reader, quantities, used, dates, scopes, main_scope)

    return Draft(
        source=_source(reader, dates, _language(text)),
        text=text,
        officials=tuple(officials),
        organizations=tuple(dict.fromkeys(organizations.values())),
        places=tuple(places.values()),
        partnerships=tuple(partnerships),
        facilities=tuple(facilities),
        targets=tuple(targets),
        dates=dates,
        quantities=quantities,
    )
