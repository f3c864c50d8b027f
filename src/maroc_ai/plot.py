"""Figures of a dataset: ``ds.plot.timeline()``, ``.network()``, ``.map()``, and an interactive network.

matplotlib 3.11 or later is an optional dependency (``pip install "maroc-ai[plot]"``),
imported only when a figure is drawn. Each of ``timeline``, ``network`` and ``map``
returns the `matplotlib.figure.Figure` it drew on (pass ``ax=`` to draw into axes of
your own) and shows nothing by itself.

``network_figure()`` and ``network_html()`` draw the network with plotly instead
(``pip install "maroc-ai[interactive]"``), as a figure to explore in a notebook or a
web page that works offline: the same layout, names, kinds and ids on hover.

Each figure is labelled in the language ``lang`` names: ``"en"`` (the default), ``"fr"``
or ``"ar"``. A record is called by its name in that language, else by its English,
French or, where it has no other, Arabic name. matplotlib 3.11 joins Arabic letters
and sets them right to left; the package ships Noto Sans Arabic for them, so no font
needs installing.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ._figures._fonts import pyplot
from ._figures._words import check_language
from .dataset import Dataset

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from plotly.graph_objects import Figure as PlotlyFigure

    from ._figures._words import Language

__all__ = ["MOROCCO_FRAME", "Plots"]

MOROCCO_FRAME = (-17.5, -0.5, 20.5, 36.5)
"""The longitudes and latitudes the map shows: west, east, south, north."""


def _new_axes(size: tuple[float, float]) -> Axes:
    _, ax = pyplot().subplots(figsize=size, layout="constrained")
    return ax  # type: ignore[no-any-return]


class Plots:
    """The figures of one dataset: ``ds.plot``."""

    __slots__ = ("_dataset",)

    def __init__(self, dataset: Dataset) -> None:
        self._dataset = dataset

    def __repr__(self) -> str:
        return (
            "<Plots: timeline(), network(), map(), network_figure(), network_html();"
            " lang='en', 'fr' or 'ar'>"
        )

    def timeline(self, ax: Axes | None = None, *, lang: Language = "en") -> Figure:
        """Agreements, events and targets on a date axis, each labelled with its name.

        A date known to the day is a point (an event of several days, a point for its
        first and last); a date known only to the month or the year is a bar over that
        month or year, since the record lies somewhere within it. Records whose sources
        give no calendar date (or only a weekday) are listed under the axis by name.
        """
        from ._figures import _timeline

        lang = check_language(lang)
        if ax is None:
            ax = _new_axes((11, 6.5))
        _timeline.draw(self._dataset, ax, lang)
        return ax.figure  # type: ignore[return-value]

    def network(self, ax: Axes | None = None, *, lang: Language = "en") -> Figure:
        """Who signed or attended what: organizations and officials linked to agreements and events.

        Organizations stand with their officials under them, agreements and events
        across from them (mirrored for Arabic, which reads from the right); an edge's
        colour and line say the part taken: a party, an organizer, a signatory …
        """
        from ._figures import _graph

        lang = check_language(lang)
        if ax is None:
            ax = _new_axes(_graph.size(self._dataset))
        _graph.draw(self._dataset, ax, lang)
        return ax.figure  # type: ignore[return-value]

    def network_figure(self, *, lang: Language = "en") -> PlotlyFigure:
        """The network of `network()` as an interactive plotly figure.

        Nodes stand where `network()` puts them and edges have its colours and lines.
        Hover a node for its name, kind and id, an edge for the part taken, by whom, in
        what; click a kind or a part in the legend to hide or show it. A notebook shows
        the figure as it is; ``.write_html(path)`` makes a web page of it. Needs plotly:
        ``pip install "maroc-ai[interactive]"``.
        """
        from ._figures import _interactive

        return _interactive.figure(self._dataset, check_language(lang))

    def network_html(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        lang: Language = "en",
        include_plotlyjs: bool | str = True,
    ) -> str:
        """The interactive network as a web page of its own: its HTML, written to ``path`` if given.

        ``include_plotlyjs`` says where the page finds plotly's JavaScript (plotly's own
        choices): ``True``, the default, puts it in the page (about 5 MB), which then
        works offline; ``"directory"`` loads ``plotly.min.js`` from the page's folder,
        where it is written beside ``path`` (once for several pages); ``"cdn"`` from
        the internet. Needs plotly: ``pip install "maroc-ai[interactive]"``.

        ```python
        ds.plot.network_html("network-ar.html", lang="ar")
        ```
        """
        from ._figures import _interactive

        lang = check_language(lang)
        drawn = _interactive.figure(self._dataset, lang)
        return _interactive.page(drawn, lang, path, include_plotlyjs)

    def map(self, ax: Axes | None = None, *, lang: Language = "en") -> Figure:
        """The facilities at their places, on Morocco's land and coast.

        A city is a dot, a region a ring at its representative point (its most populous
        city). Coordinates come from the GeoNames gazetteer, land and coast from
        Natural Earth; no borders are drawn. Facilities with no place, or whose place
        has no coordinates or lies off the map, are listed under it by name.
        """
        from ._figures import _map

        lang = check_language(lang)
        if ax is None:
            ax = _new_axes((9, 9))
        _map.draw(self._dataset, ax, lang, MOROCCO_FRAME)
        return ax.figure  # type: ignore[return-value]


setattr(Dataset, "plot", property(Plots, doc=Plots.__doc__))  # noqa: B010 - typed in Dataset
