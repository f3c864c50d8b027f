"""The extract and add commands of maroc-ai."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import maroc_ai
from maroc_ai.cli import main

from .test_extract import ARTICLE

KEYS = {
    "officials",
    "organizations",
    "partnerships",
    "facilities",
    "targets",
    "dates",
    "quantities",
}


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "atlas.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_prints_one_json_draft(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article)]) == 0
    draft = json.loads(capsys.readouterr().out)
    assert set(draft) >= KEYS
    for key in KEYS:
        for item in draft[key]:
            start, end = item["span"]
            assert ARTICLE[start:end] == item["quote"]
    assert {o["name"] for o in draft["officials"]} >= {"محمد بنعلي", "سلمى العمراني"}
    assert all("post" in o for o in draft["officials"])
    assert {(d["value"], d["precision"]) for d in draft["dates"]} == {
        ("2025-03-05", "day"),
        ("2027", "year"),
    }
    assert {(q["value"], q["unit"], q["qualifier"]) for q in draft["quantities"]} == {
        (50, "MW", "up_to"),
        (1200, "job", "more_than"),
        (3_000_000_000, "MAD", "approximately"),
    }
    assert draft["source"]["id"] == "atlas"
    assert all(o["match"] == "new" for o in draft["officials"])


def test_extract_matches_the_dataset_and_resolves_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("وقع السيد رياض مزور أمس الاثنين مذكرة تفاهم", encoding="utf-8")
    assert main(["extract", str(path), "--reference-date", "2025-09-16"]) == 0
    draft = json.loads(capsys.readouterr().out)
    assert [o["match"] for o in draft["officials"]] == ["ryad-mezzour"]
    assert [d["value"] for d in draft["dates"]] == ["2025-09-15"]


def test_extract_and_add(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article), "--source-id", "atlas-article"]) == 0
    draft = tmp_path / "draft.json"
    draft.write_text(capsys.readouterr().out, encoding="utf-8")
    mine = tmp_path / "mine"
    assert main(["add", str(draft), "--to", str(mine)]) == 0
    assert "added 1 source, " in capsys.readouterr().err
    assert "atlas-article" in maroc_ai.load(mine)
    assert main(["add", str(draft), "--to", str(mine)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("maroc-ai: ")
    assert "duplicate" in err


def test_errors_are_one_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("maroc-ai: ")
    assert err.count("\n") == 1
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["add", str(bad), "--to", str(tmp_path / "mine")]) == 2  # a malformed draft
    assert "not valid JSON" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["extract", str(bad), "--reference-date", "yesterday"])
