"""Facilities an article reports made or planned: their kind, place and capacity.

A facility is a phrase of its kind (مركز بيانات، مختبر، centre de données, data
centre …) in a sentence with a word of making (إحداث، إنشاء، construction, build …),
or a centre with a quoted name (مركز "…", or "مركز …" quoted whole). Mentions of one
kind in one place are one facility. When one quoted name is the only one of its kind,
the headline's mention of that kind and its mentions with no place are that facility
too, named by the quote ("مركز جهوي للبيانات" in a headline describes the centre the
body names). Its capacity is the first power figure after it in a sentence that names
it, or in the next five sentences when they call it by its kind (المركز، the centre)
or as a site (le site, the facility).
"""

from __future__ import annotations

import collections
from collections.abc import Sequence
from typing import NamedTuple

from ..model import Facility, FacilityKind, Status
from ..text import QuantityMention, normalize
from ..text._tokens import WORD, Token, tokenize
from ._candidates import FacilityCandidate, PlaceCandidate
from ._institution import closing_quote
from ._lexicon import WORDS
from ._match import remembered_match
from ._organizations import names_in
from ._places import PlaceFound, is_country
from ._reader import MENTIONS, Reader
from ._roles import CREATION, FACILITY, ORG_HEAD
from ._spans import Found, by_first, found, has, longest, prefix_length

__all__ = ["FacilityFound", "facility_candidates", "find_facilities"]

_FACILITIES = by_first(WORDS.facilities)
_FIRST_WORDS = frozenset(phrase[0] for phrase, _ in WORDS.facilities)
_DESCRIPTION = 4
"""How many Arabic words after a facility's kind describe it ("مركز بيانات ضخم في مدينة")."""


class FacilityFound(NamedTuple):
    """A facility named in a sentence about making one."""

    name: Found
    kind: FacilityKind
    sentence: int
    proper: bool = False
    """Its name is a proper name, quoted, not a description ("مركز جهوي للبيانات")."""


def find_facilities(reader: Reader) -> list[FacilityFound]:
    """Facilities (مركز بيانات، مختبر، centre de données, مركز “…” …) named near a word of making."""
    tokens, text = reader.tokens, reader.masked
    making = {reader.sentence_of[k] for k in reader.where(CREATION)}
    result: list[FacilityFound] = []
    i = 0
    for candidate in reader.where(FACILITY) if making else ():
        if candidate < i:
            continue
        i = candidate
        number = reader.sentence_of[i]
        if number not in making or tokens[i].kind != WORD:
            continue
        whole = closing_quote(tokens, i - 1) if i > 0 else None
        if whole is not None:  # افتتاح "مركز الشرق للحوسبة الفائقة": the name, quoted whole
            name = found(text, tokens, i, whole - 1)
            result.append(FacilityFound(name, _kind_in(tokens, i, whole), number, proper=True))
            i = whole + 1
            continue
        if has(tokens[i], WORDS.centre_words):
            closing = closing_quote(tokens, i + 1)
            if closing is not None:
                name = found(text, tokens, i + 2, closing - 1)
                result.append(FacilityFound(name, FacilityKind.HUB, number, proper=True))
                i = closing + 1
                continue
        best = longest(tokens, i, _FACILITIES)
        described = 0
        if best is None:
            best = _with_adjective(tokens, i)
            described = 1  # مركز جهوي للبيانات: a regional data centre
        if best is None:
            i += 1
            continue
        length, kind = best
        last = i + length - 1 + described
        k = last + 1
        while (
            k < len(tokens)
            and k - last <= _DESCRIPTION
            and reader.sentence_of[k] == number
            and tokens[k].kind == WORD
            and tokens[k].text[0] >= "\u0600"
        ):
            if has(tokens[k], WORDS.stopwords) and tokens[k].key != "في":
                break
            if has(tokens[k], WORDS.creation) or has(tokens[k], WORDS.signing):
                break
            if has(tokens[k], WORDS.capacity_words):
                break  # بقدرة 12 ميغاواط: what it holds, not what it is
            if tokens[k].key[:1] == "ب" and reader.roles[k] & ORG_HEAD:
                break  # بجامعة ابن زهر: whose it is, not what it is
            key = tokens[k].key
            if key.startswith("ل") and not key.startswith("لل"):
                break  # لتقديم: what it is for, not what it is
            k += 1
        while k - 1 > last and tokens[k - 1].key in {"في", "مع", "من"}:
            k -= 1
        skip = prefix_length(tokens[i], _FIRST_WORDS)
        result.append(FacilityFound(found(text, tokens, i, k - 1, skip), kind, number))
        i = k
    return result


