"""Normalisation of names in Arabic and Latin script."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from maroc_ai.text import (
    fold_arabic,
    fold_latin,
    name_key,
    normalize,
    strip_article,
    strip_marks,
    to_ascii_digits,
)
from maroc_ai.text._tokens import phrase_at, tokenize, word_forms


def test_hamza_forms_fold_to_bare_alef() -> None:
    assert fold_arabic("أإآٱا") == "ااااا"


def test_taa_marbuta_alef_maqsura_and_hamza_carriers() -> None:
    assert fold_arabic("مدرسة مستشفى مؤسسة رئيس") == "مدرسه مستشفي موسسه رييس"


def test_diacritics_and_tatweel_go() -> None:
    assert strip_marks("مُحَمَّـــد") == "محمد"
    assert strip_marks("Séghrouchni École") == "Seghrouchni Ecole"


def test_digits() -> None:
    assert to_ascii_digits("٢٠٣٠ و۲۰۳۰") == "2030 و2030"


def test_normalize_spaces_case_and_punctuation() -> None:
    assert normalize("  El-Fallah,   SEGHROUCHNI! ") == "el fallah seghrouchni"
    assert normalize("ﻻ") == "لا"  # presentation forms


def test_articles() -> None:
    assert strip_article("السغروشني") == "سغروشني"
    assert strip_article("للوكالة") == "وكالة"
    assert strip_article("الا") == "الا"
    assert name_key("El Mehdi Alaoui") == name_key("al-Mahdi Alaoui") == name_key("Mehdi Alaoui")


def test_latin_transliteration_variants() -> None:
    assert fold_latin("mezzour") == fold_latin("mazour") == fold_latin("mazur")
    assert fold_latin("chraibi") == fold_latin("shraibi")
    assert fold_latin("ميسترال") == "ميسترال"


def _folded_by_definition(word: str) -> str:
    """The docstring's rule, applied literally: each variant in turn, then doubled
    letters made single, until nothing changes."""
    previous = None
    while word != previous:
        previous = word
        for written, folded in (("ou", "u"), ("sh", "ch"), ("dj", "j"), ("y", "i"), ("e", "a")):
            word = word.replace(written, folded)
        word = "".join(letter for k, letter in enumerate(word) if k == 0 or letter != word[k - 1])
    return word


@given(st.text(alphabet="aeioudjshcyzmr", max_size=12))
@example("oouu")
@example("sshh")
@example("ddjj")
def test_fold_latin_follows_its_definition(word: str) -> None:
    assert fold_latin(word) == _folded_by_definition(word)


@given(st.text())
@example("0:AAL")  # a word that folds into an article ("aal" → "al")
def test_normalisation_is_idempotent(text: str) -> None:
    for function in (normalize, name_key, fold_arabic, strip_marks, to_ascii_digits):
        once = function(text)
        assert function(once) == once


@given(st.text())
def test_name_key_never_fails_and_is_normalised(text: str) -> None:
    key = name_key(text)
    assert key == key.strip()
    assert "  " not in key
    assert normalize(key) == key


@given(
    st.lists(st.sampled_from(["la", "مدينة", "الرباط", "de", "من", "أجل", "and"]), max_size=8),
    st.lists(st.sampled_from(["la", "مدينة", "الرباط", "de", "من", "أجل"]), min_size=1, max_size=3),
    st.integers(-3, 10),
)
def test_phrase_at_finds_a_phrase_where_its_words_stand(
    words: list[str], phrase: list[str], i: int
) -> None:
    tokens = tokenize(" ".join(words))
    keys = [token.key for token in tokens]
    phrase = [normalize(word) for word in phrase]
    expected = i >= 0 and keys[i : i + len(phrase)] == phrase
    assert phrase_at(tokens, i, phrase) == expected


def test_phrase_at_reads_a_joined_prefix_on_the_first_word_only() -> None:
    tokens = tokenize("وبمدينة الرباط")
    assert phrase_at(tokens, 0, ["مدينه", "الرباط"])
    assert not phrase_at(tokens, 0, ["مدينه", "رباط"])
    assert not phrase_at(tokenize("مدينة والرباط"), 0, ["مدينه", "الرباط"])


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("وبالرباط", ("وبالرباط", "بالرباط", "الرباط")),
        ("فللوكالة", ("فللوكالة", "للوكالة", "الوكالة", "لوكالة")),
        ("بوطالبة", ("بوطالبة", "وطالبة")),
        ("لوزارة", ("لوزارة", "وزارة")),
    ],
)
def test_a_conjunction_comes_before_a_preposition_never_after(
    word: str, forms: tuple[str, ...]
) -> None:
    assert word_forms(normalize(word)) == tuple(normalize(form) for form in forms)
