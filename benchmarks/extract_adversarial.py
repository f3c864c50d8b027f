"""Time the text parsers and the extractor on large adversarial inputs.

Every matcher of maroc_ai.text and maroc_ai.extract scans tokens in one pass, so
the time grows linearly with the input: each input here is about 10 MB (use
``--mb N`` for another size) and should take seconds, not minutes.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from maroc_ai.extract import extract
from maroc_ai.text import find_dates, find_quantities


def inputs(size: int) -> dict[str, str]:
    def repeat(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "digits": repeat("0123456789"),
        "digits and separators": repeat("1.000,5 "),
        "spaces": " " * size,
        "title words": repeat("وزير السيد المدير العام ل"),
        "names and titles": repeat("السيد محمد العلوي، وزير الصناعة والتجارة، و"),
        "dates words": repeat("فاتح و ثاني يوليوز اليوم الاثنين 12 "),
        "quantities": repeat("أكثر من 500 مليون درهم و"),
        "agreements": repeat("وقعت وزارة الصناعة مذكرة تفاهم مع شركة Atlas لإنشاء مركز بيانات "),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0, help="size of each input (default: 10)")
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny run, to check that the script works"
    )
    args = parser.parse_args()
    size = 2_000 if args.smoke else int(args.mb * 1_000_000)
    runs: dict[str, Callable[[str], object]] = {
        "find_dates": find_dates,
        "find_quantities": find_quantities,
        "extract": extract,
    }
    print(f"{'input':<24} " + " ".join(f"{name:>16}" for name in runs))
    for label, text in inputs(size).items():
        times = []
        for run in runs.values():
            start = time.perf_counter()
            run(text)
            times.append(time.perf_counter() - start)
        print(f"{label:<24} " + " ".join(f"{t:>15.2f}s" for t in times))


if __name__ == "__main__":
    main()
