"""What bad or huge input costs: junk files, huge queries, and the strict JSON reader.

Three measurements, each against a named alternative, in one run:

* **junk**: a 10 MB ``events.json`` of junk (``[1,1,…]``, ``[{},{},…]``, and records
  with a wrong field), loaded with ``maroc_ai.load`` in a fresh interpreter: the
  seconds until the error and the peak memory, against ``json.loads`` of the same
  file alone (the floor of any reader built on the standard library).
* **query**: a 1 MB query (one Arabic word of 500,000 letters, and 100,000 distinct
  words) given to ``search``, ``find``, ``where(party=…)`` and ``officials_of``, on
  the bundled dataset, against normalising the query alone (``name_key``).
* **strict JSON**: reading the collection files of a synthetic dataset with
  :func:`maroc_ai._json.loads`, which reports keys written twice, against plain
  ``json.loads``, which keeps the last silently.

Run: ``python benchmarks/bad_input.py [--records 100000] [--smoke]``. ``--smoke``
uses 1 MB of junk, a 100 KB query and 2,000 records, for a smoke test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

JUNK = {
    "numbers": "1",
    "empty objects": "{}",
    "records with a wrong field": '{"id":"e","kind":7}',
}


def _junk_run(path: str) -> None:
    """In a fresh interpreter: load the junk directory, print seconds, problems, peak RSS."""
    import maroc_ai

    start = time.perf_counter()
    try:
        maroc_ai.load(path)
    except maroc_ai.DatasetError as error:
        problems = len(error.problems)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "problems": problems, "rss": peak}))


def _json_run(path: str) -> None:
    start = time.perf_counter()
    json.loads((Path(path) / "events.json").read_bytes())
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rss": peak}))


def _fresh(kind: str, path: Path) -> dict[str, float]:
    command = [sys.executable, __file__, "--run", kind, str(path)]
    result: dict[str, float] = json.loads(
        subprocess.run(command, check=True, capture_output=True, text=True).stdout
    )
    return result


def junk(megabytes: float) -> None:
    print(f"A {megabytes:g} MB events.json of junk: load's error, against json.loads of the file")
    print(
        f"{'junk':>28}  {'load':>8}  {'json.loads':>10}  {'ratio':>6}  {'peak RSS load / json':>21}  problems listed"
    )
    with tempfile.TemporaryDirectory() as folder:
        for label, item in JUNK.items():
            root = Path(folder) / label.replace(" ", "-")
            root.mkdir()
            count = int(megabytes * 1_000_000) // (len(item) + 1)
            (root / "events.json").write_text("[" + ",".join([item] * count) + "]")
            ours, floor = _fresh("junk", root), _fresh("json", root)
            print(
                f"{label:>28}  {ours['seconds']:>7.2f}s  {floor['seconds']:>9.2f}s"
                f"  {ours['seconds'] / floor['seconds']:>6.1f}"
                f"  {ours['rss']:>9,.0f} / {floor['rss']:>5,.0f} MiB  {ours['problems']:>8,.0f}"
            )


def _best(call: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        with contextlib.suppress(LookupError):
            call()
        best = min(best, time.perf_counter() - start)
    return best


def query(megabytes: float) -> None:
    import maroc_ai
    from maroc_ai.text import name_key

    ds = maroc_ai.load()
    ds.search("warm up a fuzzy query")
    letters = int(megabytes * 1_000_000) // 2  # Arabic letters are two bytes in UTF-8
    one_word = "ب" * letters
    many = " ".join(f"كلمة{number}" for number in range(letters // 6))
    print(f"\nA {megabytes:g} MB query, against normalising it alone (name_key)")
    print(f"{'query':>28}  {'call':>28}  {'seconds':>8}  {'name_key':>8}  {'ratio':>6}")
    for label, text in (("one word", one_word), ("distinct words", many)):
        floor = _best(lambda text=text: name_key(text))
        calls: dict[str, Callable[[], object]] = {
            "search": lambda text=text: ds.search(text),
            "find": lambda text=text: ds.find(text),
            "partnerships.where(party=…)": lambda text=text: ds.partnerships.where(party=text),
            "officials_of": lambda text=text: ds.officials_of(text),
        }
        for name, call in calls.items():
            seconds = _best(call)
            print(
                f"{label:>28}  {name:>28}  {seconds:>8.3f}  {floor:>8.3f}  {seconds / floor:>6.1f}"
            )


def strict_json(records: int) -> None:
    sys.path.insert(0, str(HERE))
    from synthetic import cached_dataset

    from maroc_ai._json import loads

    root = cached_dataset(records)
    texts = [path.read_bytes().decode("utf-8") for path in sorted(root.glob("*.json"))]
    megabytes = sum(len(text) for text in texts) / 1e6

    def plain() -> None:
        for text in texts:
            json.loads(text)

    def strict() -> None:
        for text in texts:
            loads(text)

    import gc

    gc.disable()
    ours, floor = _best(strict, 5), _best(plain, 5)
    gc.enable()
    print(
        f"\nThe collection files of {records:,} records ({megabytes:,.0f} MB): keys written twice"
    )
    print(
        f"  maroc_ai._json.loads {ours:.2f} s, json.loads {floor:.2f} s: {ours / floor:.2f} times"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument(
        "--quick", "--smoke", action="store_true", help="small sizes, for a smoke test"
    )
    parser.add_argument("--run", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        {"junk": _junk_run, "json": _json_run}[args.run[0]](args.run[1])
        return
    junk(1 if args.quick else 10)
    query(0.1 if args.quick else 1)
    strict_json(2_000 if args.quick else args.records)


if __name__ == "__main__":
    main()
