"""One fuzzy name query over 100,000 names: maroc_ai's search against rapidfuzz.

The names are people's names, half in Arabic script and half in Latin letters, made
from common Moroccan first names and surnames with a distinguishing suffix, so many
share a surname, as in real data. Each query is a name with a typo (a letter
dropped, doubled or changed), in either script. maroc_ai answers from its
:class:`~maroc_ai._search.SearchIndex` (built once, timed apart); the alternative is
``rapidfuzz.process.extract(query, names, limit=10)`` over every name. The table
gives the median time per query and the ratio, and how often each finds the
intended name in its top 10.

Run: ``pip install ".[bench]" && python benchmarks/search.py [N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from rapidfuzz import process

from maroc_ai._search import SearchIndex

LATIN_FIRST = [
    "Amal",
    "Omar",
    "Karim",
    "Youssef",
    "Fatima",
    "Khadija",
    "Mehdi",
    "Rachid",
    "Nadia",
    "Hicham",
    "Salma",
    "Driss",
    "Zineb",
    "Anas",
    "Imane",
    "Hamza",
    "Soukaina",
    "Mourad",
    "Laila",
    "Othmane",
]
LATIN_LAST = [
    "Seghrouchni",
    "Mezzour",
    "Alaoui",
    "Bennani",
    "Tazi",
    "Berrada",
    "Chraibi",
    "Fassi",
    "Idrissi",
    "Lahlou",
    "Benjelloun",
    "Sqalli",
    "Kettani",
    "Amrani",
    "Zidane",
    "Hayat",
    "Safir",
    "Layani",
    "Mensch",
    "Midaoui",
]
ARABIC_FIRST = [
    "أمل",
    "عمر",
    "كريم",
    "يوسف",
    "فاطمة",
    "خديجة",
    "المهدي",
    "رشيد",
    "نادية",
    "هشام",
    "سلمى",
    "ادريس",
    "زينب",
    "أنس",
    "إيمان",
    "حمزة",
    "سكينة",
    "مراد",
    "ليلى",
    "عثمان",
]
ARABIC_LAST = [
    "السغروشني",
    "مزور",
    "العلوي",
    "بناني",
    "التازي",
    "برادة",
    "الشرايبي",
    "الفاسي",
    "الإدريسي",
    "لحلو",
    "بنجلون",
    "السقلي",
    "الكتاني",
    "العمراني",
    "زيدان",
    "حياة",
    "سفير",
    "لياني",
    "مينش",
    "الميداوي",
]
LATIN_SUFFIX = "abcdefghijklmnopqrstuvwxyz"
ARABIC_SUFFIX = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


class Person:
    __slots__ = ("id",)

    def __init__(self, id: str) -> None:
        self.id = id


def suffix(number: int, letters: str) -> str:
    word = ""
    number += len(letters)
    while number:
        number, digit = divmod(number, len(letters))
        word += letters[digit]
    return word


def names(count: int, rng: random.Random) -> list[str]:
    made = []
    for number in range(count):
        if number % 2:
            first, last, letters = ARABIC_FIRST, ARABIC_LAST, ARABIC_SUFFIX
        else:
            first, last, letters = LATIN_FIRST, LATIN_LAST, LATIN_SUFFIX
        made.append(f"{rng.choice(first)} {rng.choice(last)} {suffix(number // 2, letters)}")
    return made


def typo(name: str, rng: random.Random) -> str:
    words = name.split()
    index = rng.randrange(len(words) - 1)  # a first name or surname
    word = words[index]
    at = rng.randrange(1, len(word))
    change = rng.choice(("drop", "double", "swap"))
    if change == "drop":
        word = word[:at] + word[at + 1 :]
    elif change == "double":
        word = word[:at] + word[at] + word[at:]
    else:
        word = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    words[index] = word
    return " ".join(words)


def median_ms(call: Callable[[str], object], queries: list[str]) -> float:
    times = []
    for query in queries:
        start = time.perf_counter_ns()
        call(query)
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny run, to check that the script works"
    )
    args = parser.parse_args()
    if args.smoke:
        args.count, args.queries = 300, 5
    rng = random.Random(0)
    all_names = names(args.count, rng)
    people = [Person(f"p{number}") for number in range(len(all_names))]
    start = time.perf_counter()
    index = SearchIndex(zip(people, all_names, strict=True))
    built = time.perf_counter() - start
    targets = rng.sample(range(len(all_names)), args.queries)
    queries = [typo(all_names[target], rng) for target in targets]

    ours = median_ms(lambda query: index.search(query, limit=10), queries)
    theirs = median_ms(lambda query: process.extract(query, all_names, limit=10), queries)
    ours_found = sum(
        people[target] in index.search(query, limit=10).records()
        for target, query in zip(targets, queries, strict=True)
    )
    theirs_found = sum(
        any(match[2] == target for match in process.extract(query, all_names, limit=10))
        for target, query in zip(targets, queries, strict=True)
    )
    print(
        f"{args.count:,} names ({args.count // 2:,} Arabic, {args.count - args.count // 2:,} Latin), "
        f"{args.queries} queries with one typo; index built in {built:.2f} s"
    )
    print(f"{'':<28} {'ms/query (median)':>18} {'found in top 10':>16}")
    print(f"{'maroc_ai search':<28} {ours:>18.2f} {ours_found / len(queries):>16.0%}")
    print(f"{'rapidfuzz process.extract':<28} {theirs:>18.2f} {theirs_found / len(queries):>16.0%}")
    print(f"ratio rapidfuzz / maroc_ai: {theirs / ours:.1f}x")


if __name__ == "__main__":
    main()
