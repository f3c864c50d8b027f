"""The years a range of two may span, shared by the dates and the quantities.

After a word that starts a range ("de 1889 à 1975", "from 1889 to 1975"), two years may
reach back further and span longer than news usually does: archives and histories do.
The dates read such a range; the quantities count nothing in it.
"""

from __future__ import annotations

__all__ = ["LATEST", "started_range"]

_OLDEST = 1800
LATEST = 2100
"""The latest year a number is read as: "في ماي 2500 مستشعر" is May, then a count."""
_LONGEST = 150


def started_range(first: int, second: int) -> bool:
    """Whether two years after a word that starts a range may be that range."""
    return _OLDEST <= first < second <= min(LATEST, first + _LONGEST)
