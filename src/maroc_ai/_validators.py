"""The checks a field's value must pass, as objects that say what they check.

Each validator is an attrs validator (called with the instance, the attribute and the
value) and a frozen object whose attributes are its parameters: the pattern an id
follows, the bounds of a number, the collections a reference points into. The fast
loader, the JSON Schema, the hypothesis strategies and the msgspec mirror are all
derived from these objects, so each rule is written once, here; every one of them
refuses a validator it does not know rather than skip it.

A field has at most one validator: `All` combines several, `Optional`
lets ``None`` through, `Each` applies one to every item of a tuple.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

import attrs

__all__ = [
    "ID_PATTERN",
    "All",
    "Distinct",
    "Each",
    "Id",
    "InRange",
    "NonEmpty",
    "Number",
    "Optional",
    "Pattern",
    "Reference",
    "Text",
    "Validator",
    "WholeNumber",
    "walk",
]

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""What an id looks like: lowercase letters and digits joined by single hyphens."""


def _type_name(value: object) -> str:
    return type(value).__name__


class _Check:
    """What every validator has: its parameters as slots, equality and a repr by them.

    Written by hand rather than with attrs so that creating the classes costs nothing
    at import: they are made before any record class, on every ``import maroc_ai``.
    """

    __slots__: tuple[str, ...] = ()

    def _parameters(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._parameters() == other._parameters()

    def __hash__(self) -> int:
        return hash((type(self), self._parameters()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(map(repr, self._parameters()))})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)


class Text(_Check):
    """A string with more than white space in it."""

    __slots__ = ()
    items = "non-empty strings"

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise TypeError(f"{attribute.name} must be a string, not {_type_name(value)}")
        if not value.strip():
            raise ValueError(f"{attribute.name} must not be empty; leave it out instead")


class Id(_Check):
    """A record's id: lowercase letters and digits joined by single hyphens (``mistral-ai``)."""

    __slots__ = ("pattern",)
    items = "ids (lowercase letters and digits joined by single hyphens)"
    pattern: re.Pattern[str]

    def __init__(self, pattern: re.Pattern[str] = ID_PATTERN) -> None:
        self._set(pattern=pattern)

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str) or not self.pattern.fullmatch(value):
            raise ValueError(
                f"{attribute.name} {value!r} is not an id: use lowercase letters and digits "
                "joined by single hyphens, e.g. 'mistral-ai'"
            )


class Pattern(_Check):
    r"""A string the regular expression ``regex`` matches whole; ``what`` says what that is.

    The expression keeps to what Python's `re` and JSON Schema's regular
    expressions read alike (ASCII character classes, no ``\s``, ``\w`` or ``$``), so
    the schema derived from it (anchored at both ends) accepts exactly the strings this
    validator accepts.
    """

    __slots__ = ("regex", "what")
    regex: re.Pattern[str]
    what: str

    def __init__(self, regex: re.Pattern[str], what: str) -> None:
        self._set(regex=regex, what=what)

    @property
    def items(self) -> str:
        """What several values passing this validator are, for messages."""
        return f"strings that are each {self.what}"

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise TypeError(f"{attribute.name} must be a string, not {_type_name(value)}")
        if not self.regex.fullmatch(value):
            raise ValueError(f"{attribute.name} {value!r} is not {self.what}")


class Reference(_Check):
    """The id of a record in one of ``collections``; that it exists is checked across records."""

    __slots__ = ("collections", "id")
    collections: tuple[str, ...]
    id: Id

    def __init__(self, collections: tuple[str, ...], id: Id | None = None) -> None:
        self._set(collections=tuple(collections), id=Id() if id is None else id)

    @property
    def items(self) -> str:
        """What several values passing this validator are, for messages."""
        return f"ids of records in {' or '.join(self.collections)}"

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        self.id(instance, attribute, value)


class Number(_Check):
    """A finite number: an int or a float, not a boolean, not NaN or infinite."""

    __slots__ = ()

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{attribute.name} must be a number, not {_type_name(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{attribute.name} must be finite, not {value}")


class WholeNumber(_Check):
    """An int, not a boolean."""

    __slots__ = ()

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{attribute.name} must be a whole number, not {_type_name(value)}")


class InRange(_Check):
    """A number from ``low`` to ``high``, both included."""

    __slots__ = ("high", "low")
    low: int | float
    high: int | float

    def __init__(self, low: int | float, high: int | float) -> None:
        self._set(low=low, high=high)

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not self.low <= value <= self.high:
            raise ValueError(f"{attribute.name} {value} is out of range {self.low}..{self.high}")


class NonEmpty(_Check):
    """A tuple with at least one item; ``what`` says what the items are, for the message."""

    __slots__ = ("what",)
    what: str

    def __init__(self, what: str = "item") -> None:
        self._set(what=what)

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not value:
            raise ValueError(
                f"{attribute.name} must not be empty: a record needs at least one {self.what}"
            )


class Distinct(_Check):
    """A tuple in which no item is repeated."""

    __slots__ = ()

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if len(set(value)) != len(value):
            raise ValueError(f"{attribute.name} must not repeat a value")


class Each(_Check):
    """Every item of a tuple passes ``item``."""

    __slots__ = ("item",)
    item: Validator

    def __init__(self, item: Validator) -> None:
        self._set(item=item)

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for item in value:
            try:
                self.item(instance, attribute, item)
            except (TypeError, ValueError) as error:
                what = getattr(self.item, "items", None)
                if what is None:
                    raise
                raise type(error)(f"{attribute.name} must hold {what}, got {item!r}") from None


class Optional(_Check):
    """``None``, or a value that passes ``inner``."""

    __slots__ = ("inner",)
    inner: Validator

    def __init__(self, inner: Validator) -> None:
        self._set(inner=inner)

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            self.inner(instance, attribute, value)


class All(_Check):
    """A value that passes each of ``validators``, checked in order."""

    __slots__ = ("validators",)
    validators: tuple[Validator, ...]

    def __init__(self, validators: tuple[Validator, ...]) -> None:
        self._set(validators=tuple(validators))

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        for validator in self.validators:
            validator(instance, attribute, value)


Validator = (
    Text
    | Id
    | Pattern
    | Reference
    | Number
    | WholeNumber
    | InRange
    | NonEmpty
    | Distinct
    | Each
    | Optional
    | All
)
"""Every kind of validator a field of the model may have."""

KINDS: tuple[type[Any], ...] = (
    Text,
    Id,
    Pattern,
    Reference,
    Number,
    WholeNumber,
    InRange,
    NonEmpty,
    Distinct,
    Each,
    Optional,
    All,
)
"""The validator classes, for code that derives something from each of them."""


def walk(validator: object) -> Iterator[object]:
    """The validator and every validator inside it (of `All`, `Optional` …)."""
    yield validator
    if isinstance(validator, All):
        for inner in validator.validators:
            yield from walk(inner)
    elif isinstance(validator, Optional):
        yield from walk(validator.inner)
    elif isinstance(validator, Each):
        yield from walk(validator.item)
