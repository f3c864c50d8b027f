"""Typical user code: it runs here, and ``mypy --strict`` checks its types in CI.

Each ``assert_type`` states what a user's type checker infers; mypy fails the build if
the library's annotations stop giving it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import maroc_ai
from maroc_ai import (
    Event,
    Facility,
    Hit,
    Hits,
    Official,
    Organization,
    Partnership,
    Post,
    Query,
    Record,
    Target,
    Timeline,
)

if TYPE_CHECKING:
    from typing_extensions import assert_type
else:

    def assert_type(value: Any, _: Any) -> Any:
        return value


def test_typical_notebook_session() -> None:
    ds = maroc_ai.load()

    mistral_deals = ds.partnerships.where(party="Mistral AI")
    assert_type(mistral_deals, Query[Partnership])
    first = mistral_deals.first()
    assert_type(first, Partnership | None)
    assert first is not None
    assert_type(first.date, maroc_ai.PartialDate | None)

    memorandum = ds.partnerships.where(signatory="arthur-mensch").one()
    assert_type(memorandum, Partnership)
    parties = [ds.get(party, Organization).name.label for party in memorandum.parties]
    assert_type(parties, list[str])

    due: Query[Target] = ds.targets.where(due_by=2030).sort_by("horizon")
    horizons = [target.horizon for target in due]
    assert_type(horizons, list[int | None])
    biggest = ds.targets.sort_by(lambda target: target.quantity.value, reverse=True)[0]
    assert_type(biggest, Target)

    hits = ds.search("Seghrouchni", record_type=Official)
    assert_type(hits, Hits)
    best = hits[0]
    assert_type(best, Hit)
    people = [hit.record.id for hit in hits]
    assert len(people) == 2

    found = ds.find("Layani", Official)
    assert_type(found, Official)
    anything = ds.find("Mistral AI")
    assert_type(anything, Record)

    posts = ds.posts_of(found)
    assert_type(posts, tuple[Post, ...])
    assert_type(ds.partnerships_of(found), Query[Partnership])
    assert_type(ds.events_of("amal-el-fallah-seghrouchni"), Query[Event])
    assert_type(ds.facilities_of("national-ai-strategy"), Query[Facility])
    assert_type(ds.cited_by("article-axa"), Query[Record])

    timeline = ds.timeline(place="rabat", date="2025-09")
    assert_type(timeline, Timeline)
    undated = timeline.undated.ids()
    assert_type(undated, tuple[str, ...])

    earlier = ds.as_of(dt.date(2025, 9, 12))
    assert_type(earlier, maroc_ai.Dataset)
    assert len(earlier) < len(ds)
