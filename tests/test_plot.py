"""Each figure is drawn from the real data, with the labels a reader needs (Agg backend)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

import maroc_ai

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def _texts(figure: object) -> set[str]:
    return {text.get_text() for ax in figure.axes for text in ax.texts}  # type: ignore[attr-defined]


def test_timeline_labels_agreements_events_and_horizons(dataset: maroc_ai.Dataset) -> None:
    figure = dataset.plot.timeline()
    (ax,) = figure.axes
    assert [label.get_text() for label in ax.get_yticklabels()] == [
        "Agreements",
        "Events",
        "Target horizons",
    ]
    texts = _texts(figure)
    assert "Strategic memorandum of understanding with Mistral AI" in texts
    assert "National conference of July 2025" in texts
    assert "added value: about 100 billion MAD" in texts
    assert len(ax.lines) == len(
        [r for r in dataset.timeline() if not isinstance(r, maroc_ai.Source)]
    )
    assert "axa-skills-partnership" in ax.get_xlabel()


def test_network_draws_every_node_and_edge(dataset: maroc_ai.Dataset) -> None:
    from maroc_ai._network import network

    graph = network(dataset)
    figure = dataset.plot.network()
    (ax,) = figure.axes
    texts = _texts(figure)
    assert {node.label for node in graph.nodes} <= texts
    assert {"Mistral AI", "Amal El Fallah Seghrouchni", "signatory"} <= texts
    assert len(ax.lines) == len(graph.edges)
    legend = ax.get_legend()
    assert legend is not None
    assert {t.get_text() for t in legend.get_texts()} == {
        "organizations",
        "officials",
        "partnerships",
        "events",
    }


def test_map_places_facilities_at_their_coordinates(dataset: maroc_ai.Dataset) -> None:
    figure = dataset.plot.map()
    (ax,) = figure.axes
    texts = _texts(figure)
    assert {"Rabat", "Casablanca", "Dakhla", "• Dakhla data centre"} <= texts
    assert any(t.startswith("Not placed: ") and "mistral-joint-laboratory" in t for t in texts)
    points = {tuple(numpy.asarray(c.get_offsets())[0].tolist()) for c in ax.collections}
    rabat = dataset.get("rabat", maroc_ai.Place).coordinates
    assert rabat is not None
    assert (rabat.longitude, rabat.latitude) in points


def test_figures_draw_into_given_axes(dataset: maroc_ai.Dataset) -> None:
    figure, axes = plt.subplots(1, 3)
    assert dataset.plot.timeline(ax=axes[0]) is figure
    assert dataset.plot.network(ax=axes[1]) is figure
    assert dataset.plot.map(ax=axes[2]) is figure


def test_without_matplotlib_the_error_says_what_to_install(
    dataset: maroc_ai.Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r"pip install \"maroc-ai\[plot\]\""):
        dataset.plot.map()
