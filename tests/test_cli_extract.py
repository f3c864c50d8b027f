"""The extract and add commands of maroc-ai."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import maroc_ai
from maroc_ai.cli import main

from .test_extract import ARTICLE
from .test_extract_corpus import write_corpus

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


# Many articles


def test_extract_a_corpus_to_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_corpus(tmp_path)
    output = tmp_path / "drafts"
    assert main(["extract", str(folder), "--output", str(output), "--jobs", "2"]) == 0
    err = capsys.readouterr().err
    assert "3 articles extracted, 0 skipped (draft already there), 0 failed" in err
    assert "\r" not in err  # no progress bar when standard error is not a terminal
    assert sorted(p.name for p in output.iterdir()) == [
        "ar-note.json",
        "en-note.json",
        "fr-note.json",
    ]
    assert main(["extract", str(folder), "--output", str(output)]) == 0
    assert "0 articles extracted, 3 skipped" in capsys.readouterr().err


def test_extract_jsonl_with_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text(
        json.dumps({"id": "one", "text": ARTICLE, "url": "https://example.org/1"}) + "\n{oops\n",
        encoding="utf-8",
    )
    assert main(["extract", str(corpus), "--output", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "1 articles extracted" in err
    assert f"{corpus}:2: not valid JSON" in err
    draft = json.loads((tmp_path / "out" / "one.json").read_text(encoding="utf-8"))
    assert draft["url"] == "https://example.org/1"


def test_many_articles_need_an_output_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_corpus(tmp_path)
    assert main(["extract", str(folder)]) == 2
    assert "give --output DIR" in capsys.readouterr().err
    assert main(["extract", str(folder), "--output", str(tmp_path / "o"), "--url", "x"]) == 2
    assert "--url describe one article" in capsys.readouterr().err


def test_one_article_with_its_url_and_publisher(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "https://example.org/atlas"
    assert main(["extract", str(article), "--url", url, "--publisher", "Example Press"]) == 0
    draft = json.loads(capsys.readouterr().out)
    assert (draft["url"], draft["publisher"]) == (url, "Example Press")


def test_the_article_is_kept_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = "\ufeffوقع وزير الصناعة، السيد كريم بناني،\r\nمذكرة تفاهم\r\n".encode()
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    assert main(["extract", str(path)]) == 0
    draft = json.loads(capsys.readouterr().out)
    assert draft["text"].encode("utf-8") == raw
    for item in draft["officials"]:
        start, end = item["span"]
        assert draft["text"][start:end] == item["quote"]


def test_a_file_that_is_not_utf8_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 du port".encode("latin-1"))
    assert main(["extract", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"maroc-ai: {path}: not UTF-8 text")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            lambda d: d["officials"][0].update(match=["x"]),
            'officials[0].match: expected "new" or the id of a record',
        ),
        (
            lambda d: d["officials"][0]["record"]["name"].update(aliases=5),
            "officials[0].record.name.aliases",
        ),
        (lambda d: d["source"].update(id=3), "source.id: expected a string"),
        (lambda d: d["officials"][0].update(match="Not An Id"), "officials[0].match"),
    ],
)
def test_add_refuses_a_malformed_draft_with_status_2(
    article: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    edit: Callable[[dict[str, Any]], None],
    problem: str,
) -> None:
    assert main(["extract", str(article)]) == 0
    data = json.loads(capsys.readouterr().out)
    edit(data)
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["add", str(draft), "--to", str(tmp_path / "mine")]) == 2
    err = capsys.readouterr().err
    assert problem in err
    assert "Traceback" not in err
    assert not (tmp_path / "mine").exists()


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"source": ' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
)
def test_add_refuses_a_deeply_nested_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    draft = tmp_path / "deep.json"
    draft.write_text(content, encoding="utf-8")
    assert main(["add", str(draft), "--to", str(tmp_path / "mine")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("maroc-ai: 1 problem")
    assert "Traceback" not in err


def test_add_refuses_a_draft_that_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.json"
    draft.write_bytes(b'{"text": "\xff"}')
    assert main(["add", str(draft), "--to", str(tmp_path / "mine")]) == 2
    assert "not UTF-8 text" in capsys.readouterr().err
