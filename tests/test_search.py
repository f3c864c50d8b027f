"""Search finds records by any name, in any script and spelling."""

from __future__ import annotations

from typing import Any

import pytest

from maroc_ai import Dataset, Official, Organization, UnknownNameError, _search
from maroc_ai._search import SearchIndex, similarity


def top(dataset: Dataset, text: str, **options: object) -> str:
    hits = dataset.search(text, **options)  # type: ignore[arg-type]
    assert hits, f"nothing found for {text!r}"
    return str(hits[0].record.id)


@pytest.mark.parametrize(
    "query",
    [
        "Amal El Fallah Seghrouchni",
        "amal el-fallah seghrouchni",
        "AMAL EL FALLAH SÉGHROUCHNI",
        "Amal Fallah Seghrouchni",  # without the article
        "Amal El Falah Segrouchni",  # misspelt
        "أمل الفلاح السغروشني",
        "امل الفلاح السغروشنى",  # bare alef, alef maqsura for yaa
        "أَمَل الفَلّاح السغروشني",  # diacritics
        "أمل الفـــلاح السغروشني",  # tatweel
        "أمل فلاح سغروشني",  # without the article ال
    ],
)
def test_a_person_is_found_whatever_the_spelling(dataset: Dataset, query: str) -> None:
    assert top(dataset, query) == "amal-el-fallah-seghrouchni"


def test_taa_marbuta_and_haa_are_one_letter(dataset: Dataset) -> None:
    official = dataset.get("amal-el-fallah-seghrouchni", Official)
    title = official.posts[0].title  # وزيرة … with taa marbuta
    assert "ة" in title
    ministry = dataset.search("وزاره الانتقال الرقمي", record_type=Organization)
    assert ministry
    assert ministry[0].record.id == "ministry-digital-transition"


def test_hamza_forms_are_one_letter(dataset: Dataset) -> None:
    assert top(dataset, "ارثر مينش") == top(dataset, "إرثر مينش") == "arthur-mensch"


def test_two_people_with_one_surname_are_two_hits(dataset: Dataset) -> None:
    for query in ("Seghrouchni", "السغروشني", "Sghrouchni"):
        ids = [hit.record.id for hit in dataset.search(query, record_type=Official)]
        assert ids[:2] == ["omar-seghrouchni", "amal-el-fallah-seghrouchni"] or set(ids[:2]) == {
            "omar-seghrouchni",
            "amal-el-fallah-seghrouchni",
        }


def test_aliases_and_the_sources_typos_are_found(dataset: Dataset) -> None:
    hit = dataset.search("كريم زيدا")[0]
    assert hit.record.id == "karim-zidane"
    assert hit.name == "كريم زيدا"
    assert hit.score == 1.0


def test_record_type_limits_the_collections(dataset: Dataset) -> None:
    hits = dataset.search("Mistral", record_type="organizations")
    assert {type(hit.record) for hit in hits} == {Organization}
    assert len(dataset.search("a", limit=None)) >= len(dataset.search("a", limit=3))


def test_an_unknown_record_type_is_an_error(dataset: Dataset) -> None:
    with pytest.raises(ValueError, match="no collection 'people'"):
        dataset.search("x", record_type="people")


def test_the_old_name_of_record_type_still_works_with_a_warning(dataset: Dataset) -> None:
    with pytest.warns(DeprecationWarning, match="record_type="):
        hits = dataset.search("Mistral", kind="organizations")
    assert hits == dataset.search("Mistral", record_type="organizations")
    with pytest.warns(DeprecationWarning, match=r"get\(kind=\.\.\.\)"):
        record = dataset.get("mistral-ai", kind=Organization)  # type: ignore[call-overload]
    assert record.id == "mistral-ai"
    with pytest.warns(DeprecationWarning, match=r"find\(kind=\.\.\.\)"):
        record = dataset.find("Mistral AI", kind=Organization)  # type: ignore[call-overload]
    assert record.id == "mistral-ai"
    with (
        pytest.warns(DeprecationWarning, match="record_type="),
        pytest.raises(TypeError, match="both"),
    ):
        dataset.get("mistral-ai", Organization, kind=Organization)  # type: ignore[call-overload]


