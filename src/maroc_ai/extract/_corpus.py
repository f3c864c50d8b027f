"""A corpus of articles read into drafts: many files, directories or JSONL, on many processes.

:func:`read_articles` streams the articles of the inputs it is given: text files
(read as bytes and decoded as UTF-8, so line endings and a byte order mark stay
as they are), directories (every ``.txt`` file under them, in name order) and JSONL
files (one JSON object per line with ``text`` and optional ``id``, ``url``,
``publisher`` and ``date``). What cannot be read is not an article but a
:class:`Failure` with its reason, and the run goes on.

:func:`extract_corpus` writes one draft per article to a directory, skipping the
articles whose draft is already there (so an interrupted run resumes where it
stopped), on one process or several, and returns a :class:`CorpusSummary`. Memory
stays flat as the corpus grows: articles are read as they are needed, at most a few
per process are in flight, and each draft is written by the process that made it.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from ..dataset import Dataset, load
from ..values import PartialDate
from ._candidates import KINDS, Draft, unstructure_draft
from ._extract import extract

__all__ = [
    "Article",
    "CorpusSummary",
    "Failure",
    "count_articles",
    "draft_path",
    "extract_article",
    "extract_corpus",
    "parse_article",
    "read_articles",
    "source_id_for",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt",)
_NOT_ID = re.compile(r"[^a-z0-9]+")


@attrs.frozen(kw_only=True)
class Article:
    """One article of a corpus: its text, the id its source will have, what the corpus says.

    ``origin`` says where it was read ("texts/a.txt", "corpus.jsonl:12").
    """

    source_id: str
    text: str
    url: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    origin: str = ""


@attrs.frozen
class Failure:
    """An input that gave no draft, and why: "corpus.jsonl:12: not valid JSON …"."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def source_id_for(name: str, fallback: str = "article") -> str:
    """An id from a file name or path: lowercase letters and digits joined by hyphens."""
    value = _NOT_ID.sub("-", name.lower()).strip("-")
    return value or fallback


def _decode(raw: bytes, origin: str) -> str | Failure:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return Failure(origin, f"not UTF-8 text: byte {error.start} can't be read ({error.reason})")


