"""Figures and goals: what each quantity of an article measures, and the year it is for.

Every quantity that is no facility's capacity is a target candidate, once per value
and unit (the mention with a horizon year, or a qualifier, preferred). Its horizon
is the year given in its clause (or, failing that, its sentence); it is a goal when
its clause or sentence has a word of aiming or expecting ("بهدف", "d'ici", "will")
or its horizon lies after the article's year, unless a verb states it as fact
("بلغ", "emploie", "reached").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..dataset import Dataset
from ..model import Statistic, Target, TargetKind
from ..text import DateMention, QuantityMention
from ..values import PartialDate, Precision, Quantity
from ._candidates import StatisticCandidate, TargetCandidate
from ._lexicon import WORDS
from ._reader import MENTIONS, Reader

__all__ = ["UNKNOWN_SCOPE", "target_candidates"]

UNKNOWN_SCOPE = "unknown-scope"
"""The scope of a target whose article names nothing it could belong to: the curator sets it."""

_UNIT_METRICS = {
    "job": "jobs",
    "employee": "employees",
    "year": "years",
    "MW": "capacity",
    "percent": "share",
    "person": "people",
    "student": "students",
    "startup": "startups",
    "engineer": "engineers",
    "researcher": "researchers",
}
"""The metric a quantity measures, by its normalised unit (units are codes, not words)."""
_CLAUSE_MARKS = ("،", ",", "؛", ";")


def _words_between(reader: Reader, number: int, start: int, end: int) -> frozenset[str]:
    """The normalised words (and their forms) of a sentence between two offsets."""
    first, last = reader.token_range[number]
    return frozenset(
        form
        for token in reader.tokens[first:last]
        if start <= token.start < end
        for form in token.forms
    )


def _metric(quantity: QuantityMention, words: frozenset[str]) -> str:
    if quantity.unit in _UNIT_METRICS:
        return _UNIT_METRICS[quantity.unit]
    for metric_words, metric in WORDS.metrics:
        if words & metric_words:
            return metric
    return "amount"


def _clause_bounds(reader: Reader, quantity: QuantityMention, number: int) -> tuple[int, int]:
    """Where the clause (between commas) holding the quantity starts and ends."""
    start, end = reader.bounds[number]
    before = max(reader.masked.rfind(mark, start, quantity.start) for mark in _CLAUSE_MARKS)
    after = [reader.masked.find(mark, quantity.end, end) for mark in _CLAUSE_MARKS]
    return (before + 1 if before >= 0 else start), min([a for a in after if a >= 0] or [end])


def _score(quantity: QuantityMention, horizon: int | None) -> int:
    return (horizon is not None) * 2 + (quantity.qualifier.value != "exact")


def target_candidates(
    reader: Reader,
    quantities: Sequence[QuantityMention],
    used: set[int],
    dates: Sequence[DateMention],
    scopes: dict[int, str],
    main_scope: str | None,
) -> list[TargetCandidate | StatisticCandidate]:
    """One candidate per value and unit, scoped to what its sentence is about.

    A goal is a :class:`TargetCandidate`; a figure stated as fact, a :class:`StatisticCandidate`.
    """
    chosen: dict[tuple[float, str], tuple[QuantityMention, int | None, int]] = {}
    seen: dict[tuple[float, str], int] = {}
    dates_in = reader.by_sentence(dates)
    for quantity in quantities:
        key = (quantity.value, quantity.unit)
        seen[key] = seen.get(key, 0) + 1
        if quantity.start in used or seen[key] > MENTIONS:
            continue
        number = reader.sentence_at(quantity.start)
        if number is None:
            continue
        clause_start, clause_end = _clause_bounds(reader, quantity, number)
        in_sentence = [m for m in dates_in.get(number, ()) if m.precision is Precision.YEAR]
        years = [m for m in in_sentence if clause_start <= m.start < clause_end] or in_sentence
        horizon = years[0].value.year if years else None
        previous = chosen.get(key)
        if previous is None or _score(quantity, horizon) > _score(previous[0], previous[1]):
            chosen[key] = (quantity, horizon, number)
    this_year = reader.year if reader.year is not None else 9999
    result: list[TargetCandidate | StatisticCandidate] = []
    for quantity, horizon, number in chosen.values():
        sentence = reader.sentence(number)
        clause_start, clause_end = _clause_bounds(reader, quantity, number)
        words = _words_between(reader, number, clause_start, clause_end)
        fact = bool(words & WORDS.figure_verbs)
        goal = bool(words & WORDS.goal_words) or (
            not fact
            and (
                bool(reader.words(number) & WORDS.goal_words)
                or (horizon is not None and horizon > this_year)
            )
        )
        metric = _metric(quantity, reader.words(number))
        scope = scopes.get(number, main_scope) or UNKNOWN_SCOPE
        if not goal:
            result.append(_statistic(reader, quantity, horizon, metric, scope, sentence))
            continue
        fields = ["quantity", "scope"]
        if horizon is not None:
            fields.append("horizon")
        result.append(
            TargetCandidate(
                quote=quantity.quote,
                span=(quantity.start, quantity.end),
                match=_known_target(reader.dataset, quantity.quantity, horizon),
                metric=metric,
                kind=TargetKind.GOAL,
                quantity=quantity.quantity,
                horizon=horizon,
                record=Target(
                    id=reader.ids.new(f"{scope} {metric} {horizon or ''}", "target"),
                    metric=metric,
                    quantity=quantity.quantity,
                    horizon=horizon,
                    scope=scope,
                    citations=(reader.cite(sentence, fields),),
                ),
            )
        )
    return result


def _statistic(
    reader: Reader,
    quantity: QuantityMention,
    year: int | None,
    metric: str,
    scope: str,
    sentence: str,
) -> StatisticCandidate:
    """A figure stated as fact, with the year it describes where its clause gives one."""
    date = None if year is None else PartialDate(year=year)
    fields = ["quantity", "scope", *(["date"] if date is not None else [])]
    return StatisticCandidate(
        quote=quantity.quote,
        span=(quantity.start, quantity.end),
        match=_known_statistic(reader.dataset, quantity.quantity, date),
        metric=metric,
        quantity=quantity.quantity,
        date=date,
        record=Statistic(
            id=reader.ids.new(f"{scope} {metric} {year or ''}", "statistic"),
            metric=metric,
            quantity=quantity.quantity,
            date=date,
            scope=scope,
            citations=(reader.cite(sentence, fields),),
        ),
    )


def _known_statistic(
    dataset: Dataset | None, quantity: Quantity, date: PartialDate | None
) -> str | None:
    """The dataset's statistic of this value and unit (and date, where both give one)."""
    if dataset is None:
        return None
    for statistic in dataset.statistics:
        same = (statistic.quantity.value, statistic.quantity.unit) == (
            quantity.value,
            quantity.unit,
        )
        if same and (date is None or statistic.date in (None, date)):
            return statistic.id
    return None


def _known_target(dataset: Dataset | None, quantity: Quantity, horizon: int | None) -> str | None:
    """The dataset's target of this value and unit (and horizon, where both give one)."""
    if dataset is None:
        return None
    for target in dataset.targets:
        same = (target.quantity.value, target.quantity.unit) == (quantity.value, quantity.unit)
        if same and (horizon is None or target.horizon in (None, horizon)):
            return target.id
    return None
