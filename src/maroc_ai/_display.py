"""How queries, timelines, search hits and a dataset show themselves, as text and as HTML.

Text forms are short enough for a terminal; HTML forms are tables for notebooks. These
views have the dataset's records at hand, so every reference reads as the name of the
record it points to ([`maroc_ai.label`][maroc_ai.label]), with its id on hover; each
row's own id is in a column of its own, ready to copy into ``ds.get``. A query of one
kind of record gets a column per field (references by name, participants as a
nested list), and no column that would be empty. Arabic text is isolated as
``maroc_ai._repr`` describes, so a table's order is never scrambled.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import Any

from ._english import counted
from ._fields import FieldInfo, fields_of
from ._filters import when
from ._labels import label as _label
from ._repr import (
    STYLE,
    Namer,
    block,
    cell,
    escape,
    record_html,
    record_text,
    ref_html,
    ref_text,
    shorten,
    value_text,
)
from .model import Decision, Event, Facility, Official, Partnership, Source, Statistic, Target
from .values import Names

__all__ = [
    "RecordView",
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

_SHOWN_ELSEWHERE = frozenset({"id", "name", "label", "citations"})
"""Fields a row shows in its own columns (id, name, Arabic name) or not at all."""


def label(record: Any) -> str:
    """What to show for a record: [`maroc_ai.label`][maroc_ai.label] in English, as figures do."""
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


def facts(record: Any, namer: Namer | None = None) -> str:
    """The record's headline facts in a few words: kind, date, place, quantity …

    With a `Namer`, the records it refers to are given by name.
    """
    parts: list[str] = []
    kind = getattr(record, "kind", None)
    if isinstance(kind, enum.Enum):
        parts.append(value_text(kind))
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
        affected = (shorten(ref_text(id, namer), 40) for id in record.affects)
        parts.append(f"affects {', '.join(affected)}")
    if isinstance(record, Official):
        parts.extend(post.title_en or post.title for post in record.posts)
    if isinstance(record, Partnership):
        parts.append(counted(len(record.parties), "party"))
    date = _date(record)
    if date and not isinstance(record, (Target, Statistic)):
        parts.append(date)
    place = getattr(record, "place", None)
    if place:
        parts.append(f"in {shorten(ref_text(place, namer), 40)}")
    return ", ".join(parts)


def namer_of(by_id: dict[str, Any]) -> Namer:
    """The `Namer` of the records ``by_id`` holds: each one's English label."""

    def name(id: str) -> str | None:
        record = by_id.get(id)
        return None if record is None else label(record)

    return name


# -- text ---------------------------------------------------------------------------


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


def query_text(records: Sequence[Any], noun: str, namer: Namer | None = None) -> str:
    """The query as a heading and one line per record (the first 20): id, name, facts.

    ``noun`` is what one record is called (``facility``, ``record``).
    """
    heading = counted(len(records), noun)
    if not records:
        return f"<{heading}>"
    rows = [(record.id, label(record), facts(record, namer)) for record in records[:_ROWS]]
    return f"<{heading}>\n{_text_table(rows, len(records))}"


def _timeline_heading(timeline: Any) -> str:
    return f"timeline: {counted(len(timeline), 'dated record')}, {len(timeline.undated)} undated"


def timeline_text(timeline: Any, namer: Namer | None = None) -> str:
    """The timeline as one line per record, date first; then how many are undated."""
    rows = [(_date(record), record.id, label(record)) for record in timeline[:_ROWS]]
    body = _text_table(rows, len(timeline)) if rows else ""
    heading = f"<{_timeline_heading(timeline)}>"
    return f"{heading}\n{body}" if body else heading


def hits_text(hits: Sequence[Any]) -> str:
    """Search hits as one line each: score, kind, id, name, and the name that matched."""
    if not hits:
        return "<no hits>"
    rows = [
        (
            f"{hit.score:.2f}",
            type(hit.record).__name__,
            hit.record.id,
            label(hit.record),
            "" if hit.name in (label(hit.record), hit.record.id) else f"by {hit.name!r}",
        )
        for hit in hits
    ]
    return f"<{counted(len(hits), 'hit')}>\n{_text_table(rows, len(hits))}"


# -- HTML ----------------------------------------------------------------------------


def _html_table(head: Sequence[str], rows: Iterable[Sequence[str]], caption: str) -> str:
    """A table of cells already made (``<td>…</td>``), without the columns no row fills."""
    rows = list(rows)
    keep = [i for i in range(len(head)) if any(row[i] != "<td></td>" for row in rows)]
    header = "".join(f"<th>{escape(head[i])}</th>" for i in keep)
    body = "".join("<tr>" + "".join(row[i] for i in keep) + "</tr>" for row in rows)
    return (
        f'{STYLE}<table class="maroc-ai"><caption>{escape(caption)}</caption>'
        f"<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"
    )


