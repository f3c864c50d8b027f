"""The public functions that read quantities: `find_quantities` and `parse_quantity`.

They call the scanner of `maroc_ai.text._quantities`, and are defined apart from it so
that the compiled wheel, which compiles the scanner with mypyc, keeps them Python:
``help``, ``inspect.signature`` and doctest read them there too (a compiled function
has no docstring and no signature).
"""

from __future__ import annotations

from ..values import Quantity
from ._mentions import QuantityMention
from ._quantities import quantities_in_tokens
from ._tokens import no_collection, tokenize

__all__ = ["find_quantities", "parse_quantity"]


def find_quantities(text: str) -> list[QuantityMention]:
    """Every quantity with a unit or a counted noun in ``text``, in order, with its span.

    Values are in base units: scale words are multiplied out ("100 مليار درهم" is
    ``100_000_000_000`` ``MAD``) and power is in ``MW``. Never raises on any string.

    >>> mention = find_quantities("أكثر من 500 منصب شغل")[0]
    >>> mention.value, mention.unit, mention.qualifier.value
    (500, 'job', 'more_than')
    >>> tuple((m.value, m.unit) for m in find_quantities("$3.4 billion for 150 000 écoles"))
    ((3400000000, 'USD'), (150000, 'écoles'))
    """
    with no_collection():
        return quantities_in_tokens(text, tokenize(text))


def parse_quantity(text: str) -> Quantity | None:
    """The quantity ``text`` is, when the whole text is one quantity phrase; else ``None``.

    >>> str(parse_quantity("ما يقارب 50 ألف فرصة عمل"))
    'about 50 thousand jobs'
    """
    stripped = text.strip()
    mentions = find_quantities(stripped)
    if len(mentions) != 1 or mentions[0].quote != stripped:
        return None
    return mentions[0].quantity
