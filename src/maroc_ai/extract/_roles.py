"""What part each word can play, looked up once per distinct word.

A scanner asks of a token whether it is a given name, a title word, a stop word …
Each question is a bit of :func:`roles`, computed once for the forms of a word and
remembered, so asking costs an ``&`` whatever the size of the word lists.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

from ..text._lexicon import keys
from ..text._tense import future_by_ending, future_by_prefix
from ..text._tokens import WORD, Remembered, Token, word_forms
from ._lexicon import WORDS, read_language

__all__ = [
    "AGREEMENT",
    "BESIDE",
    "COMMA",
    "COMPOUND_FIRST",
    "COST",
    "CREATION",
    "FACILITY",
    "FACT",
    "GIVEN",
    "GOAL",
    "HONORIFIC",
    "INSTITUTION_FIRST",
    "KEY_ROLES",
    "NAME_LINK",
    "NOT_YET",
    "ORG_HEAD",
    "PLACE",
    "PLEDGE",
    "PRESENCE",
    "SIGNING",
    "SPEECH",
    "STATE",
    "STATEMENT",
    "STOPWORD",
    "TITLE_HEAD",
    "TITLE_LINK",
    "TOPIC",
    "roles",
]

GIVEN = 1 << 0
COMPOUND_FIRST = 1 << 1
NAME_LINK = 1 << 2
HONORIFIC = 1 << 3
TITLE_HEAD = 1 << 4
TITLE_LINK = 1 << 5
STOPWORD = 1 << 6
SPEECH = 1 << 7
PRESENCE = 1 << 8
SIGNING = 1 << 9
NOT_YET = 1 << 10
CREATION = 1 << 11
ORG_HEAD = 1 << 12
AGREEMENT = 1 << 13
"""The first word of an instrument's name (مذكرة، protocole, memorandum)."""
FACILITY = 1 << 14
"""The first word of a facility's kind (مركز، laboratoire, data)."""
PLACE = 1 << 15
"""The first word of a place's name (الرباط، الدار، Rabat)."""
COMMA = 1 << 16
GOAL = 1 << 17
"""A word of aiming or expecting, or a French verb in the future: a figure near it is a goal."""
FACT = 1 << 18
"""A word that states a figure as fact ("emploie", "déjà", "reached")."""
COST = 1 << 19
"""A word that makes an amount what something costs or is given ("budget", "بغلاف")."""

INSTITUTION_FIRST = 1 << 20
"""The first word of a phrase that starts an institution's name (المركز الجهوي للاستثمار)."""
TOPIC = 1 << 21
"""A word that makes a person the topic of a sentence ("أما")."""
STATE = 1 << 22
"""A verb that states what something holds ("emploie", "يشغل"): a fact unless aimed at."""
PLEDGE = 1 << 23
"""A verb that commits an amount ("will invest", "ستضخ"): a figure unless a year is to come."""
STATEMENT = 1 << 24
"""A word that starts another reported statement ("وأن") or turns to another ("فيما")."""
BESIDE = 1 << 25
"""A word before who signs beside the others ("إلى جانب", "alongside"): ``co_signing``."""
AIM = 1 << 26
"""The last word of a phrase of aiming ("are to be", "is set to"): a figure in its clause
is a goal (see :func:`with_phrases`)."""

_TABLES = (
    (GIVEN, WORDS.given_names),
    (COMPOUND_FIRST, WORDS.compound_first),
    (NAME_LINK, WORDS.name_links),
    (HONORIFIC, WORDS.honorifics),
    (TITLE_HEAD, WORDS.title_heads),
    (TITLE_LINK, WORDS.title_links),
    (STOPWORD, WORDS.stopwords),
    (SPEECH, WORDS.speech_verbs),
    (PRESENCE, WORDS.presence),
    (SIGNING, WORDS.signing),
    (NOT_YET, WORDS.not_yet_signed),
    (CREATION, WORDS.creation),
    (ORG_HEAD, frozenset(WORDS.organization_heads)),
    (AGREEMENT, frozenset(phrase[0] for phrase, _ in WORDS.agreements)),
    (FACILITY, frozenset(phrase[0] for phrase, _ in WORDS.facilities) | WORDS.centre_words),
    (PLACE, frozenset(place.split()[0] for place in WORDS.places)),
    (COMMA, frozenset({"،", ","})),
    (GOAL, WORDS.goal_words | WORDS.agreement_terms),
    (FACT, WORDS.figure_verbs | WORDS.fact_words | WORDS.state_verbs),
    (STATE, WORDS.state_verbs),
    (COST, WORDS.cost_words),
    (PLEDGE, WORDS.pledge_words),
    (STATEMENT, WORDS.statement_links | WORDS.party_breaks),
    (
        INSTITUTION_FIRST,
        frozenset(phrase[0] for phrase, _ in WORDS.institution_phrases)
        | frozenset(key[0] for key in WORDS.known_keys if key),
    ),
    (TOPIC, WORDS.topic_words),
    (BESIDE, WORDS.co_signing),
)

