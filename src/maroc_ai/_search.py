"""Ranked name search across every collection, in any script and spelling.

Each name a record goes by (Arabic, English, French, every alias, its label, a source's
title and author, a target's or statistic's metric, its id) is indexed under its
[`name_key`][maroc_ai.text.name_key], so hamza forms, taa marbuta, diacritics, case,
accents, the article and common transliteration variants make no difference. A query
is matched in three tiers, best first:

1. the whole key is a name's key (score 1.0);
2. every word of the query is a word of the name: a surname alone, say;
3. every word of the query is *close* to a word of the name: a typo, a different
   transliteration. Close words are one edit away (found through an index of the
   words with one letter deleted) or share enough letter pairs and are at least 70%
   alike; they are looked for among the distinct words of the index only, and only
   for query words the index does not hold as they are, unless that finds nothing.

The fuzzy tier is bounded so that no query costs more than its length: words longer
than `LONGEST_FUZZY` letters (no name has such words) are matched exactly only,
on either side, and so is a query of more than `MOST_FUZZY` distinct words.

Two records that share a name (two people with one surname) are two hits. A name
with no letter or digit at all (a lone tatweel, say) has an empty key and is not found.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from ._display import hits_html, hits_text
from .text import name_key

__all__ = ["Hit", "Hits", "SearchIndex"]

_MIN_SIMILARITY = 0.7
_MIN_SHARED_PAIRS = 0.45

LONGEST_FUZZY = 64
"""Words longer than this are matched exactly only: looking for close spellings costs their length squared."""
MOST_FUZZY = 32
"""A query of more distinct words than this is matched by exact words only."""


@attrs.frozen(kw_only=True)
class Hit:
    """A record found by [`search`][maroc_ai.dataset.Dataset.search], how well, and under which name.

    Attributes:
        record: The record found.
        score: From 0 to 1: 1 for a name equal to the query once normalised, less for
            a name the query is part of, less again for close spellings.
        name: The name, alias or label of the record that matched, as the data writes it.

    """

    record: Any
    score: float
    name: str

    def __repr__(self) -> str:
        return f"<Hit {self.score:.2f} {self.record.id!r} by name {self.name!r}>"


class Hits(tuple[Hit, ...]):
    """The hits of a search, best first; a tuple with a readable display."""

    __slots__ = ()

    def records(self) -> tuple[Any, ...]:
        """The records found, best first."""
        return tuple(hit.record for hit in self)

    def __repr__(self) -> str:
        return hits_text(self)

    def _repr_html_(self) -> str:
        return hits_html(self)


def _shown(value: object) -> str:
    """``value`` as an error message shows it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= 80 else f"{text[:77]}..."


