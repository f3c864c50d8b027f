"""The timeline: agreements, events, goals and figures on a date axis, each at its precision."""

from __future__ import annotations

import datetime as dt
import importlib
import textwrap
from typing import TYPE_CHECKING, Any

from .._filters import interval, when
from ..model import Event, Partnership, Statistic, Target
from ..values import Precision
from ._fonts import font, note_below
from ._words import Language, label, months, words

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from ..dataset import Dataset

__all__ = ["draw"]


def _dates() -> Any:
    """``matplotlib.dates``, whose functions carry no type hints."""
    return importlib.import_module("matplotlib.dates")


def _num(day: dt.date) -> float:
    """A date as matplotlib's number of days."""
    return float(_dates().date2num(day))


LANES: tuple[tuple[str, type | tuple[type, ...], str], ...] = (
    ("partnerships", Partnership, "tab:blue"),
    ("events", Event, "tab:orange"),
    ("targets", (Target, Statistic), "tab:green"),
)
"""Each lane's key in the words, the records it holds (goals at their horizon, figures at
the date they describe) and their colour."""

_GAP = 0.8
"""Rows left empty between two lanes."""


def draw(dataset: Dataset, ax: Axes, lang: Language) -> None:
    """Draw the timeline of ``dataset`` into ``ax``, labelled in ``lang``."""
    said = words(lang)
    timeline = dataset.timeline()
    rows: list[tuple[Any, tuple[dt.date, dt.date], float, str]] = []
    ticks, dividers, row = [], [], 0.0
    for key, kind, colour in LANES:
        records = [record for record in timeline if isinstance(record, kind)]
        for index, record in enumerate(records):
            span = interval(record)
            assert span is not None
            rows.append((record, span, row + index, colour))
        ticks.append((row + (len(records) - 1) / 2, said[f"timeline.{key}"]))
        row += max(len(records), 1) + _GAP
        dividers.append(row - (1 + _GAP) / 2)
    middle = 0.0
    if rows:
        middle = _axis(ax, min(r[1][0] for r in rows), max(r[1][1] for r in rows), lang)
    for record, span, y, colour in rows:
        _item(ax, record, span, y, colour, lang, middle)
    _lanes(ax, ticks, dividers[:-1], lang)
    ax.set_ylim(row - _GAP - 0.3, -0.7)
    _legend(ax, said, rtl=lang == "ar")
    undated = [
        r for r in timeline.undated if isinstance(r, (Partnership, Event, Target, Statistic))
    ]
    _undated(ax, [label(record, lang) for record in undated], lang)
    ax.set_title(said["timeline.title"], pad=24, **font(said["timeline.title"]))


def _item(
    ax: Axes,
    record: Any,
    span: tuple[dt.date, dt.date],
    row: float,
    colour: str,
    lang: Language,
    middle: float,
) -> None:
    """One record: a point for each known day, a bar over the month or year it lies within.

    Its label goes after it in the left half of the axis and before it in the right.
    """
    start, end = _num(span[0]), _num(span[1]) + 1  # to the end of the last day
    date = when(record)
    assert date is not None
    if date.precision is Precision.DAY:
        days = sorted({_num(span[0]), _num(span[1])})
        ax.plot(days, [row] * len(days), "o-", color=colour, ms=7, lw=2, gid=record.id)
        start, end = days[0], days[-1]
    else:
        ax.barh(row, end - start, left=start, height=0.55, color=colour, alpha=0.3)
        ax.barh(
            row, end - start, left=start, height=0.55, fill=False, edgecolor=colour, gid=record.id
        )
    after = (start + end) / 2 < middle
    text = label(record, lang)
    ax.annotate(
        text,
        (end if after else start, row),
        xytext=(7 if after else -7, 0),
        textcoords="offset points",
        ha="left" if after else "right",
        va="center",
        fontsize=9,
        gid=record.id,
        **font(text),
    )


def _axis(ax: Axes, first: dt.date, last: dt.date, lang: Language) -> float:
    """A date axis over the records, with concise labels in the reader's month names.

    Returns the middle of the axis.
    """
    locator = _dates().AutoDateLocator(minticks=4, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(_formatter(locator, lang))
    start, end = _num(first), _num(last) + 1
    pad = max((end - start) * 0.03, 15.0)
    # matplotlib's dates run from the year 1 to the year 9999, as Python's do
    ax.set_xlim(max(start - pad, _num(dt.date.min)), min(end + pad, _num(dt.date.max)))
    ax.grid(axis="x", alpha=0.3)
    ax.tick_params(axis="y", length=0)
    return (start + end) / 2


def _formatter(locator: Any, lang: Language) -> Any:
    """The concise date labels of matplotlib (``2025``, ``Jul`` …) with the month names of ``lang``."""
    concise = _dates().ConciseDateFormatter
    names = months(lang)
    if names is None:
        return concise(locator)
    renamed = names

    class Localized(concise):  # type: ignore[misc,valid-type]
        def format_ticks(self, values: Any) -> list[str]:
            return [_rename(text, renamed) for text in super().format_ticks(values)]

        def get_offset(self) -> str:
            return _rename(super().get_offset(), renamed)

    return Localized(locator)


_ENGLISH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _rename(text: str, names: tuple[str, ...]) -> str:
    """``text`` with each English month abbreviation (``%b`` in the C locale) in ``names``."""
    return " ".join(
        names[_ENGLISH.index(word)] if word in _ENGLISH else word for word in text.split(" ")
    )


def _lanes(ax: Axes, ticks: list[tuple[float, str]], dividers: list[float], lang: Language) -> None:
    """Each lane's name beside it (on the right for Arabic), and a line between lanes."""
    ax.set_yticks([y for y, _ in ticks], [name for _, name in ticks])
    if lang == "ar":
        ax.yaxis.tick_right()
    for tick in ax.get_yticklabels():
        tick.set(fontsize=10, weight="bold", **font(tick.get_text()))
    for y in dividers:
        ax.axhline(y, color="0.85", lw=0.8, gid="lane-divider")


def _legend(ax: Axes, said: dict[str, str], *, rtl: bool) -> None:
    """What a point and a bar say about a date."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Line2D([], [], marker="o", color="0.3", lw=0, label=said["timeline.day"]),
        Patch(facecolor="0.85", edgecolor="0.3", label=said["timeline.span"]),
    ]
    legend = ax.legend(
        handles=handles,
        loc="lower right" if rtl else "lower left",
        bbox_to_anchor=(1.0 if rtl else 0.0, 1.0),
        ncol=2,
        frameon=False,
        fontsize=8,
        markerfirst=not rtl,
    )
    for text in legend.get_texts():
        text.set(**font(text.get_text()))


def _undated(ax: Axes, labels: list[str], lang: Language) -> None:
    """The records the axis can't place, by name, under it."""
    if not labels:
        return
    said = words(lang)
    lines = [said["timeline.undated"]]
    lines += ["• " + line for name in labels for line in textwrap.wrap(name, 100)]
    note_below(ax, lines, rtl=lang == "ar", below=24, gid="undated")
