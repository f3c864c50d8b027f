"""Pages the documentation build generates from the real data and code (mkdocs-gen-files).

* ``catalogue/``: a page per collection, every record with its names in Arabic,
  English and French (or its label, a description that is not a name), its facts,
  its citations as quotes from the articles, and the decisions about it;
* ``decisions.md``: every judgement call that shapes the data, with the records it
  affects, the quotes that decide it and what would change it;
* ``figures/``: the figures of ``ds.plot`` in English and Arabic, drawn from the bundled
  dataset, and the interactive network as web pages sharing one ``plotly.min.js``,
  shown in frames on the figures page;
* ``tutorial.md``: ``tutorial.ipynb`` run cell by cell, with each cell's output;
* ``cli.md``: the ``maroc-ai`` command's help; ``changelog.md``: ``CHANGELOG.md``.
"""

from __future__ import annotations

import argparse
import ast
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
from maroc_ai.model import COLLECTIONS, Decision
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


def bdi(text: str) -> str:
    """Text inside a line, escaped, isolated in ``<bdi>`` when it has Arabic letters in it."""
    escaped = html.escape(text)
    return f'<bdi lang="ar">{escaped}</bdi>' if arabic(text) else escaped


def rtl(text: str) -> str:
    """Text set right to left when it has Arabic letters in it, escaped for HTML."""
    escaped = html.escape(text)
    return f"<span{direction(text)}>{escaped}</span>" if arabic(text) else escaped


def link(id: str, base: str = "../", *, named: bool = True) -> str:
    """A link to a record's entry in the catalogue; ``base`` leads to the catalogue's pages.

    It reads as the record's name, with its id on hover; ``named=False`` shows the id.
    """
    href = f"{base}{OWNER[id]}/#{id}"
    if not named:
        return f'<a href="{href}"><code>{id}</code></a>'
    return f'<a href="{href}" title="id: {id}">{bdi(maroc_ai.label(ds.get(id)))}</a>'


def names(value: Names | None, label: str | None) -> str:
    """A table of a record's names, and its label, which is not one."""
    rows = (
        [] if value is None else [("Arabic", value.ar), ("English", value.en), ("French", value.fr)]
    )
    # new lines between cells keep words apart in the search index, which drops the tags
    cells = "".join(
        f"<tr><td>{name}</td>\n<td>{rtl(text)}</td></tr>\n" for name, text in rows if text
    )
    if value is not None and value.aliases:
        aliases = "<br>".join(rtl(alias) for alias in value.aliases)
        cells += f"<tr><td>Also written</td>\n<td>{aliases}</td></tr>\n"
    if label:
        cells += (
            f"<tr><td>Label (a description, not a name)</td>\n<td>{html.escape(label)}</td></tr>\n"
        )
    return f'<table class="maroc-names">{cells}</table>'


def decisions_about(id: str) -> str:
    """Links to the decisions that shaped the record with ``id``, or nothing."""
    found = ds.decisions_about(id)
    if not found:
        return ""
    items = "".join(
        f'<li><a href="../../decisions/#{d.id}"><code>{d.id}</code></a>: '
        f"{html.escape(d.kind.value)}</li>"
        for d in found
    )
    return f"<p><strong>Decisions about it</strong></p><ul>{items}</ul>"


def citations(
    items: tuple[Citation, ...], base: str = "../", whole: str = "the record and its names"
) -> str:
    """Each citation as a quote from its article, with what it supports (``whole``: no field)."""
    parts = []
    for citation in items:
        supports = ", ".join(citation.fields) or whole
        parts.append(
            f"<blockquote{direction(citation.quote)}>{html.escape(citation.quote)}</blockquote>"
            f"<p>— {link(citation.source, base, named=False)}, supports: {html.escape(supports)}</p>"
        )
    return "\n".join(parts)


def value_html(name: str, value: Any) -> str:
    """A field's value, readable, ids linked."""
    if isinstance(value, tuple):
        if any(isinstance(item, str) and arabic(item) for item in value):
            # the source's own words, one per line, each set right to left
            return "".join(f"<div{direction(item)}>{html.escape(item)}</div>" for item in value)
        return ", ".join(value_html(name, item) for item in value)
    if name in {"decided", "revisit_if"}:
        return rtl_inline(str(value))
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
            f"<div>{field.name}: {value_html(field.name, getattr(item, field.name))}</div>"
            for field in attrs.fields(type(item))
            if field.name != "citations" and getattr(item, field.name) not in (None, ())
        ]
        parts.append(f"<li>{chr(10).join(facts)}\n{citations(item.citations)}</li>")
    return f"<p><strong>{kind}</strong></p><ul>{''.join(parts)}</ul>"


def record_page(collection: str, records: Any) -> str:
    """The catalogue page of one collection."""
    lines = [f"# {collection.title()}", "", f"{len(records)} records, sorted by id.", ""]
    for record in records:
        title = record.id if isinstance(record, Decision) else maroc_ai.label(record)
        lines.append(f"## {html.escape(title)} {{#{record.id}}}")
        lines.append("")
        body = [f"<p>id <code>{record.id}</code></p>"]
        if hasattr(record, "name"):
            body.append(names(record.name, record.label))
        facts = []
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            if field.name in {"id", "name", "label", "citations", "posts", "participants", "file"}:
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
        whole = "the decision" if isinstance(record, Decision) else "the record and its names"
        body.append(citations(record.citations, whole=whole))
        body.append(decisions_about(record.id))
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


