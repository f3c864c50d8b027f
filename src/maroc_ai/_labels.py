"""What a reader is shown for a record: its name in their language, else its label.

A record's ``name`` holds names only ([`Names`][maroc_ai.Names]): the Arabic form a
source writes and the established English and French names. A record with no name to
show in a language is shown by its ``label``, a short description a curator writes
in lower case (``memorandum of understanding with Mistral AI``), never a name. Records
that have neither are shown by what they are: a target or a statistic by its metric
and quantity, a source by its title, a decision by what it decided.

Figures, notebook views, the catalogue and ``maroc-ai summary`` all call
[`label`][maroc_ai.label], so a record is shown the same way everywhere.
"""

from __future__ import annotations

from typing import Any, Literal

from .model import Decision, Source, Statistic, Target
from .values import Names

__all__ = ["Language", "label"]

Language = Literal["ar", "en", "fr"]

_NAMES_FIRST: dict[str, tuple[str, ...]] = {
    "ar": ("ar", "en", "fr"),
    "en": ("en", "fr"),
    "fr": ("fr", "en"),
}
"""The names tried, in order, before the label, for each language."""


def label(record: Any, lang: Language = "en") -> str:
    """What to show for ``record`` to a reader of ``lang`` (``"en"``, ``"fr"`` or ``"ar"``).

    Its name in that language; else its name in the other Latin-script language (an
    English reader is shown ``Maroc IA 2030`` rather than a description); else its
    label; else its Arabic name; else its id. In Arabic, its Arabic name comes first,
    then its Latin names, then its label. A target or statistic is its metric and
    quantity (``highly qualified jobs: more than 500 jobs``), a source its title (or
    file name), a decision what it decided. White space is collapsed to single spaces,
    as a figure or a table shows it.
    """
    return " ".join(_shown(record, lang).split())


def _shown(record: Any, lang: Language) -> str:
    if isinstance(record, (Target, Statistic)):
        return f"{record.metric}: {record.quantity}"
    if isinstance(record, Source):
        return record.label
    if isinstance(record, Decision):
        return record.decided
    names = getattr(record, "name", None)
    order = _NAMES_FIRST.get(lang, _NAMES_FIRST["en"])
    if isinstance(names, Names):
        for form in order:
            text = getattr(names, form)
            if text:
                return str(text)
    written = getattr(record, "label", None)
    if isinstance(written, str) and written:
        return written
    if isinstance(names, Names):
        return names.label
    return str(getattr(record, "id", record))
