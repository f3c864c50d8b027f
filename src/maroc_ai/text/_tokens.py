"""Splitting text into words, numbers and marks, in one linear pass.

The parsers of this package scan tokens instead of running large regular
expressions over the text: each token is found by a pattern without nested
repetition, so the time taken grows with the length of the text and nothing else.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from ._normalize import normalize, to_ascii_digits

__all__ = ["Token", "key", "tokenize"]

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


@attrs.frozen
class Token:
    """A word, number or mark of a text, with where it stands.

    ``key`` is the comparable form: a normalised word (:func:`~maroc_ai.text.normalize`),
    the ASCII digits of a number, the mark itself.
    """

    kind: str
    text: str
    start: int
    end: int
    key: str


@functools.lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The normalised form of one word, cached: news repeats its words."""
    return normalize(word)


def tokenize(text: str) -> Iterator[Token]:
    """The tokens of ``text``, in order."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or MARK
        value = match.group()
        if kind == WORD:
            token_key = key(value) if len(value) <= 64 else normalize(value)
        elif kind == NUMBER:
            token_key = to_ascii_digits(value)
        else:
            token_key = value
        yield Token(kind, value, match.start(), match.end(), token_key)
