"""Pages the documentation build generates from the real data and code (mkdocs-gen-files).

* ``catalogue/``: a page per collection, every record with its names in Arabic,
  English and French, its facts, and its citations as quotes from the articles;
* ``figures/``: the figures of ``ds.plot`` in English and Arabic, drawn from the bundled
  dataset;
* ``tutorial.md``: ``tutorial.ipynb`` run cell by cell, with each cell's output;
* ``cli.md``: the ``maroc-ai`` command's help; ``changelog.md``: ``CHANGELOG.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import enum
import html
import io
import json
from pathlib import Path
from typing import Any

import attrs
import matplotlib
import mkdocs_gen_files

import maroc_ai
from maroc_ai import cli
from maroc_ai.model import COLLECTIONS
from maroc_ai.values import Citation, Coordinates, Names, PartialDate, Quantity

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parent.parent
ds = maroc_ai.load()
OWNER = {record.id: name for name, records in ds.collections().items() for record in records}


def arabic(text: str) -> bool:
    """Whether ``text`` has Arabic letters in it."""
    return any("\u0600" <= char <= "\u06ff" for char in text)


def direction(text: str) -> str:
    """The HTML attributes that set ``text`` right to left, if it is Arabic."""
    return ' dir="rtl" lang="ar"' if arabic(text) else ""


def rtl(text: str) -> str:
    """Text set right to left when it has Arabic letters in it, escaped for HTML."""
    escaped = html.escape(text)
    return f"<span{direction(text)}>{escaped}</span>" if arabic(text) else escaped


def link(id: str) -> str:
    """A link to a record's entry in the catalogue."""
    return f'<a href="../{OWNER[id]}/#{id}"><code>{id}</code></a>'


def names(value: Names) -> str:
    """A table of a record's names."""
    rows = [("Arabic", value.ar), ("English", value.en), ("French", value.fr)]
    cells = "".join(
        f"<tr><td>{label}</td><td>{rtl(text)}</td></tr>" for label, text in rows if text
    )
    if value.aliases:
        aliases = "<br>".join(rtl(alias) for alias in value.aliases)
        cells += f"<tr><td>Also written</td><td>{aliases}</td></tr>"
    return f'<table class="maroc-names">{cells}</table>'


def citations(items: tuple[Citation, ...]) -> str:
    """Each citation as a quote from its article, with what it supports."""
    parts = []
    for citation in items:
        supports = ", ".join(citation.fields) or "the record and its names"
        parts.append(
            f"<blockquote{direction(citation.quote)}>{html.escape(citation.quote)}</blockquote>"
            f"<p>— {link(citation.source)}, supports: {html.escape(supports)}</p>"
        )
    return "\n".join(parts)


def value_html(name: str, value: Any) -> str:
    """A field's value, readable, ids linked."""
    if isinstance(value, tuple):
        if any(isinstance(item, str) and arabic(item) for item in value):
            # the source's own words, one per line, each set right to left
            return "".join(f"<div{direction(item)}>{html.escape(item)}</div>" for item in value)
        return ", ".join(value_html(name, item) for item in value)
    if isinstance(value, str) and value in OWNER and name not in {"metric", "energy"}:
        return link(value)
    if isinstance(value, enum.Enum):
        return html.escape(str(value.value).replace("_", " "))
    if isinstance(value, Coordinates):
        where = html.escape(str(value))
        if value.geonames is not None:
            where += f" (GeoNames <code>{value.geonames}</code>; not from the articles)"
        return where
    if isinstance(value, (PartialDate, Quantity)):
        return html.escape(str(value))
    return rtl(str(value))


def nested(kind: str, items: tuple[Any, ...]) -> str:
    """Posts or participations, each with its own citations."""
    parts = []
    for item in items:
        facts = [
            f"{field.name}: {value_html(field.name, getattr(item, field.name))}"
            for field in attrs.fields(type(item))
            if field.name != "citations" and getattr(item, field.name) not in (None, ())
        ]
        parts.append(f"<li>{'; '.join(facts)}{citations(item.citations)}</li>")
    return f"<p><strong>{kind}</strong></p><ul>{''.join(parts)}</ul>"


