"""Fonts for Arabic labels: Noto Sans Arabic, shipped with the package, used where needed.

matplotlib (3.11 and later) shapes Arabic and sets it right to left itself, but it needs
a font with Arabic glyphs, which a fresh machine may not have. The fonts are registered
with matplotlib's font manager when a figure is first drawn, not on import; text with
Arabic letters in it is set in Noto Sans Arabic (its Latin letters too, so a mixed
label reads as one), and other text keeps the reader's own font.
"""

from __future__ import annotations

import functools
import os
from typing import Any

__all__ = ["ARABIC", "font", "has_arabic", "note_below", "pyplot"]

ARABIC = "Noto Sans Arabic"
"""The family of the shipped fonts."""

_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")


def pyplot() -> Any:
    """``matplotlib.pyplot``, or an `ImportError` that says what to install."""
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError('figures need matplotlib: pip install "maroc-ai[plot]"') from None
    return plt


@functools.cache
def _register() -> None:
    from matplotlib import font_manager

    directory = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fonts")
    for name in _FILES:
        font_manager.fontManager.addfont(os.path.join(directory, name))


def has_arabic(text: str) -> bool:
    """Whether ``text`` has a letter of the Arabic script in it."""
    return any("\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff" for char in text)


def font(text: str) -> dict[str, Any]:
    """The keyword arguments that set ``text`` in a font that has its letters.

    Empty for text without Arabic letters, which keeps the reader's font; for Arabic,
    Noto Sans Arabic first and the reader's fonts after it for any other character.
    """
    if not has_arabic(text):
        return {}
    _register()
    from matplotlib import rcParams

    return {"fontfamily": [ARABIC, *rcParams["font.family"]]}


def note_below(ax: Any, lines: list[str], *, rtl: bool, below: float, gid: str) -> None:
    """Small text under an axes, from its reading side: a source, what a figure leaves out.

    ``below`` is the gap in points under the axes; ``gid`` names the text, so a test
    or a browser check can find it.
    """
    text = "\n".join(lines)
    ax.annotate(
        text,
        (1.0 if rtl else 0.0, 0.0),
        xycoords="axes fraction",
        xytext=(0, -below),
        textcoords="offset points",
        ha="right" if rtl else "left",
        va="top",
        fontsize=8,
        gid=gid,
        **font(text),
    )
