"""Queries as Arrow tables."""

from __future__ import annotations

import pytest

import maroc_ai

pa = pytest.importorskip("pyarrow")


def test_one_kind(dataset: maroc_ai.Dataset) -> None:
    table = dataset.targets.where(due_by=2030).to_arrow()
    assert table.column("id").to_pylist() == list(dataset.targets.where(due_by=2030).ids())
    assert table.schema.field("quantity_value").type == pa.float64()
    assert table.schema.field("horizon").type == pa.int64()
    assert "type" not in table.column_names


def test_several_kinds_keep_their_order(dataset: maroc_ai.Dataset) -> None:
    timeline = dataset.timeline()
    table = timeline.to_arrow()
    assert table.column_names[:2] == ["type", "id"]
    assert table.column("id").to_pylist() == list(timeline.ids())
    assert table.column("type").to_pylist()[:2] == ["Statistic", "Event"]
    assert "horizon" in table.column_names
    assert "start" in table.column_names


def test_an_empty_query_keeps_its_columns(dataset: maroc_ai.Dataset) -> None:
    table = dataset.partnerships.where(party="axa", place=None).to_arrow()
    assert table.num_rows == 0
    assert "date_precision" in table.column_names
    assert dataset.cited_by("article-mistral").where(id=[]).to_arrow().num_rows == 0


def test_pandas_from_arrow(dataset: maroc_ai.Dataset) -> None:
    pytest.importorskip("pandas")
    frame = dataset.facilities.to_arrow().to_pandas()
    assert list(frame["id"]) == list(dataset.facilities.ids())
