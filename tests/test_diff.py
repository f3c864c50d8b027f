"""What changed between two datasets: Dataset.diff and maroc-ai diff."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import maroc_ai
from maroc_ai import testing
from maroc_ai._diff import FieldChange
from maroc_ai._release import Release
from maroc_ai.cli import main

from .conftest import edit_collection, record


@pytest.fixture
def pair(tmp_path: Path, dataset: maroc_ai.Dataset) -> tuple[Path, Path]:
    """Two dataset directories: the bundled data, and a copy with a field changed, a
    record added and one removed."""
    old = dataset.write(tmp_path / "old")
    new = dataset.write(tmp_path / "new")

    def change(records: list[dict[str, Any]]) -> None:
        record(records, "mistral-ai-memorandum")["date"] = "2025-09-13"

    def add(records: list[dict[str, Any]]) -> None:
        rabat = dict(record(records, "rabat"))
        rabat["id"] = "rabat-again"
        rabat["name"] = {"ar": "الرباط", "en": None, "fr": None, "aliases": []}
        records.append(rabat)

    def remove(records: list[dict[str, Any]]) -> None:
        records.remove(record(records, "national-ai-strategy-jobs"))

    edit_collection(new, "partnerships", change)
    edit_collection(new, "places", add)
    edit_collection(new, "targets", remove)
    return old, new


def test_diff_reports_a_changed_field_an_added_and_a_removed_record(
    pair: tuple[Path, Path],
) -> None:
    old, new = (maroc_ai.load(path) for path in pair)
    changes = old.diff(new)
    assert [(name, r.id) for name, r in changes.added] == [("places", "rabat-again")]
    assert [(name, r.id) for name, r in changes.removed] == [
        ("targets", "national-ai-strategy-jobs")
    ]
    (changed,) = changes.changed
    assert (changed.collection, changed.id) == ("partnerships", "mistral-ai-memorandum")
    assert changed.fields == (
        FieldChange(
            "date",
            maroc_ai.PartialDate.parse("2025-09-12"),
            maroc_ai.PartialDate.parse("2025-09-13"),
        ),
    )
    assert (changes.texts, changes.release) == ((), None)
    assert changes.apply(old) == new
    assert changes.summary() == "1 record added, 1 removed, 1 changed"


def test_the_cli_prints_the_changes_as_a_reviewer_reads_them(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", *map(str, pair)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "1 record added, 1 removed, 1 changed",
        "",
        "added",
        "  + places: rabat-again  الرباط",
        "",
        "removed",
        f"  - targets: national-ai-strategy-jobs  {maroc_ai.load().get('national-ai-strategy-jobs').metric}",  # type: ignore[union-attr]
        "",
        "changed",
        "  ~ partnerships: mistral-ai-memorandum",
        '      date: "2025-09-12" → "2025-09-13"',
    ]
    assert main(["diff", "--json", *map(str, pair)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["changed"] == [
        {
            "collection": "partnerships",
            "id": "mistral-ai-memorandum",
            "fields": [{"field": "date", "old": "2025-09-12", "new": "2025-09-13"}],
        }
    ]
    assert [a["record"]["id"] for a in data["added"]] == ["rabat-again"]


def test_one_directory_is_compared_with_the_bundled_dataset(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = pair
    assert main(["diff", str(old)]) == 0
    assert capsys.readouterr().out == "no changes\n"
    assert main(["diff", str(new)]) == 0
    assert capsys.readouterr().out.startswith("1 record added, 1 removed, 1 changed\n")


def test_a_bad_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(tmp_path / "missing")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_texts_lists_and_releases_are_compared(dataset: maroc_ai.Dataset) -> None:
    axa = dataset.get("article-axa", maroc_ai.Source)
    mou = dataset.get("mistral-ai-memorandum", maroc_ai.Partnership)
    release = Release(version="2026.12.1", created="2026-12-01", license="CC-BY-4.0")
    new = attrs.evolve(
        dataset,
        texts={**dataset.texts, axa.id: dataset.text(axa) + "\n"},
        partnerships=(
            *(p for p in dataset.partnerships if p.id != mou.id),
            attrs.evolve(mou, purpose=mou.purpose[1:]),
        ),
        release=release,
    )
    changes = dataset.diff(new)
    assert changes.release == (dataset.release, release)
    assert [(t.source, t.old, t.new) for t in changes.texts] == [
        (axa.id, dataset.text(axa), dataset.text(axa) + "\n")
    ]
    (purpose,) = changes.changed[0].fields
    assert (purpose.removed(), purpose.added()) == (mou.purpose[:1], ())
    lines = changes.render().splitlines()
    assert lines[
        0
    ] == "release: 2026.11.30 (as of 2026-11-30) → 2026.12.1 (as of 2026-12-01)".replace(
        "2026.11.30 (as of 2026-11-30)", f"{dataset.version} (as of {dataset.created})"
    )
    assert f"        - {json.dumps(mou.purpose[0], ensure_ascii=False)}" in lines
    assert changes.apply(dataset) == new


RELEASES = st.none() | st.builds(
    Release,
    version=st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)).map(
        lambda d: f"{d.year}.{d.month}.{d.day}"
    ),
    created=st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat),
    license=st.sampled_from([None, "CC-BY-4.0", "CC0-1.0"]),
)


@st.composite
def related(draw: st.DrawFn) -> tuple[maroc_ai.Dataset, maroc_ai.Dataset]:
    """Two datasets that share records: the second drops, adds and changes some of the first's."""
    first = draw(testing.datasets(max_records=6))
    other = draw(testing.datasets(max_records=6))
    collections: dict[str, Any] = {}
    for name, records in first.collections().items():
        kept: list[Any] = [r for r in records if draw(st.booleans())]
        donors: list[Any] = list(other.collections()[name])
        changed: list[Any] = []
        for kept_record in kept:
            swap: bool = draw(st.booleans())
            if donors and swap:
                donor = donors[draw(st.integers(0, len(donors) - 1))]
                fields = [f.name for f in attrs.fields(type(kept_record)) if f.name != "id"]
                field = fields[draw(st.integers(0, len(fields) - 1))]
                one_of = getattr(type(kept_record), "REQUIRE_ONE_OF", ())
                swapped = one_of if field in one_of else (field,)
                kept_record = attrs.evolve(
                    kept_record, **{each: getattr(donor, each) for each in swapped}
                )
            changed.append(kept_record)
        taken = {r.id for r in first.records()}
        added = [r for r in donors if r.id not in taken and draw(st.booleans())]
        collections[name] = changed + added
    texts = {id: text for id, text in first.texts.items() if draw(st.booleans())}
    texts.update({id: text + "!" for id, text in other.texts.items() if draw(st.booleans())})
    return first, maroc_ai.Dataset(**collections, texts=texts, release=draw(RELEASES))


@given(testing.datasets(max_records=8), RELEASES)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_dataset_has_no_changes_from_itself(
    ds: maroc_ai.Dataset, release: Release | None
) -> None:
    ds = attrs.evolve(ds, release=release)
    changes = ds.diff(ds)
    assert not changes
    assert changes.render() == "no changes\n"
    assert changes.apply(ds) == ds


@given(related(), RELEASES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_applying_the_changes_gives_the_newer_dataset(
    pair: tuple[maroc_ai.Dataset, maroc_ai.Dataset], release: Release | None
) -> None:
    old, new = pair
    old = attrs.evolve(old, release=release)
    changes = old.diff(new)
    assert changes.apply(old) == new
    assert bool(changes) == (old != new)
    for change in changes.changed:
        before = old.get(change.id)
        after = new.get(change.id)
        assert [f.field for f in change.fields] == [
            f.name
            for f in attrs.fields(type(before))
            if getattr(before, f.name) != getattr(after, f.name)
        ]
    json.dumps(changes.to_dict(), ensure_ascii=False)
    changes.render()
