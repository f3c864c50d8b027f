"""The cities, regions and country an article names, and their candidate records."""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Sequence
from typing import NamedTuple

from ..model import Place, PlaceKind
from ..text._tokens import MARK, WORD, Token
from ..values import Names
from ._candidates import PlaceCandidate
from ._lexicon import WORDS
from ._match import remembered_match
from ._reader import Reader
from ._roles import PLACE
from ._spans import Found, found, prefix_length

__all__ = ["PlaceFound", "find_places", "is_country", "place_candidates"]

_FORMS = operator.attrgetter("forms")


class PlaceFound(NamedTuple):
    """A place named in the text, by its normalised name."""

    name: Found
    key: str
    sentence: int


@functools.lru_cache(maxsize=16)
def _phrases(extra: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    phrases = sorted(
        {*(tuple(key.split()) for key in WORDS.places), *(tuple(name.split()) for name in extra)},
        key=len,
        reverse=True,
    )
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
    return by_first


_BY_FIRST = _phrases(())


def _phrase_end(tokens: Sequence[Token], i: int, phrase: tuple[str, ...]) -> int:
    """The index after ``phrase`` standing at ``tokens[i]`` (hyphens passed over), or 0."""
    k = i
    for offset, word in enumerate(phrase):
        while offset and k < len(tokens) and tokens[k].kind == MARK and tokens[k].key == "-":
            k += 1
        if k >= len(tokens):
            return 0
        token = tokens[k]
        candidates = token.forms if offset == 0 else (token.key,)
        if word not in candidates:
            return 0
        k += 1
    return k


def find_places(reader: Reader, extra: Sequence[str] = ()) -> list[PlaceFound]:
    """Every place of the lexicon (and ``extra`` normalised names) the text names.

    A place in Latin letters is a capitalised word: "Rabat", not the word "sale".
    """
    tokens = reader.tokens
    if extra:
        by_first = _phrases(tuple(extra))
        firsts = frozenset(by_first)
        disjoint = map(firsts.isdisjoint, map(_FORMS, tokens))
        candidates = list(itertools.compress(itertools.count(), map(operator.not_, disjoint)))
    else:
        by_first, candidates = _BY_FIRST, reader.where(PLACE)
    result: list[PlaceFound] = []
    i = 0
    for candidate in candidates:  # the words a place's name starts with, and no others
        if candidate < i:
            continue
        i = candidate
        token = tokens[i]
        end = 0
        matched: tuple[str, ...] = ()
        if token.kind == WORD and (token.text[0] >= "\u0600" or token.text[0].isupper()):
            for form in token.forms:
                for phrase in by_first.get(form, ()):
                    end = _phrase_end(tokens, i, phrase)
                    if end:
                        matched = phrase
                        break
                if end:
                    break
        if not end:
            i += 1
            continue
        skip = prefix_length(token, {matched[0]}) if token.key != matched[0] else 0
        result.append(
            PlaceFound(
                found(reader.masked, tokens, i, end - 1, skip),
                " ".join(matched),
                reader.sentence_of[i],
            )
        )
        i = end
    return result


def place_candidates(reader: Reader, finds: Sequence[PlaceFound]) -> dict[str, PlaceCandidate]:
    """One candidate per place named, by its normalised name."""
    by_key: dict[str, PlaceCandidate] = {}
    for place in finds:
        if place.key in by_key:
            continue
        english, kind = WORDS.places.get(place.key, (None, None))
        written = place.name.text
        matched = remembered_match(reader, "places", written, english)
        quote = reader.text[place.name.start : place.name.end]
        if written.isascii() or written[0] < "\u0600":
            language = reader.language_at(place.name.start)
            names = Names(
                en=english or written,
                fr=written if language == "fr" and written != english else None,
            )
        else:
            names = Names(ar=written, en=english)
        by_key[place.key] = PlaceCandidate(
            quote=quote,
            span=(place.name.start, place.name.end),
            match=matched,
            name=written,
            record=Place(
                id=matched or reader.ids.new(english or written, "place"),
                name=names,
                kind=kind or PlaceKind.CITY,
                citations=(reader.cite(quote),),
            ),
        )
    return by_key


def is_country(place: PlaceFound) -> bool:
    """Whether a place found is a country: no agreement or facility is placed by it."""
    return WORDS.places.get(place.key, ("", PlaceKind.CITY))[1] is PlaceKind.COUNTRY
