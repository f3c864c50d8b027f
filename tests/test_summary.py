from __future__ import annotations

from maroc_ai import Dataset
from maroc_ai._summary import facilities_with_capacity, largest_goals, latest_partnerships, render


def test_largest_goal_in_each_unit(dataset: Dataset) -> None:
    goals = largest_goals(dataset)
    assert [(g.quantity.unit, g.id) for g in goals] == [
        ("MAD", "national-ai-strategy-added-value"),
        ("EUR", "onepoint-revenue-2028"),
        ("job", "national-ai-strategy-jobs"),
    ]


def test_latest_partnerships_put_unknown_dates_last(dataset: Dataset) -> None:
    ids = [p.id for p in latest_partnerships(dataset)]
    assert ids[0] == "mistral-ai-memorandum"
    assert set(ids[1:]) == {
        "axa-skills-partnership",
        "jazari-launch-agreements",
        "onepoint-protocol-agreement",
    }
    assert len(latest_partnerships(dataset, limit=2)) == 2


def test_facilities_with_capacity(dataset: Dataset) -> None:
    assert [f.id for f in facilities_with_capacity(dataset)] == ["dakhla-data-centre"]


def test_render_names_every_source(dataset: Dataset) -> None:
    text = render(dataset)
    for source in dataset.sources:
        assert source.file in text
    assert "article-mistral: (untitled), يوسف وفقير, الرباط, 2025-09-12" in text


def test_render_an_empty_dataset() -> None:
    assert "0 records from 0 cited sources" in render(Dataset())
