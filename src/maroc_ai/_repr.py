"""How one record, post or participation shows itself, as text and as an HTML table.

Only the values a record holds are needed (names, dates, quantities, citations …), so
the model's classes get their ``repr`` and ``_repr_html_`` from here without this
module knowing them. Arabic text is set right-to-left in its own cell
(``dir="rtl" lang="ar"``) and isolated with ``<bdi>`` where it sits among Latin text.
"""

from __future__ import annotations

import enum
import html
from typing import Any

import attrs

from .values import Citation, Names, PartialDate, Quantity

__all__ = [
    "STYLE",
    "cell",
    "inline",
    "is_arabic",
    "record_html",
    "record_text",
    "shorten",
]

WIDTH = 48

STYLE = (
    "<style>.maroc-ai td, .maroc-ai th {text-align: start; vertical-align: top}"
    " .maroc-ai td[dir=rtl] {text-align: right}</style>"
)


def shorten(text: str, width: int = WIDTH) -> str:
    """``text``, cut to ``width`` characters with an ellipsis if it is longer."""
    return text if len(text) <= width else text[: width - 1] + "…"


def is_arabic(text: str) -> bool:
    """Whether ``text`` holds an Arabic letter."""
    return any("\u0600" <= char <= "\u06ff" for char in text)


def cell(text: str) -> str:
    """A table cell, right-to-left when the text is Arabic."""
    if not text:
        return "<td></td>"
    if is_arabic(text):
        return f'<td dir="rtl" lang="ar">{html.escape(text)}</td>'
    return f"<td>{html.escape(text)}</td>"


def inline(text: str) -> str:
    """Escaped text, isolated in ``<bdi>`` when Arabic so it keeps its order among Latin text."""
    return f"<bdi>{html.escape(text)}</bdi>" if is_arabic(text) else html.escape(text)


def _value_text(value: Any) -> str | None:
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
        noun = type(value[0]).__name__.lower()
        return f"<{len(value)} {noun}{'s' if len(value) > 1 else ''}>"
    return repr(value)


def record_text(record: Any) -> str:
    """A one-line repr showing the fields that are set, long texts shortened."""
    shown = []
    for field in attrs.fields(type(record)):
        text = _value_text(getattr(record, field.name))
        if text is not None:
            shown.append(text if field.name == "id" else f"{field.name}={text}")
    return f"{type(record).__name__}({', '.join(shown)})"


def _field_html(value: Any) -> str:
    if isinstance(value, Names):
        parts = [f"{inline(form)}" for form in value.all()]
        return "<td>" + "<br>".join(parts) + "</td>"
    if isinstance(value, tuple) and value and isinstance(value[0], Citation):
        return "<td>" + "<br>".join(citation_html(citation) for citation in value) + "</td>"
    if isinstance(value, tuple) and value and attrs.has(type(value[0])):
        return "<td>" + "<br>".join(html.escape(record_text(item)) for item in value) + "</td>"
    if isinstance(value, tuple):
        return "<td>" + "<br>".join(inline(str(item)) for item in value) + "</td>"
    if isinstance(value, enum.Enum):
        return cell(str(value.value))
    return cell(str(value))


def citation_html(citation: Citation) -> str:
    """A citation as a right-to-left quote followed by its source and the fields it supports."""
    fields = f" [{', '.join(citation.fields)}]" if citation.fields else ""
    return (
        f'<q dir="rtl" lang="ar">{html.escape(citation.quote)}</q>'
        f" <small>({html.escape(citation.source)}{html.escape(fields)})</small>"
    )


def record_html(record: Any) -> str:
    """A table of the record's fields that are set, its citations shown as quotes."""
    rows = []
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if value is None or value == ():
            continue
        rows.append(f"<tr><th>{html.escape(field.name)}</th>{_field_html(value)}</tr>")
    title = html.escape(type(record).__name__)
    return f'{STYLE}<table class="maroc-ai"><caption>{title}</caption>{"".join(rows)}</table>'
