"""Text as Moroccan news writes it: normalising names for search and matching.

>>> from maroc_ai.text import name_key, normalize
>>> normalize("أمل الفلاح السغروشني") == normalize("امل الفلاح السغروشنى")
True
>>> name_key("Amal El Fallah Seghrouchni") == name_key("amal el-fallah seghrouchni")
True
"""

from __future__ import annotations

from ._normalize import (
    fold_arabic,
    fold_latin,
    name_key,
    normalize,
    strip_article,
    strip_marks,
    to_ascii_digits,
)

__all__ = [
    "fold_arabic",
    "fold_latin",
    "name_key",
    "normalize",
    "strip_article",
    "strip_marks",
    "to_ascii_digits",
]
