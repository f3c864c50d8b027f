"""What a reader is shown for a record: its name in their language, else its label."""

from __future__ import annotations

import pytest

import maroc_ai
from maroc_ai import (
    Citation,
    Decision,
    DecisionKind,
    Event,
    EventKind,
    Names,
    Organization,
    OrganizationKind,
    Quantity,
    Statistic,
    Target,
    label,
)

CITATION = Citation(source="s", quote="x")


def event(name: Names | None, label: str | None = None) -> Event:
    return Event(id="e", name=name, label=label, kind=EventKind.LAUNCH, citations=(CITATION,))


def test_a_name_in_the_readers_language_comes_first() -> None:
    names = Names(ar="صندوق الإيداع والتدبير", en="Deposit fund", fr="Caisse de dépôt")
    record = event(names, "a fund's launch")
    assert (label(record), label(record, "fr"), label(record, "ar")) == (
        "Deposit fund",
        "Caisse de dépôt",
        "صندوق الإيداع والتدبير",
    )


def test_an_established_name_in_the_other_latin_language_beats_a_label() -> None:
    record = event(Names(ar="المغرب أيه آي 2030", fr="Maroc IA 2030"), "national AI strategy")
    assert label(record, "en") == "Maroc IA 2030"
    assert label(record, "ar") == "المغرب أيه آي 2030"


def test_a_record_with_no_latin_name_is_shown_by_its_label() -> None:
    record = event(Names(ar="حفل الإطلاق"), "launch of the institutes")
    assert label(record, "en") == label(record, "fr") == "launch of the institutes"
    assert label(record, "ar") == "حفل الإطلاق"
    assert label(event(None, "announcement of a strategy"), "ar") == "announcement of a strategy"


def test_without_a_label_the_arabic_name() -> None:
    assert label(event(Names(ar="حفل الإطلاق")), "en") == "حفل الإطلاق"


def test_a_record_with_neither_name_nor_label_is_refused() -> None:
    with pytest.raises(ValueError, match="an Event with no name needs a label"):
        event(None)


def test_records_without_names() -> None:
    quantity = Quantity(value=4000, unit="employee")
    assert label(
        Statistic(id="s", metric="staff", quantity=quantity, scope="o", citations=(CITATION,))
    ) == ("staff: 4 thousand employees")
    assert label(
        Target(id="t", metric="jobs", quantity=quantity, scope="o", citations=(CITATION,))
    ) == ("jobs: 4 thousand employees")
    decision = Decision(
        id="d",
        kind=DecisionKind.MERGE,
        decided="Two mentions are one record.",
        affects=("e",),
        citations=(CITATION,),
    )
    assert label(decision) == "Two mentions are one record."


def test_a_place_or_an_organization_always_has_a_name() -> None:
    with pytest.raises(TypeError):
        Organization(id="o", kind=OrganizationKind.COMPANY, citations=(CITATION,))  # type: ignore[call-arg]


def test_the_figures_views_and_summary_agree(dataset: maroc_ai.Dataset) -> None:
    from maroc_ai._display import label as shown
    from maroc_ai._figures._words import label as drawn
    from maroc_ai._summary import label as summarised

    for record in dataset.records():
        assert (
            shown(record) == drawn(record, "en") == summarised(dataset, record.id) == label(record)
        )
