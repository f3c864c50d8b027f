"""Hypothesis strategies for the maroc_ai model, to property-test code built on it.

This is the only module of maroc_ai that needs `hypothesis <https://hypothesis.works>`_;
install it with the ``testing`` extra (``pip install "maroc-ai[testing]"``).

There are three levels of strategy:

* values: [`partial_dates`][maroc_ai.testing.partial_dates], [`quantities`][maroc_ai.testing.quantities], [`names`][maroc_ai.testing.names], [`citations`][maroc_ai.testing.citations],
  plus the building blocks [`ids`][maroc_ai.testing.ids] and [`phrases`][maroc_ai.testing.phrases];
* records: [`sources`][maroc_ai.testing.sources], [`organizations`][maroc_ai.testing.organizations], [`officials`][maroc_ai.testing.officials],
  [`partnerships`][maroc_ai.testing.partnerships], [`facilities`][maroc_ai.testing.facilities], [`targets`][maroc_ai.testing.targets], [`statistics`][maroc_ai.testing.statistics],
  [`programs`][maroc_ai.testing.programs], [`events`][maroc_ai.testing.events], [`decisions`][maroc_ai.testing.decisions], [`places`][maroc_ai.testing.places] (and the nested
  [`posts`][maroc_ai.testing.posts] and
  [`participations`][maroc_ai.testing.participations]). Their records are *structurally* valid: the constructors
  and the JSON converter accept them, but their ids refer to records that need not
  exist and their citations need not back their facts;
* whole datasets: [`datasets`][maroc_ai.testing.datasets] gives fully valid [`Dataset`][maroc_ai.Dataset]
  objects, whose [`problems`][maroc_ai.dataset.Dataset.problems] is empty: every reference
  resolves, every quote stands in its source's text and every fact is cited.

For example::

    from hypothesis import given
    from maroc_ai.testing import datasets, partial_dates

    @given(datasets(max_records=8))
    def test_my_index_finds_every_record(ds):
        index = build_my_index(ds)
        assert all(index.lookup(record.id) for record in ds.records())

    @given(partial_dates())
    def test_my_formatter_never_fails(date):
        format_date(date)

Text is drawn from Arabic letters (U+0621 to U+064A), Latin letters, digits and
spaces ([`ALPHABET`][maroc_ai.testing.ALPHABET]), and kept short, so that examples stay small and fast.
Quotes and source texts join such pieces with spaces, newlines, ``،``, ``.`` and ``-``;
no other character ever appears in them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from ._fields import FieldInfo, cited_fields, fields_of
from ._validators import KINDS, Distinct, Id, InRange, NonEmpty, Pattern, walk
from .dataset import Dataset
from .model import (
    COLLECTIONS,
    Decision,
    Event,
    Facility,
    Official,
    Organization,
    Participation,
    Partnership,
    Place,
    Post,
    Program,
    Record,
    Source,
    Statistic,
    Target,
    nested_types,
)
from .values import Citation, Coordinates, Names, PartialDate, Qualifier, Quantity, Weekday

__all__ = [
    "ALPHABET",
    "ARABIC_LETTERS",
    "citations",
    "coordinates",
    "datasets",
    "decisions",
    "events",
    "facilities",
    "ids",
    "names",
    "officials",
    "organizations",
    "partial_dates",
    "participations",
    "partnerships",
    "phrases",
    "places",
    "posts",
    "programs",
    "quantities",
    "records",
    "sources",
    "statistics",
    "targets",
]

R = TypeVar("R")

ARABIC_LETTERS = "".join(chr(code) for code in range(0x0621, 0x064B))
"""The Arabic letters U+0621 (hamza) to U+064A (yeh)."""

ALPHABET = ARABIC_LETTERS + string.ascii_letters + string.digits + " "
"""The characters generated text is drawn from."""

_ID_CHARS = string.ascii_lowercase + string.digits
_LATIN = string.ascii_letters + string.digits + " "
_ARABIC = ARABIC_LETTERS + string.digits + " "
_SEPARATORS = ("", " ", "\n", "، ", ". ", " - ", "\n\n")
_COUNTRIES = ("MA", "FR", "US", "AE", "CN", "DE", "ES", "GB")
_UNITS = ("MAD", "EUR", "USD", "MW", "job", "employee", "year", "engineer")
_METRICS = ("jobs created", "revenue", "investment", "capacity", "graduates", "gdp share")


@functools.cache
def _between(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(min_value=low, max_value=high)


@functools.cache
def _sampled(values: tuple[R, ...]) -> st.SearchStrategy[R]:
    return st.sampled_from(values)


@functools.cache
def _optional(strategy: st.SearchStrategy[R]) -> st.SearchStrategy[R | None]:
    return st.none() | strategy


def _pick(draw: st.DrawFn, values: Sequence[R]) -> R:
    """One of ``values``, drawn without building a strategy for them."""
    return values[draw(_between(0, len(values) - 1))]


_RANDOMS = st.randoms(use_true_random=False)


def _new(cls: Callable[..., R], /, **values: Any) -> R:
    """``cls(**values)`` from values drawn into a mapping (lists included), typed as ``R``."""
    return cls(**values)


# Values


def phrases(alphabet: str = ALPHABET, *, max_size: int = 12) -> st.SearchStrategy[str]:
    """Short texts that are not blank, drawn from ``alphabet``.

    Args:
        alphabet: The characters to draw from; it must hold a character that is not
            whitespace.
        max_size: The most characters a text may have.

    Returns:
        A strategy of strings with at least one non-whitespace character.

    """
    return _phrases(alphabet, max_size)


@functools.cache
def _phrases(alphabet: str, max_size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=1, max_size=max_size).filter(lambda text: bool(text.strip()))


def ids() -> st.SearchStrategy[str]:
    """Record ids: lowercase letters and digits joined by single hyphens (``model.ID_PATTERN``).

    Returns:
        A strategy of ids such as ``"a"``, ``"mistral-ai"`` or ``"x9-2030-b"``.

    """
    return _IDS


_IDS = st.lists(st.text(_ID_CHARS, min_size=1, max_size=6), min_size=1, max_size=3).map("-".join)


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Partial dates of every precision: a year, a month, a day, or a bare weekday.

    Returns:
        A strategy of valid [`PartialDate`][maroc_ai.PartialDate] values.

    """
    return _PARTIAL_DATES


