"""How one record, post or participation shows itself, as text and as an HTML table.

Only the values a record holds are needed (names, dates, quantities, citations …), so
the model's classes get their ``repr`` and ``_repr_html_`` from here without this
module knowing them. A record holds other records' ids, not the records: on its own
it shows them as ids. A view that has the dataset (a query, ``ds.show(record)``)
passes a `Namer`, and references are shown by name with the id on hover.

Text from the articles is Arabic. In HTML every piece of it is isolated, so that its
order and its punctuation stay in place among Latin text: a cell or a block sets its
direction from its own text (``dir="auto"``), words inside a line are wrapped in
``<bdi>``, and Arabic is marked ``lang="ar"``.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from ._english import counted
from ._fields import FieldInfo, fields_of
from .values import Citation, Coordinates, Names, PartialDate, Quantity

__all__ = [
    "STYLE",
    "Namer",
    "block",
    "cell",
    "citation_html",
    "escape",
    "inline",
    "is_arabic",
    "is_rtl",
    "isolated",
    "record_html",
    "record_text",
    "ref_html",
    "ref_text",
    "shorten",
    "value_text",
]

WIDTH = 48

Namer = Callable[[str], "str | None"]
"""What to show for the record with an id (its label), or ``None`` for an id it doesn't know."""

STYLE = (
    "<style>"
    ".maroc-ai {border-collapse: collapse}"
    " .maroc-ai td, .maroc-ai th {text-align: start; vertical-align: top; padding: 2px 6px}"
    " .maroc-ai caption {text-align: start; font-weight: bold}"
    " .maroc-ai .maroc-ref {text-decoration: underline dotted; text-underline-offset: 0.3em; cursor: help}"
    " .maroc-ai .maroc-quote {margin: 0 0 2px; unicode-bidi: isolate}"
    " .maroc-ai .maroc-source {font-size: smaller; opacity: 0.75}"
    " .maroc-ai table.maroc-nested {font-size: smaller; margin: 0}"
    " .maroc-ai code {font-size: smaller; white-space: nowrap}"
    "</style>"
)
"""The CSS of every table: left-aligned in a left-to-right page, quotes in their own block."""


def shorten(text: str, width: int = WIDTH) -> str:
    """``text``, cut to ``width`` characters with an ellipsis if it is longer."""
    return text if len(text) <= width else text[: width - 1] + "…"


def is_arabic(text: str) -> bool:
    """Whether ``text`` holds an Arabic letter."""
    return any("\u0600" <= char <= "\u06ff" for char in text)


