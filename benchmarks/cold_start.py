"""Cold start: importing maroc_ai and a first query, against pycountry and bare Python.

Each command runs ``--runs`` times in a fresh interpreter (the commands take turns,
so a busy machine slows them alike); the table gives the minimum and the median wall
time, the time over bare Python, and maroc_ai's ratio to pycountry. The maroc_ai
command is the issue's, ``maroc_ai.load().search('Mistral')``.

Bytecode is written and reused as an installed package's would be (a first untimed
run of each command writes it, even where ``PYTHONDONTWRITEBYTECODE`` is set).

    python benchmarks/cold_start.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

SEARCH = "import maroc_ai; maroc_ai.load().search('Mistral')"
PYCOUNTRY = "import pycountry; pycountry.countries.get(alpha_2='MA')"
BARE = "pass"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_runs(commands: list[str], runs: int) -> dict[str, list[float]]:
    """Wall seconds of each command, run ``runs`` times in turn in fresh interpreters."""
    env = _env()
    for code in commands:  # write the bytecode, warm the file cache
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
    times: dict[str, list[float]] = {code: [] for code in commands}
    for _ in range(runs):
        for code in commands:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True)
            times[code].append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny run, to check that the script works"
    )
    args = parser.parse_args()
    if args.smoke:
        args.runs = 1

    maroc = SEARCH
    times = time_runs([BARE, PYCOUNTRY, maroc], args.runs)
    best = {code: min(values) * 1000 for code, values in times.items()}
    median = {code: statistics.median(values) * 1000 for code, values in times.items()}

    print(f"Cold start, wall time of a fresh interpreter, {args.runs} runs each")
    print(f"{'command':<70} {'min ms':>7} {'median ms':>9} {'over bare':>9}")
    for code in (BARE, PYCOUNTRY, maroc):
        over = best[code] - best[BARE]
        command = f"python -c {code!r}"
        print(f"{command:<70} {best[code]:>7.1f} {median[code]:>9.1f} {over:>9.1f}")
    total = best[maroc] / best[PYCOUNTRY]
    over = (best[maroc] - best[BARE]) / (best[PYCOUNTRY] - best[BARE])
    print(
        f"ratio maroc_ai / pycountry: {total:.2f} in total, {over:.2f} over bare Python"
        " (goal: <= 1.00, no slower than pycountry)"
    )


if __name__ == "__main__":
    main()
