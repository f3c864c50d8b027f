"""People's ages: a number of years set off after a name, which is no figure of the news.

"Hassan Ajgoun, 56 ans, boulanger", "حسن أجكون (56 عاما)", "Hassan Ajgoun, 56 years
old": the age is a quantity the article gives, but not a statistic of the institution
the sentence is about, nor a goal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..text import QuantityMention
from ._person import Person
from ._reader import Reader

__all__ = ["ages"]

_BEFORE_AGE = re.compile(r"\s*[,،(]\s*")
"""What sets an age off after a name: a comma or an opening bracket."""
_YEAR = "year"
_OLDEST = 120


def ages(
    reader: Reader, people: Iterable[Person], quantities: Sequence[QuantityMention]
) -> set[int]:
    """Where the ages of ``people`` start.

    An age is a number of years right after a name and a comma or a bracket ("56 ans",
    "56 عاما").
    """
    by_start = {q.start: q for q in quantities}
    found: set[int] = set()
    for person in people:
        gap = _BEFORE_AGE.match(reader.text, person.name.end)
        quantity = None if gap is None else by_start.get(gap.end())
        if quantity is not None and quantity.unit == _YEAR and quantity.value <= _OLDEST:
            found.add(quantity.start)
    return found
