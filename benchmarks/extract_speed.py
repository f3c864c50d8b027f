"""How many news-sized articles maroc_ai.extract reads a second, per core and on two processes.

The articles are about 5 KB each: the five seeds (Arabic, as published) and French and
English articles made of test articles of ``tests/articles`` joined until they are 5 KB
(denser in people, institutions and figures than most news). The test articles are a
fixed list (``dev`` 01 to 22 and ``heldout`` h1 to h17 of each language), so that
articles added later leave what this measures unchanged. Each is read as ``maroc-ai
extract`` reads it, matched against the bundled dataset.

* per core: ``extract`` in this process, articles per second of CPU time (and of wall
  time, which a busy machine lowers);
* ``--jobs 2``: ``extract_corpus`` writing one draft per article on two processes,
  articles per second of wall time, and per second of the CPU time the two
  processes used (reading the files and writing the drafts included);
* the named alternative: ``dateparser.search.search_dates`` (``pip install
  dateparser``), which only looks for dates, on the same articles.

The goal is 200 articles a second per core. ``--smoke`` runs a second or so.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import maroc_ai
from maroc_ai.extract import extract, extract_corpus

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "articles"
GOAL = 200.0
SIZE = 5000
"""Bytes an article made of test articles reaches."""
PINNED = ("dev", range(1, 23), "{language}-{n:02d}"), ("heldout", range(1, 18), "{language}-h{n}")
"""The test articles measured: a folder, the numbers of its articles, their names."""


def _pinned(language: str) -> list[Path]:
    """The pinned test articles of ``language``, in the order of their file names."""
    paths = []
    for folder, numbers, pattern in PINNED:
        names = {pattern.format(language=language, n=n) + ".txt" for n in numbers}
        paths += sorted(path for path in (ARTICLES / folder).iterdir() if path.name in names)
    return paths


def corpus() -> dict[str, list[str]]:
    """The articles by language: about 5 KB each."""
    ds = maroc_ai.load()
    by_language: dict[str, list[str]] = {"ar": [ds.text(source) for source in ds.sources]}
    for language in ("fr", "en"):
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per measure (default: 5)")
    parser.add_argument("--smoke", action="store_true", help="a quick run, to check it runs")
    args = parser.parse_args()
    seconds = 0.2 if args.smoke else args.seconds
    dataset = maroc_ai.load()
    by_language = corpus()
    every = [text for texts in by_language.values() for text in texts]
    print(f"{'articles':<22} {'KB':>5} {'cpu/s':>8} {'wall/s':>8} {'goal':>6}")
    for label, texts in [*by_language.items(), ("all", every)]:
        size = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1000
        cpu, wall = rate(lambda text: extract(text, dataset=dataset), texts, seconds)
        print(f"{'extract, ' + label:<22} {size:>5.1f} {cpu:>8.1f} {wall:>8.1f} {cpu / GOAL:>6.2f}")
    wall, cpu = on_two_processes(every, 1 if args.smoke else 20)
    print(f"{'--jobs 2, all':<22} {'':>5} {cpu:>8.1f} {wall:>8.1f}")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed: pip install dateparser, to compare")
        return
    alternative, _ = rate(
        lambda text: search_dates(text, languages=["ar", "fr", "en"]), every, seconds
    )
    ours, _ = rate(lambda text: extract(text, dataset=dataset), every, seconds)
    print(
        f"dateparser.search_dates: {alternative:.1f} articles/s (cpu); "
        f"maroc_ai extract reads {ours / alternative:.1f} times as many, finding far more than dates"
    )


if __name__ == "__main__":
    main()