_PARTIAL_DATES = st.one_of(
    st.builds(PartialDate, year=_between(1, 9999)),
    st.builds(PartialDate, year=_between(1, 9999), month=_between(1, 12)),
    st.dates(min_value=dt.date(1, 1, 1)).map(PartialDate.from_date),
    st.sampled_from(Weekday).map(lambda weekday: PartialDate(weekday=weekday)),
)


def quantities(
    values: st.SearchStrategy[int | float] | None = None,
    units: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Quantity]:
    """Quantities with any qualifier.

    Args:
        values: The numbers to use; by default integers of up to 64 bits and finite floats.
        units: The units to use; by default common units (``MAD``, ``MW``, ``job`` …)
            and arbitrary short phrases.

    Returns:
        A strategy of valid [`Quantity`][maroc_ai.Quantity] values.

    """
    return _quantities(
        _NUMBERS if values is None else values, _UNIT_NAMES if units is None else units
    )


_NUMBERS: st.SearchStrategy[int | float] = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**64),
    st.floats(allow_nan=False, allow_infinity=False),
)
_UNIT_NAMES = st.one_of(st.sampled_from(_UNITS), phrases(_LATIN, max_size=8))


@functools.cache
def _quantities(
    values: st.SearchStrategy[int | float], units: st.SearchStrategy[str]
) -> st.SearchStrategy[Quantity]:
    return st.builds(Quantity, value=values, unit=units, qualifier=st.sampled_from(Qualifier))


@st.composite
def _names(draw: st.DrawFn) -> Names:
    forms = {
        "ar": draw(_optional(phrases(_ARABIC))),
        "en": draw(_optional(phrases(_LATIN))),
        "fr": draw(_optional(phrases(_LATIN))),
    }
    if all(form is None for form in forms.values()):
        required = _pick(draw, sorted(forms))
        forms[required] = draw(phrases(_ARABIC if required == "ar" else _LATIN))
    aliases = draw(_texts())
    return _new(Names, ar=forms["ar"], en=forms["en"], fr=forms["fr"], aliases=aliases)


def names() -> st.SearchStrategy[Names]:
    """Names with at least one of Arabic, English or French, and up to two aliases.

    Returns:
        A strategy of valid [`Names`][maroc_ai.Names] values.

    """
    return _NAMES


_NAMES = _names()


