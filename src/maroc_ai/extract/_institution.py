"""An institution an article names, and what the scanners of both scripts share.

The scanners of :mod:`._arabic_institutions` and :mod:`._latin_institutions` both
return :class:`Institution`; both know the words of kind (``HEADS``), the words that
head a ministry, and a name written between quotation marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from ..model import OrganizationKind
from ..text._tokens import MARK, Token
from ._lexicon import WORDS
from ._spans import Found

__all__ = [
    "ACADEMY",
    "CLOSING_QUOTES",
    "COOPERATIVE",
    "FEDERATION",
    "FOUNDATION",
    "HEADS",
    "MAX_NAME_WORDS",
    "MINISTRY_HEADS",
    "OPENING_QUOTES",
    "STUDIO",
    "UNIVERSITY",
    "Institution",
    "closing_quote",
    "past_abbreviated_form",
    "says_where_from",
]

COOPERATIVE = "cooperative"
"""A cooperative's word of kind, as ``heads_by_meaning`` glosses it: after its own
name, a cooperative's says whom it gathers or what it makes ("تعاونية إمليلي للصيادين
التقليديين", "la coopérative Aghbalou des producteurs de dattes"), which a company's
does not."""
FEDERATION = "federation"
"""A federation's word of kind, as ``heads_by_meaning`` glosses it: like an association's,
its name says whom it gathers and where ("فدرالية مربي الإبل بالجنوب")."""
FOUNDATION = "foundation"
"""A foundation's word of kind, as ``heads_by_meaning`` glosses it: "مؤسسة" alone, and one
word of its own name after it ("مؤسسة أسافار")."""
ACADEMY = "academy"
"""An academy's word of kind, as ``heads_by_meaning`` glosses it: like a foundation's, one
word of its own name after it ("أكاديمية غوادالمار")."""
UNIVERSITY = "university"
"""A university's word of kind, as ``heads_by_meaning`` glosses it: like a foundation's,
one word of its own name after it, and where it is ("جامعة فيزال ببروكسل")."""
STUDIO = "studio"
"""Film studios' word of kind, as ``heads_by_meaning`` glosses it: like a foundation's,
one word of their own name after it ("استوديوهات تافوكت")."""
MAX_NAME_WORDS = 8
"""Words a name in Arabic, or between quotation marks, may take."""
OPENING_QUOTES = frozenset({"“", "«", '"', "„", "‘"})
"""Marks a quoted name opens with: wider than those of a quoted statement."""
CLOSING_QUOTES = frozenset({"”", "»", '"', "″", "’"})
"""Marks a quoted name closes with."""


class Institution(NamedTuple):
    """An institution named in the text, with its kind and the sentence it is named in."""

    name: Found
    kind: OrganizationKind
    sentence: int
    acronym: str | None = None
    """The initials written in brackets after the name, if any: "(ONEV)"."""
    quote: Found | None = None
    """The name and its initials as written together, when both are."""
    made: bool = False
    """Named as what is being made ("a venture called Safepay"): no party to its making."""
    described: str | None = None
    """The word of kind written before a name that does not hold it, without its article:
    «تعاونية» for «والتعاونية النسائية "تاكمات"»."""


HEADS = frozenset(WORDS.organization_heads)
"""The words of an institution's kind, in every language."""


def closing_quote(tokens: Sequence[Token], j: int) -> int | None:
    """The index of the closing quote of a quotation opening at ``tokens[j]``."""
    if j >= len(tokens) or tokens[j].key not in OPENING_QUOTES or not _opens(tokens, j):
        return None
    k = j + 1
    while k < len(tokens) and k - j <= MAX_NAME_WORDS:
        if tokens[k].key in CLOSING_QUOTES:
            return k if k > j + 1 else None
        k += 1
    return None


def _opens(tokens: Sequence[Token], j: int) -> bool:
    """Whether a quote opens a quotation; a straight one, by the words it is written against.

    A straight quote written against the word after it opens one ("و"بنك"); one written
    against the word before it and not the next closes one ("أركانيا بنك" و…).
    """
    quote = tokens[j]
    if quote.key != '"':
        return True
    glued_next = j + 1 < len(tokens) and tokens[j + 1].start == quote.end
    glued_next = glued_next and tokens[j + 1].kind != MARK
    glued_before = j > 0 and tokens[j - 1].end == quote.start and tokens[j - 1].kind != MARK
    return glued_next or not glued_before


MINISTRY_HEADS = frozenset(
    word for word, kind in WORDS.organization_heads.items() if kind is OrganizationKind.MINISTRY
)
"""The words of kind that head a ministry's name (وزارة، ministère, ministry), whose fields
follow: never "ل" and what it is for, and "and" another field rather than another body."""


def says_where_from(key: str) -> bool:
    """Whether a word, by its key, says where something is from: "Rabat-based"."""
    return key.rpartition(" ")[2] in WORDS.origin_adjectives


_ABBREVIATED_FORMS = frozenset({"co", "inc", "ltd", "corp"})
"""Legal forms written abbreviated with a full stop after a company's name: "Co.", "inc."."""


class _Written(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def past_abbreviated_form(items: Sequence[_Written], first: int, end: int) -> int:
    """The index after a legal form with its full stops ending the name ``first..end``.

    "Kitahama Refrigeration Co., Ltd.", "Doublage Boréal inc." (in lower case, after the
    name): the stops are the form's, no sentence's end. Tokens or Latin words alike.
    """

    def stop(m: int) -> bool:
        return m < len(items) and items[m].key == "." and items[m - 1].end == items[m].start

    k = end
    if k < len(items) and items[k].key in _ABBREVIATED_FORMS and k > first:
        k += 1
    if k == first or items[k - 1].key not in _ABBREVIATED_FORMS or not stop(k):
        return end
    k += 1
    if (
        k + 1 < len(items)
        and items[k].key == ","
        and items[k + 1].key in _ABBREVIATED_FORMS
        and stop(k + 2)
    ):
        return k + 3  # "Co., Ltd."
    return k
