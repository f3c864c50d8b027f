"""Splitting text into words, numbers and marks, in one linear pass.

The parsers of this package scan tokens instead of running large regular
expressions over the text: each token is found by a pattern without nested
repetition, so the time taken grows with the length of the text and nothing else.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
from collections.abc import Iterator
from typing import NamedTuple

from ._normalize import normalize, to_ascii_digits

__all__ = ["Token", "key", "no_collection", "tokenize", "word_forms"]

# A word is a run of letters, with the Arabic marks and tatweel written inside it;
# a number is a run of digits (any script); anything else that is not space is a mark.
# Each alternative consumes characters no other one does, so matching never backtracks.
_TOKEN = re.compile(
    r"(?P<word>(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+)"
    r"|(?P<number>\d+)"
    r"|(?P<mark>[^\w\s]|_)"
)

WORD = "word"
NUMBER = "number"
MARK = "mark"


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while millions of tokens are made.

    Tokens hold no cycles, but every tuple made counts towards the collector's next
    pass, and each full pass walks every tuple alive: on a large text the passes
    alone would grow with the square of its length.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Token(NamedTuple):
    """A word, number or mark of a text, with where it stands.

    ``key`` is the comparable form: a normalised word ([`normalize`][maroc_ai.text.normalize]),
    the ASCII digits of a number, the mark itself. ``forms`` holds the key and, for a
    word, the key without a joined conjunction or preposition: ``وكريم`` gives
    ``كريم``, ``للوكالة`` gives ``الوكالة`` (ل + الوكالة, its alef dropped).
    """

    kind: str
    text: str
    start: int
    end: int
    key: str
    forms: tuple[str, ...]


@functools.lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The normalised form of one word, cached: news repeats its words."""
    return normalize(word)


@functools.lru_cache(maxsize=65536)
def word_forms(word: str) -> tuple[str, ...]:
    """A normalised word and its forms without one or two joined one-letter prefixes."""
    if len(word) <= 3:
        return (word,)
    result = [word]
    rest = word
    for _ in range(2):
        if rest.startswith("لل") and len(rest) > 4:
            result.append("ال" + rest[2:])
        if rest[0] in "وفبل" and len(rest) > 3:
            rest = rest[1:]
            result.append(rest)
        else:
            break
    return tuple(result)


_CHUNK = re.compile(r"\S+")


def _word(value: str, start: int) -> Token:
    word_key = key(value) if len(value) <= 64 else normalize(value)
    return Token(WORD, value, start, start + len(value), word_key, word_forms(word_key))


_PIECE = re.compile(
    r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+|\d+|[^\w\s]|_"
)
_MARKS = frozenset("\u0640") | {chr(c) for c in (*range(0x0610, 0x061B), *range(0x064B, 0x0660))}


def _number(value: str, start: int) -> Token:
    digits = value if value.isascii() else to_ascii_digits(value)
    return Token(NUMBER, value, start, start + len(value), digits, (digits,))


def tokenize(text: str) -> Iterator[Token]:
    """The tokens of ``text``, in order."""
    for chunk in _CHUNK.finditer(text):
        value = chunk.group()
        start = chunk.start()
        if value.isalpha():
            yield _word(value, start)
            continue
        if value.isdecimal():
            yield _number(value, start)
            continue
        # Every character of a chunk belongs to one piece, so offsets add up.
        for part in _PIECE.findall(value):
            first = part[0]
            if first.isdecimal():
                yield _number(part, start)
            elif first.isalpha() or first in _MARKS or len(part) > 1:
                yield _word(part, start)
            else:
                yield Token(MARK, part, start, start + 1, part, (part,))
            start += len(part)
