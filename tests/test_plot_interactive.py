"""The interactive network, read back from the web page as a browser gets it: every node named
in the chosen language, the legend, what a hover shows, where the page finds plotly.js."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import maroc_ai
from maroc_ai._figures._graph_layout import NODES, RELATIONS, layout
from maroc_ai._figures._words import Language, label, words
from maroc_ai._network import network
from maroc_ai.testing import datasets

MARKS = re.compile("[\u202b\u202c\u2002]")


@pytest.fixture
def plotly() -> Any:
    return pytest.importorskip("plotly")


def _plot(page: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The traces and the layout the page hands to ``Plotly.newPlot``."""
    decoder = json.JSONDecoder()
    # the last call: plotly.js in the page may name the function too
    at = page.rindex("Plotly.newPlot(") + len("Plotly.newPlot(")
    parsed = []
    for _ in range(3):  # the div's id, the traces, the layout
        while page[at] in " \n\t,":
            at += 1
        value, at = decoder.raw_decode(page, at)
        parsed.append(value)
    return parsed[1], parsed[2]


def _read(text: str) -> str:
    """Plotly's text as a reader sees it: tags gone, entities read, spaces and marks aside."""
    return _words(html.unescape(re.sub(r"</?[bi]>|<br>", " ", text)))


def _words(text: str) -> str:
    return " ".join(MARKS.sub("", text).split())


def _labels(traces: list[dict[str, Any]]) -> dict[str, str]:
    """Each node's id and the label written beside it."""
    return {
        id: _read(text)
        for trace in traces
        if trace.get("mode") == "markers+text"
        for id, text in zip(trace["ids"], trace["text"], strict=True)
    }


def _legend(traces: list[dict[str, Any]], legend: str) -> list[str]:
    return [
        _read(trace["name"])
        for trace in traces
        if trace.get("legend", "legend") == legend and trace.get("showlegend", True)
    ]


def _expected(dataset: maroc_ai.Dataset, lang: Language) -> dict[str, str]:
    place = layout(dataset)
    return {id: label(dataset.get(id), lang) for id in [*place.who, *place.what]}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_page_names_every_node_by_its_label_in_the_language(
    dataset: maroc_ai.Dataset, plotly: Any, lang: Language
) -> None:
    traces, _ = _plot(dataset.plot.network_html(lang=lang))
    shown = _labels(traces)
    assert shown == _expected(dataset, lang)
    nodes = {node.id for node in network(dataset).nodes}
    assert nodes < set(shown)  # and the officials' organizations that are not parties
    assert shown["cdg"] == label(dataset.get("cdg"), lang)


def test_each_part_in_the_data_has_its_line_in_the_legend(
    dataset: maroc_ai.Dataset, plotly: Any
) -> None:
    traces, _ = _plot(dataset.plot.network_html())
    present = {edge.relation for edge in network(dataset).edges}
    assert present == set(RELATIONS)  # the bundled data has every part
    assert _legend(traces, "legend2") == [words("en")[f"network.{r}"] for r in RELATIONS]
    assert _legend(traces, "legend") == ["organization", "official", "agreement", "event"]
    lines = {trace["name"]: trace["line"] for trace in traces if trace.get("legend") == "legend2"}
    dashes = {"-": "solid", "--": "dash", "-.": "dashdot", ":": "dot"}
    for relation, (colour, style, _) in RELATIONS.items():
        assert lines[relation]["color"] == colour
        assert lines[relation]["dash"] == dashes[style]
    markers = {
        trace["name"]: trace["marker"]["color"]
        for trace in traces
        if trace.get("mode") == "markers+text"
    }
    for kind, (_, colour) in NODES.items():
        assert markers[words("en")[f"network.{kind}"]] == colour


def test_a_legend_names_only_the_parts_the_data_has(dataset: maroc_ai.Dataset, plotly: Any) -> None:
    import attrs

    no_events = attrs.evolve(dataset, events=())
    traces, _ = _plot(no_events.plot.network_html(lang="fr"))
    parts = ["partie", "signataire", "président de séance", "représentant", "présent"]
    assert _legend(traces, "legend2") == parts  # no organizer, no speaker: only events have them
    assert _legend(traces, "legend") == ["organisation", "responsable", "accord"]


def test_hovering_says_name_kind_and_id_and_for_an_edge_the_part(
    dataset: maroc_ai.Dataset, plotly: Any
) -> None:
    traces, _ = _plot(dataset.plot.network_html())
    hovers = {
        id: _read(hover)
        for trace in traces
        if trace.get("mode") == "markers+text"
        for id, hover in zip(trace["ids"], trace["hovertext"], strict=True)
    }
    assert hovers["mistral-ai"] == "Mistral AI organization id: mistral-ai"
    assert hovers["arthur-mensch"] == "Arthur Mensch official id: arthur-mensch"
    assert hovers["cdg"].endswith("organization of an official, itself not a party id: cdg")
    edges = [_read(trace["hovertext"]) for trace in traces if trace.get("legend") == "legend2"]
    assert len(edges) == len(set(edges)) == len(network(dataset).edges)
    assert "signatory Arthur Mensch strategic memorandum of understanding with Mistral AI" in edges
    assert "party Mistral AI strategic memorandum of understanding with Mistral AI" in edges


