"""Verbs in the future tense and past participles, told by how they are written.

News puts what is yet to happen in the future tense ("tiendra", "accueilleront",
"سيعقد"); no list of such verbs is ever complete, so the text lexicon gives the endings
and beginnings that make one, and the words that have them and are none ("caméra",
"سيدي"). An English past participle ends in "-ed" ("powered", "screened").
"""

from __future__ import annotations

from ._lexicon import WORDS

__all__ = [
    "english_past_participle",
    "french_past_participle",
    "future_by_ending",
    "future_by_prefix",
]


def future_by_ending(key: str) -> bool:
    """Whether a French word, by its key, is a verb in the future or the conditional.

    "emploiera", "accueilleront", "financerait"; not "caméra", "extra".
    """
    return (
        len(key) > 5
        and key.endswith(WORDS.future_endings)
        and key.isalpha()
        and key not in WORDS.not_future
    )


def future_by_prefix(key: str) -> bool:
    """Whether an Arabic word is a verb in the future tense ("ستشمل", "سيغطي").

    Its prefix is followed by a verb of at least two letters; words that begin the same
    way and are none are in ``not_future`` ("سيدي", "ستين") or begin as one of
    ``not_future_beginnings`` ("سيارة", "سياسة").
    """
    return (
        len(key) >= 4
        and key.startswith(WORDS.future_prefixes)
        and not key.startswith(WORDS.not_future_beginnings)
        and key not in WORDS.not_future
        and key.isalpha()
    )


def english_past_participle(key: str) -> bool:
    """Whether an English word, by its key, ends as a past participle does: "powered"."""
    return key.endswith("ed") and len(key) >= 5


def french_past_participle(text: str) -> bool:
    """Whether a French word, as written, ends as a past participle does: "apportés"."""
    return text.endswith(_FRENCH_PARTICIPLE_ENDINGS)


_FRENCH_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
"""Accented, so only the written word tells them: its key folds "é" to "e"."""


def english_present_participle(key: str) -> bool:
    """Whether an English word, by its key, ends as a present participle does: "detecting".

    Short words in "-ing" are nouns more often than not ("wing", "ring", "king").
    """
    return key.endswith("ing") and len(key) >= 6
