"""Text as Moroccan news writes it: normalising names, reading dates and quantities.

>>> from maroc_ai.text import find_dates, name_key, normalize, parse_date
>>> normalize("أمل الفلاح السغروشني") == normalize("امل الفلاح السغروشنى")
True
>>> name_key("Amal El Fallah Seghrouchni") == name_key("amal el-fallah seghrouchni")
True
>>> parse_date("فاتح يوليوز 2025").isoformat()
'2025-07-01'
>>> find_dates("وقعت اليوم الجمعة 12 شتنبر 2025 مذكرة تفاهم")[0].value.isoformat()
'2025-09-12'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._normalize import (
    fold_arabic,
    fold_latin,
    name_key,
    normalize,
    strip_article,
    strip_marks,
    to_ascii_digits,
)

if TYPE_CHECKING:
    from ._mentions import DateMention, QuantityMention
    from ._parserinfo import ArabicParserInfo
    from ._public_dates import find_dates, parse_date
    from ._public_quantities import find_quantities, parse_quantity

# The parsers need python-dateutil, which takes longer to import than everything
# search needs: they are imported when first asked for.
_LAZY = {
    "ArabicParserInfo": "._parserinfo",
    "DateMention": "._mentions",
    "find_dates": "._public_dates",
    "parse_date": "._public_dates",
    "QuantityMention": "._mentions",
    "find_quantities": "._public_quantities",
    "parse_quantity": "._public_quantities",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "ArabicParserInfo",
    "DateMention",
    "QuantityMention",
    "find_dates",
    "find_quantities",
    "fold_arabic",
    "fold_latin",
    "name_key",
    "normalize",
    "parse_date",
    "parse_quantity",
    "strip_article",
    "strip_marks",
    "to_ascii_digits",
]