def _id_cell(record: Any) -> str:
    return f"<td><code>{escape(record.id)}</code></td>"


def _arabic_cell(record: Any) -> str:
    """The Arabic name, unless it is what the name column shows already."""
    text = arabic(record)
    return cell(text if text and text != label(record) else "")


def _columns(kind: type) -> list[FieldInfo]:
    """The fields a table of ``kind`` gives a column: facts and references, not long quotes.

    Posts are listed by title and participations counted; ``ds.show(record)`` shows
    them in full.
    """
    return [
        info
        for info in fields_of(kind)
        if info.name not in _SHOWN_ELSEWHERE
        and not (info.verbatim and info.many)
        and (info.cited or info.refers_to or info.nested or info.base is not str)
        and not (info.many and info.base is str and not info.refers_to)
    ]


def _field_cell(record: Any, info: FieldInfo, namer: Namer | None) -> str:
    value = getattr(record, info.name)
    if value is None or value == ():
        return "<td></td>"
    items = value if info.many else (value,)
    if info.refers_to:
        return "<td>" + "".join(ref_html(id, namer) for id in items) + "</td>"
    if info.nested and all(hasattr(item, "title") for item in items):
        return "<td>" + "".join(block(item.title_en or item.title) for item in items) + "</td>"
    if info.nested:
        return cell(counted(len(value), type(value[0]).__name__.lower()))
    text = ", ".join(value_text(item) for item in items)
    return cell("" if text == label(record) else text)


def query_html(records: Sequence[Any], noun: str, namer: Namer | None = None) -> str:
    """The query as an HTML table: id, name, Arabic name, then its facts.

    Records of one kind get a column per fact; records of several kinds a ``type``
    column and their headline facts in words.
    """
    kinds = list(dict.fromkeys(type(record) for record in records))
    caption = counted(len(records), noun)
    head: tuple[str, ...]
    rows: list[tuple[str, ...]]
    if len(kinds) == 1:
        columns = _columns(kinds[0])
        head = ("id", "name", "Arabic name", *(info.name for info in columns))
        rows = [
            (
                _id_cell(record),
                cell(label(record)),
                _arabic_cell(record),
                *(_field_cell(record, info, namer) for info in columns),
            )
            for record in records
        ]
    else:
        head = ("type", "id", "name", "Arabic name", "facts")
        rows = [
            (
                cell(type(record).__name__),
                _id_cell(record),
                cell(label(record)),
                _arabic_cell(record),
                cell(facts(record, namer)),
            )
            for record in records
        ]
    return _html_table(head, rows, caption)


def timeline_html(timeline: Any, namer: Namer | None = None) -> str:
    """The timeline as an HTML table, date first."""
    rows = [
        (
            cell(_date(record)),
            cell(type(record).__name__),
            _id_cell(record),
            cell(label(record)),
            _arabic_cell(record),
            cell(facts(record, namer)),
        )
        for record in timeline
    ]
    head = ("date", "type", "id", "name", "Arabic name", "facts")
    return _html_table(head, rows, _timeline_heading(timeline))


def counts_html(counts: dict[str, int], texts: int) -> str:
    """A dataset as an HTML table of how many records each collection holds."""
    rows = [(cell(name), cell(str(count))) for name, count in counts.items()]
    caption = (
        f"maroc_ai dataset: {counted(sum(counts.values()), 'record')}, "
        f"{counted(texts, 'source text')}"
    )
    return _html_table(("collection", "records"), rows, caption)


def hits_html(hits: Sequence[Any]) -> str:
    """Search hits as an HTML table: score, kind, id, name, and the name that matched."""
    rows = [
        (
            cell(f"{hit.score:.2f}"),
            cell(type(hit.record).__name__),
            _id_cell(hit.record),
            cell(label(hit.record)),
            _arabic_cell(hit.record),
            cell("" if hit.name in (label(hit.record), hit.record.id) else hit.name),
        )
        for hit in hits
    ]
    head = ("score", "type", "id", "name", "Arabic name", "matched name")
    return _html_table(head, rows, counted(len(hits), "hit"))


class RecordView:
    """One record as a notebook shows it, with the records it refers to by name.

    A record on its own holds ids; ``ds.show(record)`` gives this view, which has the
    dataset's labels at hand. ``record`` is the record itself.
    """

    __slots__ = ("_namer", "record")

    def __init__(self, record: Any, namer: Namer) -> None:
        self.record = record
        self._namer = namer

    def __repr__(self) -> str:
        return record_text(self.record)

    def _repr_html_(self) -> str:
        return record_html(self.record, self._namer)
