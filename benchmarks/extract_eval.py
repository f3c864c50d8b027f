"""Score maroc_ai.extract on test articles in Arabic, French and English, and on the seeds.

Two kinds of ground truth:

* the test articles of ``tests/articles`` (``dev``, which the extractor is tuned on,
  and ``heldout``, which it is not), each with a hand-made annotation (see
  ``tests/articles/README.md``). Each is read with its ``date`` as the reference
  date and no dataset, and scored per language:

  - people: a proposed official is right when its name key is an annotated
    person's (precision and recall);
  - posts: of the people found, the share whose post is the annotated one
    (compared normalised, a leading article or possessive aside), or whose posts
    written one after the other are ("والي جهة …، عامل عمالة …": two posts);
  - dates: the set of ISO values the draft's date mentions give against the
    annotated set;
  - quantities: the set of (value, unit) of the quantity mentions against the
    annotated set, units compared normalised;
  - organizations: the share of annotated institutions some proposed
    organization names (by a name or an acronym);
  - parties: the share of annotated agreement parties some proposed agreement of
    the article has among its parties (by the name written, or any name of the
    party's organization);
  - goals and figures (articles whose annotation has ``goals``): of the annotated
    quantities the draft proposes as a target, a statistic or a facility's
    capacity, the share proposed as the right one (a goal is a target, a
    capacity a facility's, any other quantity a statistic);

* the seeds: each source of the bundled dataset is read alone and its draft is
  compared with the records the curators drew from it (officials and
  organizations by name, partnerships and facilities by kind, targets, dates and
  quantities by value), as before.

``python benchmarks/extract_eval.py`` prints both tables; ``-v`` lists what was
missed and what was proposed wrongly; ``--smoke`` scores two articles per language
and set, to check the script runs; ``--articles DIR`` scores the articles of another
folder written the same way (a batch not yet added, say).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import maroc_ai
from maroc_ai.extract import Draft, StatisticCandidate, TargetCandidate, extract, match
from maroc_ai.model import Record, Statistic, Target
from maroc_ai.text import name_key, normalize

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "articles"
LANGUAGES = ("ar", "fr", "en")
_LEADING = {"le", "la", "les", "l", "the", "un", "une", "a", "an", "son", "sa", "its", "his", "her"}


class Score:
    """Counts for one measure: proposed, right, expected and found."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, proposed: int, right: int, expected: int, found: int) -> None:
        self.counts.update(proposed=proposed, right=right, expected=expected, found=found)

    @property
    def precision(self) -> float:
        c = self.counts
        return c["right"] / c["proposed"] if c["proposed"] else 1.0

    @property
    def recall(self) -> float:
        c = self.counts
        return c["found"] / c["expected"] if c["expected"] else 1.0


# The test articles


def articles(folder: str | Path) -> list[tuple[str, str, dict[str, Any]]]:
    """``(name, text, annotation)`` of every article of ``tests/articles/<folder>``.

    A :class:`~pathlib.Path` is a folder of its own, written the same way.
    """
    found = []
    root = folder if isinstance(folder, Path) else ARTICLES / folder
    for path in sorted(root.glob("*.json")):
        text = path.with_suffix(".txt").read_bytes().decode("utf-8")
        found.append((path.stem, text, json.loads(path.read_text(encoding="utf-8"))))
    return found


def _post_key(post: str | None) -> str:
    words = normalize(post or "").split()
    while words and words[0] in _LEADING:
        words = words[1:]
    return " ".join(words)


def _unit(unit: str) -> str:
    return normalize(unit)


def _value(value: float) -> float:
    return round(float(value), 6)


