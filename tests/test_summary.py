from __future__ import annotations

from maroc_ai import Dataset, Partnership, Target
from maroc_ai._summary import (
    facilities_with_capacity,
    is_national,
    largest_goals,
    latest_partnerships,
    people,
    render,
    to_dict,
)


def test_largest_national_goal_in_each_unit(dataset: Dataset) -> None:
    goals = largest_goals(dataset)
    assert [(g.quantity.unit, g.id) for g in goals] == [
        ("MAD", "national-ai-strategy-added-value"),
        ("job", "national-ai-strategy-jobs"),
    ]


def test_company_goals_are_apart_from_national_ones(dataset: Dataset) -> None:
    """Onepoint's revenue ambition is a company's goal, not one of Morocco's build-out."""
    goals = largest_goals(dataset, national=False)
    assert [(g.quantity.unit, g.id) for g in goals] == [
        ("EUR", "onepoint-revenue-2028"),
        ("job", "onepoint-centre-jobs"),
    ]
    assert not is_national(dataset, dataset.get("onepoint-revenue-2028", Target))
    assert is_national(dataset, dataset.get("national-ai-strategy-jobs", Target))
    text = render(dataset)
    national, others = text.split("Goals of companies")
    assert "Onepoint" not in national.split("National goals")[1]
    assert "revenue by 2028, Onepoint" in others


def test_figures_are_not_goals(dataset: Dataset) -> None:
    text = render(dataset)
    assert "500 million EUR: revenue in 2024, Onepoint" in text.split("Figures stated as fact")[1]
    assert "revenue in 2024" not in text.split("Figures stated as fact")[0]


def test_agreements_show_who_signed_chaired_represented_and_attended(dataset: Dataset) -> None:
    protocol = dataset.get("onepoint-protocol-agreement", Partnership)
    assert people(dataset, protocol) == [
        ("chaired", ["Amal El Fallah Seghrouchni"]),
        ("represented Onepoint", ["David Layani", "Bertrand Baret", "El Mehdi Alaoui Mrani"]),
        ("attended", ["Ryad Mezzour", "Karim Zidane", "Ali Seddiki"]),
    ]
    text = render(dataset)
    assert "      parties: Onepoint\n      chaired: Amal El Fallah Seghrouchni\n" in text
    assert "      signed: Amal El Fallah Seghrouchni, Arthur Mensch\n" in text


def test_render_says_only_what_is_stated(dataset: Dataset) -> None:
    text = render(dataset)
    assert "Tuesday" not in text, "the AXA article's day is not stated, only deducible"
    assert "a Monday (date not given) in Rabat: strategic partnership agreement with AXA" in text


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


def test_to_dict_says_what_render_says_with_ids(dataset: Dataset) -> None:
    data = to_dict(dataset)
    assert data["records"] == len(dataset)
    goals = [goal["id"] for goal in data["national_goals"]]
    assert goals == [target.id for target in largest_goals(dataset)]
    (memorandum,) = [a for a in data["latest_agreements"] if a["id"] == "mistral-ai-memorandum"]
    assert memorandum["date"] == {"iso": "2025-09-12", "precision": "day", "text": "2025-09-12"}
    signatories = [
        p["official"]["id"] for p in memorandum["participants"] if p["role"] == "signatory"
    ]
    assert signatories == ["amal-el-fallah-seghrouchni", "arthur-mensch"]
    assert sorted(memorandum["sources"]) == [
        "article-ai-strategy",
        "article-jazari",
        "article-mistral",
    ]
    assert [source["id"] for source in data["sources"]] == list(dataset.sources.ids())
