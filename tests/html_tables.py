"""Read back the HTML tables the notebook views write, as a reader's browser would see them."""

from __future__ import annotations

from html.parser import HTMLParser

import attrs


@attrs.define
class Cell:
    """A cell's text, its attributes, and the attributes of the elements inside it."""

    text: str = ""
    attributes: dict[str, str | None] = attrs.Factory(dict)
    inner: list[tuple[str, dict[str, str | None]]] = attrs.Factory(list)


@attrs.define
class Table:
    """A top-level table: caption, header row, body rows (nested tables are read as text)."""

    caption: str = ""
    head: list[str] = attrs.Factory(list)
    rows: list[list[Cell]] = attrs.Factory(list)

    def column(self, name: str) -> list[Cell]:
        index = self.head.index(name)
        return [row[index] for row in self.rows]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[Table] = []
        self.depth = 0
        self.cell: Cell | None = None
        self.in_caption = self.in_style = False
        self.row: list[Cell] | None = None
        self.in_head = False

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs_)
        if tag == "style":
            self.in_style = True
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.tables.append(Table())
                return
        if self.depth > 1 or (self.cell is not None and tag not in ("td", "th")):
            if self.cell is not None:
                self.cell.inner.append((tag, attributes))
            return
        if tag == "caption":
            self.in_caption = True
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = Cell(attributes=attributes)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self.in_style = False
        if tag == "table":
            self.depth -= 1
            return
        if self.depth > 1:
            return
        if tag == "caption":
            self.in_caption = False
        elif tag == "thead":
            self.in_head = False
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            table = self.tables[-1]
            if self.in_head:
                table.head = [cell.text.strip() for cell in self.row]
            else:
                table.rows.append(self.row)
            self.row = None

    def handle_data(self, data: str) -> None:
        if self.in_style or not self.tables:
            return
        if self.in_caption:
            self.tables[-1].caption += data
        elif self.cell is not None:
            self.cell.text += data


def tables(html: str) -> list[Table]:
    """The top-level tables of ``html``."""
    reader = _Reader()
    reader.feed(html)
    return reader.tables


def table(html: str) -> Table:
    """The one top-level table of ``html``."""
    (found,) = tables(html)
    return found