def _kind_in(tokens: Sequence[Token], first: int, end: int) -> FacilityKind:
    """The kind a quoted name says, or a hub.

    The words of the kind may stand apart, a proper name between them: "مركز الشرق
    للحوسبة الفائقة" is a computing centre ("مركز للحوسبة").
    """
    keys = [token.key for token in tokens[first:end]]
    for form in tokens[first].forms:
        for phrase, kind in _FACILITIES.get(form, ()):
            rest = list(phrase[1:])
            if kind is FacilityKind.HUB or not rest:
                continue
            if any(keys[k : k + len(rest)] == rest for k in range(1, len(keys))):
                return kind
    return FacilityKind.HUB


def _with_adjective(tokens: Sequence[Token], i: int) -> tuple[int, FacilityKind] | None:
    """A facility's kind with an Arabic adjective after its first word: مركز جهوي للبيانات.

    The adjective is indefinite and ends in ي (جهوي، وطني، إقليمي), or says its size
    (ضخم، جديد); the phrase's length does not count it.
    """
    if i + 2 >= len(tokens):
        return None
    adjective = tokens[i + 1]
    if adjective.kind != WORD or adjective.text[0] < "\u0600" or adjective.key.startswith("ال"):
        return None
    if not (adjective.key.endswith("ي") or adjective.key in WORDS.facility_sizes):
        return None
    for form in tokens[i].forms:
        for phrase, kind in _FACILITIES.get(form, ()):
            if len(phrase) > 1 and all(
                i + 1 + k < len(tokens) and tokens[i + 1 + k].key == word
                for k, word in enumerate(phrase[1:], start=1)
            ):
                return len(phrase), kind
    return None


_CAPACITY_BEFORE = 12
"""Characters between a capacity and the facility it comes before: "a 120-megawatt data centre"."""


def _capacity(quantities: Sequence[QuantityMention], name: Found) -> QuantityMention | None:
    """The power figure of a facility, written after its name in the sentence or right before.

    As in "مركز بيانات بقدرة 50 ميغاواط" and "a 120-megawatt data centre".
    """
    power = [m for m in quantities if m.unit == "MW"]
    after = next((m for m in power if m.start >= name.start), None)
    if after is not None:
        return after
    return next((m for m in power if 0 <= name.start - m.end <= _CAPACITY_BEFORE), None)


_FOLLOWING = 5
"""Sentences after a facility's that may give its capacity, naming it by its kind alone:
a paragraph on the signing may stand between the facility and "the campus will cover …"."""
_LATIN_DEFINITE = frozenset({"the", "le", "ce", "this", "l"})


def _capacity_after(
    reader: Reader,
    facility: FacilityFound,
    quantities_in: dict[int, list[QuantityMention]],
    used: set[int],
) -> tuple[QuantityMention, int] | None:
    """A power figure of the sentences right after a facility's, that name it by its kind.

    "… افتتاح "مركز الشرق للحوسبة الفائقة" … ويمتد المركز … وتبلغ قدرته الكهربائية 8
    ميغاواط": the centre's capacity. The sentence must name the facility by the first
    word of its name with an article (المركز، the centre, le centre), or by a noun such
    as "le site", "the facility", "الموقع".
    """
    tokens = reader.tokens
    first = reader.token_at(facility.name.start)
    if first is None:
        return None
    last = reader.first_token(facility.name.end) - 1
    heads = {tokens[first].forms[-1], tokens[last].key} | WORDS.facility_anaphors
    for number in range(facility.sentence + 1, facility.sentence + 1 + _FOLLOWING):
        if number not in reader.token_range:
            break
        power = [m for m in quantities_in.get(number, ()) if m.unit == "MW" and m.start not in used]
        if power and _names_kind(reader, number, heads):
            used.add(power[0].start)
            return power[0], number
    return None


def _measures(
    reader: Reader,
    facility: FacilityFound,
    mentions: Sequence[FacilityFound],
    quantities_in: dict[int, list[QuantityMention]],
) -> set[int]:
    """The starts of the figures that measure a facility: what it holds, no goal nor fact.

    In a sentence that names it, or one of the five after that names it by its kind, a
    figure in a unit of ``facility_units`` ("150 hectares", "16 000 GPU", "وسيضم 16
    ألف خادم") measures it; its record holds one capacity, its power, and the others
    stay mentions for the curator.
    """
    first = reader.token_at(facility.name.start)
    if first is None:
        return set()
    tokens = reader.tokens
    last = reader.first_token(facility.name.end) - 1
    heads = {tokens[first].forms[-1], tokens[last].key} | WORDS.facility_anaphors
    numbers = {mention.sentence for mention in mentions}
    numbers |= {
        number
        for number in range(facility.sentence + 1, facility.sentence + 1 + _FOLLOWING)
        if number in reader.token_range and _names_kind(reader, number, heads)
    }
    return {
        m.start
        for number in numbers
        for m in quantities_in.get(number, ())
        if normalize(m.unit) in WORDS.facility_units
    }


def _names_kind(reader: Reader, number: int, heads: set[str]) -> bool:
    """Whether a sentence names a facility by its kind's word with an article: المركز، the centre."""
    first, last = reader.token_range[number]
    tokens = reader.tokens
    for k in range(first, last):
        token = tokens[k]
        if token.key[:2] == "ال" and token.key[2:] in heads:
            return True
        if token.key in heads and k > first and tokens[k - 1].key in _LATIN_DEFINITE:
            return True
    return False


