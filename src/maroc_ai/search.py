"""Ranked name search across every collection, in any script and spelling.

Each name a record goes by (Arabic, English, French, every alias, its id) is indexed
under its :func:`~maroc_ai.text.name_key`, so hamza forms, taa marbuta, diacritics,
case, accents, the article and common transliteration variants make no difference.
A query is matched in three tiers, best first:

1. the whole key is a name's key (score 1.0);
2. every word of the query is a word of the name: a surname alone, say;
3. every word of the query is *close* to a word of the name: a typo, a different
   transliteration. Close words are found through the letter pairs they share, then
   measured by edit distance, over the distinct words of the index only.

Two records that share a name (two people with one surname) are two hits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from .text import name_key

__all__ = ["Hit", "Hits", "SearchIndex"]

_MIN_SIMILARITY = 0.7
_MIN_SHARED_PAIRS = 0.45


@attrs.frozen(kw_only=True)
class Hit:
    """A record found by :meth:`~maroc_ai.Dataset.search`, how well, and under which name.

    Attributes:
        record: The record found.
        score: From 0 to 1: 1 for a name equal to the query once normalised, less for
            a name the query is part of, less again for close spellings.
        name: The name or alias of the record that matched, as the data writes it.

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
        from .display import hits_text

        return hits_text(self)

    def _repr_html_(self) -> str:
        from .display import hits_html

        return hits_html(self)


def _pairs(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


def similarity(a: str, b: str) -> float:
    """How alike two words are: 1 minus their edit distance over the longer length."""
    if a == b:
        return 1.0
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        previous = current
    return 1 - previous[-1] / len(a)


class SearchIndex:
    """The names of a set of records, indexed for :meth:`search`.

    Args:
        named: ``(record, name)`` pairs; a record may come with several names.

    """

    def __init__(self, named: Iterable[tuple[Any, str]]) -> None:
        self._entries: list[tuple[Any, str, str]] = []
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
            self._by_key.setdefault(key, []).append(index)
            for word in dict.fromkeys(key.split()):
                self._by_word.setdefault(word, []).append(index)
        self._words = list(self._by_word)
        self._by_pair: dict[str, list[int]] = {}
        self._pair_counts: list[int] = []
        for number, word in enumerate(self._words):
            pairs = _pairs(word)
            self._pair_counts.append(len(pairs))
            for pair in pairs:
                self._by_pair.setdefault(pair, []).append(number)

    def __len__(self) -> int:
        return len(self._entries)

    def close_words(self, word: str) -> dict[str, float]:
        """The indexed words close to ``word``, with their similarity (``word`` itself at 1.0)."""
        close: dict[str, float] = {word: 1.0} if word in self._by_word else {}
        pairs = _pairs(word)
        shared: Counter[int] = Counter()
        for pair in pairs:
            shared.update(self._by_pair.get(pair, ()))
        for number, count in shared.items():
            if 2 * count / (len(pairs) + self._pair_counts[number]) < _MIN_SHARED_PAIRS:
                continue
            candidate = self._words[number]
            if candidate in close:
                continue
            score = similarity(word, candidate)
            limit = 1 if min(len(word), len(candidate)) <= 4 else len(word)
            if (
                score >= _MIN_SIMILARITY
                and round((1 - score) * max(len(word), len(candidate))) <= limit
            ):
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
        key = name_key(text)
        if not key:
            return Hits()
        best: dict[int, tuple[float, int]] = {}
        for index, score in self._score(key):
            record, _, _ = self._entries[index]
            if kinds is not None and not isinstance(record, tuple(kinds)):
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
        words = key.split()
        matches = [self.close_words(word) for word in dict.fromkeys(words)]
        if not all(matches):
            return
        candidates: set[int] | None = None
        for close in matches:
            entries: set[int] = set()
            for word in close:
                entries.update(self._by_word[word])
            candidates = entries if candidates is None else candidates & entries
        for index in candidates or ():
            name_words = self._entries[index][2].split()
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
