"""The public functions that read dates: `find_dates` and `parse_date`.

They call the scanner of `maroc_ai.text._dates`, and are defined apart from it so that
the compiled wheel, which compiles the scanner with mypyc, keeps them Python: ``help``,
``inspect.signature`` and doctest read them there too (a compiled function has no
docstring and no signature).
"""

from __future__ import annotations

import datetime as dt

from ..values import PartialDate
from ._dates import dates_in_tokens, is_filler
from ._mentions import DateMention
from ._tokens import MARK, no_collection, tokenize

__all__ = ["find_dates", "parse_date"]


def find_dates(text: str, *, reference_date: dt.date | None = None) -> list[DateMention]:
    """Every date ``text`` gives, in order, each with its span and exact quote.

    Args:
        text: Arabic, French or English text.
        reference_date: The day the text was written. Relative words are resolved
            against it ("أمس الاثنين" is the day before, "يوليوز الماضي" the last July);
            Without it, a date the text gives for its own "today" ("اليوم الجمعة 12
            شتنبر 2025") serves; failing that, a weekday stays a bare weekday and a
            month without its year is not reported.

    Never raises on any string; a text without dates gives ``[]``.

    """
    with no_collection():
        return dates_in_tokens(text, list(tokenize(text)), reference_date)


def parse_date(text: str, *, reference_date: dt.date | None = None) -> PartialDate | None:
    """The date ``text`` is, when the whole text is one date phrase; else ``None``.

    >>> parse_date("12 شتنبر 2025").isoformat()
    '2025-09-12'
    >>> parse_date("في أفق سنة 2029").isoformat()
    '2029'
    >>> parse_date("الاثنين").isoformat()
    '-W-1'
    """
    stripped = text.strip()
    mentions = find_dates(stripped, reference_date=reference_date)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    rest = stripped[: mention.start] + stripped[mention.end :]
    if any(token.kind != MARK and not is_filler(token) for token in tokenize(rest)):
        return None
    return mention.value
