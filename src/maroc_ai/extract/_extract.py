"""Reading one article into a draft: every heuristic, in the order each needs the others."""

from __future__ import annotations

import bisect
import collections
import datetime as dt
from collections.abc import Sequence

import attrs

from ..dataset import Dataset
from ..text import DateMention, normalize
from ..text._dates import dates_in_tokens, scan_dates
from ..text._lexicon import WORDS as TEXT_WORDS
from ..text._mentions import QuantityMention
from ..text._quantities import quantities_in_tokens
from ..text._tokens import no_collection, tokenize
from ..values import PartialDate, Precision
from ._ages import ages
from ._candidates import Draft, StatisticCandidate, TargetCandidate
from ._facilities import facility_candidates
from ._institutions import institutions as find_institutions
from ._officials import official_candidates
from ._organizations import Organizations
from ._partnerships import find_agreements, partnership_candidates, signatories
from ._people import people
from ._places import find_places, place_candidates
from ._reader import Reader
from ._source import own_date, source_record
from ._spans import CLOSE_QUOTES, OPEN_QUOTES
from ._targets import target_candidates

__all__ = ["DEFAULT_SOURCE", "extract"]

DEFAULT_SOURCE = "new-source"


def extract(
    text: str,
    *,
    source_id: str | None = None,
    reference_date: dt.date | None = None,
    dataset: Dataset | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: PartialDate | None = None,
) -> Draft:
    """Read a news article and propose the records it gives, for a curator to review.

    Args:
        text: The article, in Arabic, French or English, as published; spans are
            offsets into it, and the draft keeps it as given.
        source_id: The id its source record will have; the candidates' citations
            cite it (default ``"new-source"``).
        reference_date: The day the article was written, to resolve "أمس الاثنين",
            "hier", "last Monday", "يوليوز الماضي" …; without it the day ``published``
            gives, or the article's own (its dateline, "اليوم الجمعة 12 شتنبر 2025"),
            serves, and otherwise such dates stay as precise as the words are.
        dataset: The records already known: each candidate is matched against them
            (by name, alias, normalised or close spelling, or across scripts), and
            new ids avoid theirs.
        url: Where the article was published, kept in the draft for its source.
        publisher: Who published it (a newspaper, an agency), kept likewise.
        published: The day a corpus gives for the article (not read from the text).

    Returns:
        A :class:`Draft`. Page furniture (teasers of other articles, newsletter and
        comment prompts) is left out. Never raises on any string.

    """
    if reference_date is None and published is not None and published.precision is Precision.DAY:
        reference_date = published.start
    with no_collection():
        draft = _extract(text, source_id or DEFAULT_SOURCE, reference_date, dataset)
    return attrs.evolve(draft, url=url, publisher=publisher, published=published)


