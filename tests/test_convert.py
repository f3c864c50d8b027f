from __future__ import annotations

import pytest
from cattrs.errors import BaseValidationError

from maroc_ai import Citation, PartialDate, Participation, Role
from maroc_ai._convert import describe_errors, structure, unstructure
from maroc_ai._json import json_type


def errors_of(data: object, cls: type) -> list[tuple[str, str]]:
    with pytest.raises(BaseValidationError) as info:
        structure(data, cls)
    return list(describe_errors(info.value))


def test_dates_are_iso_strings() -> None:
    assert unstructure(PartialDate(year=2025, month=7)) == "2025-07"
    assert structure("2025-07", PartialDate) == PartialDate(year=2025, month=7)


def test_nested_paths_are_reported() -> None:
    data = {"official": "x", "role": "witness", "citations": [{"source": "s"}, 3]}
    assert errors_of(data, Participation) == [
        (
            "role",
            "'witness' is not a Role: expected one of 'signatory', 'chair', 'attendee', 'representative', 'speaker'",
        ),
        ("citations[0].quote", "required field missing"),
        (
            "citations[1]",
            "expected an object with the fields of Citation (source, quote, fields), got a number",
        ),
    ]


def test_strings_are_not_lists() -> None:
    assert errors_of({"source": "s", "quote": "q", "fields": "date"}, Citation) == [
        ("fields", "expected a list, got a string")
    ]


def test_booleans_and_whole_numbers_are_apart() -> None:
    from maroc_ai.text._lexicon import UnitMeaning

    assert structure({"people": True}, UnitMeaning) == UnitMeaning(people=True)
    assert errors_of({"people": 1}, UnitMeaning) == [
        ("people", "expected true or false, got a number")
    ]


def test_round_trip_keeps_enums_and_tuples() -> None:
    participation = Participation(
        official="a",
        role=Role.CHAIR,
        citations=(Citation(source="s", quote="q", fields=("capacity",)),),
    )
    data = unstructure(participation)
    assert data["role"] == "chair"
    assert data["citations"][0]["fields"] == ["capacity"]
    assert structure(data, Participation) == participation


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (None, "null"),
        (True, "a boolean"),
        (1, "a number"),
        (1.5, "a number"),
        ("", "a string"),
        ([], "a list"),
        ({}, "an object"),
    ],
)
def test_json_type(value: object, name: str) -> None:
    assert json_type(value) == name
