from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import maroc_ai
from maroc_ai.cli import main


def test_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "partnerships      4" in out
    assert "2025-09-12 in Rabat: strategic memorandum of understanding with Mistral AI" in out
    assert "about 100 billion MAD: added value by 2030" in out
    assert "up to 500 MW: data centre in Dakhla, fully renewable energy (planned)" in out
    assert "[article-ai-strategy, article-jazari, article-mistral]" in out


def test_export_prints_the_dataset(
    capsys: pytest.CaptureFixture[str], dataset: maroc_ai.Dataset
) -> None:
    assert main(["export", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out == dataset.to_json()
    assert "أمل الفلاح السغروشني" in out


def test_export_output_is_a_dataset_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dataset: maroc_ai.Dataset
) -> None:
    assert main(["export", "--output", str(tmp_path / "out")]) == 0
    assert f"wrote {len(dataset)} records and 5 texts" in capsys.readouterr().err
    assert maroc_ai.load(tmp_path / "out") == dataset


def test_data_option_reads_a_user_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sources.json").write_text("[{}]")
    assert main(["--data", str(tmp_path), "summary"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "sources.json: #0: id: required field missing" in captured.err
    assert "Traceback" not in captured.err


def test_data_option_after_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--data", str(tmp_path / "missing")]) == 1
    assert "the dataset directory does not exist" in capsys.readouterr().err


def test_output_that_cannot_be_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("x")
    assert main(["export", "--output", str(tmp_path / "file")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("maroc-ai: ")
    assert "Traceback" not in err
    assert main(["export", "--output", ""]) == 1
    assert "the path is empty" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", "--format", "xml"])
    assert info.value.code == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "maroc_ai", "export"], capture_output=True, check=True
    )
    data = json.loads(result.stdout.decode("utf-8"))
    assert len(data["partnerships"]) == 4


def test_an_error_about_a_lone_surrogate_prints(tmp_path: Path) -> None:
    (tmp_path / "places.json").write_text('[{"id": "\\ud800", "name": 5}]', encoding="utf-8")
    for encoding in ("utf-8", "ascii"):
        result = subprocess.run(
            [sys.executable, "-m", "maroc_ai", "--data", str(tmp_path), "summary"],
            capture_output=True,
            env={**os.environ, "PYTHONIOENCODING": encoding},
        )
        err = result.stderr.decode("utf-8")
        assert result.returncode == 1
        assert "Traceback" not in err
        assert "places.json: \\ud800: id: a lone surrogate, \\ud800, is not a character" in err


def test_export_into_a_directory_with_other_files_needs_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dataset: maroc_ai.Dataset
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.json").write_text("[]")
    (out / "places.csv").write_text("id\n")
    (out / "datapackage.json").write_text("{}")
    assert main(["export", "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert "holds files this export would not write (datapackage.json, places.csv)" in err
    assert (out / "events.json").read_text() == "[]"  # untouched
    assert main(["export", "--output", str(out), "--force"]) == 0
    assert maroc_ai.load(out) == dataset  # the stale datapackage.json is gone
    assert (out / "places.csv").read_text() == "id\n"  # not the export's: left
    assert main(["export", "--format", "csv", "--output", str(out)]) == 1
    assert "holds files this export would not write" in capsys.readouterr().err


def test_export_into_its_own_directory_changes_nothing(
    tmp_path: Path, dataset: maroc_ai.Dataset
) -> None:
    directory = dataset.write(tmp_path / "data")
    before = {path: path.read_bytes() for path in directory.rglob("*") if path.is_file()}
    assert main(["--data", str(directory), "export", "--output", str(directory)]) == 0
    assert {path: path.read_bytes() for path in directory.rglob("*") if path.is_file()} == before


def test_export_never_into_the_root_or_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--output", "/", "--force"]) == 1
    assert "won't write into /, the root of the file system" in capsys.readouterr().err
    (tmp_path / "file").write_text("x")
    assert main(["export", "--format", "csv", "--output", str(tmp_path / "file")]) == 1
    assert "is a file, not a directory" in capsys.readouterr().err
    assert main(["export", "--format", "geojson", "--output", str(tmp_path)]) == 1
    assert "is a directory; give a file to write" in capsys.readouterr().err
    assert (tmp_path / "file").read_text() == "x"


def test_version_short_and_long(capsys: pytest.CaptureFixture[str]) -> None:
    for option in ("-V", "--version"):
        with pytest.raises(SystemExit) as exit:
            main([option])
        assert exit.value.code == 0
        assert capsys.readouterr().out == f"maroc-ai {maroc_ai.__version__}\n"


def test_summary_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["counts"] == maroc_ai.load().counts()
    (dakhla,) = summary["facilities_with_capacity"]
    assert dakhla["capacity"] == {
        "value": 500,
        "unit": "MW",
        "qualifier": "up_to",
        "text": "up to 500 MW",
    }
    assert dakhla["place"] == {"id": "dakhla", "label": "Dakhla"}


def test_export_csv_for_excel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv", "--excel", "--output", str(tmp_path)]) == 0
    text = (tmp_path / "officials.csv").read_text(encoding="utf-8")
    assert text.startswith("\ufeffid,")
    assert main(["export", "--format", "csv", "--output", str(tmp_path / "plain")]) == 0
    assert (tmp_path / "plain" / "officials.csv").read_text(encoding="utf-8") == text[1:]
    assert main(["export", "--format", "geojson", "--excel", "--output", str(tmp_path / "x")]) == 1
    assert "--excel is for --format csv, not geojson" in capsys.readouterr().err


def test_export_parquet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow")
    assert main(["export", "--format", "parquet", "--output", str(tmp_path)]) == 0
    assert (tmp_path / "partnerships.parquet").exists()
    assert main(["export", "--format", "parquet"]) == 1
    assert "give --output DIR" in capsys.readouterr().err
