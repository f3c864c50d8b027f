"""Splitting text into words, numbers and marks, in one linear pass.

The parsers of this package scan tokens instead of running large regular
expressions over the text: each token is found by a pattern without nested
repetition, so the time taken grows with the length of the text and nothing else.
A number keeps the separators written between its digits ("1.000,5", "3,4",
"١٢٫٥") as one token: the quantity reader decides what they mean.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, NamedTuple, TypeVar

from ._normalize import normalize, to_ascii_digits

__all__ = [
    "MARK",
    "NUMBER",
    "WORD",
    "Remembered",
    "Token",
    "forms_in",
    "key",
    "no_collection",
    "phrase_at",
    "tokenize",
    "word_forms",
]

WORD = "word"
NUMBER = "number"
MARK = "mark"

_ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
# A word is a run of letters, with the Arabic marks and tatweel written inside it; a
# number is a run of digits (any script), each separator between two digits kept with
# it; anything else that is not space is a mark. Each alternative starts on characters
# no other one does, and each repetition on characters its tail cannot: no backtracking.
_PIECE = re.compile(rf"(?:[^\W\d_]|[{_ARABIC_MARKS}])+|\d+(?:[.,\u066b\u066c]\d+)*|[^\w\s]|_")
_SPACE = re.compile(r"(\s+)")
_MARKS = frozenset({"\u0640", *(chr(c) for c in (*range(0x0610, 0x061B), *range(0x064B, 0x0660)))})
_CACHE_LIMIT = 200_000
_T = TypeVar("_T")


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
    the ASCII digits of a number (its separators kept), the mark itself. ``forms``
    holds the key and, for a word, the key without a joined conjunction or
    preposition: ``وكريم`` gives ``كريم``, ``للوكالة`` gives ``الوكالة`` (ل + الوكالة,
    its alef dropped).
    """

    kind: str
    text: str
    start: int
    end: int
    key: str
    forms: tuple[str, ...]


def phrase_at(tokens: Sequence[Token], i: int, phrase: Sequence[str]) -> bool:
    """Whether ``phrase`` stands at ``tokens[i]``; its first word may carry a joined prefix."""
    if i < 0 or i + len(phrase) > len(tokens):
        return False
    for offset, word in enumerate(phrase):
        token = tokens[i + offset]
        if word not in (token.forms if offset == 0 else (token.key,)):
            return False
    return True


@functools.lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The normalised form of one word, cached: news repeats its words."""
    return normalize(word)


@functools.lru_cache(maxsize=65536)
def word_forms(word: str) -> tuple[str, ...]:
    """A normalised word and its forms without one or two joined one-letter prefixes.

    A conjunction (و, ف) comes before a preposition (ب, ل), never after it: "وبالرباط"
    is "and in Rabat", but "بوطالب" is a name, not ب + و + "طالب".
    """
    if len(word) <= 3 or word.isascii():
        return (word,)
    result = [word]
    rest = word
    prefixes = "وفبل"
    for _ in range(2):
        if rest.startswith("لل") and len(rest) > 4:
            result.append("ال" + rest[2:])
        if rest[0] in prefixes and len(rest) > 3:
            prefixes = "بل" if rest[0] in "وف" else ""
            rest = rest[1:]
            result.append(rest)
        else:
            break
    return tuple(result)


class Remembered(dict[str, _T], Generic[_T]):
    """What ``compute`` gives for each string asked, worked out once and remembered.

    News repeats its words: the scanners ask of every token what its key or text
    alone tells (its roles, whether it can start a date …), and a dictionary lookup
    is cheaper than working it out again. Past `_CACHE_LIMIT` strings, it starts over.
    """

    def __init__(self, compute: Callable[[str], _T]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, text: str) -> _T:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        found = self[text] = self.compute(text)
        return found


def forms_in(words: frozenset[str]) -> Remembered[bool]:
    """Whether a form of a token is one of ``words``, by the token's key.

    A token's forms follow from its key (:func:`word_forms`), and looking a key up is
    cheaper than comparing its tuple of forms with a set: a scanner asks it of every
    token to find the few it can start from.
    """
    return Remembered(lambda word_key: not words.isdisjoint(word_forms(word_key)))


_Piece = tuple[str, int, int, str, str, tuple[str, ...]]
_CHUNKS: dict[str, tuple[_Piece, ...]] = {}


def _pieces(chunk: str) -> tuple[_Piece, ...]:
    """The tokens of a run of non-space characters, with offsets from its start."""
    pieces: list[_Piece] = []
    offset = 0
    for part in _PIECE.findall(chunk):
        end = offset + len(part)
        first = part[0]
        if first.isdecimal():
            digits = part if part.isascii() else to_ascii_digits(part)
            pieces.append((NUMBER, offset, end, part, digits, (digits,)))
        elif first.isalpha() or first in _MARKS or len(part) > 1:
            word_key = key(part) if len(part) <= 64 else normalize(part)
            pieces.append((WORD, offset, end, part, word_key, word_forms(word_key)))
        else:
            pieces.append((MARK, offset, end, part, part, (part,)))
        offset = end
    return tuple(pieces)


_new = tuple.__new__


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, in order."""
    tokens: list[Token] = []
    append = tokens.append
    parts = _SPACE.split(text)
    cache = _CHUNKS
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    start = 0
    for chunk, space in zip(parts[::2], [*parts[1::2], ""], strict=True):
        if chunk:
            pieces = cache.get(chunk)
            if pieces is None:
                pieces = _pieces(chunk)
                if len(chunk) <= 64:
                    cache[chunk] = pieces
            if len(pieces) == 1:  # most chunks are one word: its offsets are the chunk's
                kind, _, last, part, word_key, forms = pieces[0]
                append(_new(Token, (kind, part, start, start + last, word_key, forms)))
            else:
                for kind, first, last, part, word_key, forms in pieces:
                    append(_new(Token, (kind, part, start + first, start + last, word_key, forms)))
            start += len(chunk)
        start += len(space)
    return tokens
