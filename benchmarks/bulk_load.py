"""Bulk load: ``maroc_ai.load(path)`` against msgspec decoding the same JSON files.

For each size, a synthetic dataset directory (see ``synthetic.py``) is written once
under ``--base`` and reused. Each measurement runs in a fresh interpreter, so one
does not inherit the other's memory: ``maroc_ai`` is the whole of ``load(path)``
(reading the JSON and the texts, structuring, every check), ``msgspec`` decodes each
collection file into frozen ``msgspec.Struct`` classes with the model's fields,
nested structs, enums and constraints. The table gives records per second for both,
the ratio, and each one's peak memory.

    python benchmarks/bulk_load.py                 # 100,000 and 1,000,000 records
    python benchmarks/bulk_load.py --sizes 10000   # quicker
"""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_rss_mib() -> float:
    """This process's peak resident memory, in MiB.

    On Linux it is read from ``/proc/self/status`` (``VmHWM``): ``getrusage`` would count
    the peak of the parent this process was forked from, which may be larger.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, root: Path) -> dict[str, float]:
    """Load ``root`` one way in this process; the seconds taken, the records and the peak RSS."""
    if kind == "maroc_ai":
        import maroc_ai

        start = time.perf_counter()
        dataset = maroc_ai.load(root)
        seconds = time.perf_counter() - start
        count = len(dataset)
        # Collection is paused during the load: the young generation the collector
        # walks next holds every record. What that first walk costs, the caller pays.
        start = time.perf_counter()
        gc.collect(1)
        return {
            "seconds": seconds,
            "records": count,
            "rss": _peak_rss_mib(),
            "gc": time.perf_counter() - start,
        }
    if kind == "msgspec":
        from msgspec_model import decoders

        by_collection = decoders()
        start = time.perf_counter()
        loaded = {}
        for name, decoder in by_collection.items():
            path = root / f"{name}.json"
            if path.exists():
                loaded[name] = decoder.decode(path.read_bytes())
        seconds = time.perf_counter() - start
        count = sum(len(records) for records in loaded.values())
    elif kind == "json":
        start = time.perf_counter()
        parsed = [json.loads(path.read_bytes().decode("utf-8")) for path in root.glob("*.json")]
        seconds = time.perf_counter() - start
        count = sum(len(records) for records in parsed)
    else:
        raise ValueError(kind)
    return {"seconds": seconds, "records": count, "rss": _peak_rss_mib()}


def run(kind: str, root: Path) -> dict[str, float]:
    """:func:`measure` in a fresh interpreter."""
    command = [sys.executable, __file__, "--measure", kind, str(root)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(out)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--base", help="where datasets are kept (default: maroc-ai-bench in TMPDIR)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best is kept")
    parser.add_argument("--json", action="store_true", help="also time json.loads of the files")
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "ROOT"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny run, to check that the script works"
    )
    args = parser.parse_args()
    if args.smoke:
        args.sizes = [200]
        args.base = tempfile.mkdtemp(prefix="maroc-ai-bench-")
        atexit.register(shutil.rmtree, args.base, ignore_errors=True)
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]))))
        return

    sys.path.insert(0, str(HERE))
    from synthetic import cached_dataset

    kinds = ["maroc_ai", "msgspec"] + (["json"] if args.json else [])
    header = (
        f"{'records':>10}  {'maroc_ai.load':>14}  {'msgspec':>14}  {'ratio':>6}"
        f"  {'peak RSS maroc_ai / msgspec':>28}"
    )
    print("Bulk load, records per second (ratio = maroc_ai / msgspec; goal >= 0.50)")
    print(header)
    for size in args.sizes:
        gc.collect()
        root = cached_dataset(size, args.base)
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.repeat):
            for kind in kinds:
                result = run(kind, root)
                if result["records"] != size:
                    raise SystemExit(f"{kind} loaded {result['records']} records, not {size}")
                if kind not in best or result["seconds"] < best[kind]["seconds"]:
                    best[kind] = result
        rate = {kind: size / result["seconds"] for kind, result in best.items()}
        ratio = rate["maroc_ai"] / rate["msgspec"]
        memory = f"{best['maroc_ai']['rss']:,.0f} / {best['msgspec']['rss']:,.0f} MiB"
        print(
            f"{size:>10,}  {rate['maroc_ai']:>12,.0f}/s  {rate['msgspec']:>12,.0f}/s  {ratio:>6.2f}"
            f"  {memory:>28}"
        )
        print(
            f"{'':>10}  ({best['maroc_ai']['seconds']:.2f} s against {best['msgspec']['seconds']:.2f} s;"
            f" the first garbage collection after the load then takes {best['maroc_ai']['gc']:.2f} s)"
        )
        if "json" in rate:
            print(
                f"{'':>10}  (json.loads of the same files alone: {rate['json']:,.0f}/s,"
                f" {best['json']['seconds']:.2f} s)"
            )

    if args.smoke:
        shutil.rmtree(args.base, ignore_errors=True)


if __name__ == "__main__":
    main()