_PLACE_WORDS = frozenset(word for place in WORDS.places for word in place.split())
"""Every word of a place's name: none is a verb in the future ("Kenitra", "Essaouira")."""


@functools.lru_cache(maxsize=131_072)
def roles(forms: tuple[str, ...]) -> int:
    """The roles a word with these forms (see :attr:`Token.forms`) can play, as bits."""
    found = 0
    for bit, words in _TABLES:
        if not words.isdisjoint(forms):
            found |= bit
    if (
        forms
        and not found & GIVEN
        and _PLACE_WORDS.isdisjoint(forms)
        and (future_by_ending(forms[0]) or future_by_prefix(forms[-1]))
    ):
        found |= GOAL
    return found


KEY_ROLES = Remembered(lambda key: roles(word_forms(key)))
"""The roles of a token, by its key: ``KEY_ROLES[token.key] == roles(token.forms)``.

A token's forms follow from its key, and looking a string up is cheaper than hashing
the tuple of forms :func:`roles` is cached on."""


def _by_last_two(
    phrases: Sequence[tuple[str, ...]],
) -> dict[tuple[str, str], list[tuple[str, ...]]]:
    """Phrases of two words or more by their last two: "to be", "set to", "appelé à"."""
    index: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if len(phrase) > 1:
            index.setdefault((phrase[-2], phrase[-1]), []).append(phrase)
    return index


_GOAL_PHRASES = _by_last_two(WORDS.goal_phrases)
_GOAL_LAST = frozenset(last for _, last in _GOAL_PHRASES)


def without_names(tokens: Sequence[Token], roles: list[int]) -> list[int]:
    """``roles`` with no :data:`GOAL` for a capitalised word that has it by its ending only.

    "Basira a fait passer le délai de 128 à 41 minutes": a name, however it ends, is no
    verb in the future; the words of ``goal_words`` keep theirs.
    """
    for k in itertools.compress(itertools.count(), map(GOAL.__and__, roles)):
        if tokens[k].text[:1].isupper() and tokens[k].key not in WORDS.goal_words:
            roles[k] &= ~GOAL
    return roles


_ARABIC = read_language("ar")
_ARABIC_STOPWORDS = _ARABIC.stopwords
_LETTERS = (
    (STOPWORD, WORDS.stopwords, -1, "ي", keys(w for w in _ARABIC_STOPWORDS if w[-1] == "ى")),
    (
        STOPWORD,
        WORDS.stopwords,
        0,
        "أ",
        keys(w for w in _ARABIC_STOPWORDS if w[0] == "إ")
        - keys(w for w in _ARABIC_STOPWORDS if w[0] in "أا"),
    ),
    (
        PRESENCE,
        WORDS.presence,
        -1,
        "e",
        keys(w for w in read_language("fr").presence if w[-1] == "é"),
    ),
)
"""Roles a word plays only with the first or last letter the lexicon writes: its bit, its
words, where the letter stands (0 first, -1 last), the letter a key cannot tell from
the lexicon's, and the keys of the words written with the lexicon's one only."""


def without_misspellings(tokens: Sequence[Token], roles: list[int]) -> list[int]:
    """``roles`` without a role a word would have only if its first or last letter were misspelt.

    A key folds ى into ي, إ into ا and é into e, but a word written with the other letter
    is another word: «فالي» in «جمعية سيفرن فالي لعلم الحيوان» is no «فإلى», nor the
    name «علي» the stop word «على», nor «أثر» in «شركة أثر ديجيتال» the «إثر» of "after";
    "s'accompagne d'un accord-cadre" is no "accompagné de" (who attends).
    """
    for bit, words, at, letter, written_otherwise in _LETTERS:
        for k in itertools.compress(itertools.count(), map(bit.__and__, roles)):
            text = tokens[k].text
            if (
                text
                and text[at] == letter
                and written_otherwise.issuperset(form for form in tokens[k].forms if form in words)
            ):
                roles[k] &= ~bit
    return roles


_ARABIC_HEADS = [head for by_kind in _ARABIC.organization_heads.values() for head in by_kind]
_HEADS_IN_TA = keys(w for w in _ARABIC_HEADS if w[-1] == "ة") - keys(
    w for w in _ARABIC_HEADS if w[-1] == "ه"
)
"""The keys of the Arabic heads the lexicon writes with «ة» only."""