class Scores:
    """Every measure for one set of articles of one language."""

    MEASURES = (
        "people",
        "posts",
        "dates",
        "quantities",
        "organizations",
        "parties",
        "agreements",
        "goals",
    )

    def __init__(self) -> None:
        self.scores = {measure: Score() for measure in self.MEASURES}
        self.notes: list[str] = []

    def score(self, name: str, text: str, truth: dict[str, Any]) -> None:
        date = truth.get("date")
        draft = extract(
            text,
            source_id=name,
            reference_date=None if date is None else dt.date.fromisoformat(date),
        )
        self.people(name, draft, truth)
        self.sets(name, "dates", set(truth["dates"]), _mentioned_dates(draft))
        self.sets(
            name,
            "quantities",
            {(_value(v), _unit(u)) for v, u in truth["quantities"]},
            {(_value(m.value), _unit(m.unit)) for m in draft.quantities},
        )
        self.organizations(name, draft, truth)
        self.parties(name, draft, truth)
        if "goals" in truth:
            self.goals(name, draft, truth)

    def people(self, name: str, draft: Draft, truth: dict[str, Any]) -> None:
        expected = {name_key(p["name"]): p for p in truth["people"]}
        proposed = {name_key(o.name): o for o in draft.officials}
        right = set(expected) & set(proposed)
        self.scores["people"].add(len(proposed), len(right), len(expected), len(right))
        self.notes += [f"{name}: wrong person: {proposed[k].name}" for k in proposed.keys() - right]
        self.notes += [
            f"{name}: missed person: {expected[k]['name']}" for k in expected.keys() - right
        ]
        good = 0
        for key in right:
            candidate = proposed[key]
            held = " ".join(post.title for post in candidate.record.posts if post.title)
            if _post_key(expected[key]["post"]) in {_post_key(candidate.post), _post_key(held)}:
                good += 1
            else:
                self.notes.append(
                    f"{name}: post of {expected[key]['name']}: {proposed[key].post!r}, "
                    f"expected {expected[key]['post']!r}"
                )
        self.scores["posts"].add(len(right), good, len(right), good)

    def sets(self, name: str, measure: str, expected: set[Any], proposed: set[Any]) -> None:
        right = expected & proposed
        self.scores[measure].add(len(proposed), len(right), len(expected), len(right))
        self.notes += [
            f"{name}: wrong {measure}: {v}" for v in sorted(proposed - expected, key=str)
        ]
        self.notes += [
            f"{name}: missed {measure}: {v}" for v in sorted(expected - proposed, key=str)
        ]

    def organizations(self, name: str, draft: Draft, truth: dict[str, Any]) -> None:
        proposed = {
            name_key(form) for o in draft.organizations for form in (o.name, *o.record.name.all())
        }
        found = 0
        for org in truth["organizations"]:
            keys = {name_key(form) for form in (org["name"], *org.get("aliases", []))}
            if keys & proposed:
                found += 1
            else:
                self.notes.append(f"{name}: missed organization: {org['name']}")
        expected_keys = {
            name_key(form)
            for org in truth["organizations"]
            for form in (org["name"], *org.get("aliases", []))
        }
        right = [o for o in draft.organizations if name_key(o.name) in expected_keys]
        self.notes += [
            f"{name}: wrong organization: {o.name}"
            for o in draft.organizations
            if name_key(o.name) not in expected_keys
        ]
        self.scores["organizations"].add(
            len(draft.organizations), len(right), len(truth["organizations"]), found
        )

    def parties(self, name: str, draft: Draft, truth: dict[str, Any]) -> None:
        forms = {}
        for org in truth["organizations"]:
            keys = {name_key(form) for form in (org["name"], *org.get("aliases", []))}
            for key in keys:
                forms[key] = keys
        names_of = {o.record.id: o.record.name.all() for o in draft.organizations}
        proposed_parties = {
            name_key(name)
            for partnership in draft.partnerships
            for name in (
                *partnership.parties,
                *(n for id_ in partnership.record.parties for n in names_of.get(id_, ())),
            )
        }
        expected = found = 0
        for partnership in truth["partnerships"]:
            for party in partnership["parties"]:
                expected += 1
                keys = forms.get(name_key(party), {name_key(party)})
                if keys & proposed_parties:
                    found += 1
                else:
                    self.notes.append(f"{name}: missed party: {party}")
        self.scores["parties"].add(len(proposed_parties), found, expected, found)
        kinds = Counter(p["kind"] for p in truth["partnerships"])
        proposed_kinds = Counter(p.kind.value for p in draft.partnerships)
        right = sum((kinds & proposed_kinds).values())
        self.scores["agreements"].add(
            sum(proposed_kinds.values()), right, sum(kinds.values()), right
        )
        self.notes += [f"{name}: wrong agreement: {k}" for k in (proposed_kinds - kinds).elements()]
        self.notes += [
            f"{name}: missed agreement: {k}" for k in (kinds - proposed_kinds).elements()
        ]

    def goals(self, name: str, draft: Draft, truth: dict[str, Any]) -> None:
        """Whether each annotated quantity the draft proposes is proposed as what it is."""
        goals = {(_value(v), _unit(u)) for v, u in truth["goals"]}
        capacities = {(_value(v), _unit(u)) for v, u in truth.get("capacities", ())}
        proposed: dict[tuple[float, str], str] = {}
        for facility in draft.facilities:
            if facility.capacity is not None:
                key = (_value(facility.capacity.value), _unit(facility.capacity.unit))
                proposed.setdefault(key, "capacity")
        for kind, numbers in (("goal", draft.targets), ("figure", draft.statistics)):
            for number in numbers:
                key = (_value(number.quantity.value), _unit(number.quantity.unit))
                proposed.setdefault(key, kind)
        scored = right = 0
        for value, unit in truth["quantities"]:
            key = (_value(value), _unit(unit))
            expected = "capacity" if key in capacities else "goal" if key in goals else "figure"
            if key not in proposed:
                continue
            scored += 1
            if proposed[key] == expected:
                right += 1
            else:
                self.notes.append(f"{name}: {key} proposed as a {proposed[key]}, not a {expected}")
        self.scores["goals"].add(scored, right, scored, right)