def test_scores_rank_exact_above_partial_above_fuzzy(dataset: Dataset) -> None:
    exact = dataset.search("Mistral AI")[0]
    partial = dataset.search("Mistral")[0]
    fuzzy = dataset.search("Mistrol")[0]
    assert exact.score == 1.0 > partial.score > fuzzy.score > 0
    assert exact.record is partial.record is fuzzy.record


def test_nothing_for_nothing(dataset: Dataset) -> None:
    assert dataset.search("") == ()
    assert dataset.search("   ...  ") == ()
    assert dataset.search("qqqqxxxx") == ()


def test_similarity_is_edit_distance_based() -> None:
    assert similarity("abc", "abc") == 1.0
    assert similarity("abcd", "abed") == 0.75
    assert similarity("", "abc") == 0.0


def test_an_index_of_plain_records() -> None:
    class Thing:
        def __init__(self, id: str) -> None:
            self.id = id

    one, two = Thing("one"), Thing("two")
    index = SearchIndex([(one, "Mohammed VI"), (two, "Mohamed Six"), (one, "محمد السادس")])
    assert len(index) == 3
    assert index.search("محمد السادس").records() == (one,)
    assert index.search("Mohamed Six")[0].record is two
    assert set(index.search("Mohamed").records()) == {one, two}  # Mohammed and Mohamed meet


class _Thing:
    def __init__(self, id: str) -> None:
        self.id = id


def _spelled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of the words whose one-letter deletions are built, from now on."""
    lengths: list[int] = []
    deletions = _search._deletions

    def counted(word: str) -> set[str]:
        lengths.append(len(word))
        return deletions(word)

    monkeypatch.setattr(_search, "_deletions", counted)
    return lengths


def test_a_long_word_is_matched_exactly_only(
    dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    spelled = _spelled(monkeypatch)
    word = "ب" * 100_000
    assert dataset.search(word) == ()
    assert dataset.search(f"Mistral {word}") == ()
    with pytest.raises(UnknownNameError, match=r"has the id or name 'ببب.*\.\.\.$"):
        dataset.find(word)
    with pytest.raises(UnknownNameError):
        dataset.partnerships.where(party=word)
    with pytest.raises(UnknownNameError):
        dataset.officials_of(word)
    assert max(spelled, default=0) <= _search.LONGEST_FUZZY


def test_a_long_name_is_indexed_for_exact_matches_only(monkeypatch: pytest.MonkeyPatch) -> None:
    spelled = _spelled(monkeypatch)
    long_word = "x" * 10_000
    thing = _Thing("thing")
    index = SearchIndex([(thing, f"Nova {long_word}"), (_Thing("other"), "Zeta")])
    assert index.search("Nova").records() == (thing,)
    assert index.search(long_word).records() == (thing,)
    assert index.search("Novq").records() == (thing,)  # the fuzzy stage still runs for short words
    assert max(spelled) <= _search.LONGEST_FUZZY


def test_a_query_of_many_words_is_matched_by_exact_words(
    dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    spelled = _spelled(monkeypatch)
    many = " ".join(f"word{number}" for number in range(100_000))
    assert dataset.search(many) == ()
    assert dataset.search(f"Mistral AI {many}") == ()
    assert spelled == []
    assert top(dataset, "Mistral AI") == "mistral-ai"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda ds: ds.search(None), TypeError, "search takes a name as text, not None"),
        (lambda ds: ds.search("x", limit=-1), ValueError, "limit is a number of hits, at least 0"),
        (lambda ds: ds.search("x", limit=True), TypeError, "limit is a whole number of hits"),
        (lambda ds: ds.search("x", limit=2.5), TypeError, "limit is a whole number of hits"),
        (lambda ds: ds.search("x", record_type=5), TypeError, "record_type is a record class"),
        (lambda ds: ds.find(None), TypeError, "given by its id or a name"),
        (lambda ds: ds.text(None), TypeError, "a source is given by its id or its Source record"),
        (lambda ds: ds.officials_of(None), TypeError, "a record is given as a record"),
        (lambda ds: ds.partnerships.where(party={}), TypeError, "party takes a record"),
        (lambda ds: ds.partnerships.where(party=[{}]), TypeError, "party takes a record"),
        (lambda ds: ds.targets.where(horizon={}), TypeError, "horizon takes a value"),
    ],
)
def test_a_wrong_argument_says_what_is_expected(
    dataset: Dataset, call: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call(dataset)
    assert dataset.search("Mistral", limit=0) == ()
