"""A person an article names, and what the readers of names in both scripts share.

The Arabic and the Latin readers (:mod:`._arabic_names`, :mod:`._latin_names`) find
names and posts as :class:`Span`; :mod:`._people` puts them together into
:class:`Person`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..text._lexicon import WORDS as TEXT_WORDS
from ..text._tokens import NUMBER, WORD, Token
from ._latin import Word
from ._lexicon import WORDS
from ._spans import Found

__all__ = [
    "ADULT",
    "COMMAS",
    "OLDEST",
    "POSSESSIVES",
    "WHERE",
    "YEARS",
    "Person",
    "Span",
    "after_wa",
    "age_opening",
    "said_of_now",
    "short_form_end",
    "year_old",
]

COMMAS = frozenset({"،", ","})
ADULT = 16
"""The youngest age a sentence's opening "At 16," gives: a smaller number is more often an
hour ("At 10, the minister will …")."""
OLDEST = 120
"""The oldest age a number of years after a name may be."""
YEARS = frozenset(
    phrase[0] for phrase, unit, _ in TEXT_WORDS.units if unit == "year" and len(phrase) == 1
)
"""Words of years ("ans", "years", "سنة"): a person's age, or how long a post has been held."""
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "its", "his", "her", "their"})
"""Words for whose a post is ("sa directrice", "its chief executive")."""


def year_old(year: str, old: str) -> bool:
    """Whether the words after a number and a hyphen make it an age: "58-year-old"."""
    return year in YEARS and old in WORDS.age_words


class Person(NamedTuple):
    """A person named in the text, and the post written beside the name."""

    name: Found
    post: Found | None
    """The post written beside the name; the institution in it is found among the institutions."""
    anchored: bool
    """Introduced by a title, an honorific, or a verb of speaking or signing."""
    sentence: int
    other_posts: tuple[Found, ...] = ()
    """Further posts written before the name in the same chain ("المدير العام …، ورئيسها …، X")."""


class Span(NamedTuple):
    """A name or a post, by its first and last token."""

    first: int
    last: int
    found: Found
    title: bool = False
    """Whether it is a post, not a name."""
    anchored: bool = False
    """Whether more than its words says it is a person's name: a given name, a title, a
    verb of speaking, a word that introduces people."""
    honorific: bool = False
    """Whether a form of address is written before the name (M., Mme, السيد)."""


WHERE = frozenset({"à", "a", "in", "at"})
"""Prepositions a place follows, not a person: "pharmacienne à Derb Sultan"."""


def after_wa(token: Token) -> bool:
    """Whether an Arabic word is written joined to "و" (and): ورئيس، وهندريك."""
    return token.text[:1] == "و" and len(token.forms) > 1


_SHORT_FORM = 4
"""How many words an institution's short form in brackets may have ("SDL Tanger Mobilité")."""


def short_form_end(words: Sequence[Token] | Sequence[Word], opening: int) -> int | None:
    """The index of the bracket closing an institution's short form opened at ``opening``.

    The short form is written in Latin letters: initials ("(ENSA)", "(CNDP)"), then
    at most a few capitalised words ("(SDL Tanger Mobilité)"), or one capitalised word
    alone ("(Masen)").
    """
    first = opening + 1
    for end in range(first, min(first + 2 * _SHORT_FORM + 1, len(words))):
        word = words[end]
        if word.key == ")":
            return end if end > first else None
        text = word.text.replace("-", "")  # (SRM-FM), one word in Latin letters
        if word.key == "-" and first < end and words[end - 1].kind == WORD:
            continue  # (ORMVA-SM)
        if word.kind != WORD or not text.isalnum() or not text[0].isupper() or text[0] > "\u024f":
            return None
        if end == first and not (text.isupper() and len(text) >= 2):
            lone = end + 1 < len(words) and words[end + 1].key == ")"
            if not (lone and len(text) >= 4):
                return None  # not initials, unless a name alone: "(Masen)", "(Tamwilcom)"
    return None


def age_opening(words: Sequence[Token] | Sequence[Word], k: int) -> int:
    """Where what follows an age that opens a sentence at ``words[k]`` starts, or 0.

    "At 81, Haddou Oubella …", "À 78 ans, Hadda Benali …": a word of ``ages_opening``, a
    number of years an adult may have, its word of years or none, and a comma. The
    caller checks that ``words[k]`` opens its sentence.
    """
    if k + 2 >= len(words) or words[k].key not in WORDS.ages_opening:
        return 0
    number = words[k + 1]
    if number.kind != NUMBER or not number.text.isdigit():
        return 0
    if not ADULT <= int(number.text) <= OLDEST:
        return 0
    comma = k + 3 if words[k + 2].key in YEARS else k + 2
    return comma + 1 if comma < len(words) and words[comma].key == "," else 0


def said_of_now(words: Sequence[Token] | Sequence[Word], k: int) -> bool:
    """Whether one of the two words at ``words[k]`` says what is true now of someone.

    "knows", "has", "still", "encore", "toujours": after an opening age, a person's
    present; "will present", "equalised" say when something happens, at an hour or a
    minute.
    """
    if k >= len(words):
        return False
    verb = words[k]
    if verb.kind == WORD and verb.key.endswith("s") and not verb.key.endswith("ss"):
        return verb.text.islower() and verb.text.isascii()  # "knows", "has"
    return any(word.key in WORDS.age_present for word in words[k : k + 2])
