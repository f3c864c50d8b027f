"""What the finders return: a date or a quantity the text gives, where it gives it.

[`find_dates`][maroc_ai.text.find_dates] returns `DateMention`s and
[`find_quantities`][maroc_ai.text.find_quantities] `QuantityMention`s. They are
defined apart from the scanners so that the compiled wheel, which compiles the
scanners with mypyc, keeps them Python: their fields keep the types they declare, which
cattrs reads when it structures a draft and users read through ``attrs.fields``, where
mypyc would give a compiled class's fields bare types (``type`` for ``int | float``).
"""

from __future__ import annotations

import attrs

from ..values import PartialDate, Precision, Qualifier, Quantity
from ._lexicon import WORDS

__all__ = ["CURRENCIES", "DateMention", "QuantityMention", "is_currency"]

CURRENCIES = frozenset(unit for _, unit, _ in WORDS.units if len(unit) == 3 and unit.isupper())
"""The codes of the currencies the lexicon's units write (ISO 4217)."""


def is_currency(unit: str) -> bool:
    """Whether a normalised unit is a currency's code (MAD, EUR).

    A code of the lexicon's units, not any three capitals: "GPU" and "EVP" are counted.
    """
    return unit in CURRENCIES


@attrs.frozen(kw_only=True)
class DateMention:
    """A date the text gives, where it gives it.

    ``value`` is the date at the precision of the text; for a range ("فاتح وثاني
    يوليوز") it is the first day and ``until`` the last. ``text[start:end] == quote``.
    """

    value: PartialDate
    start: int
    end: int
    quote: str
    until: PartialDate | None = None

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` character offsets of the quote in the text."""
        return (self.start, self.end)

    @property
    def precision(self) -> Precision:
        """How much of the date the text gives."""
        return self.value.precision


@attrs.frozen(kw_only=True)
class QuantityMention:
    """A quantity the text gives, where it gives it: ``text[start:end] == quote``.

    ``unit`` is normalised where the lexicon knows the unit (``MAD``, ``MW``,
    ``percent``, ``job`` …) and is the counted noun as written otherwise; ``noun``
    is always the unit's words as the text writes them ("مناصب شغل", "$", "écoles").
    """

    value: int | float
    unit: str
    qualifier: Qualifier
    start: int
    end: int
    quote: str
    noun: str = ""

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` character offsets of the quote in the text."""
        return (self.start, self.end)

    @property
    def quantity(self) -> Quantity:
        """The mention as the model's [`Quantity`][maroc_ai.values.Quantity]."""
        return Quantity(value=self.value, unit=self.unit, qualifier=self.qualifier)

    @property
    def is_money(self) -> bool:
        """Whether the mention is an amount of money: its unit is a currency's code."""
        return is_currency(self.unit)
