"""Records as a pandas DataFrame: typed columns and one missing-value marker."""

from __future__ import annotations

from typing import Any

import pytest

import maroc_ai


def _missing_markers(frame: Any, pd: Any) -> set[str]:
    found = set()
    for name in frame.columns:
        column = frame[name]
        for value in column[column.isna()]:
            found.add("NaT" if value is pd.NaT else repr(value))
    return found


def test_every_missing_value_is_pd_na(dataset: maroc_ai.Dataset) -> None:
    pd = pytest.importorskip("pandas")
    for query in (
        *dataset.collections().values(),
        dataset.timeline(),
        dataset.cited_by("article-mistral"),
    ):
        frame = query.to_pandas()
        dates = [
            name for name in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[name])
        ]
        assert _missing_markers(frame.drop(columns=dates), pd) <= {"<NA>"}
        assert _missing_markers(frame[dates], pd) <= {"NaT"}


def test_nullable_dtypes(dataset: maroc_ai.Dataset) -> None:
    pytest.importorskip("pandas")
    facilities = dataset.facilities.to_pandas()
    assert str(facilities["capacity"].dtype) == "Float64"
    assert str(facilities["capacity_unit"].dtype) == "string"
    assert str(facilities["name_en"].dtype) == "string"
    assert list(facilities["capacity_qualifier"].cat.categories) == [
        member.value for member in maroc_ai.Qualifier
    ]
    timeline = dataset.timeline().to_pandas()
    kinds = set(timeline["kind"].cat.categories)
    assert {"conference", "memorandum_of_understanding"} <= kinds
    assert list(timeline["type"].cat.categories) == [
        "Source",
        "Partnership",
        "Event",
        "Target",
        "Statistic",
    ]
