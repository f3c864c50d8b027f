"""The `dateutil.parser.parserinfo` that knows the month and weekday names of the press.

[`find_dates`][maroc_ai.text.find_dates] hands the phrases it finds to dateutil with it.
It is defined apart from the scanner so that the compiled wheel, which compiles the
scanner with mypyc, keeps it a Python class: its names stay class attributes, as
dateutil and users read them (``ArabicParserInfo.MONTHS``).
"""

from __future__ import annotations

from typing import Any

from dateutil import parser as dateutil_parser

from ._lexicon import WORDS
from ._normalize import normalize

__all__ = ["ArabicParserInfo"]


def _forms(names: tuple[str, ...]) -> Any:
    """Each name with its normalised form (hamza and taa marbuta folded, lower case).

    Typed ``Any``: dateutil's stubs declare fixed-length tuples; it reads any length.
    """
    return tuple(dict.fromkeys(form for word in names for form in (word, normalize(word))))


class ArabicParserInfo(dateutil_parser.parserinfo):
    """A dateutil ``parserinfo`` for Moroccan news: month and weekday names in many spellings.

    Months: Moroccan (يناير … ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر), Egyptian and Gulf
    (مايو، يوليو، أغسطس، سبتمبر، نوفمبر، ديسمبر), Mashriq (كانون الثاني … آب، أيلول),
    Algerian and Tunisian (جانفي، فيفري، أفريل، جوان، جويلية، أوت), French and English,
    as the data files of `maroc_ai.text._lexicon` list them. Two-word Mashriq
    names are registered with their space (``"كانون الثاني"``); the scanner of
    [`find_dates`][maroc_ai.text.find_dates] joins the two tokens before it looks them up.
    """

    MONTHS = [_forms(names) for names in WORDS.month_names]  # noqa: RUF012 - dateutil reads lists
    WEEKDAYS = [_forms(names) for names in WORDS.weekday_names]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(dayfirst=True, yearfirst=False)
