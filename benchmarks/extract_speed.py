"""How many news-sized articles maroc_ai.extract reads a second, per core and on two processes.

Two sets of articles of about 5 KB, each read as ``maroc-ai extract`` reads it, matched
against the bundled dataset:

* **full-length news**: the held-out articles h872 to h876 of ``tests/articles`` in
  Arabic, French and English, written at the length and in the shape of full news
  stories (lede, context, quotes, background), and the five seeds (Arabic, as
  published). The written ones are still about twice as dense in people, institutions
  and figures as the seeds (per 5 KB, 5 to 6 people, 5 to 7 institutions and 8 figures,
  against 4, 4 and 2).
* **dense**: articles made of short test articles joined until they are 5 KB, in each
  language, a fixed list (``dev`` 01 to 22 and ``heldout`` h1 to h17 of each language):
  each short article is a news brief of a few paragraphs, so the joined ones hold three
  times as many people, institutions and figures as the full-length ones. The figures
  compare across changes that add test articles.

For each: articles per second of CPU time in this process (and of wall time, which a
busy machine lowers); then ``extract_corpus(..., jobs=2)`` writing one draft per
article on two processes, articles per second of wall time and of the CPU time the two
processes used (reading the files and writing the drafts included); and the named
alternative, ``dateparser.search.search_dates`` (``pip install dateparser``), which only
looks for dates, on the same articles.

The goal is 200 articles a second per core. ``--smoke`` runs a second or so.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from installed import build

import maroc_ai
from maroc_ai.extract import extract, extract_corpus

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "articles"
GOAL = 200.0
SIZE = 5000
"""Bytes an article made of test articles reaches."""
Pinned = tuple[tuple[str, range, str], ...]
PINNED: Pinned = (
    ("dev", range(1, 23), "{language}-{n:02d}"),
    ("heldout", range(1, 18), "{language}-h{n}"),
)
"""The short test articles joined into the dense ones: a folder, the numbers of its
articles, their names."""
FULL_LENGTH: Pinned = (("heldout", range(872, 877), "{language}-h{n}"),)
"""The full-length test articles."""


def _pinned(language: str, pinned: Pinned = PINNED) -> list[Path]:
    """The pinned test articles of ``language``, in the order of their file names."""
    paths = []
    for folder, numbers, pattern in pinned:
        names = {pattern.format(language=language, n=n) + ".txt" for n in numbers}
        paths += sorted(path for path in (ARTICLES / folder).iterdir() if path.name in names)
    return paths


def full_length(ds: maroc_ai.Dataset) -> dict[str, list[str]]:
    """The full-length news by language: the seeds, and the written ones of each language."""
    by_language = {"seeds (ar)": [ds.text(source) for source in ds.sources]}
    for language in ("ar", "fr", "en"):
        paths = _pinned(language, FULL_LENGTH)
        by_language[language] = [path.read_text(encoding="utf-8") for path in paths]
    return by_language


def corpus() -> dict[str, list[str]]:
    """The dense articles by language, about 5 KB each."""
    by_language: dict[str, list[str]] = {}
    for language in ("ar", "fr", "en"):
        texts = [path.read_text(encoding="utf-8") for path in _pinned(language)]
        joined: list[str] = []
        for text in texts:
            if joined and len(joined[-1].encode("utf-8")) < SIZE:
                joined[-1] += "\n\n" + text
            else:
                joined.append(text)
        by_language[language] = joined
    return by_language


def rate(run: Callable[[str], object], texts: list[str], seconds: float) -> tuple[float, float]:
    """Articles per second of CPU time and of wall time, reading ``texts`` over and over."""
    run(texts[0])
    cpu, wall, count = time.process_time(), time.perf_counter(), 0
    while time.process_time() - cpu < seconds:
        for text in texts:
            run(text)
            count += 1
    return count / (time.process_time() - cpu), count / (time.perf_counter() - wall)


def on_two_processes(texts: list[str], copies: int) -> tuple[float, float]:
    """Articles per second of wall time for ``extract_corpus(..., jobs=2)``, and per
    second of the CPU time the two processes used (which a busy machine lowers less)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "articles"
        root.mkdir()
        for copy in range(copies):
            for number, text in enumerate(texts):
                (root / f"a{copy}-{number}.txt").write_text(text, encoding="utf-8")
        started = time.perf_counter()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        summary = extract_corpus([root], Path(folder) / "drafts", jobs=2)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
        return summary.extracted / wall, summary.extracted / cpu if cpu else 0.0


def _report(
    name: str,
    by_language: dict[str, list[str]],
    dataset: maroc_ai.Dataset,
    seconds: float,
    copies: int,
) -> list[str]:
    """Print the rates of one set of articles, per language and on two processes."""
    every = [text for texts in by_language.values() for text in texts]
    print(f"{name}")
    print(f"{'  articles':<24} {'KB':>5} {'cpu/s':>8} {'wall/s':>8} {'goal':>6}")
    for label, texts in [*by_language.items(), ("all", every)]:
        size = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1000
        cpu, wall = rate(lambda text: extract(text, dataset=dataset), texts, seconds)
        print(
            f"{'  extract, ' + label:<24} {size:>5.1f} {cpu:>8.1f} {wall:>8.1f} {cpu / GOAL:>6.2f}"
        )
    wall, cpu = on_two_processes(every, copies)
    print(f"{'  --jobs 2, all':<24} {'':>5} {cpu:>8.1f} {wall:>8.1f}")
    return every


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per measure (default: 5)")
    parser.add_argument("--smoke", action="store_true", help="a quick run, to check it runs")
    args = parser.parse_args()
    seconds = 0.2 if args.smoke else args.seconds
    copies = 1 if args.smoke else 20
    print(f"maroc_ai: {build()}")
    dataset = maroc_ai.load()
    news = _report("full-length news", full_length(dataset), dataset, seconds, copies)
    dense = _report("dense (short test articles joined)", corpus(), dataset, seconds, copies)
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed: pip install dateparser, to compare")
        return
    for name, every in (("full-length news", news), ("dense", dense)):
        alternative, _ = rate(
            lambda text: search_dates(text, languages=["ar", "fr", "en"]), every, seconds
        )
        ours, _ = rate(lambda text: extract(text, dataset=dataset), every, seconds)
        print(
            f"{name}: dateparser.search_dates {alternative:.1f} articles/s (cpu); maroc_ai "
            f"extract reads {ours / alternative:.1f} times as many, finding far more than dates"
        )


if __name__ == "__main__":
    main()
