"""What reads as a year, and the years a range of two may span.

Shared by the dates, the quantities and the extractor's readers.

After a word that starts a range ("de 1889 à 1975", "from 1889 to 1975"), two years may
reach back further and span longer than news usually does: archives and histories do.
The dates read such a range; the quantities count nothing in it.
"""

from __future__ import annotations

from ._tokens import NUMBER, Token

__all__ = ["LATEST", "is_year", "started_range"]

_OLDEST = 1800
LATEST = 2100
"""The latest year a number is read as: "في ماي 2500 مستشعر" is May, then a count."""
_LONGEST = 150


def started_range(first: int, second: int) -> bool:
    """Whether two years after a word that starts a range may be that range."""
    return _OLDEST <= first < second <= min(LATEST, first + _LONGEST)


def is_year(token: Token, *, earliest: int = 1900) -> bool:
    """Whether a number reads as a year of news (``earliest`` to :data:`LATEST`), not a count."""
    return (
        token.kind == NUMBER
        and len(token.key) == 4
        and token.key.isdigit()
        and earliest <= int(token.key) <= LATEST
    )
