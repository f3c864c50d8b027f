"""Laws of queries and search over generated datasets (maroc_ai.testing)."""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from maroc_ai import Dataset, Query, Source
from maroc_ai import testing as mst
from maroc_ai._filters import filters_for
from maroc_ai.query import interval
from maroc_ai.text import name_key

QUERIES = settings(max_examples=40, deadline=None)

COLLECTIONS = (
    "organizations",
    "officials",
    "partnerships",
    "facilities",
    "targets",
    "events",
    "statistics",
    "decisions",
)


def _equality_filters(query: Query[Any]) -> list[str]:
    kind = query._kinds[0]
    return [name for name, spec in filters_for(kind).items() if spec.keys is not None]


@st.composite
def queried(draw: st.DrawFn) -> tuple[Dataset, Query[Any], list[tuple[str, Any]]]:
    """A dataset, one of its collections, and two filters with values its records have."""
    dataset = draw(mst.datasets(min_records=3, max_records=10))
    query: Query[Any] = getattr(dataset, draw(st.sampled_from(COLLECTIONS)))
    kind = query._kinds[0]
    chosen = []
    for _ in range(2):
        name = draw(st.sampled_from(_equality_filters(query)))
        keys = filters_for(kind)[name].keys
        assert keys is not None
        values = sorted({key for record in query for key in keys(record, dataset._index)}, key=repr)
        value = draw(st.sampled_from(values)) if values else None
        chosen.append((name, value))
    return dataset, query, chosen


def _is_subsequence(part: Query[Any], whole: Query[Any]) -> bool:
    remaining = iter(whole)
    return all(any(record is other for other in remaining) for record in part)


@QUERIES
@given(queried())
def test_filters_commute_and_select_a_subset(
    case: tuple[Dataset, Query[Any], list[tuple[str, Any]]],
) -> None:
    _, query, [(a, value_a), (b, value_b)] = case
    ab = query.where(**{a: value_a}).where(**{b: value_b})
    ba = query.where(**{b: value_b}).where(**{a: value_a})
    assert ab == ba
    if a != b:
        assert ab == query.where(**{a: value_a, b: value_b})
    assert _is_subsequence(ab, query)


@QUERIES
@given(queried())
def test_an_index_answers_as_a_scan_does(
    case: tuple[Dataset, Query[Any], list[tuple[str, Any]]],
) -> None:
    _, query, [(name, value), _] = case
    indexed = query.where(**{name: value})
    scanned = query.filter(lambda _: True).where(**{name: value})
    assert indexed == scanned
    assert len(indexed) > 0 or value is None


@QUERIES
@given(mst.datasets(min_records=2, max_records=10), st.sampled_from(COLLECTIONS), st.booleans())
def test_sort_by_is_a_stable_permutation(dataset: Dataset, name: str, reverse: bool) -> None:
    query: Query[Any] = getattr(dataset, name)
    key = {
        "targets": "horizon",
        "partnerships": "date",
        "events": "start",
        "statistics": "date",
        "decisions": "revisit_if",
    }.get(name, "name")
    ordered = query.sort_by(key, reverse=reverse)
    assert sorted(ordered.ids()) == sorted(query.ids())
    values = [getattr(record, key) for record in ordered]
    present = [value for value in values if value is not None]
    assert values == present + [None] * (len(values) - len(present))
    again = ordered.sort_by(key, reverse=reverse)
    assert again == ordered  # stable: sorting a sorted query keeps it as it is


ARABIC_VARIANTS = str.maketrans({"ا": "أ", "ي": "ى", "ه": "ة"})


def _variants(name: str) -> list[str]:
    """Spellings of ``name`` that must find it: cases, marks, hamza forms, tatweel."""
    shouty = name.upper()
    marked = "".join(char + "\u064e" if "\u0621" <= char <= "\u064a" else char for char in name)
    stretched = "".join(char + "ـ" if "\u0628" <= char <= "\u064a" else char for char in name)
    accented = unicodedata.normalize("NFC", name.replace("e", "e\u0301"))
    hamza = name.translate(ARABIC_VARIANTS)
    return [name, shouty, marked, stretched, accented, hamza, f"  {name} ", name_key(name)]


@settings(max_examples=30, deadline=None)
@given(mst.datasets(min_records=1, max_records=8))
def test_search_finds_every_record_by_each_of_its_names(dataset: Dataset) -> None:
    for record in dataset.records():
        name = getattr(record, "name", None)
        if name is None:
            continue
        for form in name.all():
            if not name_key(form):
                continue  # no letter or digit (a lone tatweel): nothing to search by
            for variant in _variants(form):
                found = {
                    hit.record.id for hit in dataset.search(variant, limit=None) if hit.score == 1.0
                }
                assert record.id in found, (form, variant)


@settings(max_examples=30, deadline=None)
@given(mst.datasets(min_records=1, max_records=8))
def test_the_timeline_is_ordered_and_misses_nothing(dataset: Dataset) -> None:
    timeline = dataset.timeline()
    spans = [interval(record) for record in timeline]
    assert spans == sorted(span for span in spans if span is not None)
    kinds = ("sources", "partnerships", "events", "targets", "statistics")
    everything = {record.id for name in kinds for record in getattr(dataset, name)}
    assert {*timeline.ids(), *timeline.undated.ids()} == everything


@settings(max_examples=30, deadline=None)
@given(mst.datasets(min_records=1, max_records=8), mst.partial_dates())
def test_as_of_is_a_valid_dataset_within_the_original(dataset: Dataset, date: Any) -> None:
    if date.start is None:
        return
    known = dataset.as_of(date)
    assert known.problems() == []
    assert {record.id for record in known.records()} <= {r.id for r in dataset.records()}
    for source in known.sources:
        published = dataset.get(source.id, Source).published
        assert published is not None
        assert published.end is not None
        assert published.end <= date.end
