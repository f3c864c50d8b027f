"""What the scanners find: words of the text with where they stand, and token helpers."""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple, TypeVar

from ..text._tokens import WORD, Token, phrase_at
from ._latin import Word

__all__ = [
    "CLOSE_QUOTES",
    "OPEN_QUOTES",
    "POSSESSIVE_SUFFIXES",
    "Found",
    "Spans",
    "by_first",
    "chars_for_letters",
    "definite",
    "found",
    "has",
    "longest",
    "phrase_at",
    "prefix_length",
]

V = TypeVar("V")

OPEN_QUOTES = frozenset({'"', "«", "“"})
"""Marks that open a quotation, in the three languages' usual typography."""
CLOSE_QUOTES = frozenset({'"', "»", "”"})
"""Marks that close a quotation."""
POSSESSIVE_SUFFIXES = ("ها", "هم", "هما")
"""Pronouns joined to an Arabic noun that say whose it is: «تفاؤلها», «مشاريعهم», «رئيسها»."""


class Found(NamedTuple):
    """Something found in the text: where, and the words as written.

    The words are ``text[start:end]``, give or take a restored article (see :func:`found`).
    """

    start: int
    end: int
    text: str


def has(token: Token, words: AbstractSet[str]) -> bool:
    """Whether one of the token's forms is in ``words``."""
    return not words.isdisjoint(token.forms)


def prefix_length(token: Token, words: Collection[str]) -> int:
    """How many characters of a joined prefix precede the word of ``words`` in ``token``.

    For ``للوكالة`` (ل + الوكالة, its alef dropped) the answer is 2: what follows is the
    name without its article, which :func:`found` restores.
    """
    if token.key in words:
        return 0
    for form in token.forms[1:]:
        if form in words:
            letters = (
                len(token.key)
                - len(form)
                + (2 if form.startswith("ال") and token.key.startswith("لل") else 0)
            )
            return chars_for_letters(token.text, letters)
    return 0


def chars_for_letters(text: str, letters: int) -> int:
    """How many characters of ``text`` hold its first ``letters`` letters (marks ride along)."""
    count = 0
    for index, char in enumerate(text):
        if char.isalpha():
            if count == letters:
                return index
            count += 1
    return len(text)


def found(text: str, tokens: Sequence[Token], first: int, last: int, skip: int = 0) -> Found:
    """The words ``tokens[first..last]``; ``skip`` characters of a joined prefix left out.

    When the prefix was ``لل`` (the article's alef dropped after ل), the name is
    given back its article: the span keeps ``لل``, the name reads as it would alone.
    """
    start, end = tokens[first].start + skip, tokens[last].end
    written = text[start:end]
    key = tokens[first].key
    if skip >= 2 and key[skip - 2 : skip] == "لل" and not written.startswith("ال"):
        start -= 2
        written = "ال" + written
    return Found(start, end, written)


def definite(token: Token) -> bool:
    """Whether an Arabic word has the article, joined prepositions aside (الإيطالية، للطيران).

    Not a name written with a hamza on its alef, which folds as the article does but is
    none: «إلمافاهتي», «ألكورا». Common words so written stand as the article would,
    before the name goes on: a plural shaped أفعال («ألبان», «ألياف») and «إلكترون…».
    """
    key = token.key
    return any(
        form.startswith("ال")
        and (
            token.text[chars_for_letters(token.text, len(key) - len(form)) :][:1] not in _HAMZAS
            or _afal_plural(form)
            or form.startswith(_ELECTRON)
        )
        for form in token.forms
    )


def _afal_plural(form: str) -> bool:
    """Whether a folded word is a broken plural shaped أفعال of a root in «ل»: «البان»."""
    return len(form) == len("البان") and form[3] == "ا"


_ELECTRON = "الكترون"
"""«إلكترون» folded: electronic, electronics, no name."""


_HAMZAS = frozenset("أإآ")
"""Alefs with a hamza or a madda, which fold into the article's alef."""


def by_first(
    phrases: Sequence[tuple[tuple[str, ...], V]],
) -> dict[str, list[tuple[tuple[str, ...], V]]]:
    """Phrases and their values, by their first word."""
    index: dict[str, list[tuple[tuple[str, ...], V]]] = {}
    for phrase, value in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append((phrase, value))
    return index


def by_last(phrases: Sequence[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their last word: what is read where a phrase ends."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[-1], []).append(phrase)
    return index


def longest(
    tokens: Sequence[Token], i: int, index: dict[str, list[tuple[tuple[str, ...], V]]]
) -> tuple[int, V] | None:
    """The longest phrase of ``index`` standing at ``tokens[i]``: its length and value."""
    if tokens[i].kind != WORD:
        return None
    best: tuple[int, V] | None = None
    for form in tokens[i].forms:
        for phrase, value in index.get(form, ()):
            if (best is None or len(phrase) > best[0]) and phrase_at(tokens, i, phrase):
                best = (len(phrase), value)
    return best


class Spans:
    """Sorted spans of the text (institutions' names, say), to ask what stands in them."""

    LONGEST = 1000
    """How long a span may be, in characters, for :meth:`overlaps` to see it."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with ``start..end``."""
        low = bisect.bisect_left(self.starts, start - self.LONGEST)
        high = bisect.bisect_left(self.starts, end)
        return any(e > start for _, e in self.spans[low:high])

    def end_holding(self, start: int) -> int | None:
        """The end of the span that holds the character at ``start``, if one does."""
        low = bisect.bisect_left(self.starts, start - self.LONGEST)
        high = bisect.bisect_right(self.starts, start)
        return max((e for _, e in self.spans[low:high] if e > start), default=None)

    def holds(self, start: int, end: int) -> bool:
        """Whether some span holds all of ``start..end``."""
        low = bisect.bisect_left(self.starts, start - self.LONGEST)
        high = bisect.bisect_right(self.starts, start)
        return any(e >= end for _, e in self.spans[low:high])

    def outside(self, words: list[Word]) -> list[Word]:
        """The words that stand in no span: one walk through both, both in order."""
        if not self.spans or not words:
            return words
        low = max(0, bisect.bisect_right(self.starts, words[0].start) - 1)
        high = bisect.bisect_right(self.starts, words[-1].end)
        spans = self.spans[low:high]
        if not spans:
            return words
        kept = []
        k = 0
        for word in words:
            while k < len(spans) and spans[k][1] <= word.start:
                k += 1
            if k < len(spans) and spans[k][0] <= word.start:
                continue
            kept.append(word)
        return kept
