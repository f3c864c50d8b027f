"""Time the text parsers and the extractor on large adversarial inputs.

Every matcher of maroc_ai.text and maroc_ai.extract scans tokens in one pass with
a bounded look-around, so the time grows linearly with the input: each input here
is about 10 MB (``--mb N`` for another size) of one short phrase repeated, dense in
what one of the scanners looks for (numbers with separators, titles and names,
dates, amounts, agreements, capitalised words, initials, quotes) in Arabic, French
and English. Three more repeat a phrase with names that differ each time
(companies, signatories named again, people whose post is given in the next
sentence), where a name compared with every one read before would show. ``extract``
reads each as ``maroc-ai extract`` does, matched against the bundled dataset.

The goal is no 10 MB input slower than 10 s (1 s a MB); the last lines name the
worst input and its time in CPU seconds, which a busy machine raises less than wall
time. ``--smoke`` reads 50 KB of each, in a few seconds.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from installed import build

import maroc_ai
from maroc_ai.extract import extract
from maroc_ai.text import find_dates, find_quantities

GOAL = 1.0
"""Seconds a MB."""

PHRASES = {
    "digits": "0123456789",
    "digits and separators": "1.000,5 ",
    "spaced thousands": "1 500 000 000 ",
    "spaces": " ",
    "newlines": "\n",
    "full stops": ". ",
    "one long word": "a" * 1000 + " ",
    "title words": "وزير السيد المدير العام ل",
    "names and titles": "السيد محمد العلوي، وزير الصناعة والتجارة، و",
    "dates words": "فاتح و ثاني يوليوز اليوم الاثنين 12 ",
    "quantities": "أكثر من 500 مليون درهم و",
    "agreements": "وقعت وزارة الصناعة مذكرة تفاهم مع شركة Atlas لإنشاء مركز بيانات ",
    "fr names and titles": "M. Jean Dupont, ministre de l'Industrie et du Commerce, et ",
    "fr amounts": "plus de 1 500 000 000 dirhams et ",
    "fr agreements": (
        "La société Atlas Tech a signé un mémorandum d'entente avec l'Agence de "
        "Développement du Digital pour créer un centre de données. "
    ),
    "en dates": "on Monday, September 12, 2025 and ",
    "capitalised words": "Agence Nationale De La Recherche Atlas ",
    "initials": "ONEE ADD UM6P CNRST ",
    "hyphens": "vice-président-directeur-général-",
    "quotes": '« Agence » "Atlas" ',
}


DISTINCT = {
    "distinct companies": "وقعت شركة {a} للبنى {b} اتفاقية مع الجامعة بتوفير. ",
    "distinct signatories": (
        "قال الرئيس التنفيذي لشركة {a}، خليفة {b}، إن. ووقع السيد {b} مذكرة تفاهم. "
    ),
    "distinct fr people": (
        "{A} Benali a pris la parole. La présidente de la Fédération des {B} du Maroc a rappelé. "
    ),
}
"""Phrases whose names differ each time: what is compared with every name read before
shows here, not in a phrase repeated."""

_ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_LATIN = "bcdfghjklmnprstvz"


def _word(number: int, letters: str, length: int) -> str:
    """A made-up word, different for each ``number`` below ``len(letters) ** length``."""
    return "".join(letters[number // len(letters) ** k % len(letters)] for k in range(length))


def _distinct(template: str, size: int) -> str:
    parts, total, number = [], 0, 0
    while total < size:
        part = template.format(
            a=_word(number, _ARABIC, 5),
            b=_word(number * 7 + 3, _ARABIC, 6),
            A=_word(number, _LATIN, 5).title(),
            B=_word(number * 7 + 3, _LATIN, 6),
        )
        parts.append(part)
        total += len(part)
        number += 1
    return "".join(parts)[:size]


def inputs(size: int) -> dict[str, str]:
    """Each phrase repeated to ``size`` characters, and the phrases with distinct names."""
    repeated = {
        label: (phrase * (size // len(phrase) + 1))[:size] for label, phrase in PHRASES.items()
    }
    return repeated | {label: _distinct(template, size) for label, template in DISTINCT.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of each input (default: 10)")
    parser.add_argument("--smoke", action="store_true", help="50 KB each, to check it runs")
    args = parser.parse_args()
    mb = 0.05 if args.smoke else args.mb
    dataset = maroc_ai.load()
    runs: dict[str, Callable[[str], object]] = {
        "find_dates": find_dates,
        "find_quantities": find_quantities,
        "extract": lambda text: extract(text, dataset=dataset),
    }
    print(f"maroc_ai: {build()}")
    print(f"{mb:g} MB each, CPU seconds (wall seconds for extract)")
    print(f"{'input':<24} " + " ".join(f"{name:>16}" for name in runs) + f" {'wall':>8}")
    worst = ("", 0.0)
    for label, text in inputs(int(mb * 1_000_000)).items():
        times = []
        wall = 0.0
        for run in runs.values():
            cpu, started = time.process_time(), time.perf_counter()
            run(text)
            times.append(time.process_time() - cpu)
            wall = time.perf_counter() - started
        print(f"{label:<24} " + " ".join(f"{t:>15.2f}s" for t in times) + f" {wall:>7.2f}s")
        if times[-1] > worst[1]:
            worst = (label, times[-1])
    label, seconds = worst
    print(
        f"worst: {label!r}, {seconds:.2f} s CPU for {mb:g} MB: "
        f"{seconds / mb:.2f} s a MB (goal {GOAL:g}), "
        f"{'within' if seconds / mb <= GOAL else 'over'} the goal"
    )


if __name__ == "__main__":
    main()