def without_pronoun_heads(tokens: Sequence[Token], roles: list[int]) -> list[int]:
    """``roles`` with no :data:`ORG_HEAD` for a head written with «ه» before a preposition.

    «وفي مكتبه بحي الطالعة»: «مكتبه» is "his office", no library («مكتبة»), as a joined
    preposition, a mark or nothing after it says; «جمعيه الأمل», the head written with
    «ه» before its name, stays one.
    """
    for k in itertools.compress(itertools.count(), map(ORG_HEAD.__and__, roles)):
        if tokens[k].text.endswith("ه") and tokens[k].key in _HEADS_IN_TA:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or after.kind != WORD or after.text[0] in "بلفو":
                roles[k] &= ~ORG_HEAD
    return roles


_WHO_FOLLOWS = frozenset({"de", "du", "des", "d", "par", "by"})


def with_presence_followed(tokens: Sequence[Token], roles: list[int]) -> list[int]:
    """``roles`` with no :data:`PRESENCE` for a participle of presence no one follows.

    "accompagné du wali", "flanked by": who attends; "l'expérience, accompagnée depuis
    le début de l'année par la Fondation …": what supports it, no one present. The
    participles are the lexicon's ``presence_participles``.
    """
    for k in itertools.compress(itertools.count(), map(PRESENCE.__and__, roles)):
        if tokens[k].key in WORDS.presence_participles and not (
            k + 1 < len(tokens) and tokens[k + 1].key in _WHO_FOLLOWS
        ):
            roles[k] &= ~PRESENCE
    return roles


_GOAL_VERB_GAP = 3
"""How far after a verb of ``goal_verb_phrases`` the rest of its phrase may start."""
_GOAL_VERBS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in WORDS.goal_verb_phrases:
    _GOAL_VERBS.setdefault(_phrase[0], []).append(_phrase)


def with_goal_verbs(keys: Sequence[str], roles: list[int]) -> list[int]:
    """``roles`` with a :data:`GOAL` for each verb of aiming followed by its words.

    "La Région table sur une baisse de 25%", "La banque table en retour sur …": "table"
    says goal before "sur" (a word or two may stand between), not in "the water table
    has fallen by 2.3 meters" nor "une table ronde". A verb of ``intending`` says goal
    before an infinitive ("comptent équiper"), not before what it counts.
    """
    for k in itertools.compress(itertools.count(), map(_GOAL_VERBS.__contains__, keys)):
        if any(
            tuple(keys[j : j + len(p) - 1]) == p[1:]
            for p in _GOAL_VERBS[keys[k]]
            for j in range(k + 1, k + 1 + _GOAL_VERB_GAP)
        ):
            roles[k] |= GOAL
    if WORDS.intending.isdisjoint(keys):
        return roles
    for k in itertools.compress(itertools.count(), map(WORDS.intending.__contains__, keys)):
        if k + 1 < len(keys) and _infinitive(keys[k + 1]):
            roles[k] |= GOAL  # "les partenaires comptent équiper 3.000 puits"
    return roles


_INFINITIVE_ENDINGS = ("er", "ir", "re")
"""How a French infinitive ends: "équiper", "accueillir", "atteindre"."""


def _infinitive(key: str) -> bool:
    """Whether a word reads as a French infinitive, and not as a word of ``stopwords``."""
    return (
        len(key) > 3
        and key.isalpha()
        and key.endswith(_INFINITIVE_ENDINGS)
        and key not in WORDS.stopwords
    )


def with_phrases(keys: Sequence[str], roles: list[int]) -> list[int]:
    """``roles`` with the last word of each phrase of aiming in ``keys`` an :data:`AIM`.

    "4,800 sensors are to be fitted": no word of the phrase says goal alone, and the
    role of a word depends on those before it, so it is read here, not by :func:`roles`.
    """
    for k in itertools.compress(itertools.count(), map(_GOAL_LAST.__contains__, keys)):
        phrases = _GOAL_PHRASES.get((keys[k - 1], keys[k])) if k else None
        if phrases is not None and any(
            k + 1 >= len(phrase) and tuple(keys[k + 1 - len(phrase) : k + 1]) == phrase
            for phrase in phrases
        ):
            roles[k] |= AIM
    return roles


def said_with_fa(token: Token) -> bool:
    """Whether a word with «فـ» is a verb in the present: what «أما X» goes on to say.

    "أما خديجة آيت بلا فتفضل", "أما شركة السدرة فتستثمر": «فـ», then «ت» or «ي» and at
    least three letters, not ending as a name or an adjective in «ي» or «ة»
    ("فتوحي", "فيلالي"), and no given name or place ("فاس").
    """
    key = token.key
    return (
        len(key) >= _SHORTEST_FA_VERB
        and key[0] == "ف"
        and key[1] in "تي"
        and not key.endswith(("ي", "ه", "ة"))
        and not KEY_ROLES[key] & (GIVEN | COMPOUND_FIRST | PLACE)
    )


_SHORTEST_FA_VERB = 5
"""Letters of the shortest verb with «فـ» that ends a name after «أما» ("فتفضل")."""