def record_page(collection: str, records: Any) -> str:
    """The catalogue page of one collection."""
    lines = [f"# {collection.title()}", "", f"{len(records)} records, sorted by id.", ""]
    for record in records:
        title = record.name.label if hasattr(record, "name") else getattr(record, "metric", None)
        lines.append(f"## {title or record.id} {{#{record.id}}}")
        lines.append("")
        body = [f"<p>id <code>{record.id}</code></p>"]
        if hasattr(record, "name"):
            body.append(names(record.name))
        facts = []
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            if field.name in {"id", "name", "citations", "posts", "participants", "file"}:
                continue
            if value is None or value == ():
                continue
            facts.append(f"<tr><td>{field.name}</td><td>{value_html(field.name, value)}</td></tr>")
        if facts:
            body.append(f"<table>{''.join(facts)}</table>")
        for kind in ("posts", "participants"):
            if getattr(record, kind, ()):
                body.append(nested(kind, getattr(record, kind)))
        body.append("<p><strong>Citations</strong></p>")
        body.append(citations(record.citations))
        if collection == "sources":
            text = ds.text(record)
            body.append(
                f"<details><summary>The article's full text</summary><div{direction(text)}>"
                f"{html.escape(text).replace(chr(10), '<br>')}</div></details>"
            )
        lines.append("<div>\n" + "\n".join(body) + "\n</div>")
        lines.append("")
    return "\n".join(lines)


def catalogue() -> None:
    """The catalogue pages."""
    index = [
        "# Dataset catalogue",
        "",
        "Every record of the bundled dataset, generated from the data when the site is built.",
        "Arabic names and quotes are set right to left; each quote is the article's exact words.",
        "",
        "| collection | records |",
        "| --- | --- |",
    ]
    for name in COLLECTIONS:
        records = ds.collections()[name]
        index.append(f"| [{name}]({name}.md) | {len(records)} |")
        with mkdocs_gen_files.open(f"catalogue/{name}.md", "w") as page:
            page.write(record_page(name, records))
    with mkdocs_gen_files.open("catalogue/index.md", "w") as page:
        page.write("\n".join(index) + "\n")


def figures() -> None:
    """The figures, as PNG files: ``figures/NAME.png`` in English, ``NAME-ar.png`` in Arabic."""
    import matplotlib.pyplot as plt

    for name in ("timeline", "network", "map"):
        for lang, suffix in (("en", ""), ("ar", "-ar")):
            figure = getattr(ds.plot, name)(lang=lang)
            with mkdocs_gen_files.open(f"figures/{name}{suffix}.png", "wb") as file:
                figure.savefig(file, format="png", dpi=90)
            plt.close(figure)


def tutorial() -> None:
    """The notebook as a page, each code cell run in order and followed by its output."""
    import matplotlib.pyplot as plt

    notebook = json.loads((ROOT / "docs" / "tutorial.ipynb").read_text(encoding="utf-8"))
    namespace: dict[str, Any] = {}
    lines = [
        "<!-- Generated from tutorial.ipynb by gen_pages.py: every output below is real. -->",
        "",
    ]
    for cell in notebook["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            lines += [source, ""]
            continue
        output = io.StringIO()
        before = set(plt.get_fignums())
        with contextlib.redirect_stdout(output):
            exec(compile(source, "tutorial.ipynb", "exec"), namespace)
        lines += ["```python", source, "```", ""]
        if output.getvalue():
            lines += ["```text", output.getvalue().rstrip("\n"), "```", ""]
        for number in sorted(set(plt.get_fignums()) - before):
            # the figures a cell draws, as the notebook shows them
            name = f"figures/tutorial-{number}.png"
            figure = plt.figure(number)
            with mkdocs_gen_files.open(name, "wb") as file:
                figure.savefig(file, format="png", dpi=80)
            plt.close(figure)
            lines += [f"![Figure drawn by the cell above]({name})", ""]
    lines.append("[Download the notebook](tutorial.ipynb) to run it yourself.")
    with mkdocs_gen_files.open("tutorial.md", "w") as page:
        page.write("\n".join(lines) + "\n")


def cli_reference() -> None:
    """The help of ``maroc-ai`` and of each of its commands."""
    parser = cli._parser()
    lines = ["# CLI reference", "", "```text", parser.format_help().rstrip(), "```", ""]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                lines += [
                    f"## maroc-ai {name}",
                    "",
                    "```text",
                    sub.format_help().rstrip(),
                    "```",
                    "",
                ]
    with mkdocs_gen_files.open("cli.md", "w") as page:
        page.write("\n".join(lines))


def changelog() -> None:
    """CHANGELOG.md as a page."""
    with mkdocs_gen_files.open("changelog.md", "w") as page:
        page.write((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))


catalogue()
figures()
tutorial()
cli_reference()
changelog()
