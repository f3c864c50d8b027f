"""Finding the institutions an article names in French and English.

An institution is found:

* by a word of its kind that starts its name ("l'Agence de développement du
  digital", "Ministry of Digital Transition") or ends it ("Digital Development
  Agency", "Mohammed VI Polytechnic University");
* by the last word of a company's name ("Fjordlight Energy", "Corvane Systems",
  "HSBC Holdings");
* after a noun that says what it is ("la fintech Paylane", "chipmaker Veltrix");
* by its initials ("l'ONEV", "OCP"), which, in brackets after a name, are that
  name's acronym;
* before a company title ("Qorvana president", "Haldorsen chairman") and after
  one ("cofondateur de Paylane");
* by its name alone, when the lexicon knows it ("Barid Al-Maghrib") or the article
  named it before ("Selon Paylane").

:class:`LatinSentence` moves forward through one sentence, looking back or ahead a
bounded number of words, so the time taken grows linearly with the text.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import NamedTuple

from ..model import OrganizationKind, PlaceKind
from ..text import normalize
from ..text._lexicon import WORDS as TEXT_WORDS
from ..text._tense import french_past_participle
from ..text._tokens import MARK, NUMBER, WORD
from ._gathering import gathers
from ._institution import (
    CLOSING_QUOTES,
    COOPERATIVE,
    FOUNDATION,
    HEADS,
    MINISTRY_HEADS,
    OPENING_QUOTES,
    Institution,
    past_abbreviated_form,
    says_where_from,
)
from ._latin import (
    ARTICLES,
    ELIDED,
    ROMAN,
    VERB_ENDINGS,
    Word,
    dateline_end,
    owner_initials_at,
    plural_possessive_at,
    possessive_at,
)
from ._lexicon import WORDS
from ._reader import Reader
from ._spans import Found, Spans, by_first

__all__ = [
    "DE",
    "TERRITORY_WORDS",
    "LatinSentence",
    "headline",
    "known_again",
    "proper_part",
    "short_name",
    "term_initials",
]

_MAX_LATIN_NAME = 16
"""Tokens a name in Latin letters may take, an elision's apostrophe among them: "Centre
régional de veille et d'alerte des feux de forêt d'Azrou" takes 16."""
_MAX_MINISTRY_NAME = 32
"""Words a ministry's name may take: "ministère de l'Enseignement supérieur, de la Recherche
scientifique et de l'Innovation" is 17, "ministère de l'Aménagement du territoire national, de
l'Urbanisme, de l'Habitat et de la Politique de la ville" 29."""
_MAX_ACRONYMS = 3
"""Initials one name is written with at most ("AXA GO"): a longer run lists several."""
_FUNCTION = frozenset(
    {"de", "du", "des", "d", "l", "la", "le", "les", "et", "pour", "a", "au", "aux", "en"}
)
"""French words an institution's name runs on through ("Caisse de dépôt et de gestion")."""
_ENGLISH_LINKS = frozenset({"of", "for", "and", "the", "&"})
"""English words between the capitalised words of a name ("Food and Agriculture Organization")."""
_WITHIN = frozenset({"in", "dans"})
"""Words before the area an institution's name may end with, when its initials follow
("… in the Western Region (CLCPRO)", "… dans la région occidentale (CLCPRO)")."""
_OF_FOR = frozenset({"of", "for"})
"""English words before an institution's field ("Authority for Artificial Intelligence")."""
_FIELD_LINKS = _ENGLISH_LINKS | {"et", "de", "du", "des", "la", "l", "'"}
"""Words between the capitalised words of a minister's field."""
_FRENCH_OF = frozenset({"de", "du", "des", "d"})
"""French words before the institution a branch is of ("le centre régional de l'INRH")."""
_NAME_BREAKS = by_first([(phrase, True) for phrase in WORDS.name_breaks])


def _place_named_at(words: Sequence[Word], i: int) -> bool:
    """Whether a word of kind opens a place's name of two or three words the lexicon knows.

    "La Haute Moulouya a longtemps été oubliée": the region, not an authority; not "la
    Haute Moulouya Développement", a company named for it.
    """
    return any(
        " ".join(word.key for word in words[i : i + n]) in WORDS.places
        and (i + n == len(words) or not words[i + n].capitalised)
        for n in (2, 3)
        if i + n <= len(words)
    )


def _breaks_at(words: Sequence[Word], k: int) -> bool:
    """Whether a phrase that ends an institution's name starts at ``words[k]``."""
    return any(
        all(k + n < len(words) and words[k + n].key == part for n, part in enumerate(phrase))
        for phrase, _ in _NAME_BREAKS.get(words[k].key, ())
    )


