"""maroc_ai.extract._lexicon: the words of the extractor, one data file per language."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest
from cattrs.errors import ClassValidationError

from maroc_ai._convert import converter, describe_errors
from maroc_ai.extract._lexicon import WORDS, Language, languages, read_language
from maroc_ai.text import normalize


def test_every_language_is_a_file() -> None:
    assert languages() == ("ar", "en", "fr")
    folder = files("maroc_ai.extract").joinpath("lexicon")
    assert sorted(entry.name for entry in folder.iterdir()) == ["ar.json", "en.json", "fr.json"]


@pytest.mark.parametrize("package", ["maroc_ai.extract", "maroc_ai.text"])
@pytest.mark.parametrize("code", languages())
def test_no_key_is_written_twice_in_a_lexicon_file(package: str, code: str) -> None:
    """JSON keeps the last of two equal keys without a word: a reviewer would miss it."""
    twice: list[str] = []

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        keys = [key for key, _ in items]
        twice.extend(key for key in set(keys) if keys.count(key) > 1)
        return dict(items)

    path = files(package).joinpath("lexicon").joinpath(f"{code}.json")
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=pairs)
    assert twice == []


@pytest.mark.parametrize("code", ["ar", "en", "fr"])
def test_each_file_reads_as_a_language(code: str) -> None:
    language = read_language(code)
    assert language.title_heads
    assert language.agreements
    assert language.places


@pytest.mark.parametrize("code", languages())
def test_a_framework_purpose_is_an_agreement_purpose(code: str) -> None:
    """And the first word of its group, the one purposes are compared by."""
    language = read_language(code)
    firsts = {group[0] for group in language.agreement_purposes}
    assert set(language.framework_purposes) <= firsts


@pytest.mark.parametrize("code", languages())
def test_words_only_companies_are_called_and_titles_people_have_too_are_their_kind(
    code: str,
) -> None:
    language = read_language(code)
    assert set(language.company_only_descriptors) <= set(language.organization_descriptors)
    assert set(language.titles_of_people_too) <= set(language.company_titles)


def test_the_languages_are_merged_normalised() -> None:
    assert normalize("ministre") in WORDS.title_heads
    assert normalize("وزير") in WORDS.title_heads
    assert normalize("minister") in WORDS.title_heads
    assert WORDS.places["rabat"] == WORDS.places[normalize("الرباط")]


def test_a_mistake_in_a_file_is_reported_with_its_path() -> None:
    raw = {"about": "x", "given_names": "Karim", "honorifics": []}
    with pytest.raises(ClassValidationError) as raised:
        converter.structure(raw, Language)

    paths = {path for path, _ in describe_errors(raised.value)}
    assert "given_names" in paths
    assert "title_heads" in paths


def test_the_draft_hooks_leave_records_as_they_were(tmp_path: Path) -> None:
    """The converter reads drafts too; records are written and read as before."""
    import maroc_ai.extract

    ds = maroc_ai.load()
    assert maroc_ai.load(ds.write(tmp_path / "data")) == ds
