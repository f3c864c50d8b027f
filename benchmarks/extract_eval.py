"""Score maroc_ai.extract against the curated dataset, seed by seed.

For each source of the bundled dataset the extractor reads the article's text alone
(no dataset to match against, no reference date: what it finds, it finds in the
text) and its draft is compared with the records the curators drew from that
source:

* officials and organizations: a proposal is right when its name is one of the
  names or aliases of a curated record of that source (name key, then close
  spelling, through maroc_ai.extract.match);
* partnerships and facilities: right when a curated record of that source has the
  proposed kind (each curated record answers one proposal);
* targets: right when a curated goal or figure (target or statistic) of that source has
  the proposed value and unit, as the extractor drafts both;
* dates: the set of values the draft gives (every date mention, the end of a range,
  the source's own publication date) against the dates the curated records of that
  source cite (publication, agreement and event dates, target horizons, the dates
  statistics describe);
* quantities: the set of (value, unit) of the quantity mentions against the
  quantities and capacities the curated records of that source cite.

Run ``python benchmarks/extract_eval.py`` (``-v`` lists what was missed and what
was proposed wrongly).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from typing import Any

import maroc_ai
from maroc_ai.extract import Draft, extract, match
from maroc_ai.model import Record

KINDS = (
    "officials",
    "organizations",
    "partnerships",
    "facilities",
    "targets",
    "dates",
    "quantities",
)


def _cites(record: Any, source: str, field: str | None = None) -> bool:
    citations = list(record.citations)
    for post in getattr(record, "posts", ()):
        citations += post.citations
    return any(c.source == source and (field is None or field in c.fields) for c in citations)


def _cited(records: Iterable[Record], source: str) -> list[Any]:
    return [record for record in records if _cites(record, source)]


def expected_dates(ds: maroc_ai.Dataset, source: str) -> set[str]:
    found: set[str] = set()
    record = ds.get(source, maroc_ai.Source)
    if record.published is not None and _cites(record, source, "published"):
        found.add(record.published.isoformat())
    for partnership in ds.partnerships:
        if partnership.date is not None and _cites(partnership, source, "date"):
            found.add(partnership.date.isoformat())
    for event in ds.events:
        for field in ("start", "end"):
            value = getattr(event, field)
            if value is not None and _cites(event, source, field):
                found.add(value.isoformat())
    for target in ds.targets:
        if target.horizon is not None and _cites(target, source, "horizon"):
            found.add(f"{target.horizon:04}")
    for statistic in ds.statistics:
        if statistic.date is not None and _cites(statistic, source, "date"):
            found.add(statistic.date.isoformat())
    return found


def proposed_dates(draft: Draft) -> set[str]:
    found = {m.value.isoformat() for m in draft.dates}
    found |= {m.until.isoformat() for m in draft.dates if m.until is not None}
    if draft.source.published is not None:
        found.add(draft.source.published.isoformat())
    return found


def expected_quantities(ds: maroc_ai.Dataset, source: str) -> set[tuple[float, str]]:
    found = {
        (t.quantity.value, t.quantity.unit)
        for t in (*ds.targets, *ds.statistics)
        if _cites(t, source, "quantity")
    }
    found |= {
        (f.capacity.value, f.capacity.unit)
        for f in ds.facilities
        if f.capacity is not None and _cites(f, source, "capacity")
    }
    return found


class Score:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.notes: list[str] = []

    def add(self, proposed: int, right: int, expected: int, found: int) -> None:
        self.counts.update(proposed=proposed, right=right, expected=expected, found=found)

    @property
    def precision(self) -> float:
        return self.counts["right"] / self.counts["proposed"] if self.counts["proposed"] else 1.0

    @property
    def recall(self) -> float:
        return self.counts["found"] / self.counts["expected"] if self.counts["expected"] else 1.0


def _by_name(
    ds: maroc_ai.Dataset, collection: str, source: str, names: list[str], score: Score
) -> None:
    expected = {r.id for r in _cited(getattr(ds, collection), source)}
    matched = [match(ds, collection, name) for name in names]
    right = [m for m in matched if m in expected]
    score.add(len(names), len(right), len(expected), len(set(right)))
    score.notes += [
        f"{source}: wrong {collection[:-1]}: {n}"
        for n, m in zip(names, matched, strict=True)
        if m not in expected
    ]
    score.notes += [
        f"{source}: missed {collection[:-1]}: {i}" for i in sorted(expected - set(right))
    ]


def _by_kind(records: list[Any], kinds: list[Any], score: Score, source: str, label: str) -> None:
    available = Counter(record.kind for record in records)
    right = 0
    for kind in kinds:
        if available[kind] > 0:
            available[kind] -= 1
            right += 1
        else:
            score.notes.append(f"{source}: wrong {label}: {kind.value}")
    score.add(len(kinds), right, len(records), right)
    score.notes += [f"{source}: missed {label}: {k.value}" for k, n in available.items() if n > 0]


def _sets(expected: set[Any], proposed: set[Any], score: Score, source: str, label: str) -> None:
    right = expected & proposed
    score.add(len(proposed), len(right), len(expected), len(right))
    score.notes += [f"{source}: wrong {label}: {v}" for v in sorted(proposed - expected, key=str)]
    score.notes += [f"{source}: missed {label}: {v}" for v in sorted(expected - proposed, key=str)]


def evaluate(ds: maroc_ai.Dataset) -> dict[str, Score]:
    scores = {kind: Score() for kind in KINDS}
    for source in ds.sources:
        draft = extract(ds.text(source), source_id=source.id)
        _by_name(ds, "officials", source.id, [o.name for o in draft.officials], scores["officials"])
        _by_name(
            ds,
            "organizations",
            source.id,
            [o.name for o in draft.organizations],
            scores["organizations"],
        )
        _by_kind(
            _cited(ds.partnerships, source.id),
            [p.kind for p in draft.partnerships],
            scores["partnerships"],
            source.id,
            "partnership",
        )
        _by_kind(
            _cited(ds.facilities, source.id),
            [f.kind for f in draft.facilities],
            scores["facilities"],
            source.id,
            "facility",
        )
        _sets(
            {
                (t.quantity.value, t.quantity.unit)
                for t in (*_cited(ds.targets, source.id), *_cited(ds.statistics, source.id))
            },
            {(t.quantity.value, t.quantity.unit) for t in draft.targets},
            scores["targets"],
            source.id,
            "target",
        )
        _sets(
            expected_dates(ds, source.id), proposed_dates(draft), scores["dates"], source.id, "date"
        )
        _sets(
            expected_quantities(ds, source.id),
            {(m.value, m.unit) for m in draft.quantities},
            scores["quantities"],
            source.id,
            "quantity",
        )
    return scores


def render(scores: dict[str, Score]) -> str:
    lines = [
        f"{'kind':<14} {'proposed':>8} {'right':>6} {'curated':>8} {'found':>6} {'precision':>9} {'recall':>7}"
    ]
    for kind, score in scores.items():
        c = score.counts
        lines.append(
            f"{kind:<14} {c['proposed']:>8} {c['right']:>6} {c['expected']:>8} {c['found']:>6} "
            f"{score.precision:>9.2f} {score.recall:>7.2f}"
        )
    return "\n".join(lines)


def main() -> None:
    scores = evaluate(maroc_ai.load())
    print(render(scores))
    # --smoke runs the whole evaluation: it takes seconds.
    if "-v" in sys.argv[1:]:
        for kind, score in scores.items():
            for note in score.notes:
                print(f"  {kind}: {note}")


if __name__ == "__main__":
    main()