def test_arabic_labels_with_lang_ar(dataset: maroc_ai.Dataset, plotly: Any) -> None:
    page = dataset.plot.network_html(lang="ar")
    traces, layout = _plot(page)
    shown = set(_labels(traces).values())
    assert {"أمل الفلاح السغروشني", "ميسترال للذكاء الاصطناعي", "وزارة الصناعة والتجارة"} <= shown
    assert not {"Mistral AI", "Ministry of Industry and Trade"} & shown
    assert {"طرف", "موقّع"} <= set(_legend(traces, "legend2"))
    assert _read(layout["title"]["text"]) == "من وقّع أو حضر ماذا"
    # embedded right to left, so that a line mixing scripts reads from the right
    (officials,) = [trace for trace in traces if trace.get("name") == "مسؤول"]
    assert all(text.startswith("\u2002\u202b") for text in officials["text"])
    assert '<html lang="ar">' in page


def test_arabic_mirrors_the_columns(dataset: maroc_ai.Dataset, plotly: Any) -> None:
    for lang, who, what in (("en", 0.0, 1.0), ("ar", 1.0, 0.0)):
        figure = dataset.plot.network_figure(lang=lang)  # type: ignore[arg-type]
        xs = {
            id: x
            for trace in figure.data
            if trace.mode == "markers+text"
            for id, x in zip(trace.ids, trace.x, strict=True)
        }
        assert xs["mistral-ai"] == xs["arthur-mensch"] == who
        assert xs["mistral-ai-memorandum"] == xs["national-conference-july-2025"] == what


def test_nodes_stand_where_the_static_figure_puts_them(
    dataset: maroc_ai.Dataset, plotly: Any
) -> None:
    figure = dataset.plot.network_figure()
    ys = {
        id: y
        for trace in figure.data
        if trace.mode == "markers+text"
        for id, y in zip(trace.ids, trace.y, strict=True)
    }
    place = layout(dataset)
    assert ys == {**place.who, **place.what}
    assert ys["arthur-mensch"] == ys["mistral-ai"] + 1
    assert ys["khalid-safir"] == ys["cdg"] + 1


def test_the_page_works_offline_with_plotly_js_inside(
    dataset: maroc_ai.Dataset, plotly: Any, tmp_path: Path
) -> None:
    path = tmp_path / "network.html"
    page = dataset.plot.network_html(path)
    assert path.read_text(encoding="utf-8") == page
    assert "<script src=" not in page  # nothing to fetch
    assert plotly.offline.get_plotlyjs()[:2000] in page
    assert "<title>Who signed or attended what</title>" in page
    assert not (tmp_path / "plotly.min.js").exists()


def test_pages_in_one_folder_share_one_plotly_js(
    dataset: maroc_ai.Dataset, plotly: Any, tmp_path: Path
) -> None:
    for lang in ("en", "ar"):
        page = dataset.plot.network_html(
            tmp_path / f"network-{lang}.html",
            lang=lang,
            include_plotlyjs="directory",
        )
        assert '<script charset="utf-8" src="plotly.min.js"></script>' in page
        assert len(page) < 1_000_000
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "network-ar.html",
        "network-en.html",
        "plotly.min.js",
    ]
    bundle = (tmp_path / "plotly.min.js").read_text(encoding="utf-8")
    assert bundle == plotly.offline.get_plotlyjs()


def test_an_unknown_language_is_an_error_that_names_the_known_ones(
    dataset: maroc_ai.Dataset,
) -> None:
    with pytest.raises(ValueError, match="lang must be one of 'ar', 'en' or 'fr', not 'de'"):
        dataset.plot.network_html(lang="de")  # type: ignore[arg-type]


def test_without_plotly_the_error_says_what_to_install(
    dataset: maroc_ai.Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "plotly.graph_objects", None)
    for make in (dataset.plot.network_figure, dataset.plot.network_html):
        with pytest.raises(ImportError, match=r"pip install \"maroc-ai\[interactive\]\""):
            make()


def test_import_loads_no_plotly() -> None:
    code = (
        "import sys, maroc_ai; maroc_ai.load().plot; "
        "assert 'plotly' not in sys.modules, 'plotly imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_accessor_names_the_interactive_network(dataset: maroc_ai.Dataset) -> None:
    assert "network_figure(), network_html()" in repr(dataset.plot)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(), st.sampled_from(["en", "fr", "ar"]))
def test_any_valid_dataset_makes_a_page_that_names_each_node(
    dataset: maroc_ai.Dataset, lang: Language
) -> None:
    pytest.importorskip("plotly")
    traces, _ = _plot(dataset.plot.network_html(lang=lang, include_plotlyjs=False))
    expected = {id: _words(name) for id, name in _expected(dataset, lang).items()}
    assert _labels(traces) == expected
    hubs: list[maroc_ai.Partnership | maroc_ai.Event] = [*dataset.partnerships, *dataset.events]
    for record in hubs:
        assert _labels(traces)[record.id] == _words(label(record, lang))
