"""Plurals, counts and articles: what reprs and messages say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import maroc_ai
from maroc_ai._english import _FRENCH_PLURALS_IN_X, counted, plural, singular, with_article
from maroc_ai.model import COLLECTIONS


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("facility", "facilities"),
        ("party", "parties"),
        ("statistic", "statistics"),
        ("alias", "aliases"),
        ("day", "days"),
        ("dated record", "dated records"),
        ("person", "people"),
        ("hôpitaux", "hôpitaux"),
    ],
)
def test_plural(noun: str, expected: str) -> None:
    assert plural(noun) == expected


def test_every_collection_is_the_plural_of_its_class() -> None:
    assert {plural(cls.__name__.lower()): name for name, cls in COLLECTIONS.items()} == {
        name: name for name in COLLECTIONS
    }


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("Organization", "an Organization"),
        ("AgreementKind", "an AgreementKind"),
        ("Event", "an Event"),
        ("Official", "an Official"),
        ("Facility", "a Facility"),
        ("Place", "a Place"),
        ("University", "a University"),
        ("hour", "an hour"),
    ],
)
def test_with_article(noun: str, expected: str) -> None:
    assert with_article(noun) == expected


@given(st.integers(min_value=0, max_value=10**7), st.sampled_from(list(COLLECTIONS)))
def test_one_is_singular_and_any_other_count_plural(count: int, collection: str) -> None:
    noun = COLLECTIONS[collection].__name__.lower()
    text = counted(count, noun)
    assert text == (f"1 {noun}" if count == 1 else f"{count:,} {collection}")


@given(
    st.from_regex(r"[a-z]{2,12}", fullmatch=True).filter(
        lambda word: not word.endswith(_FRENCH_PLURALS_IN_X)
    )
)
def test_a_plural_keeps_the_word_and_ends_in_s(word: str) -> None:
    """Any English word; a French one in "-aux", "-oix" … is kept as written (above)."""
    assert plural(word).endswith("s")
    assert plural(word).startswith(word[:-1])


def test_messages_name_classes_with_the_right_article(dataset: maroc_ai.Dataset) -> None:
    with pytest.raises(TypeError, match="'rabat' is a Place, not an Organization"):
        dataset.get("rabat", maroc_ai.Organization)
    with pytest.raises(ValueError, match="kind takes an AgreementKind member"):
        dataset.partnerships.where(kind="treaty")
    assert dataset.partnerships.filters()["kind"] == "its kind, an AgreementKind"
    with pytest.raises(ValueError, match="an Event with no name needs a label"):
        maroc_ai.Event(
            id="x",
            kind=maroc_ai.EventKind.LAUNCH,
            citations=(maroc_ai.Citation(source="s", quote="q"),),
        )


def test_reprs_count_in_english(dataset: maroc_ai.Dataset) -> None:
    assert repr(dataset.facilities.where(kind="data_centre")).startswith("<1 facility>\n")
    assert repr(dataset.facilities).startswith("<5 facilities>\n")
    assert "5 sources" in repr(dataset)
    assert "1 party" in repr(dataset.partnerships.where(id="onepoint-protocol-agreement"))


@given(st.from_regex(r"[a-z]{1,11}[a-df-z]", fullmatch=True))
def test_singular_undoes_plural(word: str) -> None:
    # Words in "e" are left out: "houses" may be the plural of "hous" or of "house".
    assert singular(plural(word)) == word


def test_a_draft_counts_its_candidates_in_english() -> None:
    from maroc_ai.extract import extract

    text = "RABAT, 3 mars 2026 - Le ministre Karim Alaoui a signé une convention avec la société Atlas Data."
    shown = repr(extract(text, source_id="note"))
    assert shown.startswith("<Draft of 'note': 1 official, 1 organization, ")
    assert "1 partnership, 0 facilities, " in shown
    assert shown.endswith(", 1 date, 0 quantities>")
