"""The source record of an article: its title, language and the day it gives for itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..model import Source
from ..text import DateMention, normalize
from ..text._lexicon import WORDS as DATE_WORDS
from ..text._tokens import key
from ..values import PartialDate, Precision, Weekday
from ._lexicon import WORDS
from ._reader import Reader

__all__ = ["in_dateline", "own_date", "source_record"]

_DATELINE = 400
"""How far into an article its dateline may stand."""
_AFTER_DATELINE = ("(", "-", "–", "—", "à", "a", "at", "|", "")
_SEPARATORS = ("-", "–", "—", "|", "·")
"""What stands between an outlet's or a writer's name and the date on a dateline."""
_BEFORE_DATE = 40
"""Characters a dateline holds before its date, at most."""


_BEFORE_YESTERDAY = tuple(normalize(" ".join(phrase)) for phrase in DATE_WORDS.before_yesterday)


def _relative(mention: DateMention) -> int | None:
    """The day offset of a mention that starts with اليوم, أمس, أول أمس, hier, yesterday …"""
    if normalize(mention.quote).startswith(_BEFORE_YESTERDAY):
        return -2
    words = mention.quote.split(maxsplit=1)
    first = key(words[0]) if words else ""
    if first in DATE_WORDS.today:
        return 0
    if first in DATE_WORDS.yesterday:
        return -1
    if first in DATE_WORDS.tomorrow:
        return 1
    return None


def in_dateline(reader: Reader, mention: DateMention) -> bool:
    """Whether a full date stands in the article's dateline.

    A dateline: "Rabat, 14 octobre 2025 (MAP)", "Publié le 09/10/2025 à 11h42", "Le Matin
    | 8 mars 2028", "By Karim Oubaha - October 13, 2026".
    """
    text = reader.text
    if mention.start > _DATELINE or mention.precision is not Precision.DAY:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end, mention.end + _DATELINE)
    before = text[line_start : mention.start].strip()
    after = text[mention.end : len(text) if line_end < 0 else line_end].strip()
    if not after.startswith(_AFTER_DATELINE) and after[:1].isalpha():
        return False
    if not before or before.endswith((",", *_SEPARATORS)):
        return len(before) <= _BEFORE_DATE  # "Le Matin | 8 mars 2028", "By … - March 8, 2028"
    words = normalize(before).split()
    return (
        len(before) <= _BEFORE_DATE
        and bool(words)
        and any(" ".join(words[-n:]) in WORDS.dateline_words for n in (1, 2, 3))
    )


def own_date(reader: Reader, dates: Sequence[DateMention]) -> DateMention | None:
    """The date the article gives for its own day.

    That is "اليوم الجمعة …", "أمس الاثنين", or its dateline ("Rabat, 14 octobre 2025 (MAP)",
    "Le Matin | 8 mars 2028"); a dateline's full date before a weekday alone.
    """
    dateline = next((mention for mention in dates if in_dateline(reader, mention)), None)
    relative = next((mention for mention in dates if _relative(mention) is not None), None)
    if dateline is not None and (relative is None or relative.precision is not Precision.DAY):
        return dateline  # "أكادير - 7 مارس 2028 (ومع) - … اليوم الثلاثاء": the day written
    return relative or dateline


def _published_value(mention: DateMention) -> PartialDate:
    shift = _relative(mention) or 0
    value = mention.value
    if shift == 0:
        return value
    if value.start is not None and value.precision is Precision.DAY:
        return PartialDate.from_date(value.start - dt.timedelta(days=shift))
    assert value.weekday is not None
    return PartialDate(weekday=Weekday((value.weekday - 1 - shift) % 7 + 1))


def source_record(reader: Reader, dates: Sequence[DateMention]) -> Source:
    """The article's source record, each of its facts cited.

    Its title is its first line, when it reads as one; its publication date is the day
    it gives for itself.
    """
    citations = []
    lines = [line for line in reader.masked.splitlines() if line.strip()]
    title = None
    if lines:
        first = lines[0].strip()
        if len(first.split()) <= 25 and not first.endswith((".", ":")):
            title = first
            citations.append(reader.cite(first, ["title"]))
    own = own_date(reader, dates)
    published = None
    if own is not None:
        published = _published_value(own)
        citations.append(reader.cite(own.quote, ["published"]))
    if not citations and lines:
        citations.append(reader.cite(lines[0].strip()))
    return Source(
        id=reader.source,
        file=f"{reader.source}.txt",
        language=reader.language,
        title=title,
        published=published,
        citations=tuple(citations) or (reader.cite(reader.text.strip()[:80] or "?"),),
    )
