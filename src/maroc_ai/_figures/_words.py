"""What a figure calls things in the reader's language: its own words, and each record."""

from __future__ import annotations

import functools
import json
import os
from typing import Any, cast

from .._labels import Language
from .._labels import label as _label

__all__ = ["LANGUAGES", "Language", "check_language", "label", "months", "words"]

LANGUAGES: tuple[Language, ...] = ("ar", "en", "fr")


def check_language(lang: object) -> Language:
    """``lang`` if a figure can be drawn in it, else a `ValueError` that lists those."""
    for known in LANGUAGES:
        if lang == known:
            return known
    raise ValueError(f"lang must be one of 'ar', 'en' or 'fr', not {lang!r}")


def label(record: Any, lang: Language) -> str:
    """What a figure calls ``record`` in ``lang``: [`maroc_ai.label`][maroc_ai.label], as everywhere.

    Its name in that language if it has one; else its other Latin name, its label,
    its Arabic name. A target or statistic is its metric and quantity.
    """
    return _label(record, lang)


@functools.cache
def _words() -> dict[str, Any]:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "words.json")
    with open(path, encoding="utf-8") as file:
        return cast(dict[str, Any], json.load(file))


def words(lang: Language) -> dict[str, str]:
    """The figures' own words (titles, legends …) in ``lang``, by key (``"map.title"`` …)."""
    return cast(dict[str, str], _words()[lang])


def months(lang: Language) -> tuple[str, ...] | None:
    """The month names a date axis uses in ``lang``; ``None`` for the English ones."""
    names = _words()["months"].get(lang)
    return tuple(names) if names else None
