from __future__ import annotations

import typing
from typing import Any

import attrs
import pytest

import maroc_ai
from maroc_ai import Citation, Names, Organization, OrganizationKind, Place, PlaceKind
from maroc_ai._fields import _hints, fields_of
from maroc_ai.model import COLLECTIONS, nested_types

from .conftest import EXPORTED_COLLECTIONS

CITATION = Citation(source="s", quote="الرباط")


def test_records_are_frozen_with_tuples() -> None:
    place = Place(id="rabat", name=Names(ar="الرباط"), kind=PlaceKind.CITY, citations=[CITATION])  # type: ignore[arg-type]
    assert isinstance(place.citations, tuple)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        place.id = "other"  # type: ignore[misc]


@pytest.mark.parametrize("bad", ["Rabat", "rabat city", "-rabat", "rabat--sale", "", "رباط"])
def test_ids_are_lowercase_slugs(bad: str) -> None:
    with pytest.raises(ValueError, match="is not an id"):
        Place(id=bad, name=Names(ar="الرباط"), kind=PlaceKind.CITY, citations=(CITATION,))


def test_a_record_needs_a_citation() -> None:
    with pytest.raises(ValueError, match="citations must not be empty"):
        Organization(id="x", name=Names(en="X"), kind=OrganizationKind.COMPANY, citations=())


@pytest.mark.parametrize("horizon", [0, 10_000, -5])
def test_a_horizon_is_a_year(horizon: int) -> None:
    with pytest.raises(ValueError, match="horizon"):
        maroc_ai.Target(
            id="t",
            metric="jobs",
            quantity=maroc_ai.Quantity(value=1, unit="job"),
            horizon=horizon,
            scope="s",
            citations=(CITATION,),
        )


def test_repeated_reference_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="repeat"):
        maroc_ai.Program(
            id="p",
            name=Names(en="P"),
            kind=maroc_ai.ProgramKind.STRATEGY,
            organizations=("a", "a"),
            citations=(CITATION,),
        )


def test_collections_cover_every_record_class() -> None:
    assert list(COLLECTIONS)[:-1] == list(EXPORTED_COLLECTIONS)
    assert list(COLLECTIONS)[-1] == "places"
    for cls in COLLECTIONS.values():
        names = [field.name for field in attrs.fields(cls)]
        assert names[0] == "id"
        assert names[-1] == "citations"


def test_reference_fields_name_real_collections() -> None:
    for cls in (*COLLECTIONS.values(), maroc_ai.Post, maroc_ai.Participation):
        for field in fields_of(cls):
            for target in field.refers_to or ():
                assert target in COLLECTIONS, (cls.__name__, field.name)
            if field.verbatim:
                assert field.cited, (cls.__name__, field.name)


def _model_classes() -> list[type[Any]]:
    """Every attrs class a record is made of, records first."""
    found: list[type[Any]] = [*COLLECTIONS.values()]
    for cls in found:
        for field in fields_of(cls):
            if attrs.has(field.base) and field.base not in found:
                found.append(field.base)
    return found


def test_model_classes_are_found_with_the_values_they_hold() -> None:
    assert {*nested_types(), Citation, Names} <= set(_model_classes())


@pytest.mark.parametrize(
    "cls", [*_model_classes(), maroc_ai.Release, maroc_ai.Problem, maroc_ai.Hit]
)
def test_field_types_are_the_annotations_evaluated(cls: type[Any]) -> None:
    hints = typing.get_type_hints(cls)
    read = _hints(cls, attrs.fields(cls))
    assert read == tuple(hints[field.name] for field in attrs.fields(cls))
    assert [type(hint) for hint in read] == [type(hints[field.name]) for field in attrs.fields(cls)]


def test_public_api_is_exported() -> None:
    for name in maroc_ai.__all__:
        assert hasattr(maroc_ai, name), name
    assert maroc_ai.__version__