_KINDS = frozenset(" ".join(phrase) for phrase, _ in WORDS.facilities)


def _kind_alone(name: str) -> bool:
    """Whether a facility's name is only the words of its kind ("data centre", "مختبر")."""
    return " ".join(token.key for token in tokenize(name)) in _KINDS


def _same_place(reader: Reader, kind: FacilityKind, place: PlaceCandidate | None) -> str | None:
    """The dataset's one facility of this kind in this place, when the place is known."""
    if reader.dataset is None or place is None or place.match is None:
        return None
    found = [f.id for f in reader.dataset.facilities if f.kind is kind and f.place == place.match]
    return found[0] if len(found) == 1 else None


def _distance(facility: FacilityFound, place: PlaceFound) -> tuple[bool, int]:
    """How far a place is from a facility's name: those in it or after it first.

    "أشرف والي جهة الداخلة وادي الذهب … على وضع الحجر الأساس لمركز … بمدينة الداخلة":
    the centre is in the city its name is followed by, not the region of the governor.
    """
    before = place.name.start < facility.name.start
    return before, abs(place.name.start - facility.name.end)


def facility_candidates(
    reader: Reader,
    places: dict[str, PlaceCandidate],
    place_finds: Sequence[PlaceFound],
    quantities: Sequence[QuantityMention],
) -> tuple[list[FacilityCandidate], set[int]]:
    """One candidate per facility, and the starts of the quantities that are capacities."""
    places_in: dict[int, list[PlaceFound]] = {}
    for place_found in place_finds:
        places_in.setdefault(place_found.sentence, []).append(place_found)
    quantities_in = reader.by_sentence(quantities)
    groups: dict[tuple[FacilityKind, str], list[tuple[FacilityFound, PlaceCandidate | None]]] = {}
    facilities = find_facilities(reader)
    named = collections.Counter(facility.kind for facility in facilities if facility.proper)
    for facility in facilities:
        local = [p for p in places_in.get(facility.sentence, ()) if not is_country(p)]
        nearest = min(local, key=lambda p: _distance(facility, p), default=None)
        place = None if nearest is None else places[nearest.key]
        key = (facility.kind, "" if place is None else place.record.id)
        if named[facility.kind] == 1 and (
            facility.proper or facility.sentence == 0 or place is None
        ):
            key = (facility.kind, "\0named")  # the one named centre of its kind, and the headline's
        elif place is None:  # the same kind somewhere named: the same facility
            key = next((k for k in groups if k[0] is facility.kind), key)
        elif (facility.kind, "") in groups:
            groups[key] = groups.pop((facility.kind, ""))
        groups.setdefault(key, []).append((facility, place))
    used: set[int] = set()
    result = []
    for every in groups.values():
        mentions = every[:MENTIONS]
        facility = next((f for f, _ in mentions if f.proper), mentions[0][0])
        place = next((p for _, p in mentions if p is not None), None)
        capacity = None
        citations = []
        for mention, mention_place in mentions:
            sentence = reader.sentence(mention.sentence)
            fields = ["status"] if reader.words(mention.sentence) & WORDS.future_words else []
            if mention_place is not None and mention_place is place:
                fields.append("place")
            found_capacity = _capacity(quantities_in.get(mention.sentence, ()), mention.name)
            if capacity is None and found_capacity is not None:
                capacity = found_capacity
                used.add(found_capacity.start)
                fields.append("capacity")
            citations.append(reader.cite(sentence, fields))
        if capacity is None:
            after = _capacity_after(reader, facility, quantities_in, used)
            if after is not None:
                capacity, number = after
                citations.append(reader.cite(reader.sentence(number), ["capacity"]))
        used.update(_measures(reader, facility, [m for m, _ in mentions], quantities_in))
        status = (
            Status.PLANNED
            if any("status" in citation.fields for citation in citations)
            else Status.ANNOUNCED
        )
        if status is Status.ANNOUNCED:
            citations[0] = reader.cite(citations[0].quote, ["status", *citations[0].fields])
        name = facility.name.text
        # "data centre" alone names a kind: the dataset's data centre of the same place, if any
        matched = (
            _same_place(reader, facility.kind, place)
            if _kind_alone(name)
            else remembered_match(reader, "facilities", name)
        )
        result.append(
            FacilityCandidate(
                quote=reader.text[facility.name.start : facility.name.end],
                span=(facility.name.start, facility.name.end),
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
                    name=names_in(reader, name, facility.name.start),
                    kind=facility.kind,
                    status=status,
                    place=None if place is None else place.record.id,
                    capacity=None if capacity is None else capacity.quantity,
                    citations=tuple(dict.fromkeys(citations)),
                ),
            )
        )
    return result, used
