"""Finding the record of a dataset that a name written in an article stands for."""

from __future__ import annotations

import difflib
import weakref
from collections.abc import Iterable

from ..dataset import Dataset
from ..text import name_key

__all__ = ["match"]

FUZZY_CUTOFF = 0.85
"""How alike two name keys must be (difflib's ratio) to be taken as one name."""


def match(dataset: Dataset | None, collection: str, *names: str | None) -> str | None:
    """The id of the record of ``collection`` that one of ``names`` names, or ``None``.

    Each record is compared by every form of its name (``Names.all()``) under
    :func:`~maroc_ai.text.name_key`: an equal key wins; then a name whose words
    begin the record's (or the other way round, two words at least, so "وزارة
    الانتقال الرقمي" finds the ministry); then the closest key by difflib above
    :data:`FUZZY_CUTOFF`.

    This is the one place the extractor resolves names; a search index can take
    its place without changing its callers.
    """
    if dataset is None:
        return None
    index = _index(dataset, collection)
    keys = [name_key(name) for name in names if name]
    keys = [key for key in keys if key]
    for key in keys:
        if key in index:
            return index[key]
    for key in keys:
        words = key.split()
        if len(words) < 2:
            continue
        for known, record_id in index.items():
            known_words = known.split()
            if len(known_words) >= 2 and (
                known_words[: len(words)] == words or words[: len(known_words)] == known_words
            ):
                return record_id
    for key in keys:
        close = difflib.get_close_matches(key, list(index), n=1, cutoff=FUZZY_CUTOFF)
        if close:
            return index[close[0]]
    return None


_CACHE: dict[tuple[int, str], tuple[weakref.ref[Dataset], dict[str, str]]] = {}


def _index(dataset: Dataset, collection: str) -> dict[str, str]:
    """Name keys to ids for one collection, built once per dataset (datasets are immutable)."""
    cached = _CACHE.get((id(dataset), collection))
    if cached is not None and cached[0]() is dataset:
        return cached[1]
    index: dict[str, str] = {}
    for record in getattr(dataset, collection):
        for form in _forms(record):
            index.setdefault(name_key(form), record.id)
    index.pop("", None)
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[(id(dataset), collection)] = (weakref.ref(dataset), index)
    return index


def _forms(record: object) -> Iterable[str]:
    names = getattr(record, "name", None)
    if names is not None:
        yield from names.all()
