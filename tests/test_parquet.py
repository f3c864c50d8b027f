"""The Parquet export: one file per table, typed columns, read back by pyarrow and DuckDB."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import maroc_ai
from maroc_ai.export import DIRECTORY_FORMATS, FORMATS, parquet_tables, to_csv
from maroc_ai.export._tables import tables
from maroc_ai.testing import datasets

from .conftest import REPO

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_one_file_per_table_of_the_csv_export(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    assert "parquet" in FORMATS
    assert "parquet" in DIRECTORY_FORMATS
    written = dataset.export("parquet", tmp_path / "out")
    names = sorted(path.name for path in written.iterdir())
    assert names == sorted(f"{table.name}.parquet" for table in tables(dataset))


def test_columns_are_typed(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    dataset.export("parquet", tmp_path)
    partnerships = pq.read_table(tmp_path / "partnerships.parquet")
    schema = partnerships.schema
    assert schema.field("date").type == pa.date32()
    assert pa.types.is_dictionary(schema.field("date_precision").type)
    assert schema.field("parties").type == pa.list_(pa.string())
    rows = {row["id"]: row for row in partnerships.to_pylist()}
    memorandum = rows["mistral-ai-memorandum"]
    assert memorandum["date"] == dt.date(2025, 9, 12)
    assert memorandum["date_precision"] == "day"
    assert memorandum["parties"] == ["ministry-digital-transition", "mistral-ai"]
    axa = rows["axa-skills-partnership"]
    assert (axa["date"], axa["date_precision"], axa["date_weekday"]) == (None, "weekday", "monday")
    facilities = {
        row["id"]: row for row in pq.read_table(tmp_path / "facilities.parquet").to_pylist()
    }
    dakhla = facilities["dakhla-data-centre"]
    assert (dakhla["capacity_value"], dakhla["capacity_unit"]) == (500.0, "MW")
    assert dakhla["capacity_qualifier"] == "up_to"
    places = pq.read_table(tmp_path / "places.parquet")
    assert places.schema.field("coordinates_geonames").type == pa.int64()
    statistics = pq.read_table(tmp_path / "statistics.parquet").to_pylist()
    assert {row["id"]: row["date_precision"] for row in statistics}[
        "onepoint-revenue-2024"
    ] == "year"
    descriptions = pq.read_schema(tmp_path / "citations.parquet").metadata
    assert descriptions[b"description"].startswith(b"Every citation")


def test_nested_tables_link_by_ids(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    dataset.export("parquet", tmp_path)
    citations = pq.read_table(tmp_path / "citations.parquet")
    assert citations.num_rows == sum(1 for row in tables(dataset)[-1].rows)
    own = [row for row in citations.to_pylist() if row["part"] is None]
    assert {row["record"] for row in own} == {record.id for record in dataset.records()}
    participations = pq.read_table(tmp_path / "participations.parquet").to_pylist()
    signatories = {
        row["official"]
        for row in participations
        if row["role"] == "signatory" and row["record"] == "mistral-ai-memorandum"
    }
    assert signatories == {"amal-el-fallah-seghrouchni", "arthur-mensch"}


def test_the_duckdb_example_of_the_docs_runs_as_shown(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    dataset: maroc_ai.Dataset,
) -> None:
    pytest.importorskip("duckdb")
    page = (REPO / "docs" / "exports.md").read_text(encoding="utf-8")
    section = page[page.index("## Parquet and Arrow") :]
    code, shown = re.search(r"```python\n(.*?)```\n\n```text\n(.*?)```", section, re.S).groups()  # type: ignore[union-attr]
    monkeypatch.chdir(tmp_path)
    capfd.readouterr()
    exec(compile(code, "exports.md", "exec"), {"ds": dataset})
    printed = capfd.readouterr().out
    assert [line.rstrip() for line in printed.strip().splitlines()] == [
        line.rstrip() for line in shown.strip().splitlines()
    ]


def test_overwrite_and_stale_files(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        dataset.export("parquet", tmp_path)
    (tmp_path / "old.parquet").write_bytes(b"stale")
    dataset.export("parquet", tmp_path, overwrite=True)
    assert not (tmp_path / "old.parquet").exists()
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    before = (tmp_path / "sources.parquet").stat().st_mtime_ns
    dataset.export("parquet", tmp_path, overwrite=True)
    assert (tmp_path / "sources.parquet").stat().st_mtime_ns == before


def test_excel_is_for_csv_only(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    with pytest.raises(ValueError, match="excel applies to the csv format only"):
        dataset.export("parquet", tmp_path, excel=True)
    to_csv(dataset, tmp_path / "csv", excel=True)
    assert (tmp_path / "csv" / "places.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(max_records=6))
def test_a_collection_file_is_its_query_as_arrow(dataset: maroc_ai.Dataset) -> None:
    """Whatever the data, each collection's table is what Query.to_arrow() gives."""
    found = parquet_tables(dataset)
    for name, query in dataset.collections().items():
        assert found[name].cast(query.to_arrow().schema).equals(query.to_arrow())
        assert found[name].column("id").to_pylist() == list(query.ids())