def _extract(
    text: str, source: str, reference_date: dt.date | None, dataset: Dataset | None
) -> Draft:
    reader = Reader(text, source, dataset)
    dates, relative = scan_dates(reader.masked, reader.tokens, reference_date)
    own = own_date(reader, dates)
    day = own.value.start if own is not None and own.precision is Precision.DAY else None
    if reference_date is None and day is not None:
        reference_date = day  # the dateline's day resolves "hier", "mardi" …
        if relative:  # and only a text with such words need be read again
            dates = dates_in_tokens(reader.masked, reader.tokens, reference_date)
    if reference_date is not None:
        reader.year = reference_date.year
    elif own is not None and own.value.year is not None:
        reader.year = own.value.year
    dates = [m for m in dates if not _spoken_tomorrow(text, m)]
    place_finds = find_places(
        reader,
        []
        if dataset is None
        else [normalize(form) for place in dataset.places for form in place.name.all()],
    )
    # the token a place starts in: "ببني ملال" starts inside the word its preposition joins
    named = {reader.first_token(place.name.start + 1) - 1 for place in place_finds}
    quantities = quantities_in_tokens(reader.masked, reader.tokens, named)
    quantities = _outside_dates(quantities, dates)
    if reader.masked != text:  # quotes are the article's words, furniture or not
        dates = [attrs.evolve(m, quote=text[m.start : m.end]) for m in dates]
        quantities = [attrs.evolve(m, quote=text[m.start : m.end]) for m in quantities]

    places = place_candidates(reader, place_finds)
    institutions = find_institutions(reader)
    organizations = Organizations(reader)
    organizations.add_all(institutions)
    found_people, unnamed = people(
        reader, institutions, [p.name for p in place_finds], [(q.start, q.end) for q in quantities]
    )
    aged, bare_ages = ages(reader, found_people, quantities)  # "X, 56 ans,": no figure
    if bare_ages:  # "Hasna Ikkou, 24, who …": the age the text gives without its unit
        quantities = sorted([*quantities, *bare_ages], key=lambda q: q.start)
    agreements = find_agreements(reader)
    signed_for = signatories(reader, agreements, found_people, unnamed, institutions, organizations)
    officials = official_candidates(reader, found_people, organizations, institutions)
    partnerships = partnership_candidates(
        reader, organizations, institutions, places, place_finds, dates, agreements, signed_for
    )
    facilities, used = facility_candidates(reader, places, place_finds, quantities)

    scopes: dict[int, str] = {}
    mentions = collections.Counter(id(organizations.add(i)) for i in institutions)
    for institution in institutions:
        scopes.setdefault(institution.sentence, organizations.add(institution).record.id)
    for partnership in partnerships:
        number = reader.sentence_at(partnership.start)
        if number is not None:
            scopes[number] = partnership.record.id
    for facility in facilities:
        number = reader.sentence_at(facility.start)
        if number is not None:
            scopes[number] = facility.record.id
    main_scope = None
    if mentions:
        most = mentions.most_common(1)[0][0]
        main_scope = next(c.record.id for c in organizations.candidates() if id(c) == most)
    elif partnerships or facilities:
        main_scope = (partnerships or facilities)[0].record.id
    numbers = target_candidates(reader, quantities, used | aged, dates, scopes, main_scope)

    return Draft(
        source=source_record(reader, dates),
        text=text,
        officials=tuple(officials),
        organizations=organizations.candidates(),
        places=tuple(places.values()),
        partnerships=tuple(partnerships),
        facilities=tuple(facilities),
        targets=tuple(n for n in numbers if isinstance(n, TargetCandidate)),
        statistics=tuple(n for n in numbers if isinstance(n, StatisticCandidate)),
        dates=tuple(dates),
        quantities=tuple(quantities),
    )


def _spoken_tomorrow(text: str, mention: DateMention) -> bool:
    """Whether a date is "tomorrow" said inside a quotation, a figure of speech.

    "« Demain, nous le ferons parce que la donnée le dit »": a speaker's tomorrow is
    no day the article reports.
    """
    words = tokenize(mention.quote)
    if len(words) != 1 or TEXT_WORDS.tomorrow.isdisjoint(words[0].forms):
        return False  # «وغدا ستكون لدينا …»: the conjunction joined to it too
    line_start = text.rfind("\n", 0, mention.start) + 1
    opened = False
    for character in text[line_start : mention.start]:
        if character in OPEN_QUOTES and (character != '"' or not opened):
            opened = True
        elif character in CLOSE_QUOTES:
            opened = False
    return opened


_WITH_NUMBERS = frozenset({Precision.DAY, Precision.MONTH})
"""The precisions of dates whose numbers no quantity shares: a day's, a month's year."""


def _outside_dates(
    quantities: list[QuantityMention], dates: Sequence[DateMention]
) -> list[QuantityMention]:
    """The quantities whose number is no day of a date, nor the year of a month's.

    Not "April 30 backed its findings", nor "in October 2040 won the partners over" (no
    2,040 South Korean won), nor a year written with its word ("التحقت بالبيوت المغطاة سنة
    2027 عاملة": no 2,027 workers).
    """
    spans = sorted(
        (m.start, m.end)
        for m in dates
        if m.precision in _WITH_NUMBERS
        or (m.precision is Precision.YEAR and not m.quote.isdigit() and m.until is None)
    )
    if not spans:
        return quantities
    starts = [start for start, _ in spans]
    kept = []
    for quantity in quantities:
        k = bisect.bisect_right(starts, quantity.start) - 1
        if k >= 0 and spans[k][0] <= quantity.start < spans[k][1]:
            continue
        kept.append(quantity)
    return kept
