from __future__ import annotations

import attrs
import pytest

import maroc_ai
from maroc_ai import Citation, Names, Organization, OrganizationKind, Place, PlaceKind
from maroc_ai._fields import fields_of
from maroc_ai.model import COLLECTIONS

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


def test_public_api_is_exported() -> None:
    for name in maroc_ai.__all__:
        assert hasattr(maroc_ai, name), name
    assert maroc_ai.__version__