def coordinates() -> st.SearchStrategy[Coordinates]:
    """Coordinates anywhere on the globe, integral or not, with or without a GeoNames id.

    Returns:
        A strategy of valid [`Coordinates`][maroc_ai.Coordinates] values.

    """
    return _FREE.values(Coordinates)


@functools.cache
def _texts(alphabet: str = ALPHABET) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(phrases(alphabet), unique=True, max_size=2).map(tuple)


_FILE_STEMS = st.text(_ID_CHARS + "_", min_size=1, max_size=10)


_ALL_CITED_FIELDS = tuple(
    sorted({name for cls in (*COLLECTIONS.values(), *nested_types()) for name in cited_fields(cls)})
)


def citations(
    *,
    sources: st.SearchStrategy[str] | None = None,
    quotes: st.SearchStrategy[str] | None = None,
    fields: Sequence[str] | None = None,
) -> st.SearchStrategy[Citation]:
    """Citations of a source: its id, a quote and the fields the quote supports.

    Args:
        sources: The source ids to cite; by default any id.
        quotes: The quotes to use; by default short phrases.
        fields: The field names a citation may name (each at most once); by default
            every cited field of the model. Pass ``()`` for citations naming no field.

    Returns:
        A strategy of valid [`Citation`][maroc_ai.Citation] values.

    """
    return _citations(
        ids() if sources is None else sources,
        phrases(max_size=40) if quotes is None else quotes,
        _ALL_CITED_FIELDS if fields is None else tuple(dict.fromkeys(fields)),
    )


@functools.cache
def _citations(
    sources: st.SearchStrategy[str], quotes: st.SearchStrategy[str], fields: tuple[str, ...]
) -> st.SearchStrategy[Citation]:
    field_lists: st.SearchStrategy[list[str]] = (
        st.lists(st.sampled_from(fields), unique=True, max_size=min(3, len(fields)))
        if fields
        else st.just([])
    )
    return st.builds(Citation, source=sources, quote=quotes, fields=field_lists)


# Records
#
# A record's fields are drawn from what the model declares (see maroc_ai._fields):
# the field's type and validator give the values (ids for an id, records of the
# right collections for a reference, distinct items where items may not repeat, a
# number within its bounds …), with an override only where a field needs realistic
# values (a file name, a language, a country code, a unit).


@attrs.frozen
class _Context:
    """What drawing a record needs to know: the ids it may refer to, how to cite it.

    With ``pools`` unset, references are arbitrary ids and citations arbitrary: the
    records are structurally valid only. With ``pools`` set, references come from the
    pools and each record's citations back all its facts from the ``sources`` given.
    """

    pools: Mapping[str, Sequence[str]] | None = None
    sources: Sequence[str] = ()
    _strategies: dict[Any, st.SearchStrategy[Any]] = attrs.field(factory=dict, eq=False)

    def _cached(self, key: Any, make: Callable[[], st.SearchStrategy[R]]) -> st.SearchStrategy[R]:
        if key not in self._strategies:
            self._strategies[key] = make()
        return self._strategies[key]

    def candidates(self, collections: Sequence[str]) -> st.SearchStrategy[str] | None:
        """The ids a field referring to ``collections`` may hold, or ``None`` if there are none."""
        if self.pools is None:
            return ids()
        pools = self.pools
        pool = sorted({id for name in collections for id in pools.get(name, ())})
        return self._cached(tuple(pool), lambda: st.sampled_from(pool)) if pool else None

    def nested(self, cls: type[R]) -> st.SearchStrategy[list[R]]:
        """Up to two posts or participations; none when one would refer to nothing."""
        required = [info.refers_to for info in fields_of(cls) if info.refers_to and info.required]
        if any(self.candidates(collections) is None for collections in required):
            return st.just([])
        return self._cached(("nested", cls), lambda: st.lists(self.values(cls), max_size=2))

    def values(self, cls: type[R]) -> st.SearchStrategy[R]:
        """Values of a class of the model drawn in this context: posts, quantities …"""
        return self._cached(("values", cls), lambda: _values_of(cls, self))

    def cite(self, draw: st.DrawFn, cls: type[Any], values: Mapping[str, Any]) -> list[Citation]:
        """Citations for a ``cls`` with ``values``: backing them all, or arbitrary."""
        if self.pools is None:
            return draw(_free_citations(tuple(sorted(cited_fields(cls)))))
        return _backing_citations(draw, cls, values, self.sources)


