"""Finding the record of a dataset that a name written in an article stands for.

:meth:`~maroc_ai.Dataset.search` folds the spellings of one script (hamza forms,
accents, the article, ou/u and ch/sh). A name written in the other script (a French
"Seghrouchni" for the record whose name is «السغروشني») is then compared by its
consonants: each word of either script is reduced to the consonants it is heard
with (ش and "ch" are one, غ and "gh" are one; vowels, long vowels and ع are left
out), and a name matches a record when its words' consonants are those of the
record's words, in order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..dataset import Dataset
from ..text import name_key, normalize, strip_article

if TYPE_CHECKING:
    from ._reader import Reader

__all__ = ["CLEAR_LEAD", "MIN_SCORE", "consonants", "match", "remembered_match"]

MIN_SCORE = 0.75
"""The search score a name's best hit needs to be taken as the same record."""
CLEAR_LEAD = 0.9
"""How far ahead the best hit must be: a second within 10% of it makes the name ambiguous
("Seghrouchni" alone is Omar's name as much as Amal El Fallah's)."""


def match(dataset: Dataset | None, collection: str, *names: str | None) -> str | None:
    """The id of the record of ``collection`` that one of ``names`` names, or ``None``.

    Each name is looked up with :meth:`~maroc_ai.Dataset.search`, which ignores the
    spelling differences of Arabic and Latin script and forgives small typos. The
    best hit is taken when it scores at least :data:`MIN_SCORE` and no other record
    scores nearly as well (:data:`CLEAR_LEAD`): a name that fits two records matches
    neither. Failing
    that, a name whose first words (two at least) are a record's whole name matches
    it: an article writes "وزارة الانتقال الرقمي وإصلاح الإدارة المغربية" for the
    ministry the dataset names without "المغربية". Failing that, a name written in
    one script matches the one record whose name in the other script has the same
    consonants (:func:`consonants`).
    """
    if dataset is None:
        return None
    written = [name for name in names if name]
    index = _names(dataset, collection)
    for name in written:
        key = name_key(name)
        exact = index.exact.get(key)
        if exact is not None:
            if len(exact) == 1:
                return next(iter(exact))
            continue  # two records of one name: neither
        if not all(index.close(word) for word in key.split()):
            continue  # a word far from every word of every name: searching cannot match it
        found = _best(dataset, collection, name, MIN_SCORE)
        if found is not None:
            return found
    for name in written:
        words = name.split()
        for end in range(len(words) - 1, 1, -1):
            exact = index.exact.get(name_key(" ".join(words[:end])))
            if exact is not None and len(exact) == 1:
                return next(iter(exact))
    for name in written:
        found = _across_scripts(dataset, collection, name)
        if found is not None:
            return found
    return None


class _Index:
    """The names of one collection of a dataset, by key, and every word of them."""

    def __init__(self, dataset: Dataset, collection: str) -> None:
        self.exact: dict[str, set[str]] = {}
        self.vocabulary: set[str] = set()
        for record in getattr(dataset, collection, ()):
            names: Iterable[str] = getattr(getattr(record, "name", None), "all", lambda: ())()
            for name in (*names, record.id):
                key = name_key(name)
                if key:
                    self.exact.setdefault(key, set()).add(record.id)
                    self.vocabulary.update(key.split())
        self.deletions = {
            variant for word in self.vocabulary for variant in _deletions(word)
        } | self.vocabulary
        self._close: dict[str, bool] = {}

    def close(self, word: str) -> bool:
        """Whether a word is one edit (or fewer) from a word of the names (remembered)."""
        found = self._close.get(word)
        if found is None:
            deletions = self.deletions
            found = word in deletions or any(v in deletions for v in _deletions(word))
            if len(self._close) > 100_000:
                self._close.clear()
            self._close[word] = found
        return found


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_INDEXES: dict[tuple[int, str], tuple[Dataset, _Index]] = {}


def _names(dataset: Dataset, collection: str) -> _Index:
    """The :class:`_Index` of a collection, made once per dataset (a corpus asks per article)."""
    cached = _INDEXES.get((id(dataset), collection))
    if cached is None or cached[0] is not dataset:
        if len(_INDEXES) > 32:
            _INDEXES.clear()
        cached = _INDEXES[(id(dataset), collection)] = (dataset, _Index(dataset, collection))
    return cached[1]


_MATCHES: dict[tuple[int, str, tuple[str | None, ...]], tuple[Dataset, str | None]] = {}
_MATCHES_KEPT = 50_000


