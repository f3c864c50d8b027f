"""Queries, timelines, hits and the dataset as a notebook shows them: names, not ids."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings

import maroc_ai
from maroc_ai._display import facts
from maroc_ai.testing import datasets

from .html_tables import table


def test_query_text_gives_places_by_name(dataset: maroc_ai.Dataset) -> None:
    text = repr(dataset.facilities.where(id="dakhla-data-centre"))
    assert text.splitlines() == [
        "<1 facility>",
        "  dakhla-data-centre  data centre in Dakhla  data centre, planned, up to 500 MW, in Dakhla",
    ]


def test_query_html_shows_references_by_name_with_the_id_on_hover(
    dataset: maroc_ai.Dataset,
) -> None:
    shown = table(dataset.partnerships._repr_html_())
    assert shown.caption == "4 partnerships"
    assert shown.head[:3] == ["id", "name", "Arabic name"]
    (memorandum,) = [row for row in shown.rows if row[0].text == "mistral-ai-memorandum"]
    parties = memorandum[shown.head.index("parties")]
    assert parties.text == "Ministry of Digital Transition and Administrative ReformMistral AI"
    titles = [attrs.get("title") for _, attrs in parties.inner if attrs.get("title")]
    assert titles == ["id: ministry-digital-transition", "id: mistral-ai"]
    assert memorandum[shown.head.index("participants")].text == "6 participations"


def test_no_column_is_empty(dataset: maroc_ai.Dataset) -> None:
    for name, query in dataset.collections().items():
        shown = table(query._repr_html_())
        for heading in shown.head:
            assert any(cell.text.strip() for cell in shown.column(heading)), (name, heading)
    targets = table(dataset.targets._repr_html_())
    assert "Arabic name" not in targets.head


def test_arabic_cells_are_set_right_to_left(dataset: maroc_ai.Dataset) -> None:
    shown = table(dataset.officials._repr_html_())
    for arabic in shown.column("Arabic name"):
        if arabic.text:
            assert arabic.attributes == {"dir": "rtl", "lang": "ar"}


def test_english_with_arabic_in_it_stays_left_to_right(dataset: maroc_ai.Dataset) -> None:
    shown = table(dataset.decisions.where(id="bertrand-baret-name")._repr_html_())
    (name,) = shown.column("name")
    assert name.attributes == {"dir": "ltr"}
    assert ("bdi", {"lang": "ar"}) in name.inner


def test_show_gives_a_record_with_names(dataset: maroc_ai.Dataset) -> None:
    view = dataset.show("Mistral AI")
    assert view.record is dataset.get("mistral-ai")
    shown = table(dataset.show("mistral-ai-memorandum")._repr_html_())
    fields = {row[0].text: row[1] for row in shown.rows}
    assert fields["place"].text == "Rabat"
    assert "Amal El Fallah Seghrouchni" in fields["participants"].text
    assert "amal-el-fallah-seghrouchni" not in fields["participants"].text
    assert repr(view) == repr(dataset.get("mistral-ai"))


def test_timeline_html(dataset: maroc_ai.Dataset) -> None:
    shown = table(dataset.timeline()._repr_html_())
    assert shown.caption == "timeline: 8 dated records, 11 undated"
    assert shown.head == ["date", "type", "id", "name", "Arabic name", "facts"]
    assert [cell.text for cell in shown.column("date")][:2] == ["2024", "2025-07-01/2025-07-02"]


def test_hits_show_the_name_and_the_words_that_matched(dataset: maroc_ai.Dataset) -> None:
    hits = dataset.search("السغروشني")
    text = repr(hits)
    assert text.splitlines()[0] == "<2 hits>"
    assert "Omar Seghrouchni" in text
    assert "by 'عمر السغروشني'" in text
    shown = table(hits._repr_html_())
    assert shown.head == ["score", "type", "id", "name", "Arabic name", "matched name"]
    assert repr(dataset.search("Mistral AI", limit=1)).splitlines()[0] == "<1 hit>"


def test_dataset_html(dataset: maroc_ai.Dataset) -> None:
    shown = table(dataset._repr_html_())
    assert shown.caption == f"maroc_ai dataset: {len(dataset)} records, 5 source texts"
    assert [row[0].text for row in shown.rows] == list(dataset.collections())


def test_facts_name_what_a_decision_affects(dataset: maroc_ai.Dataset) -> None:
    decision = dataset.get("bertrand-baret-name")
    assert facts(decision) == "name, affects bertrand-baret"
    assert (
        facts(decision, {"bertrand-baret": "Bertrand Baret"}.get) == "name, affects Bertrand Baret"
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(max_records=6))
def test_every_view_names_what_it_refers_to(dataset: maroc_ai.Dataset) -> None:
    """Whatever the data, a reference that resolves is shown by name, with its id on hover."""
    for query in dataset.collections().values():
        html = query._repr_html_()
        shown = table(html)
        assert shown.caption.split()[0] == str(len(query))
        for heading in shown.head:
            assert any(cell.text.strip() for cell in shown.column(heading))
        for id in re.findall(r'title="id: ([^"]+)"', html):
            assert id in dataset
        for record in query:
            assert repr(dataset.show(record)) == repr(record)
