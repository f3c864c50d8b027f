"""English for what the library prints: plurals, counts and the indefinite article.

Reprs and error messages count records and name classes (``1 facility``,
``5 facilities``, ``an Organization``, ``a Facility``); these functions say them the
way English does, so no message reads "1 facilitie" or "a AgreementKind". A French
counted noun the extractor keeps as written in the plural stays as it is ("hôpitaux").
"""

from __future__ import annotations

__all__ = ["counted", "is_plural", "plural", "singular", "with_article"]

_IRREGULAR = {
    "person": "people",
    "child": "children",
    "datum": "data",
    "criterion": "criteria",
    "woman": "women",
    "man": "men",
}
"""Plurals no rule gives."""
_SINGULAR = {many: one for one, many in _IRREGULAR.items()}

_SIBILANTS = ("s", "x", "z", "ch", "sh")

_FRENCH_PLURALS_IN_X = ("aux", "eux", "oux", "oix", "prix")
"""Endings of French nouns written in the plural (``hôpitaux``, ``bateaux``) or alike in both."""

_AN_BEFORE_CONSONANT = ("hour", "honest", "honour", "honor", "heir")
"""Words that begin with a consonant letter and a vowel sound."""
_A_BEFORE_VOWEL = ("uni", "use", "usu", "uti", "ure", "eu", "one", "once", "ubiq")
"""Beginnings of words that begin with a vowel letter and a consonant sound."""


def plural(noun: str) -> str:
    """The plural of ``noun``, or of the last word of a phrase (``dated record`` → ``dated records``).

    Nouns that end in a consonant and ``y`` take ``ies`` (``facility`` → ``facilities``),
    those that end in a sibilant take ``es`` (``alias`` → ``aliases``), the others ``s``.
    """
    head, space, word = noun.rpartition(" ")
    lower = word.lower()
    if lower in _IRREGULAR:
        plural_word = word[0] + _IRREGULAR[lower][1:]
    elif lower.endswith(_FRENCH_PLURALS_IN_X):
        plural_word = word  # a French noun kept as written: "hôpitaux"
    elif len(word) > 1 and lower.endswith("y") and lower[-2] not in "aeiou":
        plural_word = word[:-1] + "ies"
    elif lower.endswith(_SIBILANTS):
        plural_word = word + "es"
    else:
        plural_word = word + "s"
    return f"{head}{space}{plural_word}"


def is_plural(noun: str) -> bool:
    """Whether the last word of ``noun`` is written in the plural already: ``dryers``, ``women``.

    A word that ends in ``s`` is taken for one, and so is an irregular plural; so is a
    French noun in ``-aux``, ``-eux`` …, as the extractor keeps a counted noun as
    written (``27 hôpitaux``, not ``27 hôpitauxes``).
    """
    lower = noun.rpartition(" ")[2].lower()
    return lower.endswith(("s", *_FRENCH_PLURALS_IN_X)) or lower in _SINGULAR


def singular(noun: str) -> str:
    """The singular of a plural ``plural`` makes: ``facilities`` → ``facility``, ``people`` → ``person``."""
    head, space, word = noun.rpartition(" ")
    lower = word.lower()
    if lower in _SINGULAR:
        one = word[0] + _SINGULAR[lower][1:]
    elif lower.endswith("ies") and len(word) > 3:
        one = word[:-3] + "y"
    elif lower.endswith(tuple(f"{ending}es" for ending in _SIBILANTS)):
        one = word[:-2]
    elif lower.endswith("s"):
        one = word[:-1]
    else:
        one = word
    return f"{head}{space}{one}"


def counted(count: int, noun: str) -> str:
    """``count`` and ``noun``, plural unless the count is one: ``1 facility``, ``1,024 records``."""
    return f"{count:,} {noun if count == 1 else plural(noun)}"


def with_article(noun: str) -> str:
    """``noun`` after ``a`` or ``an`` as it is said: ``an Organization``, ``a Facility``."""
    lower = noun.lower()
    if lower.startswith(_AN_BEFORE_CONSONANT):
        return f"an {noun}"
    if lower[:1] in set("aeiou") and not lower.startswith(_A_BEFORE_VOWEL):
        return f"an {noun}"
    return f"a {noun}"
