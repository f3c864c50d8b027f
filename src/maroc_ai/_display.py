"""How records, queries and search hits show themselves: as text and as HTML for notebooks.

Text forms are short enough for a terminal; HTML forms are tables. Arabic text is
set right-to-left in its own cell (``dir="rtl" lang="ar"``) and isolated with
``<bdi>`` where it sits among Latin text, so the table's order is never scrambled.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable, Sequence
from typing import Any

from ._filters import when
from ._labels import label as _label
from ._repr import STYLE, cell, shorten
from .model import Decision, Event, Facility, Official, Partnership, Source, Statistic, Target
from .values import Names

__all__ = [
    "counts_html",
    "facts",
    "hits_html",
    "hits_text",
    "label",
    "query_html",
    "query_text",
    "timeline_html",
    "timeline_text",
]

_ROWS = 20


def label(record: Any) -> str:
    """What to show for a record: [`maroc_ai.label`][maroc_ai.label] in English, as figures and summaries do."""
    return _label(record, "en")


def arabic(record: Any) -> str:
    """The record's Arabic name, or ``""``."""
    name = getattr(record, "name", None)
    if isinstance(name, Names) and name.ar:
        return name.ar
    if isinstance(record, Source) and record.title:
        return record.title
    return ""


def _date(record: Any) -> str:
    date = when(record)
    if date is None:
        return ""
    if date.year is None and date.weekday is not None:
        return f"a {date.weekday.name.title()}"
    if isinstance(record, Event) and record.end is not None and record.end != record.start:
        return f"{date.isoformat()}/{record.end.isoformat()}"
    return date.isoformat()


def facts(record: Any) -> str:
    """The record's headline facts in a few words: kind, date, place, quantity …"""
    parts: list[str] = []
    kind = getattr(record, "kind", None)
    if isinstance(kind, enum.Enum):
        parts.append(kind.value.replace("_", " "))
    if isinstance(record, Facility):
        parts.append(record.status.value)
        if record.capacity is not None:
            parts.append(str(record.capacity))
    if isinstance(record, Target):
        parts.append(str(record.quantity))
        if record.horizon is not None:
            parts.append(f"by {record.horizon}")
    if isinstance(record, Statistic):
        parts.append(str(record.quantity))
        if record.date is not None:
            parts.append(f"in {record.date}")
    if isinstance(record, Decision):
        parts.append(f"affects {', '.join(record.affects)}")
    if isinstance(record, Official):
        parts.extend(post.title_en or post.title for post in record.posts)
    if isinstance(record, Partnership):
        parts.append(_count(len(record.parties), "parties", "party"))
    date = _date(record)
    if date and not isinstance(record, (Target, Statistic)):
        parts.append(date)
    place = getattr(record, "place", None)
    if place:
        parts.append(f"in {place}")
    return ", ".join(parts)


def _count(count: int, what: str, one: str | None = None) -> str:
    return f"{count} {what if count != 1 else one or what.removesuffix('s')}"


def _text_table(rows: Sequence[Sequence[str]], total: int) -> str:
    """Rows as aligned columns, every column but the last shortened to a fixed width."""
    width = len(rows[0])
    cells = [
        [shorten(cell) if i < width - 1 else cell for i, cell in enumerate(row)] for row in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(width)]
    lines = [
        "  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in cells
    ]
    if total > len(rows):
        lines.append(f"  … {total - len(rows)} more")
    return "\n".join(lines)


def query_text(records: Sequence[Any], what: str) -> str:
    """The query as a heading and one line per record (the first 20): id, name, facts."""
    heading = _count(len(records), what)
    if not records:
        return f"<{heading}>"
    rows = [(record.id, label(record), facts(record)) for record in records[:_ROWS]]
    return f"<{heading}>\n{_text_table(rows, len(records))}"


def _html_table(head: Iterable[str], rows: Iterable[str], caption: str) -> str:
    header = "".join(f"<th>{html.escape(cell)}</th>" for cell in head)
    return (
        f'{STYLE}<table class="maroc-ai"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _record_row(record: Any, *before: str) -> str:
    cells = "".join(
        cell(text) for text in (*before, record.id, label(record), arabic(record), facts(record))
    )
    return f"<tr>{cells}</tr>"


def query_html(records: Sequence[Any], what: str) -> str:
    """The query as an HTML table: id, name, Arabic name (right-to-left), facts."""
    rows = [_record_row(record) for record in records]
    return _html_table(("id", "name", "الاسم", "facts"), rows, _count(len(records), what))


def timeline_text(timeline: Any) -> str:
    """The timeline as one line per record, date first; then how many are undated."""
    rows = [(_date(record), record.id, label(record)) for record in timeline[:_ROWS]]
    body = _text_table(rows, len(timeline)) if rows else ""
    heading = (
        f"<timeline: {_count(len(timeline), 'dated records')}, {len(timeline.undated)} undated>"
    )
    return f"{heading}\n{body}" if body else heading


def timeline_html(timeline: Any) -> str:
    """The timeline as an HTML table, date first."""
    rows = [_record_row(record, _date(record)) for record in timeline]
    caption = f"timeline: {_count(len(timeline), 'dated records')}, {len(timeline.undated)} undated"
    return _html_table(("date", "id", "name", "الاسم", "facts"), rows, caption)


def counts_html(counts: dict[str, int], texts: int) -> str:
    """A dataset as an HTML table of how many records each collection holds."""
    rows = [f"<tr>{cell(name)}{cell(str(count))}</tr>" for name, count in counts.items()]
    caption = f"maroc_ai dataset: {sum(counts.values())} records, {texts} source texts"
    return _html_table(("collection", "records"), rows, caption)


def hits_text(hits: Sequence[Any]) -> str:
    """Search hits as one line each: score, id, the name that matched."""
    if not hits:
        return "<no hits>"
    rows = [
        (f"{hit.score:.2f}", type(hit.record).__name__, hit.record.id, hit.name) for hit in hits
    ]
    return f"<{_count(len(hits), 'hits')}>\n{_text_table(rows, len(hits))}"


def hits_html(hits: Sequence[Any]) -> str:
    """Search hits as an HTML table."""
    rows = [
        "<tr>"
        + "".join(
            cell(text)
            for text in (f"{hit.score:.2f}", type(hit.record).__name__, hit.record.id, hit.name)
        )
        + "</tr>"
        for hit in hits
    ]
    return _html_table(("score", "kind", "id", "matched name"), rows, _count(len(hits), "hits"))