_ARABIC_LETTER = r"\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_RUN = rf"[{_ARABIC_LETTER}]+(?:[\s\d.,:;()\-–،؛؟«»\"']*[{_ARABIC_LETTER}]+)*"
"""Arabic words and what stands between them: a run to isolate in Latin text."""

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``text`` safe in HTML, quotes included (as ``html.escape`` does, without importing it)."""
    return text.translate(_ESCAPES)


@functools.cache
def _arabic_runs() -> re.Pattern[str]:
    return re.compile(_ARABIC_RUN)  # compiled when a view is first shown, not on import


def is_rtl(text: str) -> bool:
    """Whether ``text`` is mostly Arabic: more Arabic letters than Latin ones."""
    arabic = sum(1 for char in text if "\u0600" <= char <= "\u06ff")
    latin = sum(1 for char in text if char.isalpha() and char < "\u0250")
    return arabic > 0 and arabic >= latin


def isolated(text: str) -> str:
    """Escaped text, each Arabic run in it wrapped in ``<bdi lang="ar">`` (for Latin text)."""
    parts = []
    last = 0
    for match in _arabic_runs().finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f'<bdi lang="ar">{escape(match.group())}</bdi>')
        last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts)


def _attributes(text: str) -> str:
    """The direction of a block of ``text``: right to left when mostly Arabic, else left to right."""
    if is_rtl(text):
        return ' dir="rtl" lang="ar"'
    return ' dir="ltr"' if is_arabic(text) else ""


def _content(text: str) -> str:
    return escape(text) if is_rtl(text) else isolated(text)


def inline(text: str) -> str:
    """Text inside a line: isolated in ``<bdi>`` when mostly Arabic, its Arabic runs otherwise."""
    if is_rtl(text):
        return f'<bdi dir="rtl" lang="ar">{escape(text)}</bdi>'
    return isolated(text)


def block(text: str, css: str = "") -> str:
    """Text in a block of its own, set right to left when it is mostly Arabic."""
    kind = f' class="{css}"' if css else ""
    return f"<div{_attributes(text)}{kind}>{_content(text)}</div>"


def cell(text: str) -> str:
    """A table cell of plain text, set right to left when it is mostly Arabic."""
    if not text:
        return "<td></td>"
    return f"<td{_attributes(text)}>{_content(text)}</td>"


def ref_text(id: str, namer: Namer | None) -> str:
    """What to show for a reference in text: the record's label, or its id."""
    name = namer(id) if namer is not None else None
    return name or id


def ref_html(id: str, namer: Namer | None) -> str:
    """A reference as a block: the record's name with its id on hover, or the id when no name is known."""
    name = namer(id) if namer is not None else None
    if not name:
        return f"<div><code>{escape(id)}</code></div>"
    return (
        f'<div{_attributes(name)}><span class="maroc-ref" title="id: {escape(id)}">'
        f"{_content(name)}</span></div>"
    )


def value_text(value: Any) -> str:
    """A value as a reader reads it: a date, a quantity, an enum's value in words."""
    if isinstance(value, enum.Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, Names):
        return value.label
    return str(value)


def _value_repr(value: Any) -> str | None:
    if value is None or value == ():
        return None
    if isinstance(value, Names):
        return repr(value.label)
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, Quantity):
        return repr(str(value))
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return repr(shorten(value))
    if isinstance(value, tuple):
        if all(isinstance(item, str) for item in value):
            shown = ", ".join(repr(shorten(item, 24)) for item in value[:3])
            more = ", …" if len(value) > 3 else ("," if len(value) == 1 else "")
            return f"({shown}{more})"
        return f"<{counted(len(value), type(value[0]).__name__.lower())}>"
    return repr(value)


def record_text(record: Any) -> str:
    """A one-line repr showing the fields that are set, long texts shortened."""
    shown = []
    for field in attrs.fields(type(record)):
        text = _value_repr(getattr(record, field.name))
        if text is not None:
            shown.append(text if field.name == "id" else f"{field.name}={text}")
    return f"{type(record).__name__}({', '.join(shown)})"


def citation_html(citation: Citation, *, whole: str = "") -> str:
    """A citation: the quote in a block of its own, right to left, then its source and fields."""
    supports = ", ".join(citation.fields) or whole
    what = f": {escape(supports)}" if supports else ""
    return (
        f"{block(f'«{citation.quote}»', 'maroc-quote')}"
        f'<div class="maroc-source"><code>{escape(citation.source)}</code>{what}</div>'
    )


def nested_table(items: Sequence[Any], namer: Namer | None) -> str:
    """Posts or participations as a table of their own: a row each, no empty column."""
    fields = [info for info in fields_of(type(items[0])) if info.base is not Citation]
    columns = [info for info in fields if any(_set(getattr(item, info.name)) for item in items)]
    head = "".join(f"<th>{escape(info.name)}</th>" for info in columns) + "<th>sources</th>"
    rows = []
    for item in items:
        cells = "".join(_field_cell(info, getattr(item, info.name), namer) for info in columns)
        sources = "".join(
            f"<div><code>{escape(source)}</code></div>"
            for source in dict.fromkeys(citation.source for citation in item.citations)
        )
        rows.append(f"<tr>{cells}<td>{sources}</td></tr>")
    return (
        f'<table class="maroc-nested"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _set(value: Any) -> bool:
    return value is not None and value != ()


def _field_cell(info: FieldInfo, value: Any, namer: Namer | None) -> str:
    """The cell of one field's value: references by name, quotes and names as blocks."""
    if not _set(value):
        return "<td></td>"
    items = value if info.many else (value,)
    if info.refers_to:
        return "<td>" + "".join(ref_html(id, namer) for id in items) + "</td>"
    if info.nested:
        return f"<td>{nested_table(value, namer)}</td>"
    if isinstance(value, Names):
        return "<td>" + "".join(block(form) for form in value.all()) + "</td>"
    if info.base is Citation:
        return "<td>" + "".join(citation_html(citation) for citation in value) + "</td>"
    if info.many:
        return "<td>" + "".join(block(value_text(item)) for item in items) + "</td>"
    if isinstance(value, Coordinates):
        return cell(f"{value} (GeoNames {value.geonames})" if value.geonames else str(value))
    return cell(value_text(value))


def record_html(record: Any, namer: Namer | None = None) -> str:
    """A table of the record's fields that are set, its citations shown as quotes.

    With a `Namer`, references show the names of the records they point to (their
    ids on hover); without one, the ids.
    """
    rows = []
    for info in fields_of(type(record)):
        value = getattr(record, info.name)
        if _set(value):
            rows.append(f"<tr><th>{escape(info.name)}</th>{_field_cell(info, value, namer)}</tr>")
    what = escape(type(record).__name__)
    record_id = getattr(record, "id", None)
    title = f"{what} <code>{escape(record_id)}</code>" if record_id else what
    return f'{STYLE}<table class="maroc-ai"><caption>{title}</caption>{"".join(rows)}</table>'
