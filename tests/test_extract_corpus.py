"""maroc_ai.extract: a corpus of articles read into drafts, on one process or several."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from maroc_ai import PartialDate
from maroc_ai.extract import (
    Article,
    Failure,
    extract_article,
    extract_corpus,
    parse_article,
    read_articles,
    read_draft,
)

ARTICLES = {
    "ar-note.txt": (
        "وقع وزير الفلاحة، السيد كريم بناني، أمس الثلاثاء بمكناس، مذكرة تفاهم مع شركة "
        "Agrosmart لتكوين 500 تقني.\n"
    ),
    "fr-note.txt": (
        "Rabat, 4 novembre 2025 (MAP) - Le directeur général de l'Agence nationale des ports, "
        "M. Hamza Kettani, a signé un accord-cadre avec la société Portek.\n"
    ),
    "en-note.txt": (
        "Transport Minister Sara Lahlou said on Monday the new terminal would handle "
        "2 million containers a year.\n"
    ),
}
"""Short articles written for these tests: people, places and amounts are made up."""


def write_corpus(root: Path) -> Path:
    """The articles above as text files of a directory."""
    folder = root / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def test_read_a_directory_of_texts(tmp_path: Path) -> None:
    articles = list(read_articles([write_corpus(tmp_path)]))
    assert [a.source_id for a in articles if isinstance(a, Article)] == [
        "ar-note",
        "en-note",
        "fr-note",
    ]


def test_texts_are_kept_byte_for_byte(tmp_path: Path) -> None:
    raw = "\ufeffوقعت الوزارة\r\nمذكرة تفاهم\r\n".encode()
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    (article,) = read_articles([path])
    assert isinstance(article, Article)
    assert article.text.encode("utf-8") == raw
    draft = extract_article(article)
    assert draft.text.encode("utf-8") == raw


def test_what_cannot_be_read_is_a_failure_with_its_reason(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9".encode("latin-1"))
    (failure,) = read_articles([bad])
    assert isinstance(failure, Failure)
    assert str(failure).startswith(f"{bad}: not UTF-8 text: byte 3")
    (missing,) = read_articles([tmp_path / "nowhere.txt"])
    assert isinstance(missing, Failure)


def test_jsonl_lines_with_their_url_publisher_and_date(tmp_path: Path) -> None:
    corpus = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "id": "port-deal",
                "text": ARTICLES["fr-note.txt"],
                "url": "https://example.org/port",
                "publisher": "Example Press",
                "date": "2025-11-04",
            }
        ),
        json.dumps({"text": ARTICLES["en-note.txt"]}),
        "not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "x", "date": "yesterday"}),
        json.dumps({"text": "x", "id": "Not An Id"}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second, *failures = read_articles([corpus])
    assert isinstance(first, Article)
    assert (first.source_id, first.url, first.publisher) == (
        "port-deal",
        "https://example.org/port",
        "Example Press",
    )
    assert first.published == PartialDate(year=2025, month=11, day=4)
    assert isinstance(second, Article)
    assert second.source_id == "feed-2"
    assert [type(f) for f in failures] == [Failure] * 4
    assert [f.origin for f in failures if isinstance(f, Failure)] == [
        f"{corpus}:{n}" for n in (3, 4, 5, 6)
    ]
    assert isinstance(parse_article('{"text": "x", "id": "one"}'), Article)


def test_a_line_date_resolves_relative_dates() -> None:
    article = parse_article(
        json.dumps({"id": "note", "text": ARTICLES["ar-note.txt"], "date": "2025-11-05"})
    )
    assert isinstance(article, Article)
    draft = extract_article(article)
    assert draft.published == PartialDate(year=2025, month=11, day=5)
    assert [m.value.isoformat() for m in draft.dates] == ["2025-11-04"]


def test_corpus_writes_one_draft_each_and_resumes(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    output = tmp_path / "drafts"
    summary = extract_corpus([folder], output)
    assert (summary.extracted, summary.skipped, summary.failed) == (3, 0, 0)
    assert sorted(p.name for p in output.iterdir()) == [
        "ar-note.json",
        "en-note.json",
        "fr-note.json",
    ]
    draft = read_draft(output / "fr-note.json")
    assert [o.name for o in draft.officials] == ["Hamza Kettani"]
    assert summary.new["officials"] + summary.matched["officials"] == 3
    again = extract_corpus([folder], output)
    assert (again.extracted, again.skipped) == (0, 3)
    text = summary.render()
    assert text.startswith("3 articles extracted, 0 skipped")
    assert "officials: 3" in text


def test_several_processes_write_the_drafts_one_does(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    extract_corpus([folder], one, jobs=1)
    summary = extract_corpus([folder], two, jobs=2)
    assert summary.extracted == 3
    for path in one.iterdir():
        assert (two / path.name).read_bytes() == path.read_bytes()


def test_failures_are_counted_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\xfa")
    progress: list[int] = []
    summary = extract_corpus([folder], tmp_path / "out", progress=lambda s: progress.append(s.done))
    assert (summary.extracted, summary.failed) == (3, 1)
    assert "broken.txt: not UTF-8 text" in summary.render()
    assert progress == [1, 2, 3, 4]


def test_two_articles_with_one_id_are_one_failure(tmp_path: Path) -> None:
    corpus = tmp_path / "twice.jsonl"
    line = json.dumps({"id": "same", "text": ARTICLES["en-note.txt"]})
    corpus.write_text(f"{line}\n{line}\n", encoding="utf-8")
    summary = extract_corpus([corpus], tmp_path / "out")
    assert (summary.extracted, summary.failed) == (1, 1)
    assert "a second article with the id 'same'" in summary.render()


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_each_article_gives_its_people(name: str) -> None:
    (article,) = read_articles([Article(source_id="x", text=ARTICLES[name])])
    assert isinstance(article, Article)
    assert extract_article(article).officials