def _mentioned_dates(draft: Draft) -> set[str]:
    """Every date the draft's mentions give (both ends of a range)."""
    found = {m.value.isoformat() for m in draft.dates}
    return found | {m.until.isoformat() for m in draft.dates if m.until is not None}


def _proposed_dates(draft: Draft) -> set[str]:
    found = {m.value.isoformat() for m in draft.dates}
    found |= {m.until.isoformat() for m in draft.dates if m.until is not None}
    if draft.source.published is not None:
        found.add(draft.source.published.isoformat())
    return found


def evaluate_articles(folder: str | Path, *, smoke: bool = False) -> dict[str, Scores]:
    """The scores of every language (and ``"all"``) on one set of test articles."""
    by_language = {language: Scores() for language in (*LANGUAGES, "all")}
    seen: Counter[str] = Counter()
    for name, text, truth in articles(folder):
        language = truth["language"]
        seen[language] += 1
        if smoke and seen[language] > 2:
            continue
        for key in (language, "all"):
            by_language[key].score(name, text, truth)
    return by_language


def render_articles(title: str, by_language: dict[str, Scores]) -> str:
    header = (
        f"{'':<4} {'people P':>8} {'people R':>8} {'posts':>6} {'dates P':>7} {'dates R':>7} "
        f"{'qty P':>6} {'qty R':>6} {'orgs R':>6} {'parties R':>9} {'agreem. R':>9} "
        f"{'goal/fig':>8}"
    )
    lines = [title, header]
    for language, scores in by_language.items():
        s = scores.scores
        lines.append(
            f"{language:<4} {s['people'].precision:>8.2f} {s['people'].recall:>8.2f} "
            f"{s['posts'].recall:>6.2f} {s['dates'].precision:>7.2f} {s['dates'].recall:>7.2f} "
            f"{s['quantities'].precision:>6.2f} {s['quantities'].recall:>6.2f} "
            f"{s['organizations'].recall:>6.2f} {s['parties'].recall:>9.2f} "
            f"{s['agreements'].recall:>9.2f} {_share(s['goals']):>8}"
        )
    return "\n".join(lines)


def _share(score: Score) -> str:
    """A share, or a dash when nothing was scored."""
    return f"{score.recall:.2f}" if score.counts["expected"] else "-"


# The seeds


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


def expected_quantities(ds: maroc_ai.Dataset, source: str) -> set[tuple[float, str]]:
    numbers: list[Target | Statistic] = [*ds.targets, *ds.statistics]
    found = {(t.quantity.value, t.quantity.unit) for t in numbers if _cites(t, source, "quantity")}
    found |= {
        (f.capacity.value, f.capacity.unit)
        for f in ds.facilities
        if f.capacity is not None and _cites(f, source, "capacity")
    }
    return found


SEED_KINDS = (
    "officials",
    "organizations",
    "partnerships",
    "facilities",
    "targets",
    "dates",
    "quantities",
)