@functools.cache
def _distinct(strategy: st.SearchStrategy[R]) -> st.SearchStrategy[list[R]]:
    return st.lists(strategy, unique=True, max_size=2)


@functools.cache
def _lists(strategy: st.SearchStrategy[R], unique: bool, least: int) -> st.SearchStrategy[list[R]]:
    """Up to two items (at least ``least``), distinct if ``unique``."""
    return st.lists(strategy, unique=unique, min_size=least, max_size=2)


@functools.cache
def _free_citations(fields: tuple[str, ...]) -> st.SearchStrategy[list[Citation]]:
    """Arbitrary citations naming some of ``fields``."""
    return st.lists(citations(fields=fields), min_size=1, max_size=2)


_FREE = _Context()


def _is_set(value: object) -> bool:
    return value is not None and value != () and value != []


def _backing_citations(
    draw: st.DrawFn, cls: type[Any], values: Mapping[str, Any], sources: Sequence[str]
) -> list[Citation]:
    """Citations that back every fact of ``values`` as the checks demand.

    Each set cited field is named by one or more citations (nested posts and
    participations may name none: all their citations support all their fields); each
    verbatim string, Arabic name and alias goes into the quote of a citation
    supporting it.
    """
    nested = cls in nested_types()
    count = draw(_between(1, 3))
    indices = _between(0, count - 1)
    pieces: list[list[str]] = [[] for _ in range(count)]
    named: list[list[str]] = [[] for _ in range(count)]
    for info in fields_of(cls):
        if info.base is Citation:
            continue
        value = values[info.name]
        if isinstance(value, Names):
            for text in (value.ar, *value.aliases):
                if text is not None:
                    pieces[draw(indices)].append(text)
        if not info.cited or not _is_set(value):
            continue
        holders = sorted(draw(_holders(count, nested)))
        for index in holders:
            named[index].append(info.name)
        if info.verbatim:
            texts = value if isinstance(value, tuple) else (value,)
            for text in texts:
                pieces[_pick(draw, holders or range(count))].append(text)
    result = []
    shuffler = draw(_RANDOMS)
    for parts, fields in zip(pieces, named, strict=True):
        parts.extend(draw(_FILLER))
        if not parts:
            parts.append(draw(phrases()))
        shuffler.shuffle(parts)
        quote = _pick(draw, _SEPARATORS[1:]).join(parts)
        result.append(_new(Citation, source=_pick(draw, sources), quote=quote, fields=fields))
    return result


_FILLER = st.lists(phrases(), max_size=1)


@functools.cache
def _holders(count: int, nested: bool) -> st.SearchStrategy[set[int]]:
    """Which of ``count`` citations name a field: any number for nested facts, else one or more."""
    return st.sets(_between(0, count - 1), min_size=0 if nested else 1, max_size=count)


def _numbers(validator: object, whole: bool) -> st.SearchStrategy[Any]:
    bounds = next((v for v in walk(validator) if isinstance(v, InRange)), None)
    low = None if bounds is None else bounds.low
    high = None if bounds is None else bounds.high
    integers = st.integers(min_value=low, max_value=high)  # type: ignore[arg-type]
    if whole:
        return integers
    return integers | st.floats(
        min_value=low, max_value=high, allow_nan=False, allow_infinity=False
    )


@functools.cache
def _matching(regex: re.Pattern[str]) -> st.SearchStrategy[str]:
    return st.from_regex(regex, fullmatch=True)


def _item_strategy(info: FieldInfo, ctx: _Context) -> st.SearchStrategy[Any] | None:
    """What one item of a field is drawn from, from its type and validator alone.

    ``None`` for a reference with nothing to refer to.
    """
    base, validator = info.base, info.validator
    checks = [] if validator is None else list(walk(validator))
    for check in checks:
        if not isinstance(check, KINDS):
            raise TypeError(f"no strategy for the validator {check!r}; teach maroc_ai.testing")
    if info.refers_to is not None:
        return ctx.candidates(info.refers_to)
    if any(isinstance(v, Id) for v in checks):
        return ids()
    pattern = next((v for v in checks if isinstance(v, Pattern)), None)
    if pattern is not None:
        return _matching(pattern.regex)
    if base is str:
        return phrases()
    if base is int:
        return _numbers(validator, whole=True)
    if info.is_number:
        return _numbers(validator, whole=False)
    if base is PartialDate:
        return partial_dates()
    if info.is_enum:
        return _sampled(tuple(base))
    if base is Names:
        return names()
    if attrs.has(base):
        return ctx.values(base)
    raise TypeError(f"no strategy for {base!r}; teach maroc_ai.testing")  # pragma: no cover


