"""Normalisation: the forms of a name that search and matching compare.

Arabic is written with many optional or interchangeable marks: short vowels and
other diacritics, tatweel, the hamza forms of alef (أ إ آ ٱ), taa marbuta or haa at
the end of a word, alef maqsura or yaa. Latin names come with or without accents and
in several transliterations of the same Arabic sounds (ou/u, sh/ch, doubled
letters). Each function here removes one kind of difference, and [`name_key`][maroc_ai.text.name_key]
all of them, so two spellings of one name give one key.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "fold_arabic",
    "fold_latin",
    "name_key",
    "normalize",
    "strip_article",
    "strip_marks",
    "to_ascii_digits",
]

_DIGITS = {code: str(value) for value in range(10) for code in (0x0660 + value, 0x06F0 + value)}

_LETTERS = str.maketrans(
    {
        "ٱ": "ا",  # alef wasla
        "ى": "ي",  # alef maqsura
        "ة": "ه",  # taa marbuta
        "ک": "ك",  # Persian kaf
        "ی": "ي",  # Persian yeh
        "ۀ": "ه",
        "ە": "ه",
        "ـ": None,  # tatweel
    }
)

# Combining marks: Latin accents after NFD, and Arabic harakat, shadda, sukun, the
# hamza and madda carried above or below a letter (NFD splits أ into ا + U+0654),
# superscript alef and Quranic annotation signs.
_MARKS = re.compile("[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")

# Anything that is neither a letter nor a digit separates words.
_SEPARATORS = re.compile(r"[\W_]+")

_LATIN_ARTICLES = frozenset({"al", "el", "ال"})
# Common transliteration pairs, replaced in this order in Latin words, then doubled
# letters made single: French ou / English u, English sh / French ch, French dj /
# English j, y / i, and the short vowel written e or a (Mehdi / Mahdi).
_LATIN_VARIANTS = (("ou", "u"), ("sh", "ch"), ("dj", "j"), ("y", "i"), ("e", "a"))
_DOUBLED = re.compile(r"([a-z])\1+")


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic (٠١٢…) and Eastern Arabic (۰۱۲…) digits as ASCII digits."""
    return text.translate(_DIGITS)


def strip_marks(text: str) -> str:
    """Remove diacritics: Arabic harakat, shadda, hamza and madda signs, tatweel, Latin accents.

    The letters carrying them stay, so ``"أَحْمَد"`` becomes ``"احمد"`` and ``"Présidence"``
    becomes ``"Presidence"``.
    """
    decomposed = unicodedata.normalize("NFD", text).replace("ـ", "")
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed))


def fold_arabic(text: str) -> str:
    """Fold the Arabic letters that spellings of one word use interchangeably.

    Every form of alef becomes bare alef, hamza on waw or yaa becomes the bare letter,
    taa marbuta becomes haa, alef maqsura becomes yaa, Persian kaf and yeh become
    their Arabic forms, and diacritics and tatweel go.
    """
    return strip_marks(text).translate(_LETTERS)


def normalize(text: str) -> str:
    """The comparable form of a text: letters folded, case and marks ignored, words single-spaced.

    Compatibility forms are unified (NFKC: presentation forms, ligatures, full-width
    letters), digits become ASCII, Arabic letters are folded ([`fold_arabic`][maroc_ai.text.fold_arabic]),
    Latin letters lose their accents and case, and every run of punctuation or space
    becomes one space.

    >>> normalize("  Amal   EL-FALLAH  Séghrouchni ")
    'amal el fallah seghrouchni'
    >>> normalize("أَمَل الفلاّح السغروشني") == normalize("امل الفلاح السغروشنى")
    True
    """
    return _normalized(text) if len(text) <= 200 else _normalize(text)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = fold_arabic(to_ascii_digits(text)).casefold()
    return _SEPARATORS.sub(" ", text).strip()


_normalized = functools.lru_cache(maxsize=65536)(_normalize)
"""Words and names recur: the forms of short texts are remembered."""


def strip_article(word: str) -> str:
    """A normalised word without its definite article: ``ال``/``لل`` in Arabic.

    The article is removed only when a word of at least two letters remains, so
    ``"السغروشني"`` gives ``"سغروشني"`` and ``"الحسن"`` gives ``"حسن"``, while
    ``"الا"`` stays as it is.
    """
    for article in ("ال", "لل"):
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    return word


def fold_latin(word: str) -> str:
    """A normalised Latin word with its common transliteration variants folded.

    Doubled letters become single, ``ou`` becomes ``u``, ``sh`` becomes ``ch``, ``dj``
    becomes ``j``, ``y`` becomes ``i`` and ``e`` becomes ``a``: ``"Mezzour"`` and
    ``"Mazour"`` meet, as do ``"Mehdi"`` and ``"Mahdi"``. Words in other scripts are
    returned unchanged.
    """
    if not word.isascii():
        return word
    previous = None
    while word != previous:  # each pass only shortens or keeps the word: this ends
        previous = word
        for written, folded in _LATIN_VARIANTS:
            word = word.replace(written, folded)
        if _DOUBLED.search(word) is not None:
            word = _DOUBLED.sub(_first_letter, word)
    return word


def _first_letter(match: re.Match[str]) -> str:
    return match[1]


def name_key(text: str) -> str:
    """The key two spellings of one name share.

    The text is normalised ([`normalize`][maroc_ai.text.normalize]), the articles ``al``/``el``/``ال``
    standing as words or attached to one are dropped (unless nothing else is left), and Latin transliteration
    variants are folded ([`fold_latin`][maroc_ai.text.fold_latin]).

    >>> name_key("El Fallah Seghrouchni") == name_key("el-fallah seghrouchni")
    True
    >>> name_key("السغروشني") == name_key("سغروشني")
    True
    """
    return _name_key(text) if len(text) <= 200 else _key_of(text)


def _key_of(text: str) -> str:
    # folded before the articles are dropped, so that a word folding into one ("aal" →
    # "al") is dropped at once and the key of a key is itself
    words = [fold_latin(strip_article(word)) for word in normalize(text).split()]
    kept = [word for word in words if word not in _LATIN_ARTICLES] or words
    return " ".join(kept)


_name_key = functools.lru_cache(maxsize=65536)(_key_of)
"""Names recur: the keys of short texts are remembered."""
