"""French and English sentences as words: compounds joined, capitals and acronyms told.

The scanners of people and institutions read Latin-script sentences word by word,
where a word is what a reader sees as one: "vice-présidente", "Lahlou-Sqalli",
"Al-Maghrib", "UM6P" and "A/S" are one word each although the tokenizer splits
them. Each :class:`Word` keeps the tokens it covers, so that what is found still
has its exact span.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..text import normalize
from ..text._tokens import MARK, NUMBER, WORD, Remembered, Token
from ._lexicon import WORDS

__all__ = [
    "ARTICLES",
    "ELIDED",
    "ROMAN",
    "VERB_ENDINGS",
    "Word",
    "dateline_end",
    "is_acronym",
    "is_capitalised",
    "is_latin",
    "latin_sentences",
    "owner_initials_at",
    "plural_possessive_at",
    "possessive_at",
    "words_of",
]

ARTICLES = frozenset({"le", "la", "les", "l", "the", "un", "une", "a", "an"})
"""Articles, which start a noun phrase and end the one before."""
ELIDED = frozenset({"l", "d", "qu"})
"""French words elided before an apostrophe: "l'Agence", "d'Agadir", "qu'elle"."""
ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "ier"})
"""Roman numerals, as a king's or a university's name ends ("Mohammed VI", "Hassan Ier")."""
VERB_ENDINGS = ("era", "eront", "ira", "iront", "ront", "aient")
"""Endings of French verbs in the future and imperfect ("assurera", "devaient")."""


_DATELINE_WORDS = 5
"""Words of a place in capitals a wire dateline opens with, at most."""


def dateline_end(text: str, words: Sequence[Word]) -> int:
    """The index of the comma after a place in capitals that opens a line, else 0.

    "M'HAMID EL GHIZLANE, Morocco, Nov 26, 2039 (AFP) -": where the wire writes from (a
    place in capitals, a comma, a country and a comma), no initials nor a name.
    """
    if not words or (words[0].start > 0 and text[words[0].start - 1] != "\n"):
        return 0
    for k, word in enumerate(words[: _DATELINE_WORDS + 1]):
        if word.key == ",":
            country = k + 2 < len(words) and words[k + 1].key in WORDS.places
            return k if k > 0 and country and words[k + 2].key == "," else 0
        if word.kind == WORD and not word.text.isupper():
            return 0
    return 0


class Word(NamedTuple):
    """A word, number or mark of a Latin-script sentence, as a reader sees it."""

    kind: str
    text: str
    key: str
    start: int
    end: int
    first: int
    """The index of its first token."""
    last: int
    """The index of its last token."""
    capitalised: bool = False
    """Whether it starts with a Latin capital letter (see :func:`is_capitalised`)."""
    acronym: bool = False
    """Whether it is written like an institution's initials (see :func:`is_acronym`)."""
    personal: bool = False
    """Whether it may be part of a person's name: capitalised, no initials, no title or
    stop word, or a particle (El, Ben, de)."""
    named: bool = False
    """Whether it may stand in an institution's name: capitalised (or a particle), not a
    stop word or a title ("SA" may: it ends a company's name); or a number of two digits."""


def is_latin(token: Token) -> bool:
    """Whether a token is a word in Latin letters."""
    return token.kind == WORD and token.text[0] < "\u0250" and token.text[0].isalpha()


def possessive_at(words: Sequence[Word | Token], k: int) -> bool:
    """Whether an English possessive's apostrophe and "s" stand at ``words[k]``: "Morocco's".

    Words or tokens alike: only their kind and key are read.
    """
    return (
        0 < k < len(words) - 1
        and words[k].key in {"'", "’"}
        and words[k + 1].key == "s"
        and words[k - 1].kind == WORD
    )


def owner_initials_at(words: Sequence[Word], k: int) -> bool:
    """Whether "de l'" and initials stand at ``words[k]``: "… de l'IRCAM".

    After a unit's name, the institution it belongs to ("Centre de l'aménagement
    linguistique de l'IRCAM").
    """
    return (
        k + 3 < len(words)
        and words[k].key == "de"
        and words[k + 1].key == "l"
        and words[k + 2].key in {"'", "’"}
        and words[k + 3].acronym
    )


