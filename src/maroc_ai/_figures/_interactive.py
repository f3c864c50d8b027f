"""The interactive network: the network figure drawn with plotly, for a notebook or a web page.

Nodes stand where ``ds.plot.network()`` puts them (`_graph_layout`), and each part an
edge stands for has its colour and line. Hovering a node shows its name, kind and id;
hovering an edge, the part taken, by whom, in what. A click on the legend hides or
shows a kind of node or a part.

Labels lie beside the plot, in margins as wide as the longest label needs (estimated
from its letters, as no font is at hand), so the figure keeps its shape at any width.
Arabic text is embedded right to left (U+202B … U+202C), so a line that mixes scripts
reads from the right. plotly is imported only when a figure is made.
"""

from __future__ import annotations

import html
import os
import textwrap
from typing import TYPE_CHECKING, Any

from ._fonts import has_arabic
from ._graph_layout import NODES, RELATIONS, UNLINKED, WHAT, Layout, columns, curve, layout
from ._words import Language, label, words

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["figure", "page", "plotly"]

_FONT = 'Helvetica, Arial, "Noto Sans", "Noto Sans Arabic", sans-serif'
_DASHES = {"-": "solid", "--": "dash", "-.": "dashdot", ":": "dot"}
_SYMBOLS = {"s": "square", "o": "circle", "D": "diamond", "^": "triangle-up"}
_SIZE = 11  # a label's font size, px
_ROW = 28  # px from one row to the next: room for a label of two lines
_WRAP = 32  # letters on a line of a label
_PAD = 0.02  # the x range beyond each column, so no marker is cut
_BOLD = ("organizations", "unlinked")
_GAP = "\u2002"  # an en space between a marker and its label
_TOP, _BOTTOM = 70, 160  # px above the plot (title) and below it (the legends)
_CONFIG = {"displaylogo": False, "responsive": True}


def plotly() -> Any:
    """``plotly.graph_objects``, or an `ImportError` that says what to install."""
    try:
        import plotly.graph_objects as go
    except ImportError:
        raise ImportError(
            'the interactive network needs plotly: pip install "maroc-ai[interactive]"'
        ) from None
    return go


def figure(dataset: Dataset, lang: Language) -> Any:
    """The network of ``dataset`` as a plotly ``Figure``, labelled in ``lang``."""
    go = plotly()
    said = words(lang)
    place = layout(dataset)
    rtl = lang == "ar"
    who_x, what_x = columns(rtl=rtl)
    names = {id: label(dataset.get(id), lang) for id in [*place.who, *place.what]}
    traces = [_bands(go, place, who_x)]
    for relation in place.relations():
        traces += _edges(go, place, relation, names, said, rtl=rtl)
    for kind in (*NODES, "unlinked"):
        ids = [row.id for row in place.rows if row.kind == kind]
        ids += [hub for hub in place.hubs if place.kinds[hub] == kind]
        if ids:
            traces.append(_nodes(go, place, kind, ids, names, said, rtl=rtl))
    drawn = go.Figure(traces)
    left, right = _margins(place, names, said, rtl=rtl)
    drawn.update_layout(
        template="none",
        font={"family": _FONT, "size": _SIZE, "color": "#222222"},
        title={"text": html.escape(said["network.title"], quote=False), "x": 0.5},
        height=_TOP + _BOTTOM + round((place.bottom + 2.4) * _ROW),
        margin={"l": left, "r": right, "t": _TOP, "b": _BOTTOM, "autoexpand": False},
        xaxis={"visible": False, "range": [-_PAD, 1 + _PAD], "fixedrange": True},
        yaxis={"visible": False, "range": [place.bottom + 0.8, -1.6], "fixedrange": True},
        showlegend=True,
        # under the plot, side by side: the kinds of node on the "who" side, the parts on the other
        legend=_legend(left=not rtl),
        legend2=_legend(left=rtl),
        hovermode="closest",
        dragmode=False,
        # nothing to zoom or select: the modebar keeps the button that saves a picture
        modebar={
            "remove": ["select", "lasso", "togglespikelines", "togglehover", "sendcharttocloud"]
        },
        hoverlabel={"align": "right" if rtl else "left", "font": {"family": _FONT}},
        annotations=[
            _heading(said["network.who"], who_x, left=not rtl),
            _heading(said["network.what"], what_x, left=rtl),
        ],
    )
    return drawn


def page(
    drawn: Any,
    lang: Language,
    path: str | os.PathLike[str] | None,
    include_plotlyjs: bool | str,
) -> str:
    """``drawn`` as a web page of its own, written to ``path`` if one is given.

    With ``include_plotlyjs="directory"`` the page loads ``plotly.min.js`` from its own
    folder, where it is written beside ``path`` unless one is there already.
    """
    text: str = drawn.to_html(
        include_plotlyjs=include_plotlyjs,
        full_html=True,
        config=_CONFIG,
        div_id=f"maroc-ai-network-{lang}",
    )
    text = text.replace("<html>", f'<html lang="{lang}">', 1)
    # no margin round the figure: a frame as tall as the figure shows it whole, unscrolled
    head = f"<title>{drawn.layout.title.text}</title><style>body {{margin: 0;}}</style>"
    text = text.replace("<head>", f"<head>{head}", 1)
    if path is not None:
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        bundle = os.path.join(os.path.dirname(os.path.abspath(path)), "plotly.min.js")
        if include_plotlyjs == "directory" and not os.path.exists(bundle):
            from plotly.offline import get_plotlyjs

            with open(bundle, "w", encoding="utf-8") as file:
                file.write(get_plotlyjs())
    return text


