"""One record as a notebook shows it on its own: ids for references, quotes right to left."""

from __future__ import annotations

import maroc_ai
from maroc_ai._repr import block, cell, inline, is_rtl, record_html

from .html_tables import table


def test_text_repr_counts_its_nested_facts(dataset: maroc_ai.Dataset) -> None:
    text = repr(dataset.get("mistral-ai-memorandum"))
    assert "participants=<6 participations>" in text
    assert "citations=<12 citations>" in text
    assert "citations=<1 citation>" in repr(dataset.get("ali-seddiki"))
    assert "posts=<1 post>" in repr(dataset.get("ali-seddiki"))


def test_participants_are_a_nested_table_not_reprs(dataset: maroc_ai.Dataset) -> None:
    html = dataset.get("mistral-ai-memorandum")._repr_html_()
    assert "Participation(" not in html
    assert '<table class="maroc-nested">' in html
    assert (
        "<th>official</th><th>role</th><th>capacity</th><th>organization</th><th>sources</th>"
        in html
    )


def test_a_record_on_its_own_shows_ids_for_references(dataset: maroc_ai.Dataset) -> None:
    shown = table(dataset.get("mistral-ai-memorandum")._repr_html_())
    assert shown.caption == "Partnership mistral-ai-memorandum"
    fields = {row[0].text: row[1] for row in shown.rows}
    assert fields["parties"].text == "ministry-digital-transitionmistral-ai"
    assert ("code", {}) in fields["parties"].inner


def test_no_field_that_is_not_set_is_shown(dataset: maroc_ai.Dataset) -> None:
    shown = table(dataset.get("onepoint-protocol-agreement")._repr_html_())
    record = dataset.get("onepoint-protocol-agreement", maroc_ai.Partnership)
    assert record.date is None
    assert "date" not in [row[0].text for row in shown.rows]
    assert all(row[1].text.strip() for row in shown.rows)


def test_quotes_are_blocks_set_right_to_left(dataset: maroc_ai.Dataset) -> None:
    record = dataset.get("dakhla-data-centre")
    fields = {row[0].text: row[1] for row in table(record._repr_html_()).rows}
    quotes = [
        attrs for tag, attrs in fields["citations"].inner if attrs.get("class") == "maroc-quote"
    ]
    assert len(quotes) == len(record.citations)
    assert all(attrs["dir"] == "rtl" and attrs["lang"] == "ar" for attrs in quotes)
    assert f"«{record.citations[0].quote}»" in fields["citations"].text


def test_direction_follows_the_text() -> None:
    assert cell("مقر الوزارة") == '<td dir="rtl" lang="ar">مقر الوزارة</td>'
    assert cell("Rabat") == "<td>Rabat</td>"
    assert cell("") == "<td></td>"
    mixed = "«بيرتران باري» is Bertrand Baret"
    assert not is_rtl(mixed)
    assert cell(mixed) == '<td dir="ltr">«<bdi lang="ar">بيرتران باري</bdi>» is Bertrand Baret</td>'
    assert is_rtl("المؤسس الشريك لشركة Mistral AI")
    assert block("<b>").startswith("<div>&lt;b&gt;")
    assert inline("عمر") == '<bdi dir="rtl" lang="ar">عمر</bdi>'


def test_a_namer_shows_names_with_the_id_on_hover(dataset: maroc_ai.Dataset) -> None:
    record = dataset.get("dakhla-data-centre")
    html = record_html(record, {"dakhla": "Dakhla"}.get)
    assert '<span class="maroc-ref" title="id: dakhla">Dakhla</span>' in html