def plural_possessive_at(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is the apostrophe of an English plural's possessive: "Parents'"."""
    return (
        0 < k < len(words) - 1
        and words[k].key in {"'", "’"}
        and words[k - 1].kind == WORD
        and words[k - 1].text.endswith("s")
        and words[k - 1].text.isascii()
        and words[k].start == words[k - 1].end
        and words[k + 1].kind == WORD
        and words[k + 1].key != "s"
    )


def is_capitalised(word: Word) -> bool:
    """Whether a word starts with a Latin capital letter."""
    return word.capitalised


def is_acronym(word: Word) -> bool:
    """Whether a word is written in capitals like the initials of an institution (ONEV, UM6P).

    Not a roman numeral, not a known abbreviation that names no institution (CEO,
    MW, AI), not a one-letter word.
    """
    return word.acronym


_NOT_PERSONAL = (
    WORDS.stopwords
    | (WORDS.title_heads - WORDS.kinship_titles)  # "International Mother Language Day"
    | WORDS.title_modifiers
    | frozenset(WORDS.organization_heads)
    | WORDS.honorifics
    | WORDS.speech_verbs
)
"""Capitalised words that are not part of a person's name: "Le", "Ministre", "Agence", "M."."""
_NOUN_ENDINGS = (
    "ships", "ship", "tions", "tion", "ments", "nesses", "ness", "ities", "ences", "ologies",
)  # fmt: skip
"""Endings of common nouns no surname has, nor a given name but those the lexicon knows
("Youness"): "International Partnerships", "Small Business" before a name are the
post's field, not the person's."""
_NOT_NAMED = WORDS.stopwords | WORDS.title_heads
"""Capitalised words that are not part of an institution's name: "Le", "Ministre"."""


_DIGITS_AND_CAPITALS = re.compile(r"[0-9]+[A-Z]+")
"""A word of digits and capitals ("3D", "5G"): inside a name, part of it ("Qobba 3D")."""


@functools.lru_cache(maxsize=65536)
def _shape(text: str, key: str) -> tuple[bool, bool, bool, bool]:
    """A word's shape: capitalised, initials, part of a person's name, of an institution's."""
    capitalised, acronym = _capitals(text, key)
    particle = key in WORDS.name_particles
    personal = (
        particle
        or (
            capitalised
            and not acronym
            and not _particle_joined(text)  # "Bab el-Had", "Sidi el-Mokhtar": places
            and (key not in _NOT_PERSONAL or key in WORDS.given_names)  # Said, not "said"
            and not text[-1:].isdigit()
            and (not key.endswith(_NOUN_ENDINGS) or key in WORDS.given_names)  # Youness
            and key.rpartition(" ")[2] not in WORDS.origin_adjectives  # Istanbul-based
        )
    )
    named = (capitalised or particle or _DIGITS_AND_CAPITALS.fullmatch(text) is not None) and (
        key not in _NOT_NAMED or (text.isupper() and key in WORDS.organization_suffixes)
    )  # "SA" ends a company's name; "sa" is a French word; "Qobba 3D" goes on through 3D
    return capitalised, acronym, personal, named


_AMAZIGH_LINK = re.compile(r"n['’][A-Z]")
"""The start of the second word of an Amazigh place name, "of" and a capital: "Imi
n'Tanout", "Tizi n'Test". It is written as a capitalised word is, inside a name."""


def _capitals(text: str, key: str) -> tuple[bool, bool]:
    """Whether a word is capitalised, and whether it is written like initials."""
    first = text[0]
    capitalised = first < "\u0250" and first.isupper()
    if not capitalised:
        joined = _particle_joined(text) and key not in WORDS.not_names  # not "Jemaa el-Fna"
        return _AMAZIGH_LINK.match(text) is not None or joined, False
    return True, written_as_acronym(text, key)


def _particle_joined(text: str) -> bool:
    """Whether a particle of a name is joined by a hyphen to a capitalised word: "el-Kebir".

    "the commune of Ksar el-Kebir": written so, the word is capitalised and goes on an
    institution's name; it is no person's ("Bab el-Had", "Sidi el-Mokhtar").
    """
    head, dash, tail = text.partition("-")
    return (
        bool(dash)
        and head[:1].islower()  # "Al-Hashimi" is capitalised already
        and tail[:1].isupper()
        and tail[:1] < "\u0250"
        and normalize(head) in WORDS.name_particles
    )


def written_as_acronym(text: str, key: str) -> bool:
    """Whether a word (``key``: its normalized form) is written like an institution's initials.

    Two to seven capitals ("ONEE", "R&D"), before a hyphen and the city they serve
    ("ADER-Fès"); not a roman numeral nor a word of ``not_acronyms`` ("CEO", "MW").
    """
    if "." in text:
        return False  # "S.A", "S.p.A": a company's form, not its initials
    head, dash, tail = text.partition("-")
    if dash and tail[:1].isupper() and not tail.isupper():
        text = head  # "ADER-Fès": initials and the city they serve
    letters = [char for char in text if char.isalpha()]
    return (
        2 <= len(letters) <= 7
        and all(char.isupper() and char < "\u0250" for char in letters)
        and key not in ROMAN
        and text not in WORDS.not_acronyms
        and text.replace("/", "").replace("&", "") not in WORDS.not_acronyms
    )


def latin_sentences(tokens: Sequence[Token], sentence_of: Sequence[int]) -> list[int]:
    """The numbers of the sentences that hold a capitalised word in Latin letters."""
    capitalised = map(_CAPITALISED.__getitem__, map(_TEXT, tokens))
    return list(dict.fromkeys(itertools.compress(sentence_of, capitalised)))


def _capitalised(text: str) -> bool:
    """Whether a token's text starts with a capital in Latin letters.

    Only words start with a letter, so the text alone tells.
    """
    return text[0] < "\u0250" and text[0].isupper()


_CAPITALISED = Remembered(_capitalised)
_TEXT = operator.attrgetter("text")


def _joins(left: Token, mark: Token, right: Token) -> bool:
    """Whether ``left mark right`` is one word: "vice-président", "A/S", "Al-Maghrib", "M'Sik"."""
    if left.end != mark.start or mark.end != right.start:
        return False
    if mark.key in {"-", "‑"}:
        return left.kind == right.kind == WORD
    if mark.key in {"/", "&"}:
        return len(left.text) == 1 and len(right.text) == 1 and left.text.isupper()
    if mark.key in {"'", "’"}:  # Ben M'Sik, O'Brien, Imi n'Tanout; not the articles of
        return (
            right.kind == WORD
            and (  # L'Agence, D'Oujda
                (
                    len(left.text) == 1
                    and (left.text.isupper() or left.text == "n")
                    and left.text not in "LD"
                    and (right.text[:1].isupper() or _m_name(left, right))
                )
                or (
                    len(left.text) > 1
                    and left.text[:1].isupper()
                    and not left.text.lower().endswith("qu")
                    and right.text[:1].isupper()
                )  # Innov'Lab: two capitalised parts; not "Lorsqu'Ahmed"
            )
        )
    return False


def _m_name(left: Token, right: Token) -> bool:
    """Whether "M'" and a lowercase word are one name: Ouled M'barek, M'hamed, M'diq."""
    return left.text == "M" and len(right.text) >= 3 and right.text.isalpha()


_new = tuple.__new__


def words_of(text: str, tokens: Sequence[Token], first: int, last: int) -> list[Word]:
    """The words of ``tokens[first:last]``: hyphenated and glued pieces joined."""
    result: list[Word] = []
    append = result.append
    shapes = _SHAPES
    i = first
    while i < last:
        kind, written, start, end, key, _ = tokens[i]
        if kind == WORD and (i + 1 == last or tokens[i + 1][2] != end):
            shape = shapes.get(written) or _remember(written, key)  # most words stand alone
            append(_new(Word, (WORD, written, key, start, end, i, i, *shape)))
            i += 1
        elif kind == MARK or (kind == NUMBER and not _glued_to_letters(tokens, i, last)):
            named = kind == NUMBER and len(written) <= 2 and written.isdigit()
            append(_new(Word, (kind, written, key, start, end, i, i, False, False, False, named)))
            i += 1
        else:
            j = _joined_end(tokens, i, last)
            if j != i:
                end = tokens[j][3]
                written = text[start:end]
                key = normalize(written)
            shape = shapes.get(written) or _remember(written, key)
            append(_new(Word, (WORD, written, key, start, end, i, j, *shape)))
            i = j + 1
    return result


def _joined_end(tokens: Sequence[Token], i: int, last: int) -> int:
    """The index of the last token of the word that starts at ``tokens[i]``."""
    dotted = _dotted_suffix_end(tokens, i, last)
    if dotted:
        return dotted
    j = i
    while j + 1 < last:
        nxt = tokens[j + 1]
        if nxt[2] != tokens[j][3]:
            break
        if nxt[0] != MARK and tokens[j][0] != MARK:
            j += 1  # UM6P, G42: letters and digits written together
        elif j + 2 < last and _joins(tokens[j], nxt, tokens[j + 2]):
            j += 2
        else:
            break
    return j


def _dotted_suffix_end(tokens: Sequence[Token], i: int, last: int) -> int:
    """The last letter of a company's form written with full stops, from ``tokens[i]``, or 0.

    "Vigía Costera S.L.", "Brambilla Automazione S.p.A.": single letters joined by full
    stops that spell one of ``organization_suffixes`` (SL, SpA, SA …) are one word, not
    initials and sentence ends.
    """
    letters = []
    j = i
    while (
        j < last
        and tokens[j].kind == WORD
        and len(tokens[j].text) == 1
        and j + 1 < last
        and tokens[j + 1].key == "."
        and tokens[j].end == tokens[j + 1].start
    ):
        letters.append(tokens[j].text)
        if j + 2 >= last or tokens[j + 1].end != tokens[j + 2].start:
            break
        j += 2
    if len(letters) < 2 or normalize("".join(letters)) not in WORDS.organization_suffixes:
        return 0
    end = i + 2 * (len(letters) - 1)
    after = end + 2
    if after < last and tokens[after].kind == WORD and tokens[after].text[:1].isupper():
        return 0  # "A.B. Diallo": a person's initials before the surname
    return end


def _remember(written: str, key: str) -> tuple[bool, bool, bool, bool]:
    """A word's shape, worked out and remembered (see :func:`_shape`)."""
    shape = _shape(written, key)
    if len(_SHAPES) < 65536:
        _SHAPES[written] = shape
    return shape


_SHAPES: dict[str, tuple[bool, bool, bool, bool]] = {}
"""Each written word's shape (see :func:`_shape`), remembered: news repeats its words."""


def _glued_to_letters(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether the number at ``tokens[i]`` is written against a letter (UM6P, G42)."""
    before = i > 0 and tokens[i - 1].kind == WORD and tokens[i - 1].end == tokens[i].start
    after = i + 1 < last and tokens[i + 1].kind == WORD and tokens[i + 1].start == tokens[i].end
    return before or after
