"""Look-ups by id and by an equality filter: maroc_ai against a pandas boolean mask.

For datasets of growing size (synthetic, valid, from ``synthetic.py``) this times

* ``ds.get(id)`` against ``frame[frame["id"] == id]`` on a DataFrame of every record;
* ``ds.partnerships.where(party=id)`` against ``frame[frame["party"] == id]`` on a
  prepared DataFrame of partnerships with one row per party (the parties exploded),

each as the median of many calls with different ids, after one warm-up call that
builds the index (timed apart). The pandas frames are built before timing starts.
Prints one row per size and operation, with the ratio pandas / maroc_ai.

Run: ``pip install ".[bench]" && python benchmarks/lookups.py [SIZES ...]``.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd
from synthetic import cached_dataset

import maroc_ai

CALLS = 200


def median_us(call: Callable[[Any], object], arguments: list[Any]) -> float:
    times = []
    for argument in arguments:
        start = time.perf_counter_ns()
        call(argument)
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times) / 1000


def run(size: int) -> list[tuple[str, float, float, float]]:
    ds = maroc_ai.load(cached_dataset(size))
    rng = random.Random(size)
    ids = [record.id for record in ds.records()]
    records = pd.DataFrame({"id": ids, "type": [type(r).__name__ for r in ds.records()]})
    parties = pd.DataFrame(
        [(p.id, party) for p in ds.partnerships for party in p.parties], columns=["id", "party"]
    )
    chosen_ids = rng.sample(ids, min(CALLS, len(ids)))
    chosen_parties = rng.sample(
        sorted(set(parties["party"])), min(CALLS, parties["party"].nunique())
    )

    gc.collect()
    start = time.perf_counter()
    ds.get(chosen_ids[0])
    first_get = time.perf_counter() - start
    start = time.perf_counter()
    ds.partnerships.where(party=chosen_parties[0])
    first_where = time.perf_counter() - start

    ours_get = median_us(ds.get, chosen_ids)
    pandas_get = median_us(lambda id: records[records["id"] == id], chosen_ids)
    ours_where = median_us(lambda id: ds.partnerships.where(party=id), chosen_parties)
    pandas_where = median_us(lambda id: parties[parties["party"] == id], chosen_parties)
    for id in chosen_parties[:20]:  # both answer the same
        expected = set(parties[parties["party"] == id]["id"])
        assert set(ds.partnerships.where(party=id).ids()) == expected
    return [
        ("get(id)", ours_get, pandas_get, first_get),
        ("where(party=id)", ours_where, pandas_where, first_where),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny run, to check that the script works"
    )
    args = parser.parse_args()
    sizes = [300] if args.smoke else args.sizes
    print(
        f"{'records':>9}  {'look-up':<16} {'maroc_ai µs':>11} {'pandas mask µs':>14} "
        f"{'pandas/ours':>11}  {'first call (index build) s':>26}"
    )
    for size in sizes:
        for name, ours, theirs, first in run(size):
            print(
                f"{size:>9,}  {name:<16} {ours:>11.2f} {theirs:>14.1f} {theirs / ours:>10.0f}x"
                f"  {first:>26.3f}"
            )
            sys.stdout.flush()


if __name__ == "__main__":
    main()