def decisions() -> None:
    """The decisions page: every judgement call that shapes the data, by kind."""
    lines = [
        "# Decisions on record",
        "",
        "Every judgement call that shapes the data is itself a record of the dataset, a",
        "`Decision`: what was decided, the records it affects, the quotes that decide it",
        "and what would change it. `ds.decisions` lists them, `ds.decisions_about(record)`",
        "those about a record; each record's entry in the [catalogue](catalogue/index.md)",
        "links to them. A decision that merged a record into another, or gave one a new id,",
        "keeps the ids it retired (`former_ids`): they still find the record, with a",
        "`DeprecationWarning`, for one release. The kinds of decision are listed in the",
        "[data model](model.md#kinds).",
        "",
        "The articles are named by the number their file begins with: "
        + ", ".join(f"{source.file[:3]} is `{source.id}`" for source in ds.sources.sort_by("file"))
        + ".",
        "",
        f"{len(ds.decisions)} decisions.",
        "",
    ]
    for kind in maroc_ai.DecisionKind:
        chosen = ds.decisions.where(kind=kind)
        if not chosen:
            continue
        lines += [f"## {kind.value.title()}", ""]
        for decision in chosen:
            lines += [f"### `{decision.id}` {{#{decision.id}}}", ""]
            body = [f"<p>{rtl_inline(decision.decided)}</p>"]
            affected = ", ".join(link(id, "../catalogue/") for id in decision.affects)
            body.append(f"<p><strong>Affects</strong> {affected}</p>")
            if decision.former_ids:
                retired = ", ".join(f"<code>{id}</code>" for id in decision.former_ids)
                body.append(f"<p><strong>Former ids</strong> {retired}</p>")
            if decision.revisit_if:
                body.append(
                    f"<p><strong>Revisit if</strong> {html.escape(decision.revisit_if)}</p>"
                )
            body.append("<p><strong>The quotes that decide it</strong></p>")
            body.append(citations(decision.citations, "../catalogue/", "the decision"))
            lines += ["<div>\n" + "\n".join(body) + "\n</div>", ""]
    with mkdocs_gen_files.open("decisions.md", "w") as page:
        page.write("\n".join(lines) + "\n")


def rtl_inline(text: str) -> str:
    """Latin text with the Arabic quotes it holds isolated, so each keeps its order."""
    escaped = html.escape(text)
    return escaped.replace("«", "«<bdi>").replace("»", "</bdi>»")


def figures() -> None:
    """The figures, as PNG files: ``figures/NAME.png`` in English, ``NAME-ar.png`` in Arabic."""
    import matplotlib.pyplot as plt

    for name in ("timeline", "network", "map"):
        for lang, suffix in (("en", ""), ("ar", "-ar")):
            figure = getattr(ds.plot, name)(lang=lang)
            with mkdocs_gen_files.open(f"figures/{name}{suffix}.png", "wb") as file:
                figure.savefig(file, format="png", dpi=90)
            plt.close(figure)
    interactive_networks()


INTERACTIVE = "<!-- interactive networks: the documentation build puts them here -->"
"""Where the figures page shows the interactive networks."""


def interactive_networks() -> None:
    """``figures/network.html`` and ``network-ar.html``, framed on the figures page.

    The pages load one ``figures/plotly.min.js``; each frame is as tall as its figure.
    """
    from plotly.offline import get_plotlyjs

    frames = []
    for lang, suffix, title in (
        ("en", "", "The interactive network"),
        ("ar", "-ar", "The interactive network in Arabic"),
    ):
        name = f"network{suffix}.html"
        with mkdocs_gen_files.open(f"figures/{name}", "w", encoding="utf-8") as file:
            file.write(ds.plot.network_html(lang=lang, include_plotlyjs="directory"))
        height = ds.plot.network_figure(lang=lang).layout.height
        # the page is at figures/, beside the files generated into figures/
        frames.append(
            f'<iframe class="maroc-network" src="{name}" title="{title}"'
            f' style="height: {height}px"></iframe>'
        )
        frames.append(f'<p><a href="{name}">{title}, on a page of its own</a></p>')
    with mkdocs_gen_files.open("figures/plotly.min.js", "w", encoding="utf-8") as file:
        file.write(get_plotlyjs())
    page = (ROOT / "docs" / "figures.md").read_text(encoding="utf-8")
    if INTERACTIVE not in page:
        raise SystemExit(f"docs/figures.md has lost the line {INTERACTIVE}")
    with mkdocs_gen_files.open("figures.md", "w", encoding="utf-8") as file:
        file.write(page.replace(INTERACTIVE, "\n\n".join(frames)))


OUTPUT = "```{.text .maroc-output .no-copy}"
"""The fence of a cell's output: a block that wraps, each line in its own direction."""


def run_cell(source: str, namespace: dict[str, Any]) -> Any:
    """Run a notebook cell; return the value of its last line if it is an expression."""
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, "tutorial.ipynb", "exec"), namespace)
    if last is None:
        return None
    return eval(compile(ast.Expression(last.value), "tutorial.ipynb", "eval"), namespace)


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
            shown = run_cell(source, namespace)
        lines += ["```python", source, "```", ""]
        if output.getvalue():
            lines += [OUTPUT, output.getvalue().rstrip("\n"), "```", ""]
        if hasattr(shown, "_repr_html_"):
            # what a notebook displays for the cell's last expression
            lines += [f'<div class="maroc-view">{shown._repr_html_()}</div>', ""]
        elif shown is not None:
            lines += [OUTPUT, repr(shown), "```", ""]
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
decisions()
figures()
tutorial()
cli_reference()
changelog()