def _shown(text: str) -> str:
    """``text`` escaped for plotly, set right to left if it has Arabic letters."""
    escaped = html.escape(text, quote=False)
    return f"\u202b{escaped}\u202c" if has_arabic(text) else escaped


def _bands(go: Any, place: Layout, x: float) -> Any:
    """The grey band behind each organization and its officials."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for top, bottom in place.groups():
        xs += [x, x, None]
        ys += [top - 0.15, bottom + 0.15, None]
    return go.Scatter(
        x=xs,
        y=ys,
        mode="lines",
        line={"color": "#e0e0e0", "width": 9},
        hoverinfo="skip",
        showlegend=False,
    )


def _edges(
    go: Any,
    place: Layout,
    relation: str,
    names: dict[str, str],
    said: dict[str, str],
    *,
    rtl: bool,
) -> list[Any]:
    """The edges of one part, a curve each with what it stands for on hover, one legend entry.

    A trace per edge carries its hover text once, not once per point of its curve.
    """
    who_x, what_x = columns(rtl=rtl)
    colour, style, width = RELATIONS[relation]
    role = said[f"network.{relation}"]
    traces: list[Any] = []
    for edge in place.edges:
        if edge.relation != relation:
            continue
        xs, ys = curve((who_x, place.who[edge.source]), (what_x, place.what[edge.target]))
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                name=html.escape(role, quote=False),
                legend="legend2",
                legendgroup=relation,
                showlegend=not traces,
                line={"color": colour, "dash": _DASHES[style], "width": width * 4 / 3},  # pt to px
                opacity=0.85,
                hovertext=f"<b>{_shown(role)}</b><br>{_shown(names[edge.source])}"
                f"<br>{_shown(names[edge.target])}",
                hoverinfo="text",
            )
        )
    return traces


def _nodes(
    go: Any,
    place: Layout,
    kind: str,
    ids: list[str],
    names: dict[str, str],
    said: dict[str, str],
    *,
    rtl: bool,
) -> Any:
    """The nodes of one kind: markers, their labels on the outer side, name, kind and id on hover."""
    who_x, what_x = columns(rtl=rtl)
    hub = kind in WHAT
    marker, colour = NODES.get(kind, UNLINKED)
    hollow = kind == "unlinked"
    outer_left = rtl if hub else not rtl
    texts, hover = [], []
    for id in ids:
        shown = [_shown(line) for line in _lines(names[id])]
        shown = [line + _GAP if outer_left else _GAP + line for line in shown]
        text = "<br>".join(shown)
        texts.append(f"<b>{text}</b>" if kind in _BOLD else text)
        hover.append(
            f"<b>{_shown(names[id])}</b><br>{_shown(said[f'network.{kind}'])}"
            f"<br>{_shown(said['network.id'] + ': ' + id)}"
        )
    return go.Scatter(
        x=[what_x if hub else who_x] * len(ids),
        y=[(place.what if hub else place.who)[id] for id in ids],
        ids=ids,
        mode="markers+text",
        name=html.escape(said[f"network.{kind}"], quote=False),
        legendgroup="organizations" if kind in _BOLD else None,
        showlegend=not hollow,
        marker={
            "symbol": _SYMBOLS[marker],
            "size": 10,
            "color": "white" if hollow else colour,
            "line": {"color": colour, "width": 1.5},
        },
        text=texts,
        textposition="middle left" if outer_left else "middle right",
        textfont={"color": "#737373" if hollow else "#222222"},
        hovertext=hover,
        hoverinfo="text",
        cliponaxis=False,
    )


def _lines(text: str) -> list[str]:
    """A label as the lines it is shown on: two at the most, as a row has room for two."""
    width = _WRAP
    while len(lines := textwrap.wrap(text, width)) > 2:
        width += 4
    return lines or [text]


def _legend(*, left: bool) -> dict[str, Any]:
    """A legend under the plot, ending at its middle (``left``) or starting there."""
    return {
        "xref": "container",
        "x": 0.49 if left else 0.51,
        "xanchor": "right" if left else "left",
        "yref": "paper",
        "y": 0.0,
        "yanchor": "top",
        "font": {"size": _SIZE + 1},
        "tracegroupgap": 0,
    }


def _heading(text: str, x: float, *, left: bool) -> dict[str, Any]:
    """A column's heading, above it, on the side its labels are."""
    return {
        "x": x,
        "y": -1.2,
        "xref": "x",
        "yref": "y",
        "text": f"<i>{_shown(text)}</i>",
        "showarrow": False,
        "xanchor": "right" if left else "left",
        "xshift": -10 if left else 10,
        "font": {"size": _SIZE + 1, "color": "#4c4c4c"},
    }


def _margins(
    place: Layout, names: dict[str, str], said: dict[str, str], *, rtl: bool
) -> tuple[int, int]:
    """The left and right margins, px: room for the widest label on each side, and a little more."""
    who = [
        _width(line, bold=row.kind in _BOLD) for row in place.rows for line in _lines(names[row.id])
    ]
    what = [_width(line) for hub in place.hubs for line in _lines(names[hub])]
    who.append(_width(said["network.who"]) * 1.1)
    what.append(_width(said["network.what"]) * 1.1)
    left, right = (what, who) if rtl else (who, what)
    return round(max(left) + 24), round(max(right) + 24)


def _width(text: str, *, bold: bool = False) -> float:
    """About how wide ``text`` is at the labels' size, px: letters in ems of common sans fonts."""
    ems = 0.0
    for char in text:
        if has_arabic(char):
            ems += 0.5
        elif char in " .,:;'!|()[]-ijlrtf":
            ems += 0.32
        elif char.isupper() or char in "mw":
            ems += 0.72
        else:
            ems += 0.57
    return ems * _SIZE * (1.08 if bold else 1.0)