def _after_field_link(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` follows "of" or "for", with or without "the" between."""
    before = words[k - 1].key
    return before in _OF_FOR or (before == "the" and k >= 2 and words[k - 2].key in _OF_FOR)


_OF = frozenset({"de", "of", "at"})
_DOTTED_CAPITALS = re.compile(r"[A-Z](?:\.[A-Z])+")
"""A legal form in dotted capitals, read as one word before its last full stop ("S.L")."""
_BRACKETED_NAME = 6
"""Words of an institution's other name in brackets after its own, at most."""


def _compound_adjective(word: Word) -> bool:
    """Whether a capitalised word ends in a lowercase part after a hyphen: "AI-read"."""
    head, hyphen, tail = word.text.rpartition("-")
    return bool(hyphen and head and tail.isalpha() and tail.islower())


def _country_word(word: Word) -> bool:
    """Whether a capitalised word names a country, or is one word of its name ("Ivory")."""
    return word.capitalised and (word.key in WORDS.not_names or word.key in WORDS.places)


def _lowercase_complement(words: Sequence[Word], first: int, end: int) -> bool:
    """Whether ``words[first:end]`` hold a complement in lower case, "de" and what follows.

    "l'Agence de développement du digital pour la certification …": after a complement
    written in lower case, "pour" says what the agreement is for. A name goes on
    through "pour" after its head and adjectives ("Banque européenne pour la
    reconstruction …") or after a capitalised complement ("Organisation des Nations
    unies pour l'éducation …"), or after a complement that says what it is like
    ("Centre d'excellence pour la recherche sur l'eau").
    """
    complement = False
    for k in range(first, end):
        word = words[k]
        if word.capitalised:
            return False
        after = k + 2 if k + 1 < end and words[k + 1].key == "'" else k + 1
        quality = after < end and words[after].key in WORDS.quality_complements
        complement = complement or (word.key in DE and not quality)
    return complement


# Latin letters


def _counted_purpose(words: Sequence[Word], k: int) -> bool:
    """Whether an article, a lowercase noun, "de" and a number stand at ``words[k]``.

    "l'Université Moulay Ismaïl pour la formation de 40 ingénieurs": what an agreement
    with it is for; no name counts what it does.
    """
    if k + 3 >= len(words) or words[k].key not in {"la", "le", "l", "les"}:
        return False
    j = k + 2 if words[k + 1].key in {"'", "’"} else k + 1
    return (
        j + 2 < len(words)
        and words[j].kind == WORD
        and words[j].text.islower()
        and words[j + 1].key in {"de", "d"}
        and words[j + 2].kind == NUMBER
    )


def _infinitive_at(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is shaped like a French verb's infinitive: "accueillir", "former"."""
    if k >= len(words):
        return False
    word = words[k]
    return (
        word.kind == WORD
        and word.text.islower()
        and len(word.text) > 3
        and word.key.endswith(("er", "ir", "re"))
        and word.key not in WORDS.stopwords
    )


def _kind_of(words: Sequence[Word]) -> OrganizationKind:
    """The kind of institution the words of a name make: its head's, or a company."""
    for word in words:
        kind = WORDS.organization_heads.get(word.key)
        if kind is not None:
            return kind
    return OrganizationKind.COMPANY if words and _is_suffix(words[-1]) else OrganizationKind.OTHER


def _short_name(text: str) -> bool:
    """Whether a word in brackets is a name's short form written in capitals inside.

    "GovTech", and "maCERT": a lower-case start before capitals.
    """
    return (
        3 <= len(text) <= 12
        and text.isalpha()
        and (text[0].isupper() or sum(char.isupper() for char in text) >= 2)
        and any(char.isupper() for char in text[1:])
    )


def _syllables(word: Word, initial: str) -> bool:
    """Whether a word in brackets is a name's short form made of its syllables.

    "Somadep" after "Société marocaine des dérivés phosphatés", "Masen": capitalised,
    four letters or more, starting with the name's initial, and neither a place nor
    a given name.
    """
    text = word.text
    return (
        bool(initial)
        and 4 <= len(text) <= 12
        and text.isalpha()
        and text[0] == initial.upper()
        and text[1:].islower()
        and word.key not in WORDS.places
        and word.key not in WORDS.given_names
    )


def _is_suffix(word: Word) -> bool:
    """Whether a word ends companies' names: "Systems", "Inc".

    So does a word written in two parts whose second is one ("GovTech", "AgriData").
    """
    return (
        word.key in WORDS.organization_suffixes
        or word.text in WORDS.organization_suffixes
        or _camel_tail(word.text) in WORDS.organization_suffixes
    )


def _suffix_alone(word: Word) -> bool:
    """Whether a word that ends companies' names is one of those words, not a whole name.

    "Energy", "Systems", a sector ("Fintech"), not a word with its suffix written into it
    after an inner capital ("SaqiTech", "GovAI").
    """
    if _is_head(word) or not _is_suffix(word):
        return False
    return (
        word.key in WORDS.organization_suffixes
        or word.text in WORDS.organization_suffixes
        or word.key in WORDS.organization_descriptors
    )


def _camel_tail(text: str) -> str:
    """The last part of a word written with an inner capital ("GovTech": "tech"), or ""."""
    for k in range(len(text) - 1, 1, -1):
        if text[k].isupper() and text[k - 1].islower():
            return text[k:].lower() if text[k:].isalpha() else ""
    return ""


def _foreign_chamber(words: Sequence[Word]) -> bool:
    """Whether ``words`` name a chamber of another country.

    Such a chamber stands abroad as a mission does: "Chambre allemande de commerce",
    "Spanish Chamber of Commerce".
    """
    return any("chamber" in WORDS.head_equivalents.get(word.key, ()) for word in words) and any(
        word.key in WORDS.nationalities for word in words
    )


def _is_head(word: Word) -> bool:
    return word.key in WORDS.organization_heads


_MAX_NAME_BEFORE_HEAD = 4
"""Capitalised words of a name before its word of kind in lowercase, at most."""
_WORDS_BEFORE_HEAD = 3
"""Lowercase words between such a name and its word of kind: "artisanal fishing"."""
_LOWERCASE_ADJECTIVES = 2
"""Adjectives between a head in lowercase and the proper name after it, at most."""


def _lowercase(word: Word) -> bool:
    """Whether a word is all lowercase letters: "technique", "fishing"."""
    return word.kind == WORD and word.text.isalpha() and word.text.islower()


def _lowercase_noun(word: Word) -> bool:
    """Whether a word is all lowercase letters, hyphenated or not: "marins-pêcheurs"."""
    return word.kind == WORD and word.text.replace("-", "").isalpha() and word.text.islower()


def _lowercase_ending(word: Word, endings: tuple[str, ...]) -> bool:
    """Whether a word is all lowercase letters and ends with one of ``endings``."""
    return _lowercase(word) and word.key.endswith(endings)


def _adjective_word(word: Word) -> bool:
    """Whether a lowercase French word may be an adjective of kind: "technique", "agricole"."""
    return _lowercase_ending(word, _ADJECTIVE_ENDINGS) and word.key not in WORDS.stopwords


_ADJECTIVE_ENDINGS = (
    "al", "ale", "aux", "ales", "ique", "iques", "ien", "ienne", "aire", "aires", "el", "elle",
    "if", "ive", "ain", "aine", "ais", "aise", "eur", "eure", "ier", "iere", "ieure", "ional",
    "onale", "ux", "ble", "bles", "tif", "tive", "e", "es", "yen", "yens",
)  # fmt: skip
_FIGURE_VERBS = WORDS.goal_words | WORDS.figure_verbs | WORDS.state_verbs | WORDS.pledge_words
"""Verbs that say what a figure is ("vise", "emploie", "investira"): "L'Office vise …"."""
_OBJECT_FIRST = frozenset(
    {"la", "le", "les", "l", "un", "une", "sur", "ses", "son", "sa", "leur", "chaque", "quelque"}
)
"""Words that start what a verb acts on: a lowercase word before one is no name's ("…
des Sports mise sur …")."""
_OBJECT_OR_TO = _OBJECT_FIRST | {"au", "aux", "a"}  # keys: "à" folds to "a"
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
"""French possessives, which no name's complement starts with ("de son côté")."""


def _of_state(words: Sequence[Word], i: int, end: int) -> bool:
    """Whether "d'État" follows the head at ``words[i]`` and ends just before ``words[end]``.

    "Secrétariat d'État chargé de la Pêche maritime": a department of the government,
    whose name goes on with its charge as a ministry's does.
    """
    return end - i <= 4 and words[end - 1].key == "etat"


def _lowercase_name_word(
    word: Word, *, after_capital: bool, after_link: bool = False, after_de: bool = False
) -> bool:
    """Whether a lowercase French word goes on an institution's name.

    After a capitalised word only an adjective does ("l'Education nationale"); after a
    link, a noun of goals may ("cabinets de recrutement"), which no verb is; after
    "de" (or "de la"), a word that is also a verb of speaking or of a figure is a noun
    ("Centre national d'alerte", "Union des coopératives de la rose").
    """
    key = word.key
    if (
        not word.text.replace("-", "").isalpha()
        or len(key) < 2  # "s'allie": an elided pronoun
        or key in WORDS.stopwords
        or (key in WORDS.speech_verbs and not after_de)
        or key in WORDS.copulas  # "Le Syndicat national des postiers reste prudent"
        or (key in WORDS.signing and not after_de)  # not "langue des signes": a noun
        or (key in WORDS.not_yet_signed and not key.endswith(("ion", "ions")))
        # "Le ministère de la Santé envisage, de son côté, …"; not "de préparation olympique"
        or (
            key in _FIGURE_VERBS
            and not (after_de and key in WORDS.figure_verbs)  # but "d'ici 2030"
            and not (after_link and key in WORDS.goal_nouns)
        )
        or (key in WORDS.organization_descriptors and not after_link)
        or key.endswith(VERB_ENDINGS)
    ):
        return False
    return not after_capital or key.endswith(_ADJECTIVE_ENDINGS) or key in WORDS.nationalities


_STRONG_ENDINGS = (
    *(ending for ending in _ADJECTIVE_ENDINGS if ending not in {"e", "es"}),
    "enne", "ennes", "ine", "ines", "ole", "oles", "abe", "abes", "ghe", "ghes",
)  # fmt: skip
"""Endings that make a French word ending in "e" an adjective ("européenne", "agricole")."""
_ADVERBS_AFTER_VERB = frozenset(
    {"desormais", "deja", "egalement", "aussi", "toujours", "encore", "davantage"}
    | {"neanmoins", "toutefois", "pourtant", "cependant"}
)
"""Adverbs that follow a French verb, and no word of a name: "… photographient désormais"."""
_AFTER_VERB = (
    frozenset({"a", "au", "aux", "sur", "par", "dans", "le", "la", "les", "l", "un", "une"})
    | _ADVERBS_AFTER_VERB
)
"""Words after a French verb in the present, not after an adjective of a name ("passe à
l'échelle", "lance un outil", "mise désormais sur")."""

_FEDERAL_OR_DELEGATE = WORDS.federal | WORDS.delegate_words | WORDS.charged_with
"""Words between "ministère" and its field besides a nationality: "le ministère fédéral
allemand de …", "le ministère délégué chargé de …"."""


_PURPOSED = frozenset().union(
    *(WORDS.head_equivalents.get(head, frozenset()) for head in WORDS.purposed_heads)
)
"""Associations, foundations and cooperatives, in every language: their names may say
what they serve."""


def _purpose_after_proper(words: Sequence[Word], i: int, end: int) -> bool:
    """Whether "pour" at ``words[end]`` says what for, after a name of its own.

    "l'Université Ibn Tofail de Kénitra pour le déploiement de …": a place or a
    university's proper name, then "pour", an article and a lowercase word, is what the
    agreement is for; "Agence pour le développement …" goes on, the head alone before.
    """
    before = words[end - 1]
    if not before.capitalised or _is_head(before) or end - i < 2 or words[i].key in _PURPOSED:
        return False  # "l'Association Gharb pour la protection des oiseaux": what it serves
    if not (before.key in WORDS.places or _kind_of(words[i:end]) is OrganizationKind.UNIVERSITY):
        return False
    return (
        end + 2 < len(words)
        and words[end + 1].key in _ARTICLES | {"'"}
        and not words[end + 2].capitalised
    )


def _indefinite_after(words: Sequence[Word], k: int) -> bool:
    """Whether an indefinite article and a lowercase word stand at ``words[k]``, after "pour".

    "plaintes auprès de la Chambre des pêches … pour des feux défaillants": what the
    complaints are for; a name's field after "pour" takes the definite article ("Agence
    pour le développement …").
    """
    return (
        k + 1 < len(words)
        and (words[k].key in WORDS.indefinite_articles or words[k].key == "des")
        and words[k + 1].kind == WORD
        and not words[k + 1].capitalised
    )


def _hope_or_home(run: Sequence[Word], word: Word) -> bool:
    """Whether a given name or a place in ``run`` may be part of an association's name.

    Associations and cooperatives are named for a hope and a home: "the Amal Tadla
    association", "the Dar Taqa Marrakech consumers' association". Two words at least,
    and no nationality: "the Moroccan association" has no name of its own.
    """
    return len(run) > 1 and not _nationality(word) and not _origin(word)


def _members_kind(words: Sequence[Word], k: int) -> int:
    """The index of a word of kind after its members' possessive at ``words[k]``, or 0.

    "fishermen's cooperative", "consumers' association": what follows a name that the
    kind's own word completes (``kinds_after_in_name``).
    """
    if not _lowercase(words[k]):
        return 0
    if possessive_at(words, k + 1):
        kind = k + 3  # fishermen's
    elif plural_possessive_at(words, k + 1):
        kind = k + 2  # consumers'
    else:
        return 0
    if (
        kind < len(words)
        and _lowercase(words[kind])
        and words[kind].key in WORDS.kinds_after_in_name
    ):
        return kind
    return 0


def _verb_in_er_at(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is shaped like an infinitive in "-er": "alimenter", not "atelier"."""
    if k >= len(words):
        return False
    key = words[k].key
    return (
        words[k].text.islower()
        and len(key) > _SHORT_INFINITIVE
        and key.endswith("er")
        and key[-3] != "i"
    )


_SHORT_INFINITIVE = 4
"""Letters of the longest word in "-er" read as no infinitive: "hier", "amer"."""


def _de_infinitive(
    words: Sequence[Word], k: int, shaped: Callable[[Sequence[Word], int], bool] = _infinitive_at
) -> bool:
    """Whether "de" or "d'" and an infinitive start at ``words[k]``: "d'étendre", "de lancer".

    ``shaped`` tells an infinitive by its shape; :func:`_verb_in_er_at` tells fewer.
    """
    if words[k].key == "de":
        return shaped(words, k + 1)
    return (
        words[k].key == "d"
        and k + 1 < len(words)
        and words[k + 1].key in {"'", "’"}
        and shaped(words, k + 2)
    )


def _weak_adjective(word: Word) -> bool:
    """Whether a lowercase French word ends as an adjective only by its "e" ("passe", "lance")."""
    key = word.key
    return (
        key.endswith(("e", "es"))
        and not key.endswith(_STRONG_ENDINGS)
        and key not in WORDS.nationalities
    )


_TERRITORIAL = frozenset(
    {
        "regional",
        "regionale",
        "provincial",
        "provinciale",
        "communal",
        "communale",
        "prefectoral",
        "prefectorale",
        "municipal",
        "municipale",
    }
)
"""Adjectives of a territory's institutions ("conseil régional", "regional council")."""
_TERRITORIES = frozenset(
    {"region", "province", "prefecture", "commune", "ville", "wilaya", "city", "municipality"}
)
TERRITORY_WORDS = _TERRITORIAL | _TERRITORIES
_PARTY_BEFORE = WORDS.counterparts | {"and", "et", ",", "by", "par", "–", "—"}
"""Words before a party to an agreement, besides the start of the sentence."""
_GATHERING_LAST = frozenset(phrase[-1] for phrase in WORDS.gathering)
"""The last words of the phrases that gather an agreement's parties: "brings together"."""
_LISTED_AFTER = frozenset({",", ";", ".", "and", "et"})
"""What follows a party listed after a phrase that gathers them: the next, or the end."""
_LIST_MARKS = frozenset({":", ";"})
"""Marks before the parties a phrase that gathers them lists: "four parties: the …; the …"."""
_GOVERNING_TERRITORIES = frozenset({"commune", "municipality"})
"""Territories that are their own councils, after a city's name: "the Tangier municipality"."""
_ARTICLES_BEFORE_PLACE = frozenset({"le", "la", "les", "l", "'", "the"})
"""Articles between a word that says where and a territory ("dans la commune")."""
_WHERE = frozenset({"dans", "a", "en", "sur", "pres", "in", "at", "near", "within"})
"""Words before a territory that make it where something is, not its council."""
_FIELD_START = frozenset({"of", "for", "de", "du", "des", "d", "l", "la", "'", "the"})
"""What a minister's field follows ("Minister of", "ministre de l'")."""
DE = frozenset({"de", "du", "des", "d"})
_AGENT_ENDINGS = ("er", "or")
"""How English nouns of who does something end ("operator", "retailer"): such a word of
kind opens a sentence before a name ("Operator Atlas Telecom will …"), where "Giant" or
"Consortium" may be the name's own first word."""
_FEMININE_DETERMINERS = frozenset({"'", "’", "la", "une", "sa", "cette", "leur", "notre"})
"""Words before a feminine noun of kind that make it no verb: "l'enseigne", "sa marque"."""
_BEFORE_NAME = ARTICLES | DE | {"'"}
"""Words between "et", "and" and the name of another institution ("et du Conseil …")."""
_ORIGIN_REACH = 3
"""Words after "and" in which a word of origin says another institution follows."""
_LINKED_WORDS = 3
"""Capitalised words a company's name goes on with after its linked suffix, at most."""
_TO_IN = frozenset({"to", "in", "en", "au", "auprès"})
"""Words between a title and the place it is held in ("Ambassador to Morocco")."""
_DE_OF = DE | {"of"}
_PLACE_WORDS = 3
"""Words of a place's name that ends an institution's before "and", at most."""
_LOWERCASE_STARTS = (
    (frozenset(WORDS.organization_heads) - WORDS.named_heads - WORDS.title_heads)
    | _TERRITORIAL
    | WORDS.signing_territories
)
"""Lowercase words an institution's name can start with: "ministère de …", "conseil de la
région …", "regional council of …", "la province de … a signé"."""
_COMMITTEES = frozenset(
    key for key, kind in WORDS.organization_heads.items() if kind is OrganizationKind.COMMISSION
)
"""The words of kind of a committee, a council, a commission."""
_COMMITTEE_REACH = 24
"""Words a committee's fields may take, up to the house of parliament it is of."""
_STARTS = WORDS.organization_descriptors | WORDS.verb_descriptors | _LOWERCASE_STARTS
"""Words other than capitalised ones an institution is found from."""
_CAPITALISED = operator.attrgetter("capitalised")

_ARTICLES = frozenset({"le", "la", "les", "l"})
_BEFORE_ARTICLE = frozenset({"de", "a", "pour", "et", "sur", "en", "par", "avec", "contre", ","})
"""What an article inside a name follows ("de l'énergie", "pour l'éducation, la science")."""

_FOUNDED = frozenset(
    {"fonde", "fondee", "cree", "creee", "founded", "created", "launched", "lance", "lancee"}
)
"""Words after a company's name set off by a comma: "Irrigo, fondée par …"."""
_QUOTES = OPENING_QUOTES | CLOSING_QUOTES
_DOMAINS = frozenset({"ma", "com", "net", "org", "io", "ai", "fr"})
"""Top-level domains a company's name may end with, written onto it ("Kounouz.ma")."""
_CURRENCIES = frozenset(phrase[0] for phrase, _ in TEXT_WORDS.units_before if len(phrase) == 1)
"""Currency codes written before an amount ("MAD 3.5 million"): no word of a name."""
_MEASURED = frozenset(
    {phrase[0] for phrase, _, _ in TEXT_WORDS.units} | set(TEXT_WORDS.scales) | {"%"}
)
"""Words that make the number before them an amount ("6 MDH", "5 millions"): no name's."""
_DEFINITE_ARTICLES = _ARTICLES | {"the"}
"""Articles that open a sentence's subject after a place set off by a comma."""
_APPOSITION_ARTICLES = frozenset({"un", "une", "le", "la", "l", "the", "a", "an"})
"""Articles that open an apposition saying what a company is ("Agrinova, une start-up")."""
_HEAD_REACH = 10
"""Words back from initials in brackets within which a word of kind says they are an
institution's."""
_FINITE = frozenset(
    {
        "a", "est", "sont", "ont", "sera", "seront", "etait", "avait", "avaient", "doit",
        "doivent", "devra", "devront", "devrait", "devraient", "peut", "peuvent", "pourra",
        "pourront", "pourrait", "va", "vont", "vient", "viennent", "is", "are", "was",
        "were", "has", "have", "had", "will", "would", "can", "could", "should", "might",
    }
)  # fmt: skip
"""Verbs after "the company" that make it a clause's subject, not an apposition."""
_QUOTE_REACH = 2000
"""How many characters back a quotation opened before a sentence is looked for."""
_APPOSING = _FOUNDED | WORDS.organization_descriptors
"""The words one of which a name set off by a comma needs after it ("fondée", "start-up")."""
_CURRENCY_CODE = 3
"""Letters of a currency's code (MAD, USD), written before an amount."""
_CHAMBER_FIRST = frozenset(chamber[0] for chamber in WORDS.chambers)
"""The first words of the houses of parliament, looked up before the whole name."""
_NAME_AFTER_TITLE = 4
"""Words of a person's name after a title ("partner Salem Al Kaabi and …"), at most."""
_COMPLETING = frozenset(WORDS.organization_heads) | WORDS.organization_suffixes
"""Words that complete a run of capitalised words into an institution's name."""


def _joined_key(word: Word) -> str:
    """A word's key with the parts of a hyphenated word joined: "start-up" as "startup"."""
    return word.key.replace(" ", "").replace("-", "")


class LatinSentence:
    """The institutions of one sentence written in Latin letters."""

    def __init__(self, reader: Reader, number: int, covered: Spans) -> None:
        self.reader = reader
        self.number = number
        self.words = covered.outside(reader.latin(number))
        self.found: list[Institution] = []
        self.french = reader.language_at(self.words[0].start if self.words else 0) == "fr"
        self.headline = headline(reader, number, self.words)
        self.shouting = self.headline and _shouting(self.words)
        """Whether the sentence is a heading in capitals: its words are no initials."""
        self._quoted: list[bool] | None = None
        in_sentence = frozenset(map(_KEY, self.words))
        self.quotes = not _QUOTES.isdisjoint(in_sentence)
        """Whether the sentence has a quotation mark at all."""
        self.company_titles = not WORDS.company_titles.isdisjoint(in_sentence)
        self.appositions = "," in in_sentence and not _APPOSING.isdisjoint(in_sentence)
        """Whether a name can be set off by a comma before what it is, in this sentence."""
        self.signing = "," in in_sentence and not WORDS.signing.isdisjoint(in_sentence)
        """Whether the sentence may list the parties to an agreement, with commas."""
        self._completing: list[int] | None = None
        self.territories = not TERRITORY_WORDS.isdisjoint(in_sentence)
        """Whether a word of a territory's institutions stands in the sentence at all."""
        self.gathered = gathers(reader, number)
        """Whether the sentence names the parties an agreement gathers ("The agreement
        brings together four parties: the Province of Taza; …")."""
        self.signed = self.gathered or not WORDS.signing.isdisjoint(in_sentence)
        """Whether the sentence may report a signing, or gathers an agreement's parties."""
        self._walked = (0, 0)
        """The capitalised words last walked through without a head or suffix: (first, end)."""
        self.dateline = dateline_end(reader.text, self.words)
        """The words of a wire dateline's place in capitals: "M'HAMID EL GHIZLANE, Morocco"."""

    def scan(self) -> list[Institution]:
        words = self.words
        i = 0
        starts = itertools.compress(
            itertools.count(),
            map(
                operator.or_, map(_CAPITALISED, words), map(_STARTS.__contains__, map(_KEY, words))
            ),
        )
        i = self.dateline
        for candidate in starts:  # most words start no institution: only these are looked at
            if candidate < i:
                continue
            i = candidate
            word = words[i]
            if word.kind != WORD:
                continue
            if word.capitalised and (i == 0 or not words[i - 1].capitalised):
                run = self.capitals(i)
                if run - i > _MAX_LATIN_NAME:
                    i = run  # more capitalised words in a row than a name has: shouting
                    continue
            key, capitalised, acronym = word.key, word.capitalised, word.acronym
            if key in WORDS.naming_words:
                i += 1  # "Baptisé Fonds Maroc-Afrique …": the name starts after the word
                continue
            if not capitalised and self.branch_of_named(i):
                i += 1  # "le centre régional de l'INRH": the institute, named after it
                continue
            # each way of writing a name is tried where the word can start one
            end = (
                (self.territories and self.territorial(i))
                or (key in _COMMITTEES and self.committee(i))
                or (
                    key in HEADS
                    and not _place_named_at(words, i)
                    and self.coordinated_with(self.head_first(i))
                )
                or (i > 0 and words[i - 1].key in WORDS.naming_words and self.called(i))
                or (
                    capitalised
                    and key in WORDS.organization_descriptors
                    and word.text.isupper()
                    and self.after_descriptor(i)
                )  # "la PME Tafkir Solutions", "l'ONG Amal Horizons": a kind in capitals
                or (capitalised and not self.french and self.trailing_head(i))
                or (capitalised and self.capitalised_run(i))
                or (key in WORDS.organization_descriptors and self.after_descriptor(i))
                or (
                    key in WORDS.verb_descriptors
                    and i > 0
                    and words[i - 1].key in _FEMININE_DETERMINERS
                    and self.after_descriptor(i)
                )  # "l'enseigne espagnole Velaria Moda", not "X enseigne Droit …"
                or ((capitalised or acronym) and self.appositions and self.founded(i))
                or (capitalised and self.signing and self.listed_before(i))
                or (acronym and self.acronym(i))
                or (capitalised and word.text[-1].isdigit() and self.brand(i))
                or (capitalised and self.domain_after(i + 1) > i + 1 and self.website(i))
                or (capitalised and i > 0 and self.after_origin(i))
            )
            i = end if end else i + 1
        return self.found

    def completes_near(self, i: int) -> bool:
        """Whether a word of kind, a company's last word or initials in brackets are near.

        Near is within a name's reach from ``i``.
        """
        completing = self._completing
        if completing is None:
            words = self.words
            keys = map(_KEY, words)
            completing = list(
                itertools.compress(itertools.count(), map(_COMPLETING.__contains__, keys))
            )
            completing += [  # initials in brackets: "Atlas Phosphates and Fertilisers (APF)"
                k for k in range(1, len(words)) if words[k].acronym and words[k - 1].key == "("
            ]
            completing += [  # a suffix written into a name: "SaqiTech"
                k
                for k, word in enumerate(words)
                if word.capitalised and _camel_tail(word.text) in WORDS.organization_suffixes
            ]
            completing.sort()
            self._completing = completing
        k = bisect.bisect_left(completing, i)
        return k < len(completing) and completing[k] - i < _MAX_LATIN_NAME

    def capitals(self, i: int) -> int:
        """The index after the capitalised words that follow each other from ``words[i]``."""
        words = self.words
        j = i
        while j < len(words) and words[j].capitalised:
            j += 1
        return j

    # What is found

    def add(
        self, first: int, end: int, kind: OrganizationKind | None = None, *, made: bool = False
    ) -> int:
        """Record the words ``first..end`` as an institution (with the acronym after them)."""
        words = self.words
        while end > first + 1 and (words[end - 1].key in _FUNCTION | _ENGLISH_LINKS | {"'"}):
            end -= 1
        if self.adverb(first, end):
            return end  # "Separately, the agency …": how the sentence goes on, no name
        if self.program_around(first, end):
            return end  # "la stratégie Maroc Digital 2030": a programme's name
        end = self.located(first, self.region_after(first, end))
        if words[end - 1].key in WORDS.not_institution_ends and not any(
            word.key in {"of", "for"} | DE for word in words[first:end]
        ):  # "Moroccan Sign Language", "Market Square"; not "Network for the Amazigh Language"
            return end
        if words[first].key in _APPOSITION_ARTICLES and not any(
            word.capitalised for word in words[first + 1 : end]
        ):
            return end  # "The regional council has …": one named before, by what it is
        if (
            first == 0
            and end == 2
            and end < len(words)
            and words[end].key == ":"
            and _lowercase(words[1])
        ):
            return end  # "Réseau électrique : la SNTE confie …": a headline's topic
        for k in range(end - 2, first - 1, -1):
            if _origin(words[k]):
                first = k + 1  # Abu Dhabi-based G42, Emirati-owned Karama: not its name
                break
        first = _past_place_of(words, first, end)
        end = self.dotted_form_after(self.domain_after(end))
        name_words = words[first:end]
        name = self.span(first, end)
        acronym, after = self.acronym_after(end, words[first].text[:1])
        quote = self.span(first, after) if acronym else None
        territorial = any(word.key in WORDS.territorial_adjectives for word in name_words)
        rest = self.name_after_initials(after, territorial=territorial) if acronym else after
        if rest > after:  # "Groupement sanitaire territorial (GST) de Drâa-Tafilalet"
            tail = self.span(after, rest)
            name = Found(name.start, tail.end, f"{name.text} {tail.text}")
            quote = self.span(first, rest)
            after = rest
        self.found.append(
            Institution(
                name,
                kind or _kind_of(name_words),
                self.number,
                acronym,
                quote,
                made,
                self.described(first, after),
            )
        )
        return after

    def described(self, first: int, after: int) -> str | None:
        """The word of kind a name is set beside, for "the start-up" to stand for it later.

        Before the name ("la start-up Bassira Health", "la fondation suédoise Nordljus")
        or after it and a comma, an article and a word or two ("Bassira Health, a
        start-up spun out of …"); its words joined, as the tokens of "the start-up" are
        read.
        """
        words = self.words
        descriptors = WORDS.organization_descriptors
        before = first - 1
        if before > 0 and _nationality(words[before]):
            before -= 1  # "la fondation suédoise Nordljus"
        if before >= 0 and words[before].key in descriptors and not words[before].capitalised:
            return _joined_key(words[before])
        if after + 2 >= len(words) or words[after].key != ",":
            return None
        k = after + 1
        if words[k].key not in _APPOSITION_ARTICLES:
            return None
        for n in range(k + 1, min(k + 4, len(words))):
            word = words[n]
            if word.kind != WORD or word.capitalised:
                return None
            if word.key in descriptors:
                return _joined_key(word)
        return None

    def domain_after(self, end: int) -> int:
        """Where a name ends with the domain written onto it: "Kounouz.ma", "Avito.com"."""
        words = self.words
        if (
            end + 1 < len(words)
            and words[end].key == "."
            and words[end + 1].key in _DOMAINS
            and words[end - 1].end == words[end].start
            and words[end].end == words[end + 1].start
        ):
            return end + 2
        return end

    def dotted_form_after(self, end: int) -> int:
        """Where a name ends with a legal form written with its full stops.

        In dotted capitals ("S.L.", "S.A.R.L."), or abbreviated ("Kitahama Refrigeration
        Co., Ltd.", "Doublage Boréal inc.").
        """
        words = self.words
        if (
            end + 1 < len(words)
            and _DOTTED_CAPITALS.fullmatch(words[end].text)
            and words[end + 1].key == "."
            and words[end].end == words[end + 1].start
            and words[end - 1].kind == WORD
        ):
            return end + 2
        return past_abbreviated_form(words, end - 1, end)

    def acronym_ahead(self, k: int) -> bool:
        """Whether initials in brackets close the words from ``words[k]`` within a few words.

        "Agence espagnole de coopération internationale pour le développement (AECID)":
        the name goes on through "pour" to its initials.
        """
        return self.bracket_ahead(k) is not None

    def bracket_ahead(self, k: int) -> int | None:
        """Where the bracket of initials :meth:`acronym_ahead` finds opens, if any."""
        words = self.words
        for n in range(k + 1, min(k + 8, len(words) - 2)):
            if words[n].key == "(":
                return n if words[n + 1].acronym and words[n + 2].key == ")" else None
            if words[n].kind == MARK and words[n].key != "'":
                return None
        return None

    def own_initials_ahead(self, first: int, k: int) -> bool:
        """Whether initials in brackets a few words after ``words[k]`` are the name's own.

        The name is from ``words[first]``: each letter is the initial of one of its words,
        its first word's among them, in any order (an English order too).

        "Institut français de recherche sur les littoraux (IFRL)", "Agence japonaise de
        recherche sur les ressources marines (JMRA)"; not "l'Organisation mondiale de la
        santé sur le Règlement sanitaire international (RSI)", the initials of what it
        is about.
        """
        words = self.words
        bracket = self.bracket_ahead(k)
        if bracket is None:
            return False
        letters = {letter for letter in words[bracket + 1].text if letter.isupper()}
        initials = {
            part[0].upper()
            for word in words[first:bracket]
            if word.kind == WORD and word.key not in _FUNCTION
            for part in word.key.split()
        }
        return words[first].key[:1].upper() in letters and letters <= initials

    def region_after(self, first: int, end: int) -> int:
        """Where a name ends with the word for the territory its last words name.

        "the Urban Transport Authority of the Tangier-Tetouan-Al Hoceima region": "of the",
        a territory's capitalised name, then "region" (or "province") in lower case.
        """
        words = self.words
        if end >= len(words) or words[end].key not in _TERRITORIES or words[end].capitalised:
            return end
        k = end
        while k > first and (words[k - 1].capitalised or words[k - 1].key == "-"):
            k -= 1
        named = any("-" in word.text for word in words[k:end]) or (
            " ".join(word.key for word in words[k:end]) in WORDS.places
        )  # a region's joined names, or a place the lexicon knows; not "the Interior"
        if named and k - 2 > first and words[k - 1].key == "the" and words[k - 2].key == "of":
            return end + 1
        return end

    @staticmethod
    def takes_city(head: Word, name: Sequence[Word]) -> bool:
        """Whether a name whose last word of kind is ``head`` goes on with its city.

        A school's or a university's does (``located_heads``), and a territory's service
        that a territorial adjective names and no place does ("Provincial Directorate of
        National Education in Azilal", ``located_services``).
        """
        return head.key in WORDS.located_heads or (
            head.key in WORDS.located_services
            and any(word.key in WORDS.territorial_adjectives for word in name)
            and not any(word.key in WORDS.places for word in name)
        )  # not "the Draa-Tafilalet regional health directorate in Errachidia": its
        # territory named, the city is where it sits

    def located(self, first: int, end: int) -> int:
        """Where a name ends with the city it is in, when its word of kind takes one.

        "Higher School of Technology in Guelmim", "Embassy of Morocco in Abuja", "ambassade
        d'Espagne à Rabat", "Mohammed V University in Rabat", "EU Delegation to Morocco",
        "Délégation de l'Union européenne au Maroc": the city (a mission's country) is part of the name
        when its last word of kind takes one (``located_heads``, ``missions``), and so is
        the country of a foreign chamber ("Chambre allemande de commerce et d'industrie
        au Maroc"); a hospital's is not ("Hassan II University Hospital in Fez").
        """
        words = self.words
        if end + 1 >= len(words) or words[end].text not in {"in", "à", "to", "au"}:
            return end  # not "L'ambassade de France a annoncé": the verb
        head = next((word for word in reversed(words[first:end]) if _is_head(word)), None)
        abroad = any(word.key in WORDS.missions for word in words[first:end]) or _foreign_chamber(
            words[first:end]
        )
        if words[end].text in {"to", "au"}:
            if not abroad and not self.place_initialled(end + 1):
                return end  # a mission is "to" a country ("EU Delegation to Morocco")
        elif not abroad and (head is None or not self.takes_city(head, words[first:end])):
            return end  # "Hassan II University Hospital in Fez": where it is, not its name
        for length in (3, 2, 1):
            place = " ".join(word.key for word in words[end + 1 : end + 1 + length])
            if (
                end + length < len(words)
                and all(word.capitalised for word in words[end + 1 : end + 1 + length])
                and (place in WORDS.places or (abroad and length == 1))
            ):
                return end + 1 + length  # an embassy's city may be any: "in Abuja"
        return end

    def place_initialled(self, k: int) -> bool:
        """Whether the place at ``words[k]`` has its initial in the initials after it.

        "Association pour les droits numériques au Maroc (ADNM)": the initials close the
        name with its country, which is part of it.
        """
        words = self.words
        return (
            k + 3 < len(words)
            and words[k].key in WORDS.places
            and words[k + 1].key == "("
            and words[k + 2].acronym
            and words[k + 3].key == ")"
            and words[k + 2].text[-1] == words[k].text[0]
        )

    def program_around(self, first: int, end: int) -> bool:
        """Whether a word for a strategy or a programme stands just before or after a name.

        Before it ("la stratégie Maroc Digital"), or after it and its year ("the Digital
        Morocco 2030 strategy"); the name is the programme's, no institution's.
        """
        words = self.words
        if first > 0 and words[first - 1].key in WORDS.programs:
            return True
        k = end + 1 if end < len(words) and words[end].kind == NUMBER else end
        return k < len(words) and words[k].key in WORDS.programs and not words[k].capitalised

    def adverb(self, first: int, end: int) -> bool:
        """Whether ``words[first:end]`` is an English adverb opening the sentence.

        "Separately,", "Meanwhile,", "Next,": how the sentence goes on, before its comma.
        "Now president of …", "Today head of …": one of ``sentence_adverbs`` before a
        lowercase word, the post someone holds now.
        """
        words = self.words
        return (
            first == 0
            and end == 1
            and len(words) > 1
            and (
                (
                    (words[0].key.endswith("ly") or words[0].key in WORDS.sentence_adverbs)
                    and words[1].key == ","
                )
                or (words[0].key in WORDS.sentence_adverbs and words[1].text.islower())
            )
        )

    def name_after_initials(self, k: int, *, territorial: bool = False) -> int:
        """Where a name that goes on after its initials in brackets ends.

        "Chambre de commerce, d'industrie et de services (CCIS) de l'Oriental", "Regional
        Academy of Education and Training (AREF) of Draa-Tafilalet", "Centre hospitalier
        régional (CHR) Moulay Ali Chérif", "(CHU) Ibn Sina", "(CHU) Souss-Massa": "de" or
        "of" and a region, or in French a region, or a person's or a king's name the
        institution is named for (and its city). Not a city
        alone: "l'Institut spécialisé … (ISTA) de Ouarzazate" is where it is, unless the
        name is one of many, one per territory (``territorial``: "Centre hospitalier
        régional (CHR) de Béni Mellal"). ``k`` if nothing goes on.
        """
        words = self.words
        j = k
        if j < len(words) and words[j].key in {"de", "du", "d", "of"}:
            j += 1
            while j < len(words) and words[j].key in {"'", "la", "l", "the"}:
                j += 1
            if j >= len(words) or not words[j].capitalised:
                return k
            end = self.capitalised_after(j)
            place = WORDS.places.get(normalize(self.span(j, end).text)) if end > j else None
            # "(CCIS) de l'Oriental": a region's body; "(ISTA) de Ouarzazate": where it is
            if place is None or place[1] is PlaceKind.COUNTRY:
                return k
            return end if territorial or place[1] is PlaceKind.REGION else k
        if not self.french:
            return k
        if j < len(words) and words[j].capitalised and words[j].key not in WORDS.given_names:
            end = self.capitalised_after(j)
            place = WORDS.places.get(normalize(self.span(j, end).text)) if end > j else None
            if place is not None and place[1] is PlaceKind.REGION:
                return end  # "Centre hospitalier universitaire (CHU) Souss-Massa": its region
        if not (
            j < len(words)
            and words[j].capitalised
            and (
                words[j].key in WORDS.given_names
                or words[j].key in WORDS.place_prefixes
                or words[j].key in WORDS.name_particles  # "(CHU) Ibn Sina"
            )
        ):
            return k
        end = self.capitalised_after(j)
        if end > j and end + 1 < len(words) and words[end].key in {"de", "d"}:
            city = end + 2 if words[end + 1].key == "'" else end + 1
            further = self.capitalised_after(city)
            end = further if further > city else end  # "… Mohammed VI d'Oujda"
        return end if end > j else k

    def capitalised_after(self, j: int) -> int:
        """The index after the capitalised words (or a king's numeral) from ``words[j]``."""
        words = self.words
        end = j
        while (
            end < len(words)
            and end - j < 4
            and (words[end].capitalised or words[end].key in ROMAN)
            and words[end].kind == WORD
        ):
            end += 1
        return end

    def span(self, first: int, end: int) -> Found:
        start, stop = self.words[first].start, self.words[end - 1].end
        return Found(start, stop, self.reader.masked[start:stop])

    def acronym_after(self, end: int, initial: str = "") -> tuple[str | None, int]:
        """The acronym in brackets after a name, and the index after it.

        "(ONEV)", "(GovTech)", or initials and a name: "(CHU Al Andalous)"; or, given the
        ``initial`` of the name, one capitalised word that starts with it: "Société
        marocaine des dérivés phosphatés (Somadep)", or that the article writes again
        on its own: "l'Agence marocaine pour l'énergie durable (Masen) … entre Masen et".
        """
        words = self.words
        if (
            end + 2 < len(words)
            and words[end].key == "("
            and words[end + 2].key == ")"
            and (
                words[end + 1].acronym
                or _short_name(words[end + 1].text)
                or _syllables(words[end + 1], initial)
                or (bool(initial) and self.written_again(words[end + 1]))
            )
        ):
            return words[end + 1].text, end + 3
        if end + 3 < len(words) and words[end].key == "(" and words[end + 1].acronym:
            k = end + 2  # "(CHU Al Andalous)": initials and a name, the short form
            while k < len(words) and k - end <= 4 and words[k].capitalised:
                k += 1
            if k > end + 2 and k < len(words) and words[k].key == ")":
                short = self.span(end + 1, k)
                return short.text, k + 1
        close = self.name_in_brackets(end)
        if close:  # "Mohammedan League of Scholars (Rabita Mohammadia des Oulémas)"
            return self.span(end + 1, close).text, close + 1
        return None, end

    def name_in_brackets(self, end: int) -> int:
        """The index of the ")" closing another name of the institution, or 0.

        Two to `_BRACKETED_NAME` capitalised words, with the links of a name between
        them, neither a place nor a person's: the name in another language.
        """
        words = self.words
        if end + 3 >= len(words) or words[end].key != "(":
            return 0
        first = words[end + 1]
        if not first.capitalised or first.key in WORDS.given_names or first.key in WORDS.places:
            return 0
        for k in range(end + 2, min(end + 2 + _BRACKETED_NAME, len(words))):
            if words[k].key == ")":
                inner = words[k - 1]
                if k - end < 3 or not inner.capitalised or inner.key in WORDS.places:
                    return 0
                return k
            if not (words[k].capitalised or words[k].key in _FIELD_LINKS):
                return 0
        return 0

    def written_again(self, word: Word) -> bool:
        """Whether a capitalised word in brackets stands again on its own in the article.

        Neither a place nor a given name, it is the short name the article goes on using.
        """
        text = word.text
        return (
            4 <= len(text) <= 12
            and text.isalpha()
            and text[0].isupper()
            and text[1:].islower()
            and word.key not in WORDS.places
            and word.key not in WORDS.given_names
            and self.reader.masked.count(text) > 1
        )

    def quoted(self, i: int) -> bool:
        """Whether ``words[i]`` stands inside quotes: a programme's or a lab's name."""
        if not self.quotes:
            return False
        if self._quoted is None:
            self._quoted = []
            opened = False
            straight = self.straight_quotes_before()
            for word in self.words:
                self._quoted.append(opened or straight % 2 == 1)
                if word.key == '"':
                    straight += 1
                elif word.key in OPENING_QUOTES:
                    opened = True
                elif word.key in CLOSING_QUOTES:
                    opened = False
        return self._quoted[i]

    def straight_quotes_before(self) -> int:
        """How many straight quotes the paragraph has before this sentence (within reach).

        A quotation may run over sentences: in '"… GPUs. Nobody talks about
        substations," said Ahmed Lakhdar, an economist at the Tafkir Institute' the
        quote mark closes one opened a sentence before.
        """
        if not self.words:
            return 0
        text = self.reader.text
        start = self.words[0].start
        paragraph = text.rfind("\n", max(0, start - _QUOTE_REACH), start) + 1
        return text.count('"', max(paragraph, start - _QUOTE_REACH), start)

    # The ways an institution is written

    def head_first(self, i: int) -> int:
        """A name that starts with the word of its kind: "l'Agence de développement du digital".

        French names run on through lowercase words after the head ("Office national de
        l'énergie verte"); after a capitalised word only an adjective follows
        ("l'Education nationale"), not a verb ("Hassan II assurera"). English names run
        on through "of", "for" and "and" between capitalised words ("Ministry of Digital
        Transition and Administrative Reform").
        """
        words = self.words
        word = words[i]
        if not _is_head(word) or word.key in WORDS.title_heads or self.headline:
            return 0
        if not word.capitalised and not (
            (word.key in WORDS.lowercase_heads and self.field_follows(i + 1))
            or self.proper_follows(i)
        ):
            return 0  # "le ministère et la région": no name without its field
        end = last = i + 1
        field = False
        enumerated = (
            word.key in MINISTRY_HEADS
            or word.key in WORDS.enumerated_heads
            or _of_state(words, i, min(i + 4, len(words)))  # as long as a ministry's
        )
        longest = _MAX_MINISTRY_NAME if enumerated else _MAX_LATIN_NAME
        while end < len(words) and end - i < longest:
            current = words[end]
            key = current.key
            if current.kind == MARK:
                if key == "'" and words[end - 1].key in ELIDED:
                    end += 1
                    continue
                if (
                    field
                    and possessive_at(words, end)
                    and end + 2 < len(words)
                    and words[end + 2].capitalised
                    and not _is_head(words[end + 2])
                    and words[end - 2].key in _OF_FOR
                ):  # not "the Ministry of Health's Directorate …": an owner, then its own
                    end += 2  # "Union of Women's Olive Cooperatives": the field's possessive
                    continue
                if (
                    field
                    and plural_possessive_at(words, end)
                    and words[end + 1].capitalised
                    and not any(map(_is_head, words[end + 1 : self.capitals(end + 1)]))
                ):  # not "the House of Representatives' Committee …": an owner, then its own
                    end += 1  # "Federation of Parents' Associations": a plural's possessive
                    continue
                if key == "," and self.french and self.continues_after_comma(end):
                    end += 1
                    continue
                if key == "," and (word.key in WORDS.enumerated_heads or field):
                    fields_end = self.fields_after_comma(
                        end,
                        ministry=word.key in MINISTRY_HEADS
                        and not any(w.key in {"and", "et"} for w in words[i:end]),
                    )  # "Ministry of Digital Economy, Artificial Intelligence and …"; not
                    # "… of Agriculture and Rural Equipment, Sanabil Tech and BMA Senegal"
                    if fields_end and (
                        word.key in WORDS.enumerated_heads
                        or (
                            fields_end < len(words)
                            and words[fields_end].key == "("
                            and not any(map(_is_head, words[end + 1 : fields_end]))
                        )
                    ):  # "Agency for Land Conservation, Cadastre and Cartography (ANCFCC)"
                        end += 1
                        continue
                break
            if current.kind == NUMBER or current.text[0] >= "\u0600" or _breaks_at(words, end):
                break
            if (
                key in {"for", "pour"}
                and end + 1 < len(words)
                and words[end + 1].key in WORDS.places
                and tuple(w.key for w in words[i:end]) in WORDS.chambers
            ):
                break  # "a member of the House of Representatives for Meknes": the seat
            if key == "par" and self.french and self.acronym_ahead(end):
                end += 1  # "Fédération nationale du transport de voyageurs par autocar
                continue  # (FNTVA)": the name goes on to its initials
            if key == "sur" and self.french and self.own_initials_ahead(i, end):
                end += 1  # "Institut français de recherche sur les littoraux (IFRL)"
                continue
            if key in {"et", "and", "&"}:
                if (
                    self.another_after(i, end)
                    or not (self.french or field or key == "et")
                    or self.origin_after(end)
                    or self.place_ends_at(end)
                    or (self.french and _participle_after(words, end))
                    or (self.french and _present_participle_after(words, end))
                    or (self.french and end == i + 1)
                ):
                    break  # not "… Economy and Finance and Abu Dhabi-based fund X", nor
                    # "former 40 cadres de l'Agence et de réduire …" (a head alone)
                end += 1
                continue
            if (
                key in WORDS.charged_with
                and word.key not in MINISTRY_HEADS
                and not _of_state(words, i, end)  # "Secrétariat d'État chargé de …"
            ):
                break  # "vice-présidente du Conseil communal d'Agadir chargée de …": her charge
            bracket = self.bracket_ahead(end) if key in _WITHIN and last == end else None
            if bracket is not None:
                last = end = bracket
                break  # "Commission … Desert Locust in the Western Region (CLCPRO)": its area
            if current.text == "a":
                break  # "la Commune de Sefrou a demandé": the verb, not "à"
            if (
                key == "en"
                and self.french
                and end + 2 < len(words)
                and not words[end + 1].capitalised
                and words[end + 2].kind == NUMBER
            ):
                break  # "Le Conseil régional en finance 18 millions": "en" of the verb
            if key == "en" and end + 1 < len(words) and words[end + 1].key == "tant":
                break  # "l'agrément de Bank Al-Maghrib en tant qu'établissement": "as"
            if (
                key == "pour"
                and self.french
                and (
                    _infinitive_at(words, end + 1)
                    or (words[i].key in MINISTRY_HEADS and _lowercase_purpose(words, end + 1))
                    # "… et des Sports pour la maîtrise …"; not "Ministerio para la Transición"
                    or (_lowercase_complement(words, i + 1, end) and not self.acronym_ahead(end))
                    or _counted_purpose(words, end + 1)
                    or _purpose_after_proper(words, i, end)
                    or _indefinite_after(words, end + 1)
                )
            ):
                break  # "l'École … de Casablanca pour accueillir": what for, not its name
            if (
                key == "a"
                and current.text == "à"
                and self.french
                and _infinitive_at(words, end + 1)
                and words[end + 1].key.endswith(("er", "ir"))  # not "à caractère personnel"
            ):
                break  # "aide les greffiers du tribunal de commerce à trier": what for
            if (
                key in {"de", "d"}
                and self.french
                and _infinitive_at(words, end + 1)
                and end + 2 < len(words)
                and words[end + 2].key in _OBJECT_OR_TO
            ):
                break  # "permettre à la Caisse de passer au crible …": what it may do
            where = key in {"a", "au", "aux", "en", "in", "at"}
            if (
                where
                and end + 1 < len(words)
                and words[end + 1].capitalised
                and (key not in {"au", "aux"} or words[end + 1].key in WORDS.places)
            ):
                break  # basée à Rabat, l'Agence au Maroc; not le Haut-Commissariat au Plan
            if where and self.french and self.head_after_article(end + 1):
                break  # "lie l'Agence à la Chambre de commerce": to another institution
            if (
                where
                and self.french
                and end == i + 1
                and end + 1 < len(words)
                and not words[end + 1].capitalised
            ):
                break  # "former 80 ingénieurs de l'Agence au pilotage des modèles": to do
            if current.capitalised:
                if key in _CURRENCIES and end + 1 < len(words) and words[end + 1].kind == NUMBER:
                    break  # "the Ministry of Higher Education MAD 3.5 million": its share
                if key in WORDS.title_heads and self.person_after_title(end):
                    break  # "Ministry Secretary-General Adil Benkirane": a post and its holder
                if (
                    (not words[end - 1].capitalised or field)
                    and self.person_at(end)
                    and not self.named_after(i, end)
                    and not (words[end - 1].key in {"and", "et"} and self.acronym_ahead(end))
                    and not self.proper_pending(i, end)
                ):
                    break  # "le président du Conseil régional Omar Ben Haddou", "the
                    # Ministry of Justice Nadia Sebti told …"; not "Laboratory of
                    # Oceanography and Marine Remote Sensing (LOTEM)", a field
                end += 1
                last = end
                continue
            if key in _ARTICLES and words[end - 1].key not in _BEFORE_ARTICLE:
                break  # "devant la Chambre des conseillers le déploiement": what it did
            if key == "on" and end == i + 1 and enumerated:
                field = True  # "Committee on the Interior, Local Authorities, …"
                end += 1
                continue
            if key in WORDS.foreign_name_links and key != "for" and _goes_on_a_name(words, end):
                end += 1  # "Fundación Drago para los Bosques Atlánticos"
                continue
            if key in _FUNCTION or key in _ENGLISH_LINKS:
                if self.chamber_after(end) or _region_served(words, end):
                    break  # "Commission … de la Chambre des représentants": two institutions
                field = field or key in {"of", "for"}
                end += 1
                continue
            previous = words[end - 1]
            if (previous.key, key) in WORDS.name_joints:
                end += 1  # "Agence nationale de lutte contre l'analphabétisme"
                continue
            if (
                self.french
                and end + 1 < len(words)
                and (
                    words[end + 1].key in _OBJECT_FIRST
                    or words[end + 1].kind == NUMBER
                    or (
                        words[end + 1].key == ","
                        and end + 2 < len(words)
                        and words[end + 2].key in TEXT_WORDS.stressed_pronouns
                    )  # "… et des Sports envisage, lui, d'étendre"
                    or (
                        words[end + 1].key in {"de", "pour", "a"}
                        and end + 2 < len(words)
                        and (
                            words[end + 2].key in _POSSESSIVES
                            or (
                                words[end + 2].key in {"pres", "loin"}
                                and (end + 3 >= len(words) or words[end + 3].key not in DE)
                            )
                            or (words[end + 2].kind == NUMBER and not _nationality(current))
                        )
                    )  # "la Banque Sanabil ouvre de son côté …", "le CHU dispose de 64 lits",
                    # "le ministère … suit de près l'expérience"; not "l'Union européenne
                    # de 1,6 million d'euros", nor "… de près de 1,6 million d'euros"
                    or (
                        end - 1 > i
                        and previous.capitalised
                        and end + 3 < len(words)
                        and words[end + 1].key == "d"
                        and words[end + 2].key in {"'", "’"}
                        and not words[end + 3].capitalised
                    )  # "le ministère de l'Équipement et de l'Eau change d'arme"
                )
                and previous.key not in _FUNCTION
                and previous.key not in {"'", "’"}
            ):
                break  # "… de la Protection sociale accélère la …", "… de Marrakech forme 900
                # juristes": the verb and its object, not "la Chambre des représentants un plan"
            if (
                self.french
                and previous.capitalised
                and _weak_adjective(current)
                and end + 1 < len(words)
                and (
                    words[end + 1].key in _AFTER_VERB
                    or _infinitive_at(words, end + 1)
                    or (
                        words[end + 1].key == "pour"
                        and end + 2 < len(words)
                        and words[end + 2].key in WORDS.demonstratives
                    )
                    or (
                        current.text.islower()
                        and (words[end + 1].key in {"que", "qu"} or _de_infinitive(words, end + 1))
                    )
                )
            ):
                break  # "Banque Zellij passe à l'échelle", "le CHR espère démontrer", "la
                # Caisse mobilise pour cette phase", "l'Ordre demande que", "l'Agence
                # envisage d'étendre": a verb after the name
            if (
                self.french
                and current.text.islower()
                and end + 1 < len(words)
                and words[end + 1].key in _ADVERBS_AFTER_VERB
            ):
                break  # "la Coopérative Tafsut pour l'argan et l'artisanat photographient
                # désormais": a verb, its adverb after it
            if (
                self.french
                and end == (i + 2 if words[i + 1].key == "de" else i + 3)
                and _de_infinitive(words, i + 1, _verb_in_er_at)
            ):
                break  # "le tribunal d'alimenter la plateforme", "permis à la Caisse de
                # recouvrer 148 millions": what it does
            if (
                self.french or (word.key in WORDS.french_heads and previous.key in DE)
            ) and _lowercase_name_word(  # in English, "the École Verneuil de design"
                current,
                after_capital=previous.capitalised
                or (
                    end - 2 >= i
                    and previous.text.islower()
                    and previous.key.endswith(_STRONG_ENDINGS)
                    and previous.key not in _FUNCTION
                    and words[end - 2].capitalised
                    and _is_head(words[end - 2])
                ),  # "le Conseil régional prend en charge": a verb after its adjective
                after_link=previous.key in _FUNCTION
                or word.key in MINISTRY_HEADS
                or (previous.key in {"'", "’"} and words[end - 2].key in {"l", "d"})
                or (words[end - 2].key in _FUNCTION and previous.key in WORDS.size_adjectives),
                after_de=previous.key in DE
                or (previous.key in {"'", "’"} and words[end - 2].key == "d")
                or (previous.key == "la" and words[end - 2].key == "de"),
            ):  # "… de garantie et du financement de l'entreprise", as "de la banque", and
                # "de la petite entreprise": a size before the word
                end += 1
                last = end
                continue
            break
        if last <= i + 1:
            return 0
        last = _without_owner(words, i, _known_end(words, i, last))
        return self.add(self.owner_before(i) if word.key in MINISTRY_HEADS else i, last)

    def own_people_at(self, head: int, j: int) -> bool:
        """Whether a ministry's field names the country's own people at ``words[j]``.

        "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates": the
        nationality and a capitalised word are one of its fields, not another company.
        """
        words = self.words
        if words[head].key not in MINISTRY_HEADS or words[j].key not in WORDS.own_people:
            return False
        end = j + 1
        while end < len(words) and words[end].capitalised and not _is_suffix(words[end]):
            end += 1
        return end > j + 1 and (end == len(words) or not words[end].capitalised)

    def head_after_article(self, k: int) -> bool:
        """Whether a French article at ``words[k]`` comes before another institution.

        A capitalised word of kind ("à la Chambre de commerce", "à l'Université Ibn
        Zohr"), or a word that describes one before its name ("à la société Atlas Tech",
        "à la fondation suédoise Nordljus").
        """
        words = self.words
        head = self.past_articles(k)
        if not k < head < len(words):
            return False
        if words[head].capitalised:
            return _is_head(words[head])
        named = head + 1
        if named < len(words) and _nationality(words[named]):
            named += 1
        return (
            words[head].key in WORDS.organization_descriptors
            and named < len(words)
            and words[named].capitalised
        )

    def proper_follows(self, i: int) -> bool:
        """Whether a proper name follows a French head in lowercase: "lycée technique Ibn Al Banna".

        "la coopérative féminine Tamount", "l'université Hassan Ier de Settat": the head,
        at most two adjectives of its kind, then capitalised words that may stand in a
        name. A head that only describes ("la société Atlas Tech", "l'entreprise
        portugaise Vigiflora") is not one of ``proper_heads``.
        """
        words = self.words
        if not self.french or words[i].key not in WORDS.proper_heads:
            return False
        k = i + 1
        while (
            k < len(words)
            and k - i <= _LOWERCASE_ADJECTIVES
            and _adjective_word(words[k])
            and not _nationality(words[k])
        ):
            k += 1
        if words[i].key in WORDS.descriptors_in_name and k < len(words) and words[k].key in DE:
            k += 1  # "la coopérative des marins-pêcheurs Lalla Fatna", "de pêche artisanale"
            start = k
            while (
                k < len(words) and k - start <= _LOWERCASE_ADJECTIVES and _lowercase_noun(words[k])
            ):
                k += 1
            if k == start or any(w.key in WORDS.settlements for w in words[start:k]):
                return False  # "la coopérative du douar Aït Ouassif": where it is
        return k < len(words) and words[k].capitalised and words[k].named

    def proper_pending(self, i: int, end: int) -> bool:
        """Whether capitalised words at ``words[end]`` give a lowercase head its proper name.

        "la coopérative de pêche artisanale Nour Al Bahr": no person's name after a
        title, when the head names with its noun and no capital has come yet.
        """
        words = self.words
        return (
            not words[i].capitalised
            and words[i].key in WORDS.descriptors_in_name
            and not any(word.capitalised for word in words[i + 1 : end])
        )

    def field_follows(self, k: int) -> bool:
        """Whether a field starts at ``words[k]``, after a lowercase head: "ministère de …".

        A nationality may stand between: "le ministère ivoirien de la Transition numérique",
        "le ministère sud-coréen de la Science", "le ministère fédéral allemand de …". A
        word of ``generic_complements`` names no field: "le ministère de tutelle".
        """
        words = self.words
        start = k
        while (
            k < len(words)
            and k - start < 2
            and (_nationality(words[k]) or words[k].key in _FEDERAL_OR_DELEGATE)
        ):
            k += 1  # "le ministère fédéral allemand de la Coopération économique", "le
            # ministère délégué chargé de la Transition numérique"
        if k >= len(words) or words[k].key not in DE:
            return False
        k += 1
        while k < len(words) and words[k].key in _ARTICLES_BEFORE_PLACE:
            k += 1
        return k < len(words) and words[k].key not in WORDS.generic_complements

    def owner_before(self, i: int) -> int:
        """Where the country that owns a ministry starts, written before it ("Ivory Coast's").

        Morocco's is left out, as a post's is: the dataset's ministries are Morocco's.
        """
        words = self.words
        if i < 3 or not possessive_at(words, i - 2):
            return i
        if words[i - 2].start != words[i - 3].end or words[i - 3].key in WORDS.home_country:
            return i
        first = i - 2
        while first > 0 and i - 2 - first < 3 and _country_word(words[first - 1]):
            first -= 1
        return first if first < i - 2 else i

    def person_after_title(self, k: int) -> bool:
        """Whether a person's name follows the title word at ``words[k]`` and its modifiers.

        "Secretary-General Adil Benkirane", "Director General Ghita Lazrak".
        """
        words = self.words
        k += 1
        while k < len(words) and words[k].key in WORDS.title_modifiers:
            k += 1
        return k < len(words) and (self.person_at(k) or self.bare_name_at(k))

    def bare_name_at(self, k: int) -> bool:
        """Whether two or three capitalised words at ``words[k]`` end a run, as a name does.

        After a title, a name needs no given name the lexicon knows: "Council President
        Abdennabi Zerhouni, …". Not a word of kind, a suffix, a place or another title
        among them ("Board Chairman Office Tower").
        """
        words = self.words
        end = k
        while end < len(words) and words[end].capitalised:
            end += 1
        return 2 <= end - k <= _NAME_AFTER_TITLE - 1 and not any(
            not word.named
            or word.acronym
            or _is_head(word)
            or _is_suffix(word)
            or word.key in WORDS.places
            or word.key in WORDS.not_names
            or word.key in WORDS.title_heads
            for word in words[k:end]
        )

    def posts_place(self, k: int) -> bool:
        """Whether ``words[k]`` is the place a title is held in: "Ambassador to Morocco".

        The place ends the post, and a name after it is a person's, whether or not its
        given name is known ("… to Morocco Moustapha Diagne and …").
        """
        words = self.words
        return (
            k > 1
            and (words[k].key in WORDS.places or words[k].key in WORDS.not_names)
            and words[k - 1].key in _TO_IN
            and words[k - 2].key in WORDS.title_heads
        )

    def person_at(self, k: int) -> bool:
        """Whether a person's name starts at ``words[k]``: a given name, then a surname.

        Not a king's name with its numeral ("Université Mohammed V"). Asked after a word
        in lower case only: "Université Sultan Moulay Slimane" is a name throughout.
        """
        words = self.words
        return (
            words[k].key in WORDS.given_names
            and words[k].key not in WORDS.name_particles  # Faculté des sciences Ben M'Sik
            and k + 1 < len(words)
            and words[k + 1].capitalised
            and words[k + 1].key not in ROMAN
            and (words[k + 1].personal or words[k + 1].acronym)  # not "Marine Sciences"
        )

    def named_after(self, i: int, k: int) -> bool:
        """Whether the person's name at ``words[k]`` is part of the name from ``words[i]``.

        Initials in brackets just after the person's name spell the whole name, the
        person's too: "Bibliothèque universitaire Mohammed Sekkat (BUMS)".
        """
        words = self.words
        end = k + 1
        while end < len(words) and end - k < _NAME_AFTER_TITLE and words[end].personal:
            end += 1
        if not (end + 2 < len(words) and words[end].key == "(" and words[end + 1].acronym):
            return False
        initials = "".join(
            word.text[0].upper()
            for word in words[i:end]
            if word.kind != MARK and word.key not in _FUNCTION and word.key not in _ARTICLES
        )
        return initials == words[end + 1].text.upper()

    def territorial(self, i: int) -> int:
        """A council (or agency, office …) named by its territory.

        As in "le conseil de la région Fès-Meknès", "conseil régional de Béni Mellal",
        "the regional council of Souss-Massa" and "the Fez-Meknes regional council":
        the head's complement names a region, a province or a city, which the
        capitalised words after it give. The head is written in lower case, or is a
        province or prefecture that signs ("La Province d'El Jadida … ont signé").
        """
        words = self.words
        word = words[i]
        if word.capitalised and not self.signing_territory(i, i):
            return self.territory_first(i) if self.territories else 0
        if not self.territories:
            return 0
        n = len(words)
        k = i + 1
        marked = word.key in _TERRITORIES  # the commune of …
        if marked and self.where_before(i):
            return 0  # "un centre de données dans la commune de Gzenaya": a place
        if word.key in _TERRITORIAL and k < n and _is_head(words[k]):
            k += 1  # the regional council of …
            marked = True
        elif self.signing_territory(i, i):
            marked = True  # "la province d'Ouezzane et l'ANEF ont signé …": a party
        elif not _is_head(word) or word.key in WORDS.named_heads:
            return 0
        if k < n and words[k].key in _TERRITORIAL:
            k += 1
            marked = True
        if k < n and words[k].key not in _DE_OF and self.signing_territory(i, i):
            pass  # "entre …, la Région Casablanca-Settat, …": its name right after it
        elif k >= n or words[k].key not in _DE_OF:
            return 0
        else:
            k = self.past_articles(k + 1)
        if k < n and words[k].key in _TERRITORIES:
            marked = True
            k += 1
            if k < n and words[k].key in _DE_OF:
                k = self.past_articles(k + 1)
        end = k
        while end < n and end - k < 4 and words[end].capitalised and words[end].named:
            end += 1
        if not marked or end == k or any(_is_head(word) for word in words[k:end]):
            return 0  # "the regional centre of the National Institute …": not a territory
        return self.add(i, self.province_after(self.fields_after(end)))

    def fields_after(self, end: int) -> int:
        """Where a territorial service's field ends that goes on after "et de la".

        "la direction régionale de la Santé et de la Protection sociale": a ministry's
        fields, not another institution (none of its capitalised words is a head).
        """
        words = self.words
        while end + 1 < len(words) and words[end].key == "et" and words[end + 1].key in _DE_OF:
            k = self.past_articles(end + 2)
            last = k
            while last < len(words) and last - k < 3 and words[last].capitalised:
                last += 1
            if last == k or any(_is_head(word) for word in words[k:last]):
                break
            while (
                last < len(words)
                and words[last].text.islower()
                and words[last].key not in WORDS.stopwords
                and words[last].key.endswith(_ADJECTIVE_ENDINGS)
            ):
                last += 1  # "Protection sociale"
            end = last
        return end

    def province_after(self, end: int) -> int:
        """Where a territorial service's name ends, with the place after its field if any.

        "la délégation provinciale de la Santé de Khouribga": the province it serves.
        """
        words = self.words
        if end >= len(words) or words[end].key not in _DE_OF:
            return end
        place = self.past_articles(end + 1)
        last = place
        while last < len(words) and last - place < 3 and words[last].capitalised:
            last += 1
        if last > place and " ".join(w.key for w in words[place:last]) in WORDS.places:
            return last
        return end

    def field_of(self, k: int) -> int:
        """Where a territorial service's name ends, with its field after "of" if one word.

        "the Larache provincial directorate of education": what it directs, one lowercase
        word; not "of the", nor a name's capitals, nor a verb.
        """
        words = self.words
        if (
            k + 1 < len(words)
            and words[k].key == "of"
            and _lowercase(words[k + 1])
            and words[k + 1].key not in WORDS.stopwords
            and not words[k + 1].key.endswith(("ed", "ing"))
            and (
                k + 2 == len(words)
                or words[k + 2].kind == MARK
                or words[k + 2].key in WORDS.stopwords
                or words[k + 2].key in WORDS.speech_verbs
            )
        ):
            return k + 2
        return k

    def where_before(self, i: int) -> bool:
        """Whether ``words[i]`` follows a word that says where ("dans la", "in the").

        Or "de" after a number and what it counts: "sur 18 puits de la commune de
        Bouarfa".
        """
        words = self.words
        k = i - 1
        while k >= 0 and words[k].key in _ARTICLES_BEFORE_PLACE:
            k -= 1
        return k >= 0 and (
            words[k].key in _WHERE
            or (k >= 2 and words[k].key in {"de", "of"} and words[k - 2].kind == NUMBER)
        )

    def territory_first(self, i: int) -> int:
        """A territory's name, then its council: "the Fez-Meknes regional council".

        Or "the Fez city council": a noun of territory as well as an adjective; or "the
        Tangier municipality", a territory that is its own council. The article that
        opens a sentence is no part of the name ("The Settat municipal council approved
        …"), and a territory after "in" or "at" is where ("in the Oujda commune").
        """
        words = self.words
        if words[i].key in ARTICLES and i + 1 < len(words) and words[i + 1].capitalised:
            i += 1
        end = i
        while end < len(words) and end - i < 4 and words[end].capitalised:
            end += 1
        if words[i].key in ARTICLES:
            return 0  # "The regional council of Souss-Massa": no territory before it
        if (
            end + 1 < len(words)
            and not words[end].capitalised
            and words[end].key in TERRITORY_WORDS
        ):
            head = end + 1
            if (
                head + 1 < len(words)
                and _lowercase(words[head])
                and words[head].key not in WORDS.stopwords
                and not _is_head(words[head])
                and _lowercase(words[head + 1])
                and _is_head(words[head + 1])
            ):
                head += 1  # "the Nador provincial health delegation": its field first
            if (
                head == end + 1
                and words[end].key in WORDS.territorial_adjectives
                and words[head].key in WORDS.branch_heads
                and not words[head].capitalised
                and (
                    (end == i + 1 and words[i].acronym and words[i].key not in WORDS.places)
                    or _known_ends(words, i, end)
                )
            ):
                return self.add(i, end)  # "the INRH regional center": the institute's branch
            if not words[head].capitalised and _is_head(words[head]):
                return self.add(i, self.field_of(head + 1))
        if (
            end > i
            and end < len(words)
            and (
                (words[end].key in _GOVERNING_TERRITORIES and not words[end].capitalised)
                or self.signing_territory(end, i, end + 1)
            )
            and _place_before(words, i, end)
            and not self.where_before(i)
        ):
            return self.add(i, end + 1)  # "the Oujda commune, Oujda Valoris and …"
        if (
            end - i > 1
            and self.signing_territory(end - 1, i, end)
            and _place_before(words, i, end - 1)
            and not self.where_before(i)
        ):
            return self.add(i, end)  # "Ouezzane Province and ANEF signed …"
        return 0

    def signing_territory(self, k: int, start: int, after: int | None = None) -> bool:
        """Whether a province or a prefecture at ``words[k]`` signs, as a party.

        Its name (from ``words[start]``) stands where a party does, in a sentence that
        reports a signing: first, or after "avec", "and", "by" ("Ouezzane Province and
        ANEF signed …", "signé par la préfecture de Fès") or a phrase that gathers the
        parties ("brings together Azilal province, …"); not in a post ("governor of
        Al Haouz province", "Larache province governor") nor where something is ("across
        the palm groves of Zagora province").
        """
        words = self.words
        if words[k].key not in WORDS.signing_territories or not self.signed:
            return False
        before = start - 1
        while before >= 0 and words[before].key in _ARTICLES_BEFORE_PLACE:
            before -= 1
        return (
            before < 0
            or words[before].key in _PARTY_BEFORE
            or (self.gathered and words[before].key in _LIST_MARKS)
            or (
                self.gathered
                and words[before].key in _GATHERING_LAST
                and (after is None or after >= len(words) or words[after].key in _LISTED_AFTER)
            )  # "brings together Azilal province, …"; not "Azilal province residents"
        ) and (after is None or after >= len(words) or words[after].key not in WORDS.title_heads)

    def past_articles(self, k: int) -> int:
        while k < len(self.words) and self.words[k].key in {"la", "l", "'", "the", "le"}:
            k += 1
        return k

    def continues_after_comma(self, comma: int) -> bool:
        """Whether a name goes on after a comma.

        It does in "ministère de l'Education nationale, du Préscolaire et des Sports",
        "Chambre de commerce, d'industrie et de services …" and "Organisation … pour
        l'éducation, la science et la culture (UNESCO)".
        """
        words = self.words
        if (
            comma + 2 < len(words)
            and (
                words[comma + 1].key in {"du", "des"}
                or (words[comma + 1].key in {"de", "d"} and not words[comma + 2].capitalised)
            )  # not "la Chambre des représentants, de Dr Souad El Mrabet, …": a list
            and not _place_after_elision(words, comma + 2)  # "…, d'Essaouira à El Kelâa"
            and any(
                word.key in WORDS.enumerated_heads
                for word in words[max(0, comma - _ENUMERATED_REACH) : comma]
            )
        ):
            return True
        if not words[comma - 1].capitalised and _adjectives_enumerated(words, comma + 1):
            return True  # "Faculté des sciences juridiques, économiques et sociales de …"
        first = self.past_articles(comma + 1)
        if first < len(words) and words[first].capitalised and _is_head(words[first]):
            return False  # "le Conseil régional de l'Oriental, l'Agence …": another
        if first < len(words) and _participle_ant(words[first]):
            return False  # "l'Académie d'Aïn Aouda, relevant de la Fédération …": of whom
        if first < len(words) and words[first].key in WORDS.organization_descriptors:
            return False  # "la Commune de Marrakech, la société de développement local …"
        for k in range(comma + 1, min(comma + 12, len(words) - 2)):
            word = words[k]
            if (
                word.key == "("
                and (words[k + 1].acronym or _short_name(words[k + 1].text))
                and words[k + 2].key == ")"
            ):
                return True
            if word.kind == MARK and word.key != "'":
                return False
            if word.kind == WORD and (word.key in WORDS.stopwords and word.key not in _FUNCTION):
                return False
            if word.capitalised and (_is_head(word) or _is_suffix(word)):
                return False  # "le Conseil régional, Tamurgi Agritech et le Centre … (CNLAA)"
        return False

    def fields_after_comma(self, comma: int, *, ministry: bool = False) -> int:
        """Where an English ministry's fields end if they go on after a comma, to an "and".

        "Ministry of National Education, Preschool and Sports": capitalised words, then
        "and" and capitalised words, before the next mark or lowercase word; commas may
        set off more of them ("Economic Inclusion, Small Business, Employment and
        Skills"); after a ministry, a company's word may be a field ("Artificial
        Intelligence"). 0 if they do not, or if "and" follows the comma at once.
        """
        words = self.words
        k = comma + 1
        while k < len(words) and k - comma <= 8:
            word = words[k]
            if word.key == "and":
                if k == comma + 1:
                    return 0  # "… of Science and Technology, and Sota Ishiguro": another
                k += 1
                start = k
                while k < len(words) and words[k].kind == WORD and words[k].capitalised:
                    k += 1
                return k if k > start else 0
            if word.key == "," and k + 1 < len(words) and words[k + 1].capitalised:
                k += 1
                continue
            if word.kind != WORD or not word.capitalised:
                return 0
            if word.key in WORDS.given_names or word.key in WORDS.places:
                return 0
            if (_is_suffix(word) and not ministry) or word.acronym:
                return 0  # "…, Sanabil Tech and BMA Senegal": companies, the next parties
            k += 1
        return 0

    def another_after(self, head: int, conjunction: int) -> bool:
        """Whether another institution starts after the "and" of a name headed at ``head``.

        A ministry's fields go on through words of kind ("Ministry of Digital Transition
        and Administration Reform"); another head with its own field ("… and the Agency
        for …") or a company's name ("… and Atlas Group") starts another.
        """
        words = self.words
        j = conjunction + 1
        if j < len(words) and words[j].key in {"au", "aux", "to", "at", "in"}:
            return True  # "au CHU Mohammed VI de Marrakech et au CHU Souss-Massa"
        if j < len(words) and (words[j].kind == NUMBER or words[j].key in TEXT_WORDS.number_words):
            return True  # "le Fonds Sahem Innovation et deux incubateurs": a count of others
        if (
            j + 1 < len(words)
            and words[j].text.isupper()
            and len(words[j].text) > 1
            and (words[j + 1].kind == NUMBER or words[j + 1].text.islower())
        ):
            return True  # "the Ministry of Justice and MAD 12 million", "… and ANAPEC signed";
            # not "Ministry of Science and ICT."
        if conjunction == head + 1 and j < len(words) and words[j].capitalised:
            return True  # "la Fondation et Somadep": the foundation named before, and another
        if self.last_signatory(head, j):
            return True  # "The Safi Bar Association, the Ministry of Justice and Qanuni
            # signed": the last of a list
        if self.named_head_last(j):
            return True  # "the Ministry of Justice and Cadi Ayyad University": a name of its
            # own, with its own word of kind; not "… and Public Service", a field
        if self.described_after_run(j):
            return True  # "… de la région de l'Oriental et Afaq Match, une start-up": another;
            # not "… Research and Innovation, the Tawasol Association …", the next name
        if (
            self.french
            and not words[conjunction - 1].capitalised
            and j + 1 < len(words)
            and words[j].capitalised
            and words[j + 1].capitalised
        ):
            return True  # "l'Agence nationale des ports et Marsa Atlas": a name of its own
        k = j + 1 if j < len(words) and words[j].key in ARTICLES else j
        titled = k + 1 if k == j and j < len(words) and words[j].key in {"du", "des"} else k
        if (
            titled < len(words)
            and words[titled].key in WORDS.title_heads
            and not words[titled].capitalised
        ):
            return True  # "… de l'Atlantique Nord et le directeur général de …", "… et du
            # directeur de la Chambre …": a person
        if (
            self.french
            and k > j
            and words[conjunction - 1].capitalised  # not "pour le tri et la valorisation"
            and words[j].key in {"la", "le", "les", "l"}
            and k < len(words)
            and words[k].kind == WORD
            and not words[k].capitalised
        ):
            return True  # "le Conseil de la région Fès-Meknès et la jeune pousse …": another
        if _post_of_at(words, k):
            return True  # "the Court of Cassation and Delegate President of the CSPJ": a post
        if k > j and k < len(words) and words[k].acronym:
            return True  # "the Ministry of Health and Social Protection and the DGPC"
        if k < len(words) and any(
            _covers(words, k, key) > 0 for key, _ in _KNOWN_LATIN.get(words[k].key.split()[0], ())
        ):
            return True  # "le Département de la Pêche maritime et la Gendarmerie royale"
        elided = k + 1 if k < len(words) and words[k].key in {"'", "’"} else k
        if (
            _country_adjective_at(words, j) or _country_adjective_at(words, elided)
        ) and not self.own_people_at(head, j):
            return True  # "… Against Cancer and South Korean imaging firm X", "et le coréen X"
        end = j
        while end < len(words) and end - j < 4 and words[end].capitalised:
            if end > j and _is_suffix(words[end]):
                # "the Ministry of Health and Atlas Group": a company; not "the Laboratory
                # of Language Engineering and Artificial Intelligence (LILIA)", whose
                # acronym in brackets is the whole name's
                return not self.acronym_of_whole(j)
            if (
                possessive_at(words, end + 1)
                and end + 3 < len(words)
                and words[end + 3].capitalised
                and (words[end].key in WORDS.places or words[end].acronym)
            ):
                return True  # "… and Morocco's Ministry of Industry": its own owner; not
                # "the Ministry of Health and Social Protection's push", whose field it is,
                # nor "… Culture and Communication's Directorate of …", its field's owner
            end += 1
        if self.french and words[head].key in MINISTRY_HEADS and words[j].capitalised:
            # "… et de l'Innovation et Lumenfeld AI": a French ministry's fields follow "de"
            # or an article; only "des Eaux et Forêts" joins two capitalised words
            return not (
                conjunction >= 2
                and words[conjunction - 1].capitalised
                and words[conjunction - 2].key in {"des", "les"}
            )
        if not self.starts_another(j) or self.acronym_of_whole(j):
            return False  # "National Health Insurance and Provident Fund (CNPAM)": one name
        if words[head].key not in MINISTRY_HEADS or words[j].key in _ARTICLES:
            return True  # "… et de l'Innovation" goes on; "… et l'Université" starts another
        while j < len(words) and words[j].key in _BEFORE_NAME:
            j += 1  # "… de l'Agriculture et du Conseil de la région": another
        return (
            (j + 1 < len(words) and words[j + 1].key in {"of", "for", "de", "du", "des", "d"})
            or (words[conjunction + 1].key in ARTICLES and self.head_last(j))
            or (
                self.french
                and words[j].capitalised
                and _is_head(words[j])
                and j + 1 < len(words)
                and words[j + 1].kind == WORD
                and words[j + 1].key not in _FUNCTION
            )
        )  # "… de l'Équipement et de l'Eau et de l'Agence nationale des ports", "… et de
        # l'Université Cadi Ayyad": another with its adjective or name; not "… et de
        # l'Administration", a field

    def described_after_run(self, j: int) -> bool:
        """Whether the capitalised words at ``words[j]`` are followed by what they are.

        "Afaq Match, une start-up", "Lampuka Robotics, a Maltese start-up": after "and",
        another institution, described after its comma.
        """
        words = self.words
        run_end = self.name_run(j)
        return (
            run_end > j
            and run_end + 2 < len(words)
            and words[run_end].key == ","
            and words[run_end + 1].key in _APPOSITION_ARTICLES
            and any(
                w.key in WORDS.organization_descriptors and (w.text.isupper() or not w.capitalised)
                for w in words[run_end + 1 : run_end + 4]
            )
        )

    def last_signatory(self, head: int, j: int) -> bool:
        """Whether a name headed at ``head`` is one of a list whose last name starts at ``words[j]``.

        The name stands after a comma that ends another name, and the capitalised words
        after its "and" are followed by a verb of signing: "The Safi Bar Association, the
        Ministry of Justice and Qanuni signed". A list of two has no comma; a ministry's
        fields after its "and" are followed by another "and" or a comma in a longer one.
        """
        words = self.words
        k = head - 1 if head > 0 and words[head - 1].key in ARTICLES else head
        if k < 2 or words[k - 1].key != "," or not words[k - 2].capitalised:
            return False
        end = j
        while (
            end < len(words) and end - j < 3 and words[end].kind == WORD and words[end].capitalised
        ):
            end += 1
        return j < end < len(words) and words[end].key in WORDS.signing

    def acronym_of_whole(self, j: int) -> bool:
        """Whether the capitalised words after an "and" at ``words[j - 1]`` end a name.

        They do when an acronym in brackets follows them whose capitals are not their own
        initials, in any order: it is the short form of the whole name before them
        ("… and Provident Fund (CNPAM)"), not theirs ("… and Ibn Zohr University (UIZ)").
        """
        words = self.words
        end = j
        while end < len(words) and end - j < 6 and words[end].capitalised:
            end += 1
        acronym, _ = self.acronym_after(end)
        if acronym is None:
            return False
        initials = {word.text[0] for word in words[j:end]}
        return not {letter for letter in acronym if letter.isupper()} <= initials

    def starts_another(self, j: int) -> bool:
        """Whether another institution starts at ``words[j]`` (after "et", "and").

        Past its articles and "de", "du", "des": "… et du Conseil de la région".
        """
        words = self.words
        start = j
        while j < len(words) and words[j].key in _BEFORE_NAME:
            j += 1
        if j >= len(words):
            return False
        word = words[j]
        if (
            j > start
            and word.key in WORDS.size_adjectives
            and j + 1 < len(words)
            and words[j + 1].key in WORDS.organization_descriptors
        ):
            return True  # "… et la jeune pousse casablancaise Nakhla Data": a start-up, not
            # "des petites et moyennes entreprises", with no article
        if _is_head(word) or word.key in WORDS.organization_descriptors or word.acronym:
            return True
        return self.head_last(j)

    def head_last(self, j: int) -> bool:
        """Whether capitalised words from ``words[j]`` end with a word of kind.

        As "National Telecommunications Regulatory Agency" does: a name of its own.
        """
        return self.head_in_run(j) is not None

    def head_in_run(self, j: int) -> Word | None:
        """The first word of kind among the capitalised words after ``words[j]``, if any."""
        words = self.words
        end = j
        while end < len(words) and end - j < 6 and words[end].capitalised:
            if end > j and _is_head(words[end]):
                return words[end]
            end += 1
        return None

    def two_companies(self, i: int, end: int, after: int) -> bool:
        """Whether the words ``i..end`` and those from ``after`` are two companies' names.

        Each of two words at least, the first ending with initials or a word companies'
        names end with ("Dunegrid AI"), the second with such a word ("Elbwerk
        Automation"); not "Atlas Phosphates and Fertilisers", nor "National Agency for
        Data and Artificial Intelligence (ANDIA)", whose initials are the whole name's.
        """
        words = self.words
        last = self.capitals(after)
        return (
            end - i >= 2
            and last - after >= 2
            and (words[end - 1].text.isupper() or _is_suffix(words[end - 1]))
            and _is_suffix(words[last - 1])
            and not _is_head(words[last - 1])
            and not self.acronym_of_whole(after)
        )

    def named_head_last(self, j: int) -> bool:
        """Whether capitalised words from ``words[j]`` end with a word of a named kind.

        A university, a school, a company, a fund or an agency ("Cadi Ayyad University"):
        a name of its own, where "Public Service" may be a ministry's field.
        """
        head = self.head_in_run(j)
        return head is not None and WORDS.organization_heads.get(head.key) in _NAMED_KINDS

    def trailing_head(self, i: int) -> int:
        """An English name whose word of kind comes last, in lowercase.

        "the Nour Al Bahr artisanal fishing cooperative", "the Tamaynut cooperative": "the",
        the proper name (no nationality nor origin), at most three lowercase
        words, then one of ``trailing_heads``.
        """
        words = self.words
        if self.headline or not self.the_before(i):
            return 0
        end = i
        while end < len(words) and end - i < _MAX_NAME_BEFORE_HEAD and words[end].capitalised:
            if not words[end].named or _origin(words[end]) or _nationality(words[end]):
                return 0  # not "the Moroccan cooperative", "Brussels-based association"
            end += 1
        k = end
        while (
            k < len(words)
            and k - end < _WORDS_BEFORE_HEAD
            and _lowercase(words[k])
            and words[k].key not in WORDS.trailing_heads
            and words[k].key not in WORDS.stopwords
        ):
            k += 1
        if k < len(words) and words[k].key in WORDS.trailing_heads and words[k].text.islower():
            return self.add(i, k + 1)
        return 0

    def branch_of_named(self, i: int) -> bool:
        """Whether ``words[i]`` opens a territory's branch of an institution named after it.

        "le centre régional de l'INRH", "le service provincial de la Protection civile":
        a word of ``branch_heads``, a territorial adjective, "de" and initials or a name
        the lexicon knows. Not a place ("le bureau provincial de Sidi Ifni") nor a
        ministry's field ("le service régional de la Santé"): the branch is one of its own.
        """
        words = self.words
        k = i + 2
        if not (
            k < len(words)
            and words[i].key in WORDS.branch_heads
            and words[i + 1].key in WORDS.territorial_adjectives
            and words[k].key in _FRENCH_OF
        ):
            return False
        k += 1
        while k < len(words) and words[k].key in _ARTICLES | {"'", "’"}:
            k += 1
        return k < len(words) and (
            (words[k].acronym and words[k].key not in WORDS.places)
            or any(_covers(words, k, key) > k for key, _ in _KNOWN_LATIN.get(words[k].key, ()))
        )

    def the_before(self, i: int) -> bool:
        """Whether "the" stands before ``words[i]``, or before a number of its members.

        "the Tamaynut cooperative", "the 84-member Tamaynut cooperative".
        """
        words = self.words
        k = i - 1
        if k > 2 and words[k - 1].key == "-" and words[k - 2].kind == NUMBER:
            k -= 3
        return k >= 0 and words[k].key == "the"

    def capitalised_run(self, i: int) -> int:
        """Capitalised words with a word of kind or a company's last word in them.

        Not in a headline in title case, nor inside quotes: there capitals say nothing.
        """
        words = self.words
        first = words[i]
        if not first.capitalised or first.key in WORDS.stopwords or self.headline:
            return 0
        if first.key in WORDS.title_heads or (
            self.quotes and self.quoted(i) and not self.acronym_ahead(i)
        ):
            return 0  # not in quotes either, unless its initials follow: "… of the National
            # Fisheries Office (ONP) and prices drop"
        if first.key.endswith("s") and first.key[:-1] in WORDS.title_heads:
            return 0  # "Representatives for Sahra Holdings": people, not a name
        if i > 0 and words[i - 1].capitalised and words[i - 1].key in WORDS.given_names:
            return 0  # "Mostafa Terrab": a person's surname starts no institution
        if (
            i > 1
            and words[i - 1].key in WORDS.name_particles
            and words[i - 2].key in WORDS.given_names
        ):
            return 0  # "Hanane Ait Lahcen of the …": nor after a particle of the name
        if self.inside_name_after_title(i):
            return 0  # "chairman Choi Min-jae", "partner Salem Al Kaabi": nor a later word of a
            # name after a title
        if i > 0 and first.key in WORDS.title_modifiers and words[i - 1].key in WORDS.title_heads:
            return 0  # "Director General Omar Lahlou": the end of a title
        if (first.key in WORDS.places or first.key in WORDS.not_names) and (
            (i + 1 < len(words) and self.person_at(i + 1)) or self.posts_place(i)
        ):
            return 0  # "Ambassador to Morocco Moustapha Diagne and …": a post's place, a person
        if i > 0 and words[i - 1].key in _FIELD_START and self.ministers_field(i):
            return self.field_end(i)  # Minister of Digital Transition and Administration Reform
        if not self.completes_near(i) and not self.company_titles:
            return 0  # no word of kind nor company's last word near, no title to name one
        end = i
        walked = self._walked
        if walked[0] < i < walked[1] and first.named:
            end = walked[1]  # from an earlier word, up to there: no head, suffix or title
        complete = extending = False
        best = 0
        while end < len(words) and end - i < _MAX_LATIN_NAME:
            word = words[end]
            field_title = (
                word.capitalised
                and word.key in WORDS.title_heads
                and words[end - 1].key in _OF_FOR
                and self.field_of_title_word(end)
            )  # "Sanad Foundation for Student Loans"
            if word.named or (word.acronym and end > i) or field_title:
                if word.key in WORDS.title_heads and not _is_head(word) and not field_title:
                    break
                if (
                    word.kind == NUMBER
                    and end + 1 < len(words)
                    and words[end + 1].key in TEXT_WORDS.scales
                ):
                    break  # "the … Foundation for Access to Justice 9 million": its share
                if (
                    complete
                    and end > i
                    and words[end - 1].key != "the"  # "… Association for the Marine Environment"
                    and self.person_at(end)
                    and not self.named_after(i, end)
                ):
                    break  # "the Ministry of Justice Nadia Sebti told …": a person follows
                if complete and _after_field_link(words, end) and _compound_adjective(word):
                    break  # "Islamic Development Bank for AI-read smart meters": no field
                end += 1
                if (_is_head(word) and not (end - 1 > i and word.key in WORDS.heads_first)) or (
                    _is_suffix(word)
                    and not (word.key in WORDS.places and words[end - 2].key in _OF_FOR | DE)
                ):  # "Orange Morocco"; not "Residents of Morocco": where they are
                    complete = True
                    best = end
                    # "Institute for Energy Studies": a field goes on past its first word
                    extending = extending or (end - 1 > i and _after_field_link(words, end - 1))
                elif complete and (extending or _after_field_link(words, end - 1)):
                    extending = True
                    best = end  # University of Rabat, Authority for Artificial Intelligence
                continue
            if (
                extending
                and possessive_at(words, end)
                and end + 2 < len(words)
                and words[end + 2].capitalised
                and words[end - 2].key in _OF_FOR
            ):
                end += 2  # "Union of Women's Argan Cooperatives": the field's possessive
                continue
            if plural_possessive_at(words, end) and words[end + 1].capitalised:
                end += 1  # "Federation of Parents' Associations", "Users' Association"
                continue
            if (
                possessive_at(words, end)
                and words[end - 1].key in WORDS.plurals_without_s
                and end + 2 < len(words)
                and words[end + 2].capitalised
            ):
                end += 2  # "Oriental Women's Voice Association": a plural's, as "Users'"
                continue
            if (
                not complete
                and possessive_at(words, end)
                and end + 2 < len(words)
                and _is_head(words[end + 2])
                and not (
                    end + 3 < len(words)
                    and words[end + 3].key in _OF_FOR | DE
                    and (_is_head(words[end - 1]) or not words[end - 1].key.endswith(("men", "s")))
                )  # who it gathers, in the plural: "Fishermen's", "Farmers'"; not "Spain's"
                and not any(w.acronym or w.key in WORDS.places for w in words[end - 1 : end])
            ):  # "Souss Fishermen's Association", "Al Amal Fishermen's Cooperative of
                # Larache"; not "Morocco's Ministry", "USMBA's Laboratory of …", "Interior
                # Ministry's Directorate of …": an owner, then its own
                end += 2
                continue
            if word.key == "," and extending:
                fields_end = self.fields_after_comma(end)
                if (
                    fields_end
                    and (
                        (fields_end < len(words) and words[fields_end].key == "(")
                        or any(w.key in WORDS.enumerated_heads for w in words[i:end])
                    )
                    and not any(map(_is_head, words[end + 1 : fields_end]))
                ):  # "Casablanca-Settat Chamber of Commerce, Industry and Services"
                    end += 1  # "Agency for Land Conservation, Cadastre and Cartography (…)"
                    continue
            after = end + 1
            if (
                complete
                and (words[end - 1].key, word.key) in WORDS.name_joints
                and after < len(words)
                and words[after].capitalised
            ):
                end = after  # "National Agency for the Fight against Illiteracy"
                extending = True  # "… Foundation Against Cancer": its field goes on
                continue
            if word.key == "of" and complete and words[end - 1].key in WORDS.legal_forms:
                break  # "Schienenblick GmbH of Dresden": where the company is
            if word.key in _OF_FOR and complete and self.chamber_after(end):
                break  # "… Committee of the House of Representatives": two institutions
            if word.key in _OF_FOR and not complete and self.person_run(i, end):
                break  # "Abdelhak Tazi of the Istiqlal Party": a person, then what of
            if word.key in _OF_FOR and after < len(words) and words[after].key == "the":
                after += 1  # Agency for the Promotion of Employment
            elif (
                word.key == "and"
                and extending
                and after + 1 < len(words)
                and words[after].key == "the"
                and words[after + 1].capitalised
                and not self.headed_run(after + 1)
            ):
                after += 1  # … for the Development of Oasis Zones and the Argan Tree
            if word.key in {"and", "&"} and complete and self.place_ends_at(end):
                break  # "Hassan II University of Casablanca and Mizane Analytics"
            if (
                word.key in {"and", "&"}
                and after < len(words)
                and words[after].capitalised
                and self.two_companies(i, end, after)
            ):  # "Dunegrid AI and Elbwerk Automation": each ends as companies' names do
                return self.add(i, end, OrganizationKind.COMPANY)
            if (
                word.key in {"and", "&"}
                and after < len(words)
                and words[after].capitalised
                and self.acronym_of_whole(after)
            ):
                end = after  # "National Health Insurance and Provident Fund (CNPAM)": one name
                continue
            if (
                word.key in _ENGLISH_LINKS
                and after < len(words)
                and words[after].capitalised
                and not (
                    complete
                    and not extending
                    and word.key in {"and", "&"}
                    and not (best - i == 1 and _is_suffix(first) and not _is_head(first))
                )  # "Finance and Economic Development Committee": a suffix alone is no name
                and not (
                    word.key in {"and", "&"}
                    and (
                        (
                            end - i <= 2
                            and (
                                first.key in WORDS.given_names
                                or all(w.key in self.reader.surnames for w in words[i:end])
                            )
                        )
                        or (
                            end - i <= _NAME_AFTER_TITLE
                            and i > 0
                            and (words[i - 1].key in WORDS.title_heads or self.posts_place(i - 1))
                        )
                    )
                )
                and (
                    words[after].key not in WORDS.title_heads
                    or (word.key in _OF_FOR and self.field_of_title_word(after))
                )
                and not (
                    word.key in {"and", "&"}
                    and (
                        _country_adjective_at(words, after)
                        or _origin(words[after])
                        or self.origin_after(end)
                    )
                )  # "… and South Korean X", "… and Rabat-based X", "… and Rabat startup X":
                # another, and where from
                and not _region_served(words, end)
                and not (
                    word.key == "for"
                    and _is_suffix(words[end - 1])
                    and not _is_head(words[end - 1])
                    and any(map(_is_head, words[after : self.capitals(after)]))
                )  # "Amane Solar for the … Regional Council": a company, then its client
                and not (
                    word.key == "and"
                    and first.acronym
                    and all(w.key in WORDS.places for w in words[i + 1 : end])
                )  # "OCP and X", "ENSA Fez and Gaonix Mobility": initials, their city, another
                and not (
                    word.key in {"and", "&"} and _place_before(words, i, end)
                )  # "in Agadir and Wejda Hub", "in Al Hoceima and Nekor Drones": a city,
                # then another name
                and not (
                    word.key in {"and", "&"} and _known_ends(words, i, end)
                )  # "The Moroccan Red Crescent and Nawras Telecom": one the lexicon knows
                and not (
                    word.key in {"and", "&"}
                    and (self.name_run(after) - after > 1 or _camel_tail(words[after].text))
                    and self.described_after_run(after)
                )  # "… Fishers of Ksar Sghir and Lampuka Robotics, a Maltese start-up"; not
                # "… for Forests and Development, a local NGO", the whole name described
                and not (
                    word.key in {"and", "&", "et"}
                    and end == i + 1
                    and f"({words[i].text})" in self.reader.text
                )  # "… (Masen) … Masen and Zonnemeer Labs": a short form the article gave
                and not (
                    word.key in {"and", "&"}
                    and words[after].text.isupper()
                    and len(words[after].text) > 1
                    and after + 1 < len(words)
                    and (
                        words[after + 1].kind == NUMBER
                        or words[after + 1].text.islower()
                        or words[after + 1].key in {",", ".", ";"}
                    )
                )  # "… Industry and Services and ANAPEC", "… of Justice and MAD 12 million",
                # "… Chamber of Agriculture and INRA, …"
                and not (
                    word.key in {"and", "&"}
                    and (any(map(_is_head, words[i:end])) or _named_for_someone(words[after]))
                    and self.head_last(after)
                )  # "… Regional Chamber of Notaries and Ibn Tofail University": two, each
                # with its word of kind; "Kraanlogic and Mohammed First University": a
                # name given for someone starts another
            ):  # not "Mostafa Terrab and Mirai Analytics", "chairman Choi Min-jae and Falcon
                # Grid Capital", "by Lamghari and Qasr Investment": a person and a company
                end = after
                continue
            break
        if best and best < end and self.goes_on_after_suffix(best, end):
            best = end  # "BSA Capital Innovation", as "Atlas Capital Group" is
        if best:
            best = self.past_linked_suffix(best)  # "Sentravia Sistemas de Tráfico"
            best = self.spelled_out(i, best)  # "Sika Mutuelle Agricole de Côte d'Ivoire (SMACI)"
        if not best:
            if self.event_at(i, end):
                return self.skip_event(end)  # "the National Conference on Artificial …"
            self._walked = (i, end)
            spelled = self.spelled_out(i, end)
            if (spelled > end or self.spelled(i, end)) and (
                words[spelled - 1].key not in WORDS.not_institution_ends
            ):  # "Atlas Phosphates and Fertilisers (APF)"; not "Moroccan Sign Language (MSL)"
                return self.add(i, spelled)
            return (
                self.before_company_title(i, end)
                or self.after_officer(i, end)
                or self.before_kind_word(i, end)
            )
        if best - i == 1 and _suffix_alone(first):
            return 0  # "Energy" alone; not "SaqiTech", a name with a suffix written into it
        if best - i == 1 and _is_head(first) and not first.acronym:
            return 0  # "Administration : l'assistant …", "the Commission": a word of kind alone
        if self.event_at(i, best):
            return self.skip_event(best)  # "Marrakech Digital Summit (MDS)": an event
        if best < len(words) and words[best].key in WORDS.ministers:
            return 0  # "Transport and Logistics Minister …": the field of a title
        if (
            first.key in WORDS.territorial_adjectives
            and best < len(words)
            and words[best].capitalised
            and words[best].key in WORDS.title_heads
            and not any(map(_is_head, words[i : best + 1]))
        ):
            return 0  # "Regional Health Director Abdelilah Ouazzani": a title and its field;
            # not "Regional Council President …", the council's
        if (
            best - i == 1
            and best < len(words)
            and not words[best].capitalised
            and words[best].key in WORDS.title_heads
        ):
            return 0  # "Committee chairman Mohamed Amrani": the committee's, named before
        if first.key in WORDS.places and best - i == 1:
            return 0
        if (
            i == 0
            and best - i > 2
            and not self.french
            and first.key in WORDS.organization_descriptors
            and first.key.endswith(_AGENT_ENDINGS)
            and not _is_head(first)
            and not _nationality(words[i + 1])
        ):
            i += 1  # "Operator Atlas Telecom will …": the word of kind opens the sentence
        after = self.add(self.enumerated_before(i, best), best)
        return self.coordinated(after)

    def enumerated_before(self, i: int, end: int) -> int:
        """Where a name starts whose first field stands before a comma, ``i`` otherwise.

        "the Interior, Territorial Authorities and Urban Policy Committee", "the Water,
        Climate and Sediments Laboratory": one capitalised word, a comma, then an
        enumeration with "and" that ends with a word of kind; after "the" or nothing.
        """
        words = self.words
        if (
            i < 2
            or words[i - 1].key != ","
            or not words[i - 2].capitalised
            or words[i - 2].key in WORDS.places
            or words[i - 2].key in WORDS.given_names
            or not any(w.key in {"and", "&"} for w in words[i:end])
        ):
            return i
        before = i - 3
        if before >= 0 and words[before].key not in {"the", "la", "le", "l", "'"}:
            return i
        return i - 2

    def field_of_title_word(self, k: int) -> bool:
        """Whether a title word at ``words[k]`` after "for" or "of" starts a field.

        "Sanad Foundation for Student Loans": a capitalised word follows it that is no
        given name, title word or start of a person's name.
        """
        words = self.words
        return (
            k + 1 < len(words)
            and words[k + 1].capitalised
            and words[k + 1].key not in WORDS.given_names
            and words[k + 1].key not in WORDS.title_heads
            and not self.person_at(k + 1)
        )

    def place_ends_at(self, link: int) -> bool:
        """Whether a place after "de" (or a region's noun) ends a name before "et" and what follows.

        "l'Hôpital privé Anassim d'Agadir et généralisation d'un outil", "le Conservatoire
        de musique de Fès et Noubatech", "le Conseil de la région Marrakech-Safi et
        Hamra", "Hassan II University of Casablanca and Mizane Analytics": where it is
        closes the name, and what follows is another thing; not "Faculté des sciences et
        techniques", nor "… de Fès et Meknès", one more place.
        """
        words = self.words
        if link + 1 >= len(words) or link < 3 or words[link + 1].key in WORDS.places:
            return False
        for start in range(link - 1, max(link - _PLACE_WORDS, 0) - 1, -1):
            run = words[start:link]
            if not all(word.capitalised for word in run):
                return False
            k = start - 1
            if k > 0 and words[k].key in {"'", "’"}:
                k -= 1
            if (
                k >= 0
                and (words[k].key in {"de", "d", "of"} or words[k].key in WORDS.territories)
                and " ".join(word.key for word in run) in WORDS.places
            ):
                return True  # "… of Beni Mellal-Khenifra and Kilia Health": two words; "le
                # Conseil de la région Marrakech-Safi et Hamra Transport Urbain"
        return False

    def origin_after(self, link: int) -> bool:
        """Whether the capitalised words after "and" at ``words[link]`` end with an origin.

        "… and Abu Dhabi-based fund …", "… and Rabat startup …": another institution,
        said where it is from.
        """
        words = self.words
        if (
            link + 2 < len(words)
            and words[link + 1].key in WORDS.places
            and words[link + 2].key in WORDS.company_only_descriptors
        ):
            return True  # "… and Rabat startup Tabrida Analytics": a company, said where
        for word in words[link + 1 : link + 1 + _ORIGIN_REACH]:
            if _origin(word) and " " in word.key:
                return True  # "Abu Dhabi-based"; not "and Trade backed the project", a verb
            if not word.capitalised:
                return False
        return False

    def past_linked_suffix(self, best: int) -> int:
        """The index after the words a company's name goes on with after ``words[best - 1]``.

        "Sentravia Sistemas de Tráfico", "Luzia Tecnologías de la Información": after a
        suffix of ``linked_suffixes`` and one of ``suffix_links``, up to three capitalised
        words that name no place nor person; ``best`` when none follow.
        """
        words = self.words
        if words[best - 1].key not in WORDS.linked_suffixes:
            return best
        for link in WORDS.suffix_links:
            k = best + len(link)
            if k < len(words) and all(words[best + n].key == w for n, w in enumerate(link)):
                break
        else:
            return best
        start = k
        while (
            k < len(words)
            and k - start < _LINKED_WORDS
            and words[k].capitalised
            and words[k].key not in WORDS.places
            and words[k].key not in WORDS.given_names
        ):
            k += 1
        return k if k > start else best

    def goes_on_after_suffix(self, best: int, end: int) -> bool:
        """Whether the capitalised words after a company's last word are still its name.

        One such word, ending the run before a small word or a mark ("de BSA Capital
        Innovation,"), that names no person, place, time or post.
        """
        words = self.words
        if end - best != 1 or not _is_suffix(words[best - 1]):
            return False
        word = words[best]
        return (
            word.named
            and word.text.isalpha()
            and not word.text.isupper()
            and not possessive_at(words, end)
            and word.key not in WORDS.given_names
            and word.key not in WORDS.places
            and word.key not in WORDS.title_heads
            and word.key not in WORDS.not_names
            and word.key not in TEXT_WORDS.months
            and word.key not in TEXT_WORDS.weekdays
            and (end == len(words) or not words[end].capitalised)
        )

    def coordinated_with(self, after: int) -> int:
        """``after``, or past the name joined by "and" to the institution that ends there.

        As in "l'Agence nationale des ports et Marsa Atlas"; 0 (no institution) stays 0.
        A word of kind after "and" is read in turn ("… (UCA) et Banque Atlantique du Sud").
        """
        words = self.words
        if not after or (after + 1 < len(words) and _is_head(words[after + 1])):
            return after
        return self.coordinated(after)

    def coordinated(self, after: int) -> int:
        """The name joined by "and" to an institution just read.

        As in "JPMorgan Chase & Co. and Morgan Stanley", "CIH Bank et Kenza Telecom".
        """
        words = self.words
        k = after + 1 if after < len(words) and words[after].key == "." else after
        if k + 1 >= len(words) or words[k].key not in {"and", "et"}:
            return after
        end = self.name_run(k + 1)
        if end == k + 1 or words[k + 1].key in WORDS.given_names or _origin(words[k + 1]):
            return after  # "and Montreal-based research lab Tamarack": where it is from
        if end + 1 < len(words) and words[end].key in {"'", "’"} and words[end + 1].key == "s":
            return after  # "and Singapore's Government Technology Agency": whose, not who
        descriptors = WORDS.organization_descriptors
        if any(word.key in descriptors for word in words[end : end + 3]):
            return after  # "and US chipmaker Veltrix": what follows says what it is
        if words[k + 1].key in WORDS.not_names or words[k + 1].text in WORDS.not_acronyms:
            return after
        if any(map(_is_head, words[k + 1 : end])):
            return after  # "… and Al Maqqari University of Human Sciences": read with its field
        return self.add(k + 1, end, OrganizationKind.COMPANY)

    def ministers_field(self, i: int) -> bool:
        """Whether ``words[i]`` starts the field of a minister: "Minister of Economy and Finance"."""
        words = self.words
        k = i - 1
        while k >= 0 and words[k].key in _FIELD_START:
            k -= 1
        if k < i - 1:
            while k > 0 and words[k].key in WORDS.title_modifiers:
                k -= 1  # Minister Delegate for …, ministre déléguée de …
        return k < i - 1 and k >= 0 and words[k].key in WORDS.ministers

    def called(self, i: int) -> int:
        """A name given after "called", "baptisé", "dubbed": "the venture, called Safepay Maghreb"."""
        words = self.words
        if (
            i == 0
            or words[i - 1].key not in WORDS.naming_words
            or words[i].key in WORDS.given_names
            or words[i].text.rpartition("-")[2][:1].islower()
        ):  # "she called AI-driven finance a lever": an adjective, not a name
            return 0
        end = self.name_run(i)
        if end == i or self.quoted(i) or not self.institution_called(i - 1, end):
            return 0
        if end < len(words) and (
            words[end].key in OPENING_QUOTES or words[end].key in {"a", "an", "un", "une"}
        ):  # "she called Sada "a guarantee"", "called Rasd a first": what it is said to be
            return 0
        return self.add(i, end, made=True)

    def institution_called(self, naming: int, end: int) -> bool:
        """Whether what is named at ``words[naming]``, up to ``words[end]``, may be an institution.

        "The venture, called Safepay" names a company; "the assistant, named Nadi" and
        "Called Rasd, the program …" a product (`products` in the lexicon).
        """
        words = self.words
        k = naming - 1
        if k >= 0 and words[k].key == ",":
            k -= 1
        if k >= 0:
            return words[k].key not in WORDS.products
        if end >= len(words) or words[end].key != ",":
            return True
        return not any(
            words[k].key in WORDS.products and words[k - 1].key in _ARTICLES_BEFORE_PLACE
            for k in range(end + 1, min(end + _CALLED_REACH, len(words)))
        )  # "Called Basira, Arabic for "insight," the platform …": a product

    def field_end(self, i: int) -> int:
        """The index after the capitalised words of a minister's field starting at ``words[i]``.

        The field names no institution of its own; a given name ends it (the minister's).
        """
        words = self.words
        j = i + 1
        while j < len(words) and j - i < _MAX_LATIN_NAME:
            word = words[j]
            if word.key in WORDS.given_names:
                break
            if word.named or (
                word.key in _FIELD_LINKS and j + 1 < len(words) and words[j + 1].capitalised
            ):
                j += 1
                continue
            break
        return j

    def after_officer(self, i: int, end: int) -> int:
        """Capitalised words after a company officer's title: "PDG de Seobit Aerospace"."""
        words = self.words
        k = i - 1
        if k > 0 and words[k].key == "'" and words[k - 1].key == "d":
            k -= 1  # PDG d'Atlas Robotics
        elif k < 0 or words[k].key not in _OF:
            return 0
        if k < 1 or end - i > 3:
            return 0
        if words[k - 1].key not in WORDS.officer_titles and (
            k < 2 or f"{words[k - 2].key} {words[k - 1].key}" not in WORDS.officer_titles
        ):
            return 0  # "managing director of Hydrolis Iberica": a title of two words
        if any(
            not (w.named or w.acronym) or w.key in WORDS.not_names or _who_or_where(w)
            for w in words[i:end]
        ):
            return 0  # "of Rabat-based startup X"
        return self.add(i, end, OrganizationKind.COMPANY)

    def before_company_title(self, i: int, end: int) -> int:
        """Capitalised words before a company's title: "Qorvana president Daniel Whitaker".

        Or before one in capitals: "Sorabeol Grid Intelligence CEO Kang Min-seo", or with
        "'s": "Paytic's chief executive".
        """
        words = self.words
        if end >= len(words) or end == i or end - i > 3:
            return 0
        owned = possessive_at(words, end) and end + 2 < len(words)
        title = words[end + 2] if owned else words[end]
        if owned and title.key in WORDS.titles_of_people_too:
            return 0  # "Tazi's deputy", "the minister's spokesman": a person has them too
        if title.key not in WORDS.company_titles or (
            title.capitalised and not title.text.isupper()
        ):
            return 0
        if owned and (
            any(w.key in self.reader.surnames or w.key in WORDS.given_names for w in words[i:end])
            or " ".join(w.key for w in words[i:end]) in WORDS.places
        ):
            return 0  # "Tazi's deputy", "Morocco's chief negotiator": a person's, a country's
        if i > 0 and words[i - 1].named and words[i - 1].capitalised:
            return 0  # "Samira Alaoui and KLM chief": the end of a name
        run = words[i:end]
        if any(not (w.named or w.acronym) for w in run):
            return 0  # "Alaoui and KLM": two names, not one
        city_last = len(run) > 1 and run[-1].key in WORDS.places and not _who_or_where(run[0])
        city_first = (
            len(run) > 2
            and run[0].key in WORDS.places
            and not any(_who_or_where(w) for w in run[1:])
        )
        if any(
            (w.key in WORDS.not_names and not (city_first and w is not run[-1]))
            or w.key in WORDS.company_titles
            or (
                _who_or_where(w)
                and not (city_last and w is run[-1])
                and not (city_first and w is run[0])
            )
            for w in run
        ):
            return 0  # "The Ghanaian executive", "Managing director": no company's name;
            # "Tramelia Casablanca CEO", "Nador West Med chairman": a company named
            # with its city (and a compass point after it)
        return self.add(i, end, OrganizationKind.COMPANY)

    def before_kind_word(self, i: int, end: int) -> int:
        """Capitalised words between "the" and a word of kind after them.

        "president of the Tamazight Numerique association": the association's name.
        """
        words = self.words
        if end >= len(words) or end == i or end - i > 3 or i == 0:
            return 0
        after = words[end]
        if after.capitalised or words[i - 1].key not in {"the"}:
            return 0
        described = end  # the word of kind, after an adjective: "the Al Wafaa agricultural
        if _kind_adjective(after) and end + 1 < len(words):  # cooperative"
            described, after = end + 1, words[end + 1]
            if after.capitalised:
                return 0
        members = _members_kind(words, end)
        if members:  # "the Lalla Fatna fishermen's cooperative"
            described, after = members, words[members]
        if after.key not in HEADS and after.key not in WORDS.organization_descriptors:
            return 0
        articled = words[i].key in _ARABIC_ARTICLES  # "the Al Wafaa cooperative": no one's
        if (
            (possessive_at(words, end + 1) and not members)
            or any(
                not w.named
                or (
                    _who_or_where(w)
                    and not (articled and w.key in WORDS.given_names)
                    and not (after.key in _PURPOSED and _hope_or_home(words[i:end], w))
                )
                for w in words[i:end]
            )
            or " ".join(w.key for w in words[i:end]) in WORDS.places
        ):
            return 0  # "the Moroccan association", "the Toulouse-based firm", "the Dakar
            # firm's revenue", "the Al Hoceima center": where it is from or what it is,
            # no name of its own
        kind = WORDS.organization_heads.get(after.key, OrganizationKind.COMPANY)
        if after.key in WORDS.kinds_after_in_name:
            end = described + 1
        return self.add(i, end, kind)

    def after_descriptor(self, i: int) -> int:
        """The name after a noun that says what it is: "la société norvégienne Fjordlight Energy"."""
        words = self.words
        word = words[i]
        if (
            word.key not in WORDS.organization_descriptors
            and word.key not in WORDS.verb_descriptors
        ) or (word.capitalised and not (word.acronym or word.text.isupper())):
            return 0  # not "Groupe …", a name itself; "la PME casablancaise X" is one
        j = _past_kind_initials(words, i) or i + 1
        adjectives = 0
        while (
            j < len(words) and adjectives < 2 and words[j].kind == WORD and not words[j].capitalised
        ):
            if words[j].key in WORDS.title_heads and not self.french:
                return 0  # "association president Mohamed Lahrichi": a post and its holder;
                # "le groupe hôtelier Tensift": in French, an adjective of the kind
            if words[j].key in WORDS.naming_words and word.key in WORDS.products:
                return 0  # "a platform called Ouzzal": a product's name
            makes = _what_it_makes(words, j)
            if makes:
                j += makes  # "le fabricant danois de capteurs Klarvand Sensor": what it makes
                adjectives += 1
                continue
            if (
                words[j].key in WORDS.stopwords
                or words[j].key in WORDS.organization_descriptors
                or words[j].key.endswith(VERB_ENDINGS)
                or words[j].key in _FIGURE_VERBS
            ):
                break  # "l'opérateur intégrera Awal": a verb, what it does to a product
            j += 1
            adjectives += 1
        start = j
        end = self.name_run(start)
        if end == start or (
            words[start].key in WORDS.given_names
            and not _is_suffix(words[end - 1])
            and word.key not in WORDS.company_only_descriptors
        ):
            return 0  # "the developer Omar Benali"; not "telecom operator Nour Mobile",
            # "logistics startup Tarik Freight"
        if end < len(words) and words[end].key in WORDS.organization_descriptors:
            return 0  # "fund backs Moroccan AI startup Tafkir": what the next one is
        if COOPERATIVE in WORDS.head_equivalents.get(word.key, ()):
            members = _members_after(words, end)
            if members > end:  # "la coopérative Aghbalou des producteurs de dattes"
                return self.add(i, members, OrganizationKind.OTHER)
        if (
            word.key in WORDS.descriptors_in_name
            and self.french
            and start == i + 1
            and not (i > 0 and words[i - 1].capitalised and words[i - 1].key not in _ARTICLES)
        ):  # "la clinique Al Amal", "la coopérative Tagmatt"; not "Banque coopérative Agraw"
            kind = WORDS.organization_heads.get(word.key, OrganizationKind.OTHER)
            return self.add(i, end, kind)
        end = self.past_linked_suffix(end)  # "company Lusoguarda Tecnologias de Segurança"
        after = self.add(start, end, _described_kind(word))
        if after + 1 < len(words) and words[after].key in {"and", "et"} and word.key.endswith("s"):
            second = after + 1
            end = self.name_run(second)
            if end > second:
                return self.add(second, end, OrganizationKind.COMPANY)
        return after

    def name_run(self, start: int) -> int:
        """The index after the capitalised words (or acronyms) of a name at ``start``.

        A place after "du" ends the name: "Crédit Agricole du Maroc".
        """
        words = self.words
        if start >= len(words) or not (words[start].capitalised or words[start].acronym):
            return start
        if _amount_at(words, start):
            return start  # "the agency MAD 19 million": an amount, after what pays it
        alone = start + 1 >= len(words) or not words[start + 1].named
        if alone and (
            words[start].key in WORDS.places
            or words[start].key in WORDS.not_names
            or words[start].text in WORDS.not_acronyms
        ):
            return start  # Maroc alone is a place, AI a field; Maroc Connect is a company
        j = start
        while j < len(words) and (_goes_on_a_name(words, j) or words[j].acronym) and j - start < 6:
            if words[j].key in WORDS.title_heads and j > start:
                break
            if j > start and (
                _amount_at(words, j)
                or (
                    words[j].kind == NUMBER and j + 1 < len(words) and words[j + 1].key in _MEASURED
                )
            ):
                break  # "fined insurer Noujoum Assurance MAD 2.4 million", "la fondation
                # Legado Nazarí 6 MDH": an amount after the name
            j += 1
        if (
            j > start
            and j + 1 < len(words)
            and words[j].key == "du"
            and words[j + 1].key in WORDS.places
            and (j + 2 >= len(words) or not words[j + 2].capitalised)
        ):
            return j + 2  # "agricultural lender Crédit Agricole du Maroc"
        return self.spelled_out(start, j)

    def spelled_out(self, start: int, end: int) -> int:
        """The end of a name that its initials in brackets spell, past "and" and "of".

        "Atlas Phosphates and Fertilisers (APF)", "Atlas Phosphates et Fertilisants
        (APF)": the capitalised words from ``start``, through links, up to the bracket,
        each give the initials their letter. ``end`` when they do not.
        """
        words = self.words
        k = end
        while (
            k < len(words)
            and k - start < _MAX_LATIN_NAME
            and (words[k].capitalised or words[k].key in _FIELD_LINKS or words[k].key in DE)
        ):
            k += 1
        if k == end or words[k - 1].key in _FIELD_LINKS or not words[end - 1].capitalised:
            return end
        return k if self.spelled(start, k) else end

    def spelled(self, start: int, end: int) -> bool:
        """Whether the initials in brackets after ``words[start:end]`` are its capitals'."""
        short, _ = self.acronym_after(end)
        initials = "".join(w.text[0] for w in self.words[start:end] if w.capitalised)
        return short is not None and len(initials) > 1 and short.upper() == initials.upper()

    def after_origin(self, i: int) -> int:
        """A company named right after where it is based or from.

        "Istanbul-based Bosphorus Research"; in French a nationality in lower case after
        its article names a company ("l'espagnol Hydrolis Ibérica", "le français …"),
        where a capital would name a person ("l'Espagnol Pedro …").
        """
        words = self.words
        before = words[i - 1]
        if self.french and _nationality_as_company(words, i - 1):
            end = self.name_run(i)
            if (
                end == i
                or words[i].key in WORDS.given_names
                or (end < len(words) and words[end].capitalised)
            ):
                return 0  # not "le turc Rotamatik Teknoloji A.Ş.", whose end is unclear
            return self.add(i, end, OrganizationKind.COMPANY)
        if (
            i >= 3
            and possessive_at(words, i - 2)
            and words[i - 3].key in WORDS.not_names  # a country, not a city
            and words[i - 3].key not in WORDS.home_country  # "Morocco's …": its own things
            and self.signed
            and not self.headline
        ):
            end = self.name_run(i)
            if (
                end > i
                and words[i].key not in WORDS.given_names
                and not _place_before(words, i, end)
                and not any(w.key in WORDS.not_names for w in words[i:end])
                and not (
                    end < len(words)
                    and (words[end].key in TERRITORY_WORDS or words[end].key in WORDS.ministers)
                )
            ):  # not "Spain's Jaén province", "India's Education Minister"
                headed = any(map(_is_head, words[i:end]))  # "with Germany's Kaltmark
                kind = _kind_of(words[i:end]) if headed else OrganizationKind.COMPANY
                return self.add(i, end, kind)  # Sensorik": a party from that country
        if not _origin(before) or " " not in before.key or self.headline:
            return 0  # not "Its UNESCO-Listed Medina": a headline in title case
        if _nationality(words[i]):
            return 0  # "a Ljubljana-based Slovenian design-software company": what it is
        end = self.name_run(i)
        if end == i and words[i].key in WORDS.given_names:
            end = self.capitalised_end(i)  # "Casablanca-based Nadir Vision": a company's
        if end == i or (end < len(words) and words[end].key in WORDS.organization_descriptors):
            return 0  # "Singapore-based data centre operator …": what it is comes first
        return self.add(i, end, OrganizationKind.COMPANY)

    def capitalised_end(self, i: int) -> int:
        """The index after the capitalised words from ``words[i]``, a given name among them.

        :meth:`name_run` stops at a given name, which starts a person's name more often
        than a company's; where the words around say a company ("une société",
        "Casablanca-based"), the run is read whole.
        """
        words = self.words
        end = i
        while end < len(words) and end - i < _MAX_LATIN_NAME and words[end].capitalised:
            end += 1
        return end

    def founded(self, i: int) -> int:
        """A name set off before what it is.

        As in "Irrigo, fondée par …", "Agrinova, une start-up", "Managem, the mining group",
        "Sonavéa, jeune pousse montpelliéraine".
        """
        words = self.words
        if (
            words[i].key in WORDS.stopwords
            or words[i].key in WORDS.naming_words  # "Called Tawjih, the platform …"
        ):
            return 0
        given = words[i].key in WORDS.given_names  # a company only if the apposition says so
        if i > 0 and words[i - 1].named:
            return 0  # the middle of a run of names
        if self.addressed(i) or words[i].key in WORDS.honorifics:
            return 0  # "Pour M. Wendler, le groupe allemand …", "Mme Tazi, la …": a person
        if (
            given
            and i >= 2
            and words[i - 1].key == ","
            and words[i - 2].key in WORDS.kinship_titles
        ):
            return 0  # "her father, Ahmed Amharech, founded …": a person, after his kinship
        end = self.name_run(i)
        if end == i and given:
            end = self.capitalised_end(i)  # "Nadir Vision", which a given name starts
        if end == i or end + 1 >= len(words) or words[end].key != ",":
            return 0
        if all(word.key in self.reader.surnames for word in words[i:end]):
            return 0  # "signed by Bernoussi and Lamrabet, the startup will …": a person
        k = end + 1
        if i > 0 and words[i - 1].key in _WHERE and words[k].key in _DEFINITE_ARTICLES:
            return 0  # "Founded in 2031 in Valencia, the company employs …": where
        if words[k].key in _FOUNDED:
            return self.add(i, end, OrganizationKind.COMPANY)
        bare = words[k].key not in _APPOSITION_ARTICLES
        if bare and not self.french:
            return 0  # "Large, firm fish go to the canneries": in English, an article
        if bare:
            k = end  # "Sonavéa, jeune pousse montpelliéraine": no article
        elif k + 1 < len(words) and words[k + 1].key in {"'", "’"}:
            k += 1  # "Izorane, l'incubateur régional …"
        reach = k + 4
        for n in range(k + 1, len(words)):  # an article, an adjective or two
            if n >= reach or (bare and (words[n].capitalised or _origin(words[n]))):
                break  # not "Contactée, Bank Al-Maghrib …", "in Beni Mellal, Pune-based firm …"
            if _origin(words[n]) or words[n].key in WORDS.places:
                reach += 1  # "Carthalingua, a Tunis-based language technology company", "a
                continue  # Meknes startup"
            if not bare and _country_adjective_at(words, n):
                continue  # "Geumsan Medical, a South Korean maker of …"
            if words[n].key in WORDS.products:
                return 0  # "to roll out Wasla, a platform that …": a product's name
            if words[n].key in WORDS.organization_descriptors:
                if any(
                    w.key in WORDS.speech_verbs and w.key not in _FOUNDED
                    for w in words[n + 1 : n + 3]
                ):
                    return 0  # "in Jorf Lasfar, the two companies said": who speaks; not
                    # "Tamarack, a startup launched in 2022"
                if possessive_at(words, n + 1) or (
                    n + 1 < len(words) and words[n + 1].key in WORDS.title_heads
                ):
                    return 0  # "Zhou Lanying, the company's vice president", "Hakima
                    # Benbrahim, foundation president Leila Harraki": a person's post
                if n + 1 < len(words) and words[n + 1].key in _FINITE:
                    return 0  # "le quartier de Tilila, l'incubateur pourra …": a clause
                if given and not (
                    words[n].key in WORDS.company_only_descriptors
                    and words[end + 1].key in WORDS.indefinite_articles
                ):
                    return 0  # "Adil Benslimane, le groupe japonais …": a person, then a
                    # list; "X, the company sells …": a clause
                return self.add(i, end, OrganizationKind.COMPANY)  # "Nadir Vision, une société"
            if words[n].kind != WORD or words[n].capitalised or words[n].key in WORDS.stopwords:
                break
        return 0

    def listed_before(self, i: int) -> int:
        """A name listed before an institution named by its word of kind, among parties.

        "Sebou Sucre, la Fédération des planteurs … et l'Institut … ont signé", "la
        Commune d'Oujda, Oujda Valoris et la Coopérative … ont signé": the capitalised
        words before "la Fédération" or "et la Coopérative" are a party's name too. A
        single word that opens the sentence may be an adverb ("Parallèlement,
        l'Université …"), a place's name alone is where ("Kénitra, l'Université"), and a
        given name or a form of address before the words makes them a person's.
        """
        words = self.words
        if (
            words[i].key in WORDS.given_names
            or words[i].key in WORDS.stopwords
            or (i > 0 and words[i - 1].named)
            or self.addressed(i)
            or words[i].key in WORDS.honorifics
        ):
            return 0
        end = self.name_run(i)
        if end == i or (i == 0 and end == i + 1) or end + 2 >= len(words):
            return 0
        if words[end].key not in {",", "et", "and"} or all(
            w.key in WORDS.places for w in words[i:end]
        ):
            return 0
        if all(word.key in self.reader.surnames for word in words[i:end]):
            return 0
        k = end + 1
        if words[k].key not in {"le", "la", "l", "the"}:
            return 0
        k += 2 if words[k + 1].key in {"'", "’"} else 1
        if k >= len(words) or not (words[k].capitalised and _is_head(words[k])):
            return 0
        return self.add(i, end, OrganizationKind.COMPANY)

    def event_at(self, i: int, end: int) -> bool:
        """Whether the capitalised words from ``words[i]`` past ``end`` name an event."""
        words = self.words
        k = i
        while (
            k < len(words)
            and k - i <= _MAX_LATIN_NAME
            and (words[k].capitalised or words[k].key in {"&", "and", "et"})
        ):
            if words[k].key in WORDS.events and (
                k >= end - 1 or (k + 1 < len(words) and words[k + 1].key in _EVENT_LINKS)
            ):  # "… Summit", "the International Day of Sign Languages"
                return True
            k += 1
        return False

    def skip_event(self, end: int) -> int:
        """The index after an event's name and its initials, which are remembered as no name."""
        words = self.words
        k = end
        while k < len(words) and (
            words[k].capitalised
            or words[k].key == "&"
            or (words[k].key in _EVENT_LINKS and k + 1 < len(words) and words[k + 1].capitalised)
        ):  # "National Conference on Artificial Intelligence": its topic is its name too
            k += 1
        if k + 2 < len(words) and words[k].key == "(" and words[k + 2].key == ")":
            self.reader.events.add(words[k + 1].key)
            k += 3
        return k

    def committee(self, i: int) -> int:
        """A committee of a house of parliament, named by its fields in lowercase.

        "la commission des secteurs productifs de la Chambre des représentants", "la
        commission de l'Intérieur, des collectivités territoriales, … de la ville de la
        Chambre …": its fields, up to the house it is of (another institution).
        """
        words = self.words
        if words[i].capitalised or i + 1 >= len(words) or words[i + 1].key not in DE:
            return 0
        for k in range(i + 2, min(len(words), i + _COMMITTEE_REACH)):
            if words[k].key in DE and self.chamber_after(k):
                return self.add(i, k, OrganizationKind.COMMISSION)
            if words[k].kind != WORD and words[k].key not in {",", "'", "’", "-"}:
                return 0
        return 0

    def chamber_after(self, k: int) -> bool:
        """Whether a house of parliament's name follows the link words from ``words[k]``."""
        words = self.words
        k = self.past_articles(k + 1) if words[k].key in _DE_OF else k
        return (
            k < len(words)
            and words[k].key in _CHAMBER_FIRST
            and any(
                tuple(word.key for word in words[k : k + len(chamber)]) == chamber
                for chamber in WORDS.chambers
            )
        )

    def person_run(self, i: int, end: int) -> bool:
        """Whether ``words[i:end]`` are a person's name: a given name and one to three more."""
        words = self.words
        return (
            2 <= end - i <= _NAME_AFTER_TITLE
            and words[i].key in WORDS.given_names
            and not any(_is_head(word) or _is_suffix(word) for word in words[i:end])
        )

    def headed_run(self, i: int) -> bool:
        """Whether the capitalised words from ``words[i]`` hold a word of kind or a suffix."""
        words = self.words
        end = self.capitals(i)
        return any(_is_head(word) or _is_suffix(word) for word in words[i:end])

    def inside_name_after_title(self, i: int) -> bool:
        """Whether ``words[i]`` follows the first capitalised words of a name after a title.

        Or after the place a title is held in: "Ambassador to Morocco Moustapha Diagne".
        """
        words = self.words
        k = i - 1
        while (
            k >= 0
            and i - k <= _NAME_AFTER_TITLE - 1
            and words[k].capitalised
            and words[k].key not in WORDS.title_heads  # "CEO Joost Verhagen"
            and not self.posts_place(k)
        ):
            k -= 1
        return k < i - 1 and k >= 0 and (words[k].key in WORDS.title_heads or self.posts_place(k))

    def addressed(self, i: int) -> bool:
        """Whether ``words[i]`` follows a form of address ("M.", "Mme", "Mr", "Dr")."""
        k = i - 1
        if k >= 0 and self.words[k].key == ".":
            k -= 1
        return k >= 0 and self.words[k].key in WORDS.honorifics

    def brand(self, i: int) -> int:
        """A name of letters and the digits written after them: "Médias24", "Le360".

        Written so, a word is a brand's name (a newspaper's, a company's), not a word of
        the language; initials with digits (UM6P, G42) are read as initials.
        """
        word = self.words[i]
        text = word.text
        if not word.capitalised or word.acronym or not text[-1].isdigit():
            return 0
        letters = text.rstrip("0123456789")
        if len(letters) < 2 or not letters.isalpha() or letters.isupper():
            return 0
        if normalize(letters) in WORDS.not_names or self.quoted(i) or self.byline(i):
            return 0
        return self.add(i, i + 1)

    def website(self, i: int) -> int:
        """A company named by its website: "Kounouz.ma", a word and its domain written on.

        Written so, the word names the business that trades under it, not a place or a
        word of the language.
        """
        if self.words[i].acronym or self.quoted(i) or self.byline(i):
            return 0
        return self.add(i, i + 1, OrganizationKind.COMPANY)

    def byline(self, i: int) -> bool:
        """Whether ``words[i]`` is the outlet a dateline credits: "… 2037 (Médias24) –"."""
        words = self.words
        return (
            0 < i < len(words) - 2
            and words[i - 1].key == "("
            and words[i + 1].key == ")"
            and words[i + 2].key in {"-", "–", "—"}
        )

    def initials_given(self, text: str) -> bool:
        """Whether the article writes ``text`` in brackets: "Université Hassan Ier (UH1)"."""
        return f"({text})" in self.reader.masked

    def acronym(self, i: int) -> int:
        """Initials standing alone: "l'ONEV", "OCP and Haldorsen", "AXA GO"."""
        words = self.words
        word = words[i]
        if not word.acronym or word.key in WORDS.places or word.key in WORDS.not_names:
            return 0
        if i > 0 and words[i - 1].kind == NUMBER and word.key in TEXT_WORDS.other_calendar_after:
            return 0  # "a treatise dated 548 AH": a year of the Hijri calendar
        first = i
        while first > 0 and words[first - 1].acronym:
            first -= 1
        end = i + 1
        while end < len(words) and words[end].acronym:
            end += 1
        if first == 0 and self.dateline_after(end):
            return 0  # RABAT, Oct 16 / BEN GUERIR, Morocco: the dateline
        if (
            i > 0
            and words[i - 1].key == "("
            and i + 1 < len(words)
            and words[i + 1].key == ")"
            and (
                i == 1
                or words[i - 2].capitalised
                or words[i - 2].text[:1] >= "\u0600"  # an Arabic name's initials
                or any(f.name.end == words[i - 2].end for f in self.found)
                or not any(map(_is_head, words[max(0, i - _HEAD_REACH) : i - 1]))
            )
        ):
            return 0  # the acronym of a name already read, or of no institution ("search
            # and rescue (SAR)"); not that of an institution's name not read ("Centre
            # d'excellence pour la recherche sur l'eau (CERE)")
        if i > 0 and words[i - 1].key in WORDS.products:
            return 0  # "au système BADR": a product's name
        if _CODE.fullmatch(word.text) and not self.initials_given(word.text):
            return 0  # "Terminal TC3", "la RN2": a place's or a thing's code, not "(UH1)"
        if i + 1 < len(words) and words[i + 1].kind == NUMBER:
            return 0  # "valued at CAD 4.5 million": a currency's code
        if self.quoted(i) or self.shouting or word.key in self.reader.events:
            return 0  # "WATCHDOG APPROVES HOSPITAL PILOT": a heading; "MDS": an event
        if self.headline and self.reader.masked.count(word.text) < 2:
            return 0  # "AI-Powered EV Battery Gigafactory": a headline's initials the story
            # never writes again name no institution it tells of
        end = i + 1
        while end < len(words) and end - i <= _MAX_ACRONYMS and words[end].acronym:
            end += 1
        if end - i > _MAX_ACRONYMS:
            end = i + 1  # a list of initials: each its own
        return self.add(i, self.word_after_initials(end))

    def dateline_after(self, end: int) -> bool:
        """Whether the words from ``words[end]`` go on as a dateline after opening capitals.

        A bracket or a dash ("RABAT (MAP) -"), or a comma and a place, a date or a number
        ("BEN GUERIR, Morocco", "TANGER, 3 mars"); not a comma and more initials, as a list
        of institutions opens a sentence ("ONEE, OCP and the ADD will share …").
        """
        words = self.words
        if end >= len(words) or words[end].key not in {",", "(", "-", "–", "—"}:
            return False
        if words[end].key != ",":
            return True
        after = words[end + 1] if end + 1 < len(words) else None
        return after is None or (
            after.kind == NUMBER
            or after.key in WORDS.places
            or after.key in TEXT_WORDS.months
            or not after.acronym
        )

    def word_after_initials(self, end: int) -> int:
        """Where initials end, with the one name after them or the king's they are named for.

        "IIT Narmadapuram", "SV Dijkhaven", "IAV Hassan II". Not a title ("UH2C President
        Mounia El Ghazouani"), a person's name, a place, a day or a month ("the ADD
        Monday"), or a word that names nothing ("OCP AI").
        """
        words = self.words
        if (
            end + 1 < len(words)
            and not self.headline
            and words[end - 1].key not in WORDS.royal_titles
            and words[end - 1].key not in WORDS.honorifics
            and words[end].key in WORDS.given_names
            and words[end + 1].key in ROMAN
            and words[end + 1].text.isupper()
        ):
            return end + 2  # "IAV Hassan II": named for a king; not "SM Mohammed VI"
        if (
            end >= len(words)
            or not words[end].capitalised
            or words[end].acronym
            or self.headline
            or _amount_at(words, end)
        ):
            return end  # "HCP Turns …": a heading; "ADD MAD 30 million": an amount
        word = words[end]
        if (
            word.key in _CURRENCIES
            or word.text in WORDS.not_acronyms  # "10 AM GMT"
            or word.key in TEXT_WORDS.weekdays
            or word.key in TEXT_WORDS.months
            or _who_or_where(word)
            or _is_head(word)
            or word.key in WORDS.title_heads
            or word.key in WORDS.company_titles
            or word.key in WORDS.not_names
            or word.key in WORDS.ministers
            or word.key in self.reader.surnames
            or (end + 1 < len(words) and words[end + 1].capitalised)
        ):
            return end
        return end + 1


_CODE = re.compile(r"[A-Z]{1,3}[0-9]{1,2}")
"""A code of a few capitals and figures: a terminal's, a road's, a hall's ("TC3", "RN2")."""


def _term_spelled(words: Sequence[Word], i: int) -> bool:
    """Whether the initials at ``words[i]``, in brackets, spell the lowercase words before.

    "partenariat public-privé (PPP)", "automatic number-plate recognition (ANPR)": the
    initials of a term, no institution's, unless its first word is a word of kind
    ("agence de développement du digital (ADD)").
    """
    letters = words[i].text.replace(".", "").lower()
    k = i - 2
    while letters and k >= 0:
        word = words[k]
        if word.kind == MARK and word.key not in {"'", "’", "-"}:
            return False
        if word.kind == WORD and word.capitalised:
            return False
        if word.kind == WORD and word.key not in _LINKS_IN_TERMS:
            for part in reversed(word.key.split()):
                if not letters.endswith(part[:1]):
                    return False
                letters = letters[:-1]
                if not letters:
                    break
        k -= 1
    first = words[k + 1]
    plural = first.key.endswith(("s", "x")) and first.key[:-1] in WORDS.organization_heads
    return not letters and not (_is_head(first) or plural)  # "instituts spécialisés … (ISTA)"


_LINKS_IN_TERMS = (
    _FUNCTION | _ENGLISH_LINKS | {"d", "des", "du", "of", "par", "sur", "by", "on", "with"}
)
"""Words whose initials a term's acronym leaves out: "lecture automatique des plaques
d'immatriculation (LAPI)"."""


def _origin(word: Word) -> bool:
    """Whether a word says where something is from: "Rabat-based", "Istanbul-based"."""
    return says_where_from(word.key)


_KIND_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ary")
"""How the English adjectives that say what an institution does end: "agricultural",
"medical", "cooperative", "veterinary"."""


def _kind_adjective(word: Word) -> bool:
    """Whether a lowercase English word is an adjective before a word of kind."""
    return _lowercase_ending(word, _KIND_ADJECTIVE_ENDINGS) and word.key not in HEADS


_NAMED_KINDS = frozenset(
    {
        OrganizationKind.UNIVERSITY,
        OrganizationKind.SCHOOL,
        OrganizationKind.COMPANY,
        OrganizationKind.FUND,
        OrganizationKind.AGENCY,
    }
)
"""Kinds whose word ends a name of its own after "and", not a ministry's field."""
_ARABIC_ARTICLES = frozenset({"al", "el"})
"""The Arabic article written in Latin letters: a given name after it is no person's."""


def _who_or_where(word: Word) -> bool:
    """Whether a word is a given name, a place, a nationality or an origin: no company's."""
    key = word.key
    return key in WORDS.given_names or key in WORDS.places or _nationality(word) or _origin(word)


_EVENT_LINKS = frozenset({"on", "of", "for", "sur"})
"""Words between an event's word and its topic: "Conference on Artificial Intelligence"."""
_CALLED_REACH = 9
"""Words after a name given first in which "the" and a product's noun may say what it is."""


_ENUMERATED_REACH = 16
"""Words back from a comma a head whose fields are enumerated may be ("ministère de
l'Aménagement du territoire national, de l'Urbanisme, de l'Habitat …")."""


def _lowercase_purpose(words: Sequence[Word], k: int) -> bool:
    """Whether an article and a lowercase noun or a place start at ``words[k]``: "la maîtrise"."""
    if k < len(words) and words[k].key in {"l", "d"}:
        k += 2 if k + 1 < len(words) and words[k + 1].key in {"'", "’"} else 1
    elif k < len(words) and words[k].key in {"la", "le", "les"}:
        k += 1
    return (
        k < len(words)
        and words[k].kind == WORD
        and (words[k].text.islower() or words[k].key in WORDS.places)
    )  # "pour la maîtrise …", "pour l'Oriental": what for, or where


def _place_after_elision(words: Sequence[Word], k: int) -> bool:
    """Whether an apostrophe at ``words[k]`` and a place follow "d": "d'Essaouira"."""
    return k + 1 < len(words) and words[k].key == "'" and words[k + 1].key in WORDS.places


def _past_place_of(words: Sequence[Word], first: int, end: int) -> int:
    """Where a name starts that a place and "of" are written before.

    "regional director for Souss-Massa of the National Office of Agricultural Advice":
    the region the post is for, then the office's name.
    """
    if first + 2 >= end:
        return first
    if words[first].key in WORDS.places and words[first + 1].key == "of":
        start = first + 2 + (words[first + 2].key == "the")
    else:
        return first
    if start < end and any(word.key in WORDS.organization_heads for word in words[start:end]):
        return start
    return first


def _without_owner(words: Sequence[Word], i: int, end: int) -> int:
    """Where a unit's name ends before the initials of the institution it belongs to.

    "Centre de l'aménagement linguistique de l'IRCAM": the centre, and the IRCAM whose
    it is, each named on its own. Not a ministry's, whose field may be initials.
    """
    if (
        end - i > 4
        and words[i].key not in MINISTRY_HEADS
        and owner_initials_at(words, end - 4)
        and words[end - 5].kind == WORD
        and not words[end - 5].acronym
    ):
        return end - 4
    return end


def _known_end(words: Sequence[Word], i: int, end: int) -> int:
    """Where a name read from ``words[i]`` ends, if an institution the lexicon knows starts it.

    "Le rapport de la Cour des comptes publié en mai": what follows the known name in
    lower case is no part of it.
    """
    parts = words[i].key.split()
    for key, _ in _KNOWN_LATIN.get(parts[0], ()) if parts else ():
        after = _covers(words, i, key)
        if 0 < after < end and all(not w.capitalised for w in words[after:end]):
            return after
    return end


def _known_ends(words: Sequence[Word], i: int, end: int) -> bool:
    """Whether a name the lexicon knows, started at ``i`` or a few words before, ends at ``end``.

    "The Moroccan Red Crescent and …", read from "Moroccan" or from "Red".
    """
    for start in range(max(0, i - _KNOWN_REACH), i + 1):
        parts = words[start].key.split()
        if parts and any(
            _covers(words, start, key) == end for key, _ in _KNOWN_LATIN.get(parts[0], ())
        ):
            return True
    return False


_KNOWN_REACH = 4
"""Words a known name may start before where a name is read from."""


_Keyed = dict[str, list[tuple[tuple[str, ...], OrganizationKind]]]


def _by_first_word(names: Mapping[str, OrganizationKind]) -> _Keyed:
    """Names in Latin letters as the keys of their words, by first word, longest first."""
    by_first: _Keyed = {}
    for name, kind in names.items():
        key = tuple(normalize(name).split())
        if key and name[0] < "\u0600":
            by_first.setdefault(key[0], []).append((key, kind))
    for options in by_first.values():
        options.sort(key=lambda option: -len(option[0]))
    return by_first


_KNOWN_LATIN = _by_first_word(WORDS.known_institutions)
"""The institutions the lexicon knows by a name in Latin letters ("Barid Al-Maghrib")."""

_KNOWN_LOWERCASE = frozenset(
    tuple(normalize(name).split()) for name in WORDS.known_institutions if name[:1].islower()
)
"""The known names the press writes in lower case: "groupe socialiste", a parliamentary group."""


def _members_after(words: Sequence[Word], k: int) -> int:
    """The index after whom a cooperative gathers, written after its name at ``words[k]``.

    "des producteurs de dattes", "des femmes d'Imilchil", "of date growers": "des" or
    "of" and a plural in lower case, with its complement. ``k`` when there is none.
    """
    if k + 1 >= len(words) or words[k].key not in {"des", "of"}:
        return k
    j = k + 1
    if not (
        words[j].kind == WORD and not words[j].capitalised and words[j].key.endswith(("s", "x"))
    ):
        return k
    j += 1
    if j + 1 < len(words) and words[j].key in {"de", "d"}:
        n = j + 2 if words[j + 1].key in {"'", "’"} else j + 1
        if n < len(words) and words[n].kind == WORD:
            j = n + 1  # de dattes, d'Imilchil
    return j


def _post_of_at(words: Sequence[Word], k: int) -> bool:
    """Whether a title and its "of" start at ``words[k]``: "Delegate President of"."""
    j = k
    while j < len(words) and j - k < 3 and words[j].key in WORDS.title_modifiers:
        j += 1
    return j + 1 < len(words) and words[j].key in WORDS.title_heads and words[j + 1].key in _DE_OF


def _nationality(word: Word) -> bool:
    """Whether a word is a nationality, one with its compass point too: "sud-coréen".

    Or two joined by a hyphen, the first maybe in its combining form: "Spanish-Moroccan",
    "Franco-Moroccan", "hispano-marocaine".
    """
    point, _, rest = word.key.partition(" ")
    if word.key in WORDS.nationalities or (
        point in WORDS.compass_points and rest in WORDS.nationalities
    ):
        return True
    *firsts, last = word.key.split(" ")
    return (
        bool(firsts)
        and "-" in word.text
        and last in WORDS.nationalities
        and all(first in WORDS.nationalities or first.endswith("o") for first in firsts)
    )


def _named_for_someone(word: Word) -> bool:
    """Whether ``word`` starts the name of someone an institution may be named for.

    A given name ("Mohammed First University") or a particle of a name, capitalised
    ("Ibn Tofail University", "Al Akhawayn University").
    """
    return word.key in WORDS.given_names or (word.capitalised and word.key in WORDS.name_particles)


def _place_before(words: Sequence[Word], i: int, end: int) -> bool:
    """Whether ``words[i:end]`` is a place, with the article before it or not ("Al Hoceima")."""
    return any(
        " ".join(w.key for w in words[first:end]) in WORDS.places for first in {max(i - 1, 0), i}
    )


def _goes_on_a_name(words: Sequence[Word], j: int) -> bool:
    """Whether ``words[j]`` goes on a name, "&" between two of its words included.

    So do the links of names in other languages between its words, "Pust for Alle",
    "Fundación Drago para los Bosques Atlánticos", not before a place, a number or a
    field ("for 18", "for AI").
    """
    if words[j].key == "&":
        return 0 < j < len(words) - 1 and words[j - 1].named and words[j + 1].named
    if (
        words[j].key in WORDS.foreign_name_links
        and j > 0
        and (words[j - 1].named or words[j - 1].key in WORDS.foreign_name_links)
    ):
        k = j + 1
        while (
            k < len(words)
            and k - j < _FOREIGN_LINKS_IN_A_ROW
            and words[k].key in WORDS.foreign_name_links
        ):
            k += 1
        return (
            k < len(words)
            and words[k].named
            and words[k].text[:1].isalpha()
            and words[k].key not in WORDS.places
            and words[k].key not in WORDS.not_names
            and words[k].text not in WORDS.not_acronyms
        )
    return words[j].named


_FOREIGN_LINKS_IN_A_ROW = 2


def _country_adjective_at(words: Sequence[Word], j: int) -> bool:
    """Whether a nationality or a country's possessive starts at ``words[j]``.

    "Korean", "sud-coréen", "South Korean", "Morocco's": whose the next institution is.
    """
    if j < len(words) and _nationality(words[j]):
        return True
    if j < len(words) and words[j].key in WORDS.places and possessive_at(words, j + 1):
        return True  # "… of Technology and Morocco's Abdelmalek Essaadi University"
    return j + 1 < len(words) and (
        (words[j].key in WORDS.compass_points and words[j + 1].key in WORDS.nationalities)
        or f"{words[j].key} {words[j + 1].key}" in WORDS.nationalities  # "Costa Rican"
    )


def _adjectives_enumerated(words: Sequence[Word], k: int) -> bool:
    """Whether lower-case words from ``words[k]`` end an enumeration with "et" and one more.

    "juridiques, économiques et sociales": at most three words, commas between them, one
    word each; not "agents forestiers et volontaires recrutés", nouns with adjectives.
    """
    for j in range(k, min(k + 6, len(words) - 1)):
        word = words[j]
        if word.key == "et":
            after = words[j + 1]
            return (
                j > k
                and after.kind == WORD
                and not after.capitalised
                and after.key not in WORDS.stopwords
                and not _lowercase_word(words, j + 2)
            )
        if word.key == ",":
            continue
        if word.kind != WORD or word.capitalised or word.key in WORDS.stopwords:
            return False
        if _lowercase_word(words, j + 1):
            return False
    return False


def _lowercase_word(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is a word in lowercase that is no stop word: "forestiers"."""
    return (
        k < len(words)
        and words[k].kind == WORD
        and not words[k].capitalised
        and words[k].key not in WORDS.stopwords
    )


_KIND_INITIALS_REACH = 5
"""Words a kind of company may run to before its initials: "société de développement local"."""


def _past_kind_initials(words: Sequence[Word], i: int) -> int:
    """The index past the initials in brackets of a kind of company at ``words[i]``, or 0.

    "la société de développement local (SDL) Tanja Miyah": the kind, its initials, then
    the company's own name.
    """
    for k in range(i + 1, min(i + 1 + _KIND_INITIALS_REACH, len(words) - 3)):
        word = words[k]
        if word.key == "(":
            if words[k + 1].acronym and words[k + 2].key == ")" and words[k + 3].capitalised:
                return k + 3
            return 0
        if word.kind != WORD or word.capitalised:
            return 0
    return 0


def _described_kind(descriptor: Word) -> OrganizationKind:
    """The kind of what a descriptor before a name names.

    "l'école de programmation Codara": a school; "la fondation suédoise Nordljus": a
    foundation, of no kind of its own; any other: a company.
    """
    if WORDS.organization_heads.get(descriptor.key) is OrganizationKind.SCHOOL:
        return OrganizationKind.SCHOOL
    if FOUNDATION in WORDS.head_equivalents.get(descriptor.key, ()):
        return OrganizationKind.OTHER
    return OrganizationKind.COMPANY


def _amount_at(words: Sequence[Word], j: int) -> bool:
    """Whether a currency's code and a number start at ``words[j]``: "MAD 2.4 million"."""
    return (
        j + 1 < len(words)
        and words[j + 1].kind == NUMBER
        and words[j].text.isupper()
        and len(words[j].text) == _CURRENCY_CODE
    )


def _what_it_makes(words: Sequence[Word], j: int) -> int:
    """How many words "de" and what it makes or does in lower case take at ``words[j]``.

    "de capteurs", "de réservation en ligne", "d'imagerie satellitaire", before the name;
    0 when there is none.
    """
    if words[j].key not in {"de", "d"}:
        return 0
    k = j + 1
    reach = _WHAT_IT_MAKES
    if k < len(words) and words[k].key in {"'", "’"}:
        k, reach = k + 1, reach + 1  # "d'imagerie satellitaire"
    while k < len(words) and k - j <= reach:
        word = words[k]
        if word.capitalised:
            return k - j if k > j + 1 and words[k - 1].kind == WORD else 0
        if word.kind != WORD or (word.key in WORDS.stopwords and word.key != "en"):
            return 0
        k += 1
    return 0


_WHAT_IT_MAKES = 4
"""Words from "de" to the name, what a company makes or does: "de réservation en ligne"."""


def headline(reader: Reader, number: int, words: Sequence[Word]) -> bool:
    """Whether a sentence is a headline in title case ("Moroccan Central Bank Holds Rate").

    A headline is a line of its own, without a full stop, its long words mostly capitalised.
    """
    if not words or words[-1].key in {".", "!", "?"} or len(words) > 30:
        return False
    first, last = reader.token_range[number]
    tokens, text = reader.tokens, reader.masked
    if first > 0 and "\n" not in text[tokens[first - 1].end : tokens[first].start]:
        return False  # the line goes on before the sentence
    if last >= len(tokens) or "\n" not in text[tokens[last - 1].end : tokens[last].start]:
        return False  # and after it, or the text ends: a headline has an article under it
    long_words = [w for w in words if w.kind == WORD and len(w.text) > 3 and w.text[0] < "\u0600"]
    if len(long_words) < 4:
        return False
    capitalised = sum(1 for w in long_words if w.text[0].isupper())
    return capitalised >= 0.75 * len(long_words)


def _shouting(words: Sequence[Word]) -> bool:
    """Whether the long words of a headline are all written in capitals."""
    long_words = [w for w in words if w.kind == WORD and len(w.text) > 3]
    return len(long_words) >= 3 and all(w.text.isupper() for w in long_words)


_GENERIC = (
    frozenset(WORDS.organization_heads)
    | WORDS.organization_suffixes
    | WORDS.organization_descriptors
    | WORDS.not_names
    | WORDS.stopwords
    | WORDS.title_heads
    | WORDS.title_modifiers
    | WORDS.given_names
    | frozenset(WORDS.places)
)
"""Words that, alone, name no institution in particular: heads, kinds, places, names."""


def short_name(name: str) -> str | None:
    """The first word a Latin name is called by again alone, when it is its own.

    "Daejin" is Daejin Institute of Technology's, "Qalam" Qalam Digital's; "National",
    "Moroccan", "Bank", a given name or the first word of a place ("Beni") are no one's
    in particular.
    """
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or len(words[0]) < 3:
        return None
    first = normalize(words[0])
    if first in _GENERIC or not words[0].isalpha() or words[0].isupper():
        return None
    if first in WORDS.places or first in WORDS.place_prefixes:
        return None  # "Beni Mellal-Khenifra regional council": "Beni" begins a place
    return words[0]


def proper_part(name: str) -> str | None:
    """The proper part of a name that opens with a noun of ``descriptors_in_name``.

    Past the noun and the lowercase words after it, up to the cause it serves:
    "coopérative semencière Zraâ Lkhir" → "Zraâ Lkhir", "association Sidq pour
    l'éducation aux médias" → "Sidq"; from the second word when no capital follows.
    Articles name such an institution by that part alone too.
    """
    words = name.split(" ")
    if len(words) < 2 or normalize(words[0]) not in WORDS.descriptors_in_name:
        return None
    first = next((k for k in range(1, len(words)) if words[k][:1].isupper()), 1)
    last = next(
        (
            k
            for k in range(first + 1, len(words))
            if normalize(words[k]).partition(" ")[0] in WORDS.cause_links
        ),
        len(words),
    )
    return " ".join(words[first:last])


def term_initials(reader: Reader) -> frozenset[str]:
    """The initials the article spells out as a term's, not an institution's.

    "un contrat de partenariat public-privé (PPP)": wherever the article writes "PPP"
    again, in its headline too, it names no institution.
    """
    found: set[str] = set()
    for number in reader.latin_sentences:
        words = reader.latin(number)
        for i in range(2, len(words) - 1):
            if (
                words[i].acronym
                and words[i - 1].key == "("
                and words[i + 1].key == ")"
                and _term_spelled(words, i)
            ):
                found.add(words[i].key)
    return frozenset(found)


def known_again(reader: Reader, found_here: list[Institution]) -> list[Institution]:
    """The institutions found, and every other mention of a name or acronym already found.

    "Paylane" once read as a company ("la fintech Paylane") is that company wherever
    the article names it again ("Selon Paylane"): a party, a scope. So is an
    institution the lexicon knows by its name alone ("Barid Al-Maghrib").
    """
    kinds: dict[str, OrganizationKind] = {}
    shortened: dict[tuple[str, ...], set[str]] = {}  # short names, as written
    for institution in found_here:
        if institution.name.text[0] < "\u0600":
            kinds.setdefault(institution.name.text, institution.kind)
            short = short_name(institution.name.text)
            if short is not None:  # "Daejin" after "Daejin Institute of Technology"
                kinds.setdefault(short, institution.kind)
                shortened.setdefault(tuple(normalize(short).split()), set()).add(short)
            proper = proper_part(institution.name.text)
            if proper is not None:  # "Sidq" after "l'association Sidq pour …"
                kinds.setdefault(proper, institution.kind)
        if institution.acronym:
            kinds.setdefault(institution.acronym, institution.kind)
    own = _Spellings.of(
        _by_first_word(
            {name: kind for name, kind in kinds.items() if name not in WORDS.known_institutions}
        )
    )
    if not own and not _KNOWN_SPELLINGS:
        return found_here
    capitals = {
        tuple(normalize(name).split()): _capitalised_words(name)
        for name in kinds
        if name not in WORDS.known_institutions
    }
    covered = sorted((i.name.start, i.name.end) for i in found_here)
    starts = [start for start, _ in covered]
    extra: list[Institution] = []
    tokens = reader.tokens
    firsts = frozenset(_KNOWN_SPELLINGS).union(own)
    # only the tokens a known name starts with are looked at, not every word
    replaced: set[tuple[int, int]] = set()
    for k in itertools.compress(itertools.count(), map(firsts.__contains__, map(_KEY, tokens))):
        index = bisect.bisect_right(starts, tokens[k].start) - 1
        inside = index >= 0 and covered[index][1] > tokens[k].start
        if inside and covered[index][0] != tokens[k].start:
            continue  # inside a name already found: nothing found there would be new; a
            # known name that starts where one found starts may go on past it
        number = reader.sentence_of[k]
        words = reader.latin(number)
        i = bisect.bisect_left(words, k, key=_FIRST)
        if i >= len(words) or words[i].first != k:
            continue
        word = words[i]
        if word.kind != WORD:
            continue
        parts = word.key.split()
        if parts:
            tables = [s for s in (_KNOWN_SPELLINGS.get(parts[0]), own.get(parts[0])) if s]
            for key, kind, end in _spelled_at(words, i, tables):
                if not word.capitalised and key not in _KNOWN_LOWERCASE:
                    continue
                if not capitals.get(key, frozenset()) <= _capitalised_words(
                    reader.masked[word.start : words[end - 1].end]
                ):
                    continue  # not "the Tislit wind farm" for "Tislit Wind": a word in lower case
                first, last = word.start, words[end - 1].end
                if key in shortened and reader.masked[first:last] not in shortened[key]:
                    continue  # "le delta du Mékong", not "Mekong Rice Technologies" again
                if inside:
                    if last <= covered[index][1]:
                        break
                    replaced.add(covered[index])  # "du CHU Al Andalous", not "du CHU"
                extra.append(
                    Institution(Found(first, last, reader.masked[first:last]), kind, number)
                )
                break
    if extra:  # "of Hassan II University Hospital", where "University Hospital" was read
        spans = sorted((i.name.start, i.name.end) for i in extra)
        for institution in found_here:
            span = (institution.name.start, institution.name.end)
            index = bisect.bisect_right(spans, (span[0], len(reader.text) + 1)) - 1
            if index >= 0 and spans[index] != span and spans[index][1] >= span[1]:
                replaced.add(span)
    kept = [i for i in found_here if (i.name.start, i.name.end) not in replaced]
    return sorted(kept + extra, key=lambda institution: institution.name.start)


class _Spelling(NamedTuple):
    """The names that start with one word.

    Their keys, each with its kinds, and the number of words of the longest.
    """

    longest: int
    kinds: dict[tuple[str, ...], list[OrganizationKind]]


class _Spellings(dict[str, _Spelling]):
    """Names by their first word, to look up the words at a place in a text.

    At each word a name may start with, the runs of words after it are looked up,
    longest first, rather than each name compared in turn: an article that names a
    thousand federations reads in time linear in its length.
    """

    @classmethod
    def of(cls, keyed: _Keyed) -> _Spellings:
        spellings = cls()
        for lead, options in keyed.items():
            kinds: dict[tuple[str, ...], list[OrganizationKind]] = {}
            for key, kind in options:
                kinds.setdefault(key, []).append(kind)
            spellings[lead] = _Spelling(max(len(key) for key, _ in options), kinds)
        return spellings


_KNOWN_SPELLINGS = _Spellings.of(_KNOWN_LATIN)
"""The names of :data:`_KNOWN_LATIN`, to look up."""


def _spelled_at(
    words: Sequence[Word], i: int, tables: Sequence[_Spelling]
) -> Iterator[tuple[tuple[str, ...], OrganizationKind, int]]:
    """The names of ``tables`` the words from ``i`` spell, longest first.

    Each key, a kind, and the index after its last word, read as :func:`_runs` reads them.
    """
    if not tables:
        return
    for key, end in reversed(_runs(words, i, max(table.longest for table in tables))):
        for table in tables:
            for kind in table.kinds.get(key, ()):
                yield key, kind, end


def _capitalised_words(name: str) -> frozenset[int]:
    """The positions of a name's words that start with a capital letter."""
    return frozenset(n for n, word in enumerate(name.split()) if word[:1].isupper())


_KEY = operator.attrgetter("key")
_FIRST = operator.attrgetter("first")


def _covers(words: Sequence[Word], i: int, key: tuple[str, ...]) -> int:
    """The index after the words from ``i`` that spell ``key``, or 0."""
    return next((end for parts, end in _runs(words, i, len(key)) if parts == key), 0)


def _runs(words: Sequence[Word], i: int, longest: int) -> list[tuple[tuple[str, ...], int]]:
    """The keys of the words from ``i``, one more word each time, up to ``longest`` keys.

    Each run with the index after its last word. The apostrophe of an elision is passed:
    "Maison de l'Artisan", and so is a comma between the fields of a name: "National
    Authority for Probity, Prevention and …"; a mark ends the runs.
    """
    runs: list[tuple[tuple[str, ...], int]] = []
    parts: list[str] = []
    k = i
    while k < len(words) and len(parts) < longest:
        if (words[k].key == "'" and parts and parts[-1] in ELIDED) or (
            words[k].key == "," and parts
        ):
            k += 1
            continue
        if words[k].kind != WORD:
            break
        parts += words[k].key.split()
        k += 1
        runs.append((tuple(parts), k))
    return runs


def _region_served(words: Sequence[Word], k: int) -> bool:
    """Whether "for" at ``words[k]`` names the region a bank's or company's branch serves.

    "Crédit Agricole du Maroc for Casablanca-Settat", "Attijari Bank for Souss-Massa":
    after a name that ends with a place or a company's word, a place after "for" is
    where the post is held, not part of the name (as it is in "Regional Academy of
    Education and Training for Casablanca-Settat").
    """
    return (
        words[k].key == "for"
        and 0 < k < len(words) - 1
        and _place_at(words, k + 1)
        and (words[k - 1].key in WORDS.places or _is_suffix(words[k - 1]))
    )


def _participle_ant(word: Word) -> bool:
    """Whether a French word is a present participle in lower case: "relevant", "regroupant"."""
    return (
        word.kind == WORD
        and not word.capitalised
        and len(word.key) > 5
        and word.key.endswith("ant")
    )


def _place_at(words: Sequence[Word], k: int) -> bool:
    """Whether a place the lexicon knows is named in one to three words at ``words[k]``."""
    return any(
        " ".join(word.key for word in words[k : k + n]) in WORDS.places
        for n in range(1, min(3, len(words) - k) + 1)
    )


def _nationality_as_company(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is a French nationality in lower case after its article.

    "le sud-coréen Daeyang …", "l'espagnol Hydrolis Ibérica": the adjective stands for
    the company whose name follows.
    """
    word = words[k]
    return (
        k > 0
        and word.key in WORDS.nationalities
        and word.text.islower()
        and words[k - 1].key in _NATIONALITY_ARTICLES
    )


_NATIONALITY_ARTICLES = frozenset({"le", "la", "l", "'", "’"})
"""Articles before a nationality that stands for a company: "le", "la", "l'"."""


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")
"""How French past participles end: "signé", "garanti", "obtenu"."""


def _participle_after(words: Sequence[Word], k: int) -> bool:
    """Whether a French past participle and a preposition follow "et" at ``words[k]``.

    "un prêt accordé par la Banque Ifrane Atlantique et garanti à hauteur de 70 %", "un
    modèle développé avec l'Université Cadi Ayyad et entraîné sur vingt ans de relevés",
    "une base gérée par la Direction de la géologie et ouverte aux chercheurs": what was
    done to the loan, to the model, to the base, not a field of the institution's name.
    """
    if k + 2 >= len(words):
        return False
    verb = words[k + 1]
    return (
        verb.kind == WORD
        and verb.text.islower()
        and (verb.text.endswith(_PARTICIPLE_ENDINGS) or verb.key in WORDS.irregular_participles)
        and (
            words[k + 2].text in {"à", "par"}
            or (
                words[k + 2].text in {"au", "aux"} and not french_past_participle(words[k - 1].text)
            )  # not "des handicapés et accidentés au travail": two nouns so shaped
            or (words[k + 2].text in _AFTER_PARTICIPLE and words[k - 1].capitalised)
        )
    )


def _present_participle_after(words: Sequence[Word], k: int) -> bool:
    """Whether a French present participle follows "et" at ``words[k]``.

    "une salle financée par le ministère de la Culture et pouvant accueillir …", "géré
    par l'Agence de développement et comptant 40 salariés": what the thing does, after
    the name; a noun of a name after "et" has its article, its plural or a complement
    ("et des artisans", "et enseignants", "Centre hospitalier mère et enfant de Tanger").
    """
    if k + 2 >= len(words):
        return False
    verb, after = words[k + 1], words[k + 2]
    return (
        verb.kind == WORD
        and verb.text.islower()
        and len(verb.key) >= 6
        and verb.key.endswith("ant")
        and after.kind != MARK
        and after.key not in _DE_OF
    )


_AFTER_PARTICIPLE = frozenset({"sur", "pour", "dans", "en", "avec"})
"""Prepositions after a French past participle that follows "et" after a capitalised
name ("l'Université Cadi Ayyad et entraîné sur …"); not after a plural noun of its name
("l'Association des lauréats et diplômés en génie civil")."""
