"""Ids for new records: from their names, Arabic written in Latin letters, never taken twice."""

from __future__ import annotations

import functools
import re

from ..dataset import Dataset
from ..text import normalize
from ._lexicon import WORDS

__all__ = ["Ids", "slug"]

_LATIN = str.maketrans(dict(WORDS.transliteration))
_NOT_ID = re.compile(r"[^a-z0-9]+")
_TAKEN: dict[int, tuple[Dataset, frozenset[str]]] = {}


@functools.lru_cache(maxsize=16384)
def slug(text: str, fallback: str) -> str:
    """A record id from a name: Arabic transliterated roughly, for the curator to correct."""
    latin = normalize(text).translate(_LATIN)
    value = _NOT_ID.sub("-", latin.encode("ascii", "ignore").decode()).strip("-")
    kept: list[str] = []
    words = 0
    for part in value.split("-"):
        if words == _WORDS:
            break
        kept.append(part)
        words += part not in _SMALL_WORDS
    while kept and kept[-1] in _SMALL_WORDS:
        kept.pop()  # "conseil-de-la-region-de-l-oriental", not "…-de-l"
    return "-".join(kept) or fallback


_WORDS = 6
"""How many words of a name an id keeps, its small words not counted."""
_SMALL_WORDS = frozenset(
    {"de", "du", "des", "d", "l", "la", "le", "les", "of", "the", "and", "et", "a", "for", "al"}
)


def _taken(dataset: Dataset | None) -> frozenset[str]:
    """The ids of a dataset's records, remembered: a corpus run asks for them per article."""
    if dataset is None:
        return frozenset()
    known = _TAKEN.get(id(dataset))
    if known is None or known[0] is not dataset:
        if len(_TAKEN) > 4:
            _TAKEN.clear()
        known = _TAKEN[id(dataset)] = (dataset, frozenset(r.id for r in dataset.records()))
    return known[1]


class Ids:
    """The ids given so far in one article, and those its dataset has."""

    def __init__(self, dataset: Dataset | None) -> None:
        self.taken = _taken(dataset)
        self.given: set[str] = set()
        self.next: dict[str, int] = {}

    def new(self, text: str, fallback: str) -> str:
        """An id from ``text`` that no record has yet: ``base``, ``base-2``, ``base-3`` …"""
        base = slug(text, fallback)
        candidate, number = base, self.next.get(base, 2)
        while candidate in self.taken or candidate in self.given:
            candidate, number = f"{base}-{number}", number + 1
        self.next[base] = number
        self.given.add(candidate)
        return candidate