def remembered_match(reader: Reader, collection: str, *names: str | None) -> str | None:
    """:func:`match` against the reader's dataset, remembered for the dataset.

    An article names the same things again and again, and a corpus the same
    ministries, agencies and companies from article to article: each name is looked
    up once per dataset (a dataset never changes).
    """
    dataset = reader.dataset
    if dataset is None:
        return None
    key = (id(dataset), collection, names)
    known = _MATCHES.get(key)
    if known is None or known[0] is not dataset:
        if len(_MATCHES) >= _MATCHES_KEPT:
            _MATCHES.clear()
        known = _MATCHES[key] = (dataset, match(dataset, collection, *names))
    return known[1]


def _best(dataset: Dataset, collection: str, name: str, least: float) -> str | None:
    hits = dataset.search(name, record_type=collection, limit=2)
    if not hits or hits[0].score < least:
        return None
    if len(hits) == 1 or hits[1].score < hits[0].score * CLEAR_LEAD:
        return str(hits[0].record.id)
    return None


# Across scripts

_ARABIC = str.maketrans(
    {
        "ب": "b", "ت": "t", "ث": "T", "ج": "j", "ح": "h", "خ": "X", "د": "d", "ذ": "D",
        "ر": "r", "ز": "z", "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
        "غ": "G", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
        "ا": None, "و": None, "ي": None, "ع": None, "ء": None, "ى": None,
    }
)  # fmt: skip
"""Arabic letters (normalised) by the consonant they are heard as; vowels and ع dropped."""

_LATIN = (
    ("sch", "S"), ("ch", "S"), ("sh", "S"), ("kh", "X"), ("gh", "G"), ("th", "t"),
    ("dh", "d"), ("dj", "j"), ("ph", "f"), ("ck", "k"), ("qu", "k"),
    ("q", "k"), ("c", "k"), ("g", "G"), ("p", "b"), ("v", "f"), ("x", "ks"),
)  # fmt: skip
"""Latin spellings by the consonant they write, longest first."""
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def consonants(word: str) -> str:
    """The consonants a word is heard with, in either script.

    >>> consonants("السغروشني") == consonants("Seghrouchni")
    True
    >>> consonants("مزور") == consonants("Mezzour")
    True
    """
    key = normalize(word)
    if not key:
        return ""
    if key.isascii():
        for written, sound in _LATIN:
            key = key.replace(written, sound)
        key = _VOWELS.sub("", key)
    else:
        key = strip_article(key)
        if key.endswith("ه"):
            key = key[:-1]
        key = key.translate(_ARABIC)
    return _DOUBLED.sub(r"\1", key)


@functools.lru_cache(maxsize=16384)
def _skeleton(name: str) -> tuple[str, ...]:
    """A name's words as consonants, articles dropped."""
    return tuple(c for word in name_key(name).split() if (c := consonants(word)))


_INDEX: dict[
    tuple[int, str], tuple[Dataset, dict[str, list[tuple[str, tuple[str, ...], bool]]]]
] = {}


def _index(dataset: Dataset, collection: str) -> dict[str, list[tuple[str, tuple[str, ...], bool]]]:
    """For each consonant word, the records whose names have it: (id, skeleton, Latin?)."""
    cached = _INDEX.get((id(dataset), collection))
    if cached is not None and cached[0] is dataset:
        return cached[1]
    if len(_INDEX) > 16:
        _INDEX.clear()
    index: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
    for record in getattr(dataset, collection, ()):
        names: Iterable[str] = getattr(getattr(record, "name", None), "all", lambda: ())()
        for name in names:
            skeleton = _skeleton(name)
            latin = name.isascii() or name[0] < "\u0600"
            for word in set(skeleton):
                index.setdefault(word, []).append((record.id, skeleton, latin))
    _INDEX[(id(dataset), collection)] = (dataset, index)
    return index


def _across_scripts(dataset: Dataset, collection: str, name: str) -> str | None:
    """The one record whose name, in the other script, has the consonants of ``name``.

    An acronym is read letter by letter, not with the consonants of a word: "IRCAM"
    is not «الرقمي».
    """
    if any(word.isupper() and len(word) > 1 for word in name.split()):
        return None
    query = _skeleton(name)
    if not query or (max(len(word) for word in query) < 3 and len("".join(query)) < 4):
        return None  # "sd mz" (Said Amzazi) is enough, one short word is not
    latin = name.isascii() or name[0] < "\u0600"
    index = _index(dataset, collection)
    found: set[str] = set()
    for record_id, skeleton, record_latin in index.get(max(query, key=len), ()):
        if record_latin != latin and _in_order(query, skeleton):
            found.add(record_id)
    return found.pop() if len(found) == 1 else None


def _in_order(query: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether every word of ``query`` is a word of ``words``, in the same order."""
    position = 0
    for word in query:
        try:
            position = words.index(word, position) + 1
        except ValueError:
            return False
    return True
