"""Finding the record of a dataset that a name written in an article stands for."""

from __future__ import annotations

from ..dataset import Dataset

__all__ = ["match"]

MIN_SCORE = 0.75
"""The search score a name's best hit needs to be taken as the same record."""


def match(dataset: Dataset | None, collection: str, *names: str | None) -> str | None:
    """The id of the record of ``collection`` that one of ``names`` names, or ``None``.

    Each name is looked up with :meth:`~maroc_ai.Dataset.search`, which ignores the
    spelling differences of Arabic and Latin script and forgives small typos. The
    best hit is taken when it scores at least :data:`MIN_SCORE` and no other record
    scores as well: a name that fits two records equally matches neither. Failing
    that, a name whose first words (two at least) are a record's whole name matches
    it: an article writes "وزارة الانتقال الرقمي وإصلاح الإدارة المغربية" for the
    ministry the dataset names without "المغربية".
    """
    if dataset is None:
        return None
    written = [name for name in names if name]
    for name in written:
        found = _best(dataset, collection, name, MIN_SCORE)
        if found is not None:
            return found
    for name in written:
        words = name.split()
        for end in range(len(words) - 1, 1, -1):
            found = _best(dataset, collection, " ".join(words[:end]), 1.0)
            if found is not None:
                return found
    return None


def _best(dataset: Dataset, collection: str, name: str, least: float) -> str | None:
    hits = dataset.search(name, record_type=collection, limit=2)
    if not hits or hits[0].score < least:
        return None
    if len(hits) == 1 or hits[1].score < hits[0].score:
        return str(hits[0].record.id)
    return None
