"""The headline facts of a dataset, and the text ``maroc-ai summary`` prints.

The summary says only what the sources state: goals apart from figures, national
goals apart from those of companies and their projects, everyone the sources say
signed, chaired, represented a party or attended each agreement, and each date at
the precision its source gives it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._english import counted
from ._labels import label as _label
from ._release import Release
from .dataset import Dataset
from .model import Facility, Partnership, Program, Record, Role, Statistic, Target
from .values import Citation, PartialDate, Quantity

__all__ = [
    "facilities_with_capacity",
    "is_national",
    "largest_goals",
    "latest_partnerships",
    "people",
    "render",
    "to_dict",
]

_ROLES = (
    (Role.SIGNATORY, "signed"),
    (Role.CHAIR, "chaired"),
    (Role.REPRESENTATIVE, "represented"),
    (Role.SPEAKER, "spoke"),
    (Role.ATTENDEE, "attended"),
)
"""Each role, in the order the summary lists people, and the word it lists them under."""


def is_national(dataset: Dataset, target: Target) -> bool:
    """Whether a goal is a national one: set for a public program, or for what serves one.

    A company's own goal (Onepoint's revenue) is not, nor is the goal of a project a
    source ties to no program.
    """
    scope = dataset.get(target.scope)
    if isinstance(scope, Program):
        return True
    return bool(getattr(scope, "programs", ()))


def largest_goals(dataset: Dataset, *, national: bool = True) -> list[Target]:
    """The largest national goal in each unit (MAD, job …), one per unit.

    With ``national=False``, the largest of the others: the goals of companies and of
    projects no program is said to include. No unit is converted into another; the
    list is ordered by the bare numbers, for display.
    """
    best: dict[str, Target] = {}
    for target in dataset.targets:
        if is_national(dataset, target) is not national:
            continue
        unit = target.quantity.unit
        if unit not in best or target.quantity.value > best[unit].quantity.value:
            best[unit] = target
    return sorted(best.values(), key=lambda target: (-target.quantity.value, target.id))


def latest_partnerships(dataset: Dataset, limit: int | None = None) -> list[Partnership]:
    """Partnerships, latest first; those whose date is unknown or only a weekday come last."""
    ordered = sorted(
        dataset.partnerships,
        key=lambda p: (p.date is None or p.date.start is None, _negated(p), p.id),
    )
    return ordered if limit is None else ordered[:limit]


def _negated(partnership: Partnership) -> tuple[int, int, int]:
    if partnership.date is None:
        return (0, 0, 0)
    year, month, day = partnership.date.sort_key
    return (-year, -month, -day)


def facilities_with_capacity(dataset: Dataset) -> list[Facility]:
    """Facilities whose capacity a source gives, largest first within each unit."""
    found = [facility for facility in dataset.facilities if facility.capacity is not None]
    return sorted(found, key=lambda f: (f.capacity.unit, -f.capacity.value, f.id))  # type: ignore[union-attr]


def people(dataset: Dataset, partnership: Partnership) -> list[tuple[str, list[str]]]:
    """Who took part in an agreement, by role: ``[("signed", [names]), ("attended", …)]``.

    Representatives are listed with the party they represented
    (``"represented Onepoint"``). Roles no one had are left out.
    """
    found: list[tuple[str, list[str]]] = []
    for role, word in _ROLES:
        groups: dict[str, list[str]] = {}
        for participation in partnership.participants:
            if participation.role is not role:
                continue
            heading = word
            if role is Role.REPRESENTATIVE and participation.organization is not None:
                heading = f"{word} {label(dataset, participation.organization)}"
            groups.setdefault(heading, []).append(label(dataset, participation.official))
        found.extend(groups.items())
    return found


def label(dataset: Dataset, id: str | None) -> str:
    """What to show for the record with ``id`` ([`maroc_ai.label`][maroc_ai.label]), or ``—`` for none."""
    if id is None:
        return "—"
    return _label(dataset.get(id))


def _sources(citations: Iterable[Citation]) -> str:
    return "[" + ", ".join(dict.fromkeys(citation.source for citation in citations)) + "]"


def _cited_sources(record: Record) -> str:
    citations = list(record.citations)
    for nested in getattr(record, "participants", ()):
        citations.extend(nested.citations)
    return _sources(citations)


def _release_line(release: Release) -> str:
    license = f", records under {release.license}" if release.license else ""
    return f"data version {release.version}, as of {release.created}{license}"


def _goal_lines(dataset: Dataset, targets: Iterable[Target]) -> list[str]:
    lines = []
    for target in targets:
        horizon = f" by {target.horizon}" if target.horizon else ""
        lines.append(
            f"  {target.quantity}: {target.metric}{horizon}, "
            f"{label(dataset, target.scope)}  {_sources(target.citations)}"
        )
    return lines or ["  (none)"]


def _where(dataset: Dataset, place: str | None, shown: str) -> str:
    """`` in <place>``, unless there is no place or what is shown names it already."""
    if place is None:
        return ""
    name = label(dataset, place)
    return "" if name in shown else f" in {name}"


def _statistic_line(dataset: Dataset, statistic: Statistic) -> str:
    date = f" in {statistic.date}" if statistic.date else ""
    return (
        f"  {statistic.quantity}: {statistic.metric}{date}, "
        f"{label(dataset, statistic.scope)}  {_sources(statistic.citations)}"
    )


def render(dataset: Dataset) -> str:
    """The summary as plain text: counts, headline facts with their sources, the sources."""
    counts = dataset.counts()
    width = max(len(name) for name in counts)
    lines = [
        f"maroc_ai: Morocco's national AI build-out, {counted(len(dataset), 'record')} "
        f"from {counted(counts['sources'], 'cited source')}",
    ]
    if dataset.release is not None:
        lines.append(_release_line(dataset.release))
    lines += ["", "Records"]
    lines += [f"  {name:<{width}}  {count:>4}" for name, count in counts.items()]

    lines += ["", "National goals (set for public programs; the largest in each unit)"]
    lines += _goal_lines(dataset, largest_goals(dataset))
    lines += ["", "Goals of companies and their projects (the largest in each unit)"]
    lines += _goal_lines(dataset, largest_goals(dataset, national=False))

    lines += ["", "Latest agreements"]
    for partnership in latest_partnerships(dataset, limit=5):
        when = str(partnership.date) if partnership.date else "date not given"
        shown = _label(partnership)
        where = _where(dataset, partnership.place, shown)
        parties = ", ".join(label(dataset, party) for party in partnership.parties)
        lines.append(f"  {when}{where}: {shown}  {_cited_sources(partnership)}")
        lines.append(f"      parties: {parties or 'not named'}")
        for heading, names in people(dataset, partnership):
            lines.append(f"      {heading}: {', '.join(names)}")
        if partnership.others:
            unnamed = "، ".join(f"«{words}»" for words in partnership.others)
            lines.append(f"      others, in the source's words: {unnamed}")

    lines += ["", "Facilities with a stated capacity"]
    for facility in facilities_with_capacity(dataset):
        shown = _label(facility)
        where = _where(dataset, facility.place, shown)
        energy = f", {facility.energy} energy" if facility.energy else ""
        lines.append(
            f"  {facility.capacity}: {shown}{where}{energy} "
            f"({facility.status.value})  {_sources(facility.citations)}"
        )

    if dataset.statistics:
        lines += ["", "Figures stated as fact"]
        lines += [_statistic_line(dataset, statistic) for statistic in dataset.statistics]

    lines += ["", "Sources"]
    for source in dataset.sources:
        details = [source.title or "(untitled)"]
        details += [
            str(part) for part in (source.author, source.dateline, source.published) if part
        ]
        lines.append(f"  {source.id}: {', '.join(details)} ({source.file})")
    return "\n".join(lines) + "\n"


def _date(date: PartialDate | None) -> dict[str, str | None] | None:
    """A date as ISO 8601 text at its precision, with the precision named."""
    if date is None:
        return None
    return {"iso": date.isoformat(), "precision": date.precision.value, "text": str(date)}


def _quantity(quantity: Quantity) -> dict[str, Any]:
    return {
        "value": quantity.value,
        "unit": quantity.unit,
        "qualifier": quantity.qualifier.value,
        "text": str(quantity),
    }


def _named(dataset: Dataset, id: str | None) -> dict[str, str] | None:
    """A reference as ``{"id": …, "label": …}``."""
    return None if id is None else {"id": id, "label": label(dataset, id)}


def _sources_of(citations: Iterable[Citation]) -> list[str]:
    return list(dict.fromkeys(citation.source for citation in citations))


def _goal(dataset: Dataset, target: Target) -> dict[str, Any]:
    return {
        "id": target.id,
        "metric": target.metric,
        "quantity": _quantity(target.quantity),
        "horizon": target.horizon,
        "scope": _named(dataset, target.scope),
        "sources": _sources_of(target.citations),
    }


def _agreement(dataset: Dataset, partnership: Partnership) -> dict[str, Any]:
    citations = list(partnership.citations)
    for nested in partnership.participants:
        citations.extend(nested.citations)
    return {
        "id": partnership.id,
        "label": _label(partnership),
        "kind": partnership.kind.value,
        "date": _date(partnership.date),
        "place": _named(dataset, partnership.place),
        "parties": [_named(dataset, party) for party in partnership.parties],
        "participants": [
            {
                "official": _named(dataset, participation.official),
                "role": participation.role.value,
                "capacity": participation.capacity,
                "for": _named(dataset, participation.organization),
            }
            for participation in partnership.participants
        ],
        "others": list(partnership.others),
        "sources": _sources_of(citations),
    }


def _facility(dataset: Dataset, facility: Facility) -> dict[str, Any]:
    assert facility.capacity is not None
    return {
        "id": facility.id,
        "label": _label(facility),
        "capacity": _quantity(facility.capacity),
        "place": _named(dataset, facility.place),
        "energy": facility.energy,
        "status": facility.status.value,
        "sources": _sources_of(facility.citations),
    }


def _figure(dataset: Dataset, statistic: Statistic) -> dict[str, Any]:
    return {
        "id": statistic.id,
        "metric": statistic.metric,
        "quantity": _quantity(statistic.quantity),
        "date": _date(statistic.date),
        "scope": _named(dataset, statistic.scope),
        "sources": _sources_of(statistic.citations),
    }


def to_dict(dataset: Dataset) -> dict[str, Any]:
    """The summary as JSON-ready data: what [`render`][maroc_ai._summary.render] prints, with ids.

    Every record is given by its ``id`` and ``label``; quantities by value, unit and
    qualifier; dates as ISO 8601 at their precision; each fact with the ids of its
    sources. ``maroc-ai summary --json`` prints it.
    """
    return {
        "release": None if dataset.release is None else dataset.release.to_dict(),
        "records": len(dataset),
        "counts": dataset.counts(),
        "national_goals": [_goal(dataset, target) for target in largest_goals(dataset)],
        "other_goals": [
            _goal(dataset, target) for target in largest_goals(dataset, national=False)
        ],
        "latest_agreements": [
            _agreement(dataset, partnership) for partnership in latest_partnerships(dataset, 5)
        ],
        "facilities_with_capacity": [
            _facility(dataset, facility) for facility in facilities_with_capacity(dataset)
        ],
        "figures": [_figure(dataset, statistic) for statistic in dataset.statistics],
        "sources": [
            {
                "id": source.id,
                "title": source.title,
                "author": source.author,
                "dateline": source.dateline,
                "published": _date(source.published),
                "publisher": source.publisher,
                "url": source.url,
                "file": source.file,
            }
            for source in dataset.sources
        ],
    }
