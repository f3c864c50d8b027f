"""The headline facts of a dataset, and the text ``maroc-ai summary`` prints."""

from __future__ import annotations

from collections.abc import Iterable

from ._release import Release
from .dataset import Dataset
from .model import Facility, Partnership, Record, Target, TargetKind
from .values import Citation

__all__ = [
    "facilities_with_capacity",
    "largest_goals",
    "latest_partnerships",
    "render",
]


def largest_goals(dataset: Dataset) -> list[Target]:
    """The largest goal in each unit (MAD, EUR, job …), one per unit.

    Figures stated as facts (a company's revenue last year) are not goals and are left out.
    No unit is converted into another; the list is ordered by the bare numbers, for display.
    """
    best: dict[str, Target] = {}
    for target in dataset.targets:
        if target.kind is not TargetKind.GOAL:
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


def label(dataset: Dataset, id: str | None) -> str:
    """The name to show for the record with ``id``, or the id itself if it has no name."""
    if id is None:
        return "—"
    record = dataset.get(id)
    name = getattr(record, "name", None)
    return name.label if name is not None else id


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


def render(dataset: Dataset) -> str:
    """The summary as plain text: counts, headline facts with their sources, the sources."""
    counts = dataset.counts()
    width = max(len(name) for name in counts)
    lines = [
        f"maroc_ai: Morocco's national AI build-out, {len(dataset)} records "
        f"from {counts['sources']} cited sources",
    ]
    if dataset.release is not None:
        lines.append(_release_line(dataset.release))
    lines += ["", "Records"]
    lines += [f"  {name:<{width}}  {count:>4}" for name, count in counts.items()]

    lines += ["", "Largest goals (the largest in each unit)"]
    for target in largest_goals(dataset):
        horizon = f" by {target.horizon}" if target.horizon else ""
        lines.append(
            f"  {target.quantity}: {target.metric}{horizon}, "
            f"{label(dataset, target.scope)}  {_sources(target.citations)}"
        )

    lines += ["", "Latest agreements"]
    for partnership in latest_partnerships(dataset, limit=5):
        when = str(partnership.date) if partnership.date else "date not given"
        where = f" in {label(dataset, partnership.place)}" if partnership.place else ""
        parties = ", ".join(label(dataset, party) for party in partnership.parties)
        lines.append(f"  {when}{where}: {partnership.name.label}")
        lines.append(f"      parties: {parties}  {_cited_sources(partnership)}")

    lines += ["", "Facilities with a stated capacity"]
    for facility in facilities_with_capacity(dataset):
        where = f" in {label(dataset, facility.place)}" if facility.place else ""
        energy = f", {facility.energy} energy" if facility.energy else ""
        lines.append(
            f"  {facility.capacity}: {facility.name.label}{where}{energy} "
            f"({facility.status.value})  {_sources(facility.citations)}"
        )

    lines += ["", "Sources"]
    for source in dataset.sources:
        details = [source.title or "(untitled)"]
        details += [
            str(part) for part in (source.author, source.dateline, source.published) if part
        ]
        lines.append(f"  {source.id}: {', '.join(details)} ({source.file})")
    return "\n".join(lines) + "\n"