def _field_value(draw: st.DrawFn, cls: type[Any], info: FieldInfo, ctx: _Context) -> Any:
    override = _OVERRIDES.get((cls, info.name))
    if override is not None:
        return draw(override)
    if info.nested:
        return tuple(draw(ctx.nested(info.base)))
    item = _item_strategy(info, ctx)
    if info.many:
        if item is None:
            return ()
        unique = any(isinstance(v, Distinct) for v in walk(info.validator))
        least = 1 if any(isinstance(v, NonEmpty) for v in walk(info.validator)) else 0
        return tuple(draw(_lists(item, unique, least)))
    if item is None:
        return None
    return draw(_optional(item)) if info.optional else draw(item)


def _values(draw: st.DrawFn, cls: type[Any], ctx: _Context, id: str | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for info in fields_of(cls):
        if info.base is Citation:
            continue
        values[info.name] = (
            id if info.name == "id" and id is not None else _field_value(draw, cls, info, ctx)
        )
    forms: tuple[str, ...] = getattr(cls, "REQUIRE_ONE_OF", ())
    if forms and cls is not Names and all(values[form] is None for form in forms):
        form = _pick(draw, forms)  # a record with no name has a label, or the other way round
        info = next(info for info in fields_of(cls) if info.name == form)
        strategy = _item_strategy(info, ctx)
        assert strategy is not None
        values[form] = draw(strategy)
    fix = _FIXES.get(cls)
    return values if fix is None else fix(values)


def _values_of(cls: type[R], ctx: _Context) -> st.SearchStrategy[R]:
    """Values of a class of the model: records, posts, quantities, coordinates …"""

    @st.composite
    def draw_one(draw: st.DrawFn) -> R:
        values = _values(draw, cls, ctx, None)
        if any(info.base is Citation for info in fields_of(cls)):
            values["citations"] = ctx.cite(draw, cls, values)
        return _new(cls, **values)

    return draw_one()


def _ordered_event(values: dict[str, Any]) -> dict[str, Any]:
    """An event never ends before it starts."""
    start, end = values["start"], values["end"]
    if start and end and start.start and end.end and end.end < start.start:
        values["start"], values["end"] = end, start  # now end.end >= start.start
    return values


def _decision(values: dict[str, Any]) -> dict[str, Any]:
    """A decision that retires ids affects the one record they find."""
    if values["former_ids"]:
        values["affects"] = values["affects"][:1]
    return values


_OVERRIDES: dict[tuple[type[Any], str], st.SearchStrategy[Any]] = {
    (Source, "file"): _FILE_STEMS.map(lambda stem: stem + ".txt"),
    (Source, "language"): st.sampled_from(("ar", "fr", "en")),
    (Organization, "country"): _optional(_sampled(_COUNTRIES)),
    (Organization, "presence"): _distinct(_sampled(_COUNTRIES)).map(tuple),
    (Facility, "energy"): _optional(_sampled(("renewable", "solar", "wind"))),
    (Target, "metric"): _sampled(_METRICS) | phrases(_LATIN),
    (Statistic, "metric"): _sampled(_METRICS) | phrases(_LATIN),
    (Quantity, "unit"): _UNIT_NAMES,
}
"""Fields drawn from realistic values rather than from their type alone."""

_FIXES: dict[type[Any], Callable[[dict[str, Any]], dict[str, Any]]] = {
    Event: _ordered_event,
    Decision: _decision,
}
"""What holds across the fields of a record that no field's validator says."""


def _record(draw: st.DrawFn, ctx: _Context, cls: type[R], id: str) -> R:
    values = _values(draw, cls, ctx, id)
    return _new(cls, **values, citations=ctx.cite(draw, cls, values))


_Builder = Callable[[st.DrawFn, _Context, str], R]


def _builder(cls: type[R]) -> _Builder[R]:
    return lambda draw, ctx, id: _record(draw, ctx, cls, id)


_BUILDERS: dict[str, _Builder[Any]] = {name: _builder(cls) for name, cls in COLLECTIONS.items()}


@st.composite
def _free(draw: st.DrawFn, build: _Builder[R]) -> R:
    return build(draw, _FREE, draw(ids()))


def sources() -> st.SearchStrategy[Source]:
    """Structurally valid sources, with a plain ``.txt`` file name.

    Returns:
        A strategy of [`Source`][maroc_ai.Source] records.

    """
    return _free(_builder(Source))


def places() -> st.SearchStrategy[Place]:
    """Structurally valid places.

    Returns:
        A strategy of [`Place`][maroc_ai.Place] records.

    """
    return _free(_builder(Place))


def organizations() -> st.SearchStrategy[Organization]:
    """Structurally valid organizations; ``parent`` and ``place`` are arbitrary ids.

    Returns:
        A strategy of [`Organization`][maroc_ai.Organization] records.

    """
    return _free(_builder(Organization))


def posts() -> st.SearchStrategy[Post]:
    """Structurally valid posts of an official.

    Returns:
        A strategy of [`Post`][maroc_ai.Post] values.

    """
    return _FREE.values(Post)


def officials() -> st.SearchStrategy[Official]:
    """Structurally valid officials, with up to two posts.

    Returns:
        A strategy of [`Official`][maroc_ai.Official] records.

    """
    return _free(_builder(Official))


def participations() -> st.SearchStrategy[Participation]:
    """Structurally valid participations of an official in a signing or an event.

    Returns:
        A strategy of [`Participation`][maroc_ai.Participation] values.

    """
    return _FREE.values(Participation)


def partnerships() -> st.SearchStrategy[Partnership]:
    """Structurally valid partnerships; their references are arbitrary ids.

    Returns:
        A strategy of [`Partnership`][maroc_ai.Partnership] records.

    """
    return _free(_builder(Partnership))


def facilities() -> st.SearchStrategy[Facility]:
    """Structurally valid facilities; their references are arbitrary ids.

    Returns:
        A strategy of [`Facility`][maroc_ai.Facility] records.

    """
    return _free(_builder(Facility))


def targets() -> st.SearchStrategy[Target]:
    """Structurally valid targets, each with a quantity; ``scope`` is an arbitrary id.

    Returns:
        A strategy of [`Target`][maroc_ai.Target] records.

    """
    return _free(_builder(Target))


def statistics() -> st.SearchStrategy[Statistic]:
    """Structurally valid statistics, each with a quantity; ``scope`` is an arbitrary id.

    Returns:
        A strategy of [`Statistic`][maroc_ai.Statistic] records.

    """
    return _free(_builder(Statistic))


def decisions() -> st.SearchStrategy[Decision]:
    """Structurally valid decisions; the records they affect are arbitrary ids.

    Returns:
        A strategy of [`Decision`][maroc_ai.Decision] records.

    """
    return _free(_builder(Decision))


def programs() -> st.SearchStrategy[Program]:
    """Structurally valid programs; their references are arbitrary ids.

    Returns:
        A strategy of [`Program`][maroc_ai.Program] records.

    """
    return _free(_builder(Program))


def events() -> st.SearchStrategy[Event]:
    """Structurally valid events, never ending before they start.

    Returns:
        A strategy of [`Event`][maroc_ai.Event] records.

    """
    return _free(_builder(Event))


def records() -> st.SearchStrategy[Record]:
    """Structurally valid records of any collection.

    Returns:
        A strategy drawing from each of the record strategies.

    """
    return st.one_of(*(_free(build) for build in _BUILDERS.values()))


# Datasets


def _all_citations(record: Any) -> list[Citation]:
    found = list(record.citations)
    for nested in (*getattr(record, "posts", ()), *getattr(record, "participants", ())):
        found.extend(nested.citations)
    return found


def _text_of(draw: st.DrawFn, quotes: Sequence[str]) -> str:
    """A text holding every quote, in any order, between separators and filler."""
    order = list(quotes)
    draw(_RANDOMS).shuffle(order)
    parts = [draw(_GAPS)]
    for quote in order:
        parts += [quote, draw(_GAPS)]
    return "".join(parts)


_GAPS = st.sampled_from(_SEPARATORS) | phrases().map(lambda text: f" {text} ")


_RECORD_COLLECTIONS = tuple(name for name in COLLECTIONS if name != "sources")


@functools.cache
def _id_lists(count: int) -> st.SearchStrategy[list[str]]:
    return st.lists(ids(), min_size=count, max_size=count)


def _distinct_ids(draw: st.DrawFn, count: int) -> list[str]:
    """``count`` distinct ids; repeats get a suffix, so no draw is ever rejected."""
    seen: set[str] = set()
    result = []
    for id in draw(_id_lists(count)):
        while id in seen:
            id += "-x"
        seen.add(id)
        result.append(id)
    return result


_SPARE = 2
"""Ids drawn beside a dataset's own, for its decisions to have retired."""


def _needs(cls: type[Any]) -> list[tuple[str, ...]]:
    """The collections each reference a record of ``cls`` must make refers into."""
    return [
        info.refers_to
        for info in fields_of(cls)
        if info.refers_to
        and (info.required or any(isinstance(v, NonEmpty) for v in walk(info.validator)))
    ]


def _drop_unfounded(pools: dict[str, list[str]]) -> None:
    """Empty the pool of a collection whose records would need a reference to nothing.

    A target needs something to belong to; a decision a record it affects.
    """
    changed = True
    while changed:
        changed = False
        for name, cls in COLLECTIONS.items():
            if not pools[name]:
                continue
            for collections in _needs(cls):
                if not any(pools[target] for target in collections):
                    pools[name] = []
                    changed = True
                    break


def _retiring(
    draw: st.DrawFn, decisions: tuple[Decision, ...], spare: list[str]
) -> tuple[Decision, ...]:
    """The decisions with ids none of the dataset's records has as their former ids."""
    result = []
    left = list(spare)
    for decision in decisions:
        count = draw(_between(0, len(left)))
        retired, left = tuple(left[:count]), left[count:]
        affects = decision.affects[:1] if retired else decision.affects
        result.append(attrs.evolve(decision, former_ids=retired, affects=affects))
    return tuple(result)


@st.composite
def _datasets(draw: st.DrawFn, min_records: int, max_records: int) -> Dataset:
    total = draw(_between(min_records, max_records))
    if total == 0:
        return Dataset()
    all_ids = _distinct_ids(draw, total + _SPARE)
    all_ids, spare = all_ids[:total], all_ids[total:]
    n_sources = draw(_between(1, min(3, total)))
    pools: dict[str, list[str]] = {name: [] for name in COLLECTIONS}
    pools["sources"] = all_ids[:n_sources]
    for id in all_ids[n_sources:]:
        pools[_pick(draw, _RECORD_COLLECTIONS)].append(id)
    _drop_unfounded(pools)
    ctx = _Context(pools=pools, sources=pools["sources"])
    collections: dict[str, Any] = {
        name: tuple(_BUILDERS[name](draw, ctx, id) for id in pools[name]) for name in COLLECTIONS
    }
    collections["decisions"] = _retiring(draw, collections["decisions"], spare)
    quotes: dict[str, list[str]] = {id: [] for id in pools["sources"]}
    for records in collections.values():
        for record in records:
            for citation in _all_citations(record):
                quotes[citation.source].append(citation.quote)
    texts = {id: _text_of(draw, found) for id, found in quotes.items()}
    collections["sources"] = tuple(
        _with_text(source, index, texts) for index, source in enumerate(collections["sources"])
    )
    return Dataset(**collections, texts=texts)


def _with_text(source: Source, index: int, texts: Mapping[str, str]) -> Source:
    """A source with a file name of its own, and its text's fingerprint if it has one.

    No two sources share a file, so no text overwrites another.
    """
    sha256 = None if source.sha256 is None else Source.fingerprint(texts[source.id])
    return attrs.evolve(source, file=f"{index:03}_{source.file}", sha256=sha256)


def datasets(*, min_records: int = 0, max_records: int = 10) -> st.SearchStrategy[Dataset]:
    """Fully valid datasets: ``dataset.problems() == []`` and they load back as written.

    Every reference resolves in a collection its field allows, ids are unique, every
    fact is named by a citation, and every quote, built from the record's verbatim
    strings and names, stands in the text of its source. Each source has a distinct
    plain file name and a text, so [`write`][maroc_ai.dataset.Dataset.write] and
    [`load`][maroc_ai.load] round-trip it.

    Args:
        min_records: The fewest records a dataset may hold.
        max_records: The most records a dataset may hold, posts and participations not
            counted. Keep it small: each record brings several citations.

    Returns:
        A strategy of valid [`Dataset`][maroc_ai.Dataset] objects. A dataset with any
        record holds at least one source; some collections may be empty.

    """
    if not 0 <= min_records <= max_records:
        raise ValueError("expected 0 <= min_records <= max_records")
    return _datasets(min_records, max_records)
