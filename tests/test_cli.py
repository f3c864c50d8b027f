from __future__ import annotations

import json
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