class SeedScores:
    def __init__(self) -> None:
        self.scores = {kind: Score() for kind in SEED_KINDS}
        self.notes: list[str] = []

    def by_name(self, ds: maroc_ai.Dataset, collection: str, source: str, names: list[str]) -> None:
        expected = {r.id for r in _cited(getattr(ds, collection), source)}
        matched = [match(ds, collection, name) for name in names]
        right = [m for m in matched if m in expected]
        self.scores[collection].add(len(names), len(right), len(expected), len(set(right)))
        self.notes += [
            f"{source}: wrong {collection[:-1]}: {n}"
            for n, m in zip(names, matched, strict=True)
            if m not in expected
        ]
        self.notes += [
            f"{source}: missed {collection[:-1]}: {i}" for i in sorted(expected - set(right))
        ]

    def by_kind(self, records: list[Any], kinds: list[Any], source: str, label: str) -> None:
        available = Counter(record.kind for record in records)
        right = 0
        for kind in kinds:
            if available[kind] > 0:
                available[kind] -= 1
                right += 1
            else:
                self.notes.append(f"{source}: wrong {label}: {kind.value}")
        self.scores[label].add(len(kinds), right, len(records), right)
        self.notes += [
            f"{source}: missed {label}: {k.value}" for k, n in available.items() if n > 0
        ]

    def sets(self, expected: set[Any], proposed: set[Any], source: str, label: str) -> None:
        right = expected & proposed
        self.scores[label].add(len(proposed), len(right), len(expected), len(right))
        self.notes += [
            f"{source}: wrong {label}: {v}" for v in sorted(proposed - expected, key=str)
        ]
        self.notes += [
            f"{source}: missed {label}: {v}" for v in sorted(expected - proposed, key=str)
        ]


def evaluate_seeds(ds: maroc_ai.Dataset) -> SeedScores:
    """The extractor's drafts of the seeds against the records curated from them."""
    scores = SeedScores()
    for source in ds.sources:
        draft = extract(ds.text(source), source_id=source.id)
        scores.by_name(ds, "officials", source.id, [o.name for o in draft.officials])
        scores.by_name(ds, "organizations", source.id, [o.name for o in draft.organizations])
        scores.by_kind(
            _cited(ds.partnerships, source.id),
            [p.kind for p in draft.partnerships],
            source.id,
            "partnerships",
        )
        scores.by_kind(
            _cited(ds.facilities, source.id),
            [f.kind for f in draft.facilities],
            source.id,
            "facilities",
        )
        scores.sets(
            {
                (t.quantity.value, t.quantity.unit)
                for t in (*_cited(ds.targets, source.id), *_cited(ds.statistics, source.id))
            },
            {
                (t.quantity.value, t.quantity.unit)
                for t in [*draft.targets, *draft.statistics]
                if isinstance(t, (TargetCandidate, StatisticCandidate))
            },
            source.id,
            "targets",
        )
        scores.sets(expected_dates(ds, source.id), _proposed_dates(draft), source.id, "dates")
        scores.sets(
            expected_quantities(ds, source.id),
            {(m.value, m.unit) for m in draft.quantities},
            source.id,
            "quantities",
        )
    return scores


def render_seeds(scores: SeedScores) -> str:
    lines = [
        "seeds (the curated dataset)",
        f"{'kind':<14} {'proposed':>8} {'right':>6} {'curated':>8} {'found':>6} {'precision':>9} {'recall':>7}",
    ]
    for kind, score in scores.scores.items():
        c = score.counts
        lines.append(
            f"{kind:<14} {c['proposed']:>8} {c['right']:>6} {c['expected']:>8} {c['found']:>6} "
            f"{score.precision:>9.2f} {score.recall:>7.2f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list what was missed or wrong"
    )
    parser.add_argument("--smoke", action="store_true", help="two articles per language and set")
    parser.add_argument(
        "--set",
        choices=("dev", "heldout", "seeds", "all"),
        default="all",
        help="which articles to score (default: all)",
    )
    parser.add_argument(
        "--articles",
        type=Path,
        metavar="DIR",
        help="score the articles of DIR (NAME.txt and NAME.json) instead",
    )
    args = parser.parse_args()
    notes: list[str] = []
    if args.articles is not None:
        by_language = evaluate_articles(args.articles, smoke=args.smoke)
        print(render_articles(f"{args.articles.name} articles", by_language))
        if args.verbose:
            for note in by_language["all"].notes:
                print(f"  {note}")
        return
    for folder in ("dev", "heldout"):
        if args.set in (folder, "all"):
            by_language = evaluate_articles(folder, smoke=args.smoke)
            print(render_articles(f"{folder} articles", by_language))
            print()
            notes += by_language["all"].notes
    if args.set in ("seeds", "all"):
        seeds = evaluate_seeds(maroc_ai.load())
        print(render_seeds(seeds))
        notes += seeds.notes
    if args.verbose:
        for note in notes:
            print(f"  {note}")


if __name__ == "__main__":
    main()
