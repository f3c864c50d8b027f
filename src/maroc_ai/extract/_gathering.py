"""The phrases that name an agreement's parties without a verb of signing.

"The agreement brings together …", "La convention réunit …", «تجمع الاتفاقية كلا من …»:
what follows is a list of parties. Each phrase counts only in the language of its
paragraph ("qui unit l'ANEF et …", not "the unit of the Royal Armed Forces").
"""

from __future__ import annotations

from ._institution import MINISTRY_HEADS
from ._latin import ARTICLES
from ._lexicon import WORDS
from ._reader import Reader
from ._spans import by_first, longest

__all__ = ["GATHERING", "GATHERING_FIRST", "gathering_at", "gathers"]

GATHERING = by_first(list(WORDS.gathering.items()))
"""The phrases of ``gathering`` by their first word, each with its languages."""
GATHERING_FIRST = frozenset(GATHERING)
"""The first words of those phrases: most sentences have none."""


def gathers(reader: Reader, number: int) -> bool:
    """Whether a sentence names an agreement's parties by "brings together", "réunit"."""
    if GATHERING_FIRST.isdisjoint(reader.words(number)):
        return False
    first, last = reader.token_range[number]
    return any(gathering_at(reader, k) for k in range(first, last))


def gathering_at(reader: Reader, k: int) -> bool:
    """Whether a phrase of ``gathering`` in the language of its paragraph starts at ``k``.

    One that ends with a verb of ``gathering_before_names`` counts only before a name:
    "Le document engage l'Agence …", "… le ministère de …", not "La convention engage la
    responsabilité de …";
    one that ends with a word of ``gathering_before_lists``, only before a colon: "Le
    texte engage quatre parties : …"; none that opens with a participle its verb folds
    to ("être associé au calibrage"), unless an auxiliary makes it the verb in the past
    ("La convention a associé l'ONEE et …").
    """
    tokens = reader.tokens
    hit = longest(tokens, k, GATHERING)
    if (
        hit is None
        or reader.language_at(tokens[k].start) not in hit[1]
        or (
            tokens[k].text.lower() in WORDS.gathering_participles
            and not (k > 0 and tokens[k - 1].key in WORDS.auxiliaries)
        )
    ):
        return False
    end = k + hit[0]
    if tokens[end - 1].key in WORDS.gathering_before_lists:
        return end < len(tokens) and tokens[end].key == ":"
    if tokens[end - 1].key not in WORDS.gathering_before_names:
        return True
    while end < len(tokens) and tokens[end].key in _ARTICLES:
        end += 1
    return end < len(tokens) and (
        tokens[end].text[:1].isupper() or tokens[end].key in MINISTRY_HEADS
    )  # "Le texte engage le ministère de …": a French name opens lowercase; not "engage
    # la commune à verser …"


_ARTICLES = ARTICLES | frozenset({"'", "’"})