def _text_file(path: Path, source_id: str) -> Article | Failure:
    origin = os.fspath(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        return Failure(origin, error.strerror or str(error))
    text = _decode(raw, origin)
    if isinstance(text, Failure):
        return text
    return Article(source_id=source_id, text=text, origin=origin)


def _jsonl(path: Path) -> Iterator[Article | Failure]:
    """The articles of a JSONL file, a line at a time."""
    stem = source_id_for(path.stem)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Failure(os.fspath(path), error.strerror or str(error))
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            origin = f"{path}:{number}"
            line = _decode(raw, origin)
            if isinstance(line, Failure):
                yield line
                continue
            yield _jsonl_article(line, origin, f"{stem}-{number}")


def _jsonl_article(line: str, origin: str, default_id: str) -> Article | Failure:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return Failure(origin, f"not valid JSON: {error.msg} at column {error.colno}")
    except RecursionError:
        return Failure(origin, "nested too deeply to be an article")
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return Failure(origin, 'expected an object with the article\'s "text"')
    fields: dict[str, str | None] = {}
    for key in ("id", "url", "publisher", "date"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            return Failure(origin, f'"{key}" must be a string')
        fields[key] = value
    published = None
    if fields["date"]:
        try:
            published = PartialDate.parse(fields["date"])
        except ValueError as error:
            return Failure(origin, f'"date": {error}')
    source_id = fields["id"] or default_id
    if source_id_for(source_id) != source_id:
        return Failure(origin, f'"id" {source_id!r} is not an id such as "mistral-ai-2025"')
    return Article(
        source_id=source_id,
        text=data["text"],
        url=fields["url"],
        publisher=fields["publisher"],
        published=published,
        origin=origin,
    )


def read_articles(
    inputs: Iterable[str | os.PathLike[str] | Article],
) -> Iterator[Article | Failure]:
    """The articles of ``inputs``, in order, as they are read (see the module).

    An :class:`Article` given among the inputs is given back as it is.

    A text file's source id comes from its name; under a directory, from its path
    below the directory ("2025/map-12.txt" is ``2025-map-12``), so that two files of
    one name in two folders are two sources. A JSONL line's id is its ``id``, or the
    file's name and the line number.
    """
    for given in inputs:
        if isinstance(given, Article):
            yield given
            continue
        path = Path(given)
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.suffix.lower() in TEXT_SUFFIXES and file.is_file():
                    relative = file.relative_to(path).with_suffix("")
                    yield _text_file(file, source_id_for("-".join(relative.parts)))
                elif file.suffix.lower() in JSONL_SUFFIXES and file.is_file():
                    yield from _jsonl(file)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl(path)
        elif path.exists():
            yield _text_file(path, source_id_for(path.stem))
        else:
            yield Failure(os.fspath(path), "no such file or directory")


def count_articles(inputs: Iterable[str | os.PathLike[str] | Article]) -> int:
    """How many articles (or failures) :func:`read_articles` will give, counted cheaply."""
    total = 0
    for given in inputs:
        if isinstance(given, Article):
            total += 1
            continue
        path = Path(given)
        if path.is_dir():
            for file in path.rglob("*"):
                suffix = file.suffix.lower()
                if suffix in TEXT_SUFFIXES and file.is_file():
                    total += 1
                elif suffix in JSONL_SUFFIXES and file.is_file():
                    total += _lines(file)
        elif path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
            total += _lines(path)
        else:
            total += 1
    return total


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def parse_article(line: str, origin: str = "article") -> Article | Failure:
    """The article a JSONL line gives, or the :class:`Failure` that says why it gives none.

    The line is an object with ``text`` and optional ``id``, ``url``, ``publisher``, ``date``.
    """
    return _jsonl_article(line, origin, source_id_for(origin))


# Reading one article


_DATASETS: dict[str | None, Dataset] = {}


def _dataset(data: str | None) -> Dataset:
    """The dataset to match against, loaded once per process (the bundled one by default)."""
    if data not in _DATASETS:
        _DATASETS[data] = load(data)
    return _DATASETS[data]


def extract_article(
    article: Article,
    *,
    data: str | os.PathLike[str] | None = None,
    reference_date: dt.date | None = None,
) -> Draft:
    """The draft of one article of a corpus, matched against the dataset at ``data``.

    The article's own date (a JSONL line's ``date``) resolves its relative dates;
    ``reference_date`` serves for the articles that give none.
    """
    return extract(
        article.text,
        source_id=article.source_id,
        reference_date=reference_date if article.published is None else None,
        dataset=_dataset(None if data is None else os.fspath(data)),
        url=article.url,
        publisher=article.publisher,
        published=article.published,
    )


def draft_path(output: str | os.PathLike[str], source_id: str) -> Path:
    """Where the draft of an article goes: ``<output>/<source id>.json``."""
    return Path(output) / f"{source_id}.json"


def write_draft(draft: Draft, path: Path) -> None:
    """Write a draft to ``path`` all at once: a file half written is never left there."""
    from .._json import dumps

    handle, staging = tempfile.mkstemp(prefix=".draft-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(dumps(unstructure_draft(draft)))
        os.replace(staging, path)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise


@attrs.frozen
class _Outcome:
    """What reading one article gave, small enough to send back from a worker."""

    origin: str
    candidates: tuple[tuple[str, int, int], ...] = ()
    """``(kind, new, matched)`` for each kind of candidate."""
    failure: str | None = None


def _run_one(
    article: Article, output: str, data: str | None, reference_date: dt.date | None
) -> _Outcome:
    try:
        draft = extract_article(article, data=data, reference_date=reference_date)
        write_draft(draft, draft_path(output, article.source_id))
    except Exception as error:  # pragma: no cover - extract never raises on a string
        return _Outcome(article.origin, failure=f"{type(error).__name__}: {error}")
    counts = tuple(
        (
            kind,
            sum(1 for c in candidates if c.match is None),
            sum(1 for c in candidates if c.match is not None),
        )
        for kind, candidates in draft.candidates().items()
    )
    return _Outcome(article.origin, counts)


_WORKER: dict[str, Any] = {}


def _start_worker(output: str, data: str | None, reference_date: dt.date | None) -> None:
    _WORKER.update(output=output, data=data, reference_date=reference_date)
    _dataset(data)


def _in_worker(article: Article) -> _Outcome:
    return _run_one(article, _WORKER["output"], _WORKER["data"], _WORKER["reference_date"])


# The run


@attrs.define
class CorpusSummary:
    """What a corpus run did: articles read, skipped and failed, candidates by kind."""

    extracted: int = 0
    skipped: int = 0
    """Articles whose draft was already there."""
    failed: int = 0
    new: collections.Counter[str] = attrs.Factory(collections.Counter)
    """New candidates by kind."""
    matched: collections.Counter[str] = attrs.Factory(collections.Counter)
    """Candidates matched to a record of the dataset, by kind."""
    failures: list[Failure] = attrs.Factory(list)
    """The first failures, with their reasons (at most :data:`SHOWN_FAILURES`)."""
    seconds: float = 0.0

    def record(self, outcome: _Outcome) -> None:
        if outcome.failure is not None:
            self.fail(Failure(outcome.origin, outcome.failure))
            return
        self.extracted += 1
        for kind, new, matched in outcome.candidates:
            self.new[kind] += new
            self.matched[kind] += matched

    def fail(self, failure: Failure) -> None:
        self.failed += 1
        if len(self.failures) < SHOWN_FAILURES:
            self.failures.append(failure)

    @property
    def done(self) -> int:
        """Articles extracted, skipped or failed so far."""
        return self.extracted + self.skipped + self.failed

    def render(self) -> str:
        """The summary as ``maroc-ai extract`` prints it."""
        rate = self.extracted / self.seconds if self.seconds else 0.0
        lines = [
            f"{self.extracted} articles extracted, {self.skipped} skipped (draft already there), "
            f"{self.failed} failed, in {self.seconds:.1f} s ({rate:.1f} articles/s)"
        ]
        for kind in KINDS:
            total = self.new[kind] + self.matched[kind]
            if total:
                lines.append(
                    f"  {kind}: {total} ({self.new[kind]} new, {self.matched[kind]} matched)"
                )
        if self.failed:
            lines.append("failures:")
            lines += [f"  {failure}" for failure in self.failures]
            if self.failed > len(self.failures):
                lines.append(f"  … and {self.failed - len(self.failures)} more")
        return "\n".join(lines)


SHOWN_FAILURES = 50
"""How many failures a summary keeps with their reasons; the rest are counted."""


def extract_corpus(
    inputs: Iterable[str | os.PathLike[str] | Article],
    output: str | os.PathLike[str],
    *,
    jobs: int = 1,
    data: str | os.PathLike[str] | None = None,
    reference_date: dt.date | None = None,
    progress: Callable[[CorpusSummary], None] | None = None,
) -> CorpusSummary:
    """Write the draft of every article of ``inputs`` to the directory ``output``.

    Args:
        inputs: Text files, directories and JSONL files (see :func:`read_articles`).
        output: The directory of drafts, ``<source id>.json`` each; created if missing.
            An article whose draft is already there is skipped.
        jobs: How many processes read articles (1: this one).
        data: The dataset directory to match against (default: the bundled dataset).
        reference_date: The day to resolve relative dates against, for the articles
            that give no date of their own.
        progress: Called with the summary so far after each article.

    Returns:
        The :class:`CorpusSummary` of the run.

    """
    started = time.perf_counter()
    run_start = time.time()
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    out = os.fspath(folder)
    data_path = None if data is None else os.fspath(data)
    summary = CorpusSummary()

    def pending() -> Iterator[Article]:
        for item in read_articles(inputs):
            if isinstance(item, Failure):
                summary.fail(item)
                _report(progress, summary)
                continue
            path = draft_path(folder, item.source_id)
            if path.exists():
                if path.stat().st_mtime >= run_start:
                    summary.fail(
                        Failure(item.origin, f"a second article with the id {item.source_id!r}")
                    )
                else:
                    summary.skipped += 1
                _report(progress, summary)
                continue
            yield item

    if jobs <= 1:
        for article in pending():
            summary.record(_run_one(article, out, data_path, reference_date))
            _report(progress, summary)
    else:
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=jobs,
            initializer=_start_worker,
            initargs=(out, data_path, reference_date),
        ) as pool:
            in_flight: set[concurrent.futures.Future[_Outcome]] = set()
            for article in pending():
                in_flight.add(pool.submit(_in_worker, article))
                if len(in_flight) >= jobs * 4:
                    done, in_flight = concurrent.futures.wait(
                        in_flight, return_when=concurrent.futures.FIRST_COMPLETED
                    )
                    for future in done:
                        summary.record(future.result())
                        _report(progress, summary)
            for future in concurrent.futures.as_completed(in_flight):
                summary.record(future.result())
                _report(progress, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _report(progress: Callable[[CorpusSummary], None] | None, summary: CorpusSummary) -> None:
    if progress is not None:
        progress(summary)