def _pairs(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def similarity(a: str, b: str) -> float:
    """How alike two words are: 1 minus their `distance` over the longer length."""
    longer = max(len(a), len(b))
    return 1 - distance(a, b) / longer if longer else 1.0


def distance(a: str, b: str) -> int:
    """How many edits turn one word into the other (optimal string alignment).

    A letter inserted, dropped or changed, or two neighbours swapped, is one edit.
    """
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                best = min(best, before[j - 2] + 1)
            current.append(best)
        before, previous = previous, current
    return previous[-1]


class SearchIndex:
    """The names of a set of records, indexed for `search`.

    Args:
        named: ``(record, name)`` pairs; a record may come with several names.

    """

    def __init__(self, named: Iterable[tuple[Any, str]]) -> None:
        self._entries: list[tuple[Any, str, str]] = []
        self._words_of: list[tuple[str, ...]] = []
        self._by_key: dict[str, list[int]] = {}
        self._by_word: dict[str, list[int]] = {}
        seen: set[tuple[int, str]] = set()
        for record, name in named:
            key = name_key(name)
            if not key or (id(record), key) in seen:
                continue
            seen.add((id(record), key))
            index = len(self._entries)
            self._entries.append((record, name, key))
            self._words_of.append(tuple(key.split()))
            self._by_key.setdefault(key, []).append(index)
            for word in dict.fromkeys(key.split()):
                self._by_word.setdefault(word, []).append(index)
        self._words = list(self._by_word)
        self._by_pair: dict[str, list[int]] = {}
        self._pair_counts: list[int] = []
        self._by_deletion: dict[str, list[int]] = {}

    def _index_spellings(self) -> None:
        """Index the words by letter pairs and by deletions, once, for the first fuzzy query."""
        for number, word in enumerate(self._words):
            if len(word) > LONGEST_FUZZY:
                self._pair_counts.append(0)
                continue
            for variant in (word, *_deletions(word)):
                self._by_deletion.setdefault(variant, []).append(number)
            pairs = _pairs(word)
            self._pair_counts.append(len(pairs))
            for pair in pairs:
                self._by_pair.setdefault(pair, []).append(number)

    def __len__(self) -> int:
        return len(self._entries)

    def close_words(
        self, word: str, *, exact_first: bool = True, fuzzy: bool = True
    ) -> dict[str, float]:
        """The indexed words close to ``word``, with their similarity.

        Close means one edit away (a letter dropped, added, changed, or two swapped),
        found through the index of words with one letter deleted, or a similarity of
        at least 0.7 among words sharing enough letter pairs. With ``exact_first``, a
        word that is itself indexed is its only match. Without ``fuzzy``, or for a
        word longer than `LONGEST_FUZZY`, only the word itself matches.
        """
        if (exact_first or not fuzzy or len(word) > LONGEST_FUZZY) and word in self._by_word:
            return {word: 1.0}
        if not fuzzy or len(word) > LONGEST_FUZZY:
            return {}
        if not self._pair_counts and self._words:
            self._index_spellings()
        numbers: set[int] = set()
        for variant in (word, *_deletions(word)):
            numbers.update(self._by_deletion.get(variant, ()))
        pairs = _pairs(word)
        shared: Counter[int] = Counter()
        for pair in pairs:
            shared.update(self._by_pair.get(pair, ()))
        for number, count in shared.items():
            if 2 * count / (len(pairs) + self._pair_counts[number]) >= _MIN_SHARED_PAIRS:
                numbers.add(number)
        close: dict[str, float] = {}
        for number in numbers:
            candidate = self._words[number]
            edits = distance(word, candidate)
            score = 1 - edits / max(len(word), len(candidate))
            if score >= _MIN_SIMILARITY or (edits <= 1 and min(len(word), len(candidate)) >= 3):
                close[candidate] = score
        return close

    def search(
        self, text: str, kinds: Sequence[type] | None = None, limit: int | None = 10
    ) -> Hits:
        """The records whose names match ``text``, best first, one hit per record.

        Args:
            text: A name or part of one, in any script, spelling or case.
            kinds: Only records of these classes; all when ``None``.
            limit: At most this many hits; all when ``None``.

        """
        if not isinstance(text, str):
            raise TypeError(f"search takes a name as text, not {_shown(text)}")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
            raise TypeError(f"limit is a whole number of hits, or None for all; not {limit!r}")
        if limit is not None and limit < 0:
            raise ValueError(f"limit is a number of hits, at least 0; not {limit!r}")
        return self.search_key(name_key(text), kinds, limit)

    def search_key(
        self, key: str, kinds: Sequence[type] | None = None, limit: int | None = 10
    ) -> Hits:
        """`search` for a query already normalised by [`name_key`][maroc_ai.text.name_key]."""
        if not key:
            return Hits()
        wanted = None if kinds is None else tuple(kinds)
        best: dict[int, tuple[float, int]] = {}
        for index, score in self._score(key):
            record, _, _ = self._entries[index]
            if wanted is not None and not isinstance(record, wanted):
                continue
            previous = best.get(id(record))
            if previous is None or score > previous[0]:
                best[id(record)] = (score, index)
        ranked = sorted(best.values(), key=lambda item: (-item[0], self._entries[item[1]][0].id))
        if limit is not None:
            ranked = ranked[:limit]
        hits = []
        for score, index in ranked:
            record, name, _ = self._entries[index]
            hits.append(Hit(record=record, score=round(score, 4), name=name))
        return Hits(hits)

    def _score(self, key: str) -> Iterator[tuple[int, float]]:
        for index in self._by_key.get(key, ()):
            yield index, 1.0
        words = list(dict.fromkeys(key.split()))
        fuzzy = len(words) <= MOST_FUZZY
        found = False
        for exact_first in (True, False) if fuzzy else (True,):
            for index, score in self._match(words, exact_first=exact_first, fuzzy=fuzzy):
                found = True
                yield index, score
            if found:
                return

    def _match(
        self, words: list[str], *, exact_first: bool, fuzzy: bool
    ) -> Iterator[tuple[int, float]]:
        matches = []
        for word in words:
            close = self.close_words(word, exact_first=exact_first, fuzzy=fuzzy)
            if not close:
                return  # every word must match
            matches.append(close)
        # Start from the query word with the fewest names, then keep the names that
        # also hold a match of every other word.
        matches.sort(key=lambda close: sum(len(self._by_word[word]) for word in close))
        candidates = {index for word in matches[0] for index in self._by_word[word]}
        for index in candidates:
            name_words = self._words_of[index]
            if not all(any(word in close for word in name_words) for close in matches[1:]):
                continue
            similarities = []
            covered = 0
            for close in matches:
                word, score = max(
                    ((w, close[w]) for w in name_words if w in close), key=lambda item: item[1]
                )
                similarities.append(score)
                covered += len(word)
            coverage = covered / sum(len(word) for word in name_words)
            yield index, sum(similarities) / len(similarities) * (0.55 + 0.35 * min(coverage, 1))
