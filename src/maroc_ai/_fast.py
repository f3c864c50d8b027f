"""Building records from JSON fast, with code generated from the model's declarations.

The detailed path (`maroc_ai._convert`: cattrs with detailed validation, then the
classes' constructors and their validators) says exactly what is wrong with a record,
at a cost. Most records have nothing wrong; for them the functions generated here
build the same record several times faster. For each class, at its first use, one
function is written from the class's fields (their types, defaults, converters and
validators, see `maroc_ai._validators`): it checks the JSON types as the
converter's hooks do and each value as the field's validator does, then sets the
fields of a new instance directly and runs the class's ``__attrs_post_init__``.

It is never looser than the detailed path: when it raises (anything), the loader
passes the record to the detailed path, which builds it or reports its problems. A
field whose validator or converter it does not know stops the generation with a
`TypeError`, so a new rule can never be skipped silently. The source of each
function is registered with `linecache`, so tracebacks show it.

The same declarations give `unstructure`: a record as JSON-ready data, without
cattrs. Strings of ids, references and fields marked ``shared`` (source ids, field
names, units …) are interned, so a large dataset keeps one copy of each; dates are
parsed once per text.
"""

from __future__ import annotations

import enum
import math
import re
import sys
from collections.abc import Callable
from typing import Any

import attrs

from ._codegen import Writer
from ._fields import SHARED, FieldInfo, fields_of
from ._validators import (
    All,
    Distinct,
    Each,
    Id,
    InRange,
    NonEmpty,
    Number,
    Optional,
    Pattern,
    Reference,
    Text,
    WholeNumber,
    walk,
)
from .values import AS_TUPLE, PartialDate

__all__ = ["BUILDERS", "UNSTRUCTURERS", "structure", "unstructure"]


class _Invalid(Exception):
    """Not for the fast path: the detailed path will say what is wrong, if anything."""


_MISSING = object()

_dates: dict[str, PartialDate] = {}
"""Dates parsed so far by their text: a ``PartialDate`` is immutable, so records share them."""


def _date(value: object) -> PartialDate:
    if type(value) is not str:
        raise _Invalid
    date = _dates.get(value)
    if date is None:
        if len(_dates) >= 100_000:
            _dates.clear()
        date = _dates[value] = PartialDate.parse(value)
    return date


def _whole(value: object) -> int:
    """A JSON number with no fractional part, as an int (JSON has one kind of number)."""
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise _Invalid


# -- structuring ---------------------------------------------------------------------


def _interned(info: FieldInfo) -> bool:
    if info.attribute.metadata.get(SHARED):
        return True
    return any(isinstance(v, (Id, Reference)) for v in walk(info.validator))


def _item_code(w: Writer, info: FieldInfo, var: str, indent: int) -> bool:
    """Code that turns the JSON value in ``var`` into one item of the field, in place.

    Returns whether the code leaves a string checked as such, so checks need not again.
    """
    base = info.base
    if base is str:
        w.line(indent, f"if type({var}) is not str: raise _Invalid")
        if _interned(info):
            w.line(indent, f"{var} = {w.name(sys.intern, 'intern')}({var})")
        return True
    if base is int:
        w.line(indent, f"{var} = {w.name(_whole, 'whole')}({var})")
    elif info.is_number:
        isfinite = w.name(math.isfinite, "isfinite")
        w.line(
            indent,
            f"if type({var}) is not int and (type({var}) is not float or not {isfinite}({var})):"
            " raise _Invalid",
        )
    elif base is PartialDate:
        w.line(indent, f"{var} = {w.name(_date, 'date')}({var})")
    elif info.is_enum:
        members = {member.value: member for member in base}
        w.line(indent, f"{var} = {w.name(members, 'members')}[{var}]")  # KeyError, TypeError
    elif attrs.has(base):
        w.line(indent, f"{var} = {w.name(BUILDERS[base], 'build')}({var})")
    else:
        raise TypeError(
            f"{info.attribute.name}: no fast structuring for {base!r}; teach maroc_ai._fast"
        )
    return False


def _regex(validator: Id | Reference | Pattern) -> re.Pattern[str]:
    if isinstance(validator, Pattern):
        return validator.regex
    return validator.pattern if isinstance(validator, Id) else validator.id.pattern


def _check_code(
    w: Writer, validator: object, var: str, indent: int, *, typed: bool, depth: int = 0
) -> None:
    """Code that raises ``_Invalid`` where ``validator`` would refuse the value in ``var``.

    ``typed``: the value (or each item) is known to be a string already.
    """
    is_str = "" if typed else f"type({var}) is not str or "
    if isinstance(validator, Text):
        w.line(indent, f"if {is_str}not {var}.strip(): raise _Invalid")
    elif isinstance(validator, (Id, Reference, Pattern)):
        match = w.name(_regex(validator).fullmatch, "match")
        w.line(indent, f"if {is_str}not {match}({var}): raise _Invalid")
    elif isinstance(validator, Number):
        isfinite = w.name(math.isfinite, "isfinite")
        w.line(
            indent,
            f"if type({var}) is not int and (type({var}) is not float or not {isfinite}({var})):"
            " raise _Invalid",
        )
    elif isinstance(validator, WholeNumber):
        w.line(indent, f"if type({var}) is not int: raise _Invalid")
    elif isinstance(validator, InRange):
        low, high = w.name(validator.low, "low"), w.name(validator.high, "high")
        w.line(indent, f"if not {low} <= {var} <= {high}: raise _Invalid")
    elif isinstance(validator, NonEmpty):
        w.line(indent, f"if not {var}: raise _Invalid")
    elif isinstance(validator, Distinct):
        w.line(indent, f"if len({var}) > 1 and len(set({var})) != len({var}): raise _Invalid")
    elif isinstance(validator, Each):
        item = f"_i{depth}"
        w.line(indent, f"for {item} in {var}:")
        _check_code(w, validator.item, item, indent + 1, typed=typed, depth=depth + 1)
    elif isinstance(validator, Optional):
        w.line(indent, f"if {var} is not None:")
        _check_code(w, validator.inner, var, indent + 1, typed=typed, depth=depth)
    elif isinstance(validator, All):
        for inner in validator.validators:
            _check_code(w, inner, var, indent, typed=typed, depth=depth)
    else:
        raise TypeError(f"no fast check for the validator {validator!r}; teach maroc_ai._fast")


def _converter_known(info: FieldInfo) -> None:
    converter = info.attribute.converter
    if converter is None:
        return
    if converter is AS_TUPLE and info.many:
        return
    if info.is_enum and converter is info.base:
        return
    raise TypeError(
        f"{info.attribute.name}: no fast structuring for the converter {converter!r}; "
        "teach maroc_ai._fast"
    )


_EMPTY: tuple[()] = ()


def _read_list(w: Writer, info: FieldInfo) -> None:
    """Code that reads a JSON list into ``v`` and opens the block for a non-empty one.

    An absent or empty list is the shared empty tuple; anything else than a list raises.
    """
    if info.required:
        w.line(1, f"v = d[{info.name!r}]")
        w.line(1, "if type(v) is not list: raise _Invalid")
    else:
        if info.default != ():
            raise TypeError(f"{info.name}: no fast structuring for the default {info.default!r}")
        w.line(1, f"v = get({info.name!r}, _EMPTY)")
        w.line(1, "if v is _EMPTY: pass")
        w.line(1, "elif type(v) is not list: raise _Invalid")
    w.line(1, "elif not v: v = _EMPTY")
    w.line(1, "else:")


def _many_code(w: Writer, info: FieldInfo) -> bool:
    """Code that reads a tuple field into ``v``; returns whether its items are known strings."""
    _read_list(w, info)
    if info.base is str:
        if _interned(info):
            w.line(2, f"v = tuple(map({w.name(sys.intern, 'intern')}, v))  # TypeError if not str")
        else:
            w.line(2, "for x in v:")
            w.line(3, "if type(x) is not str: raise _Invalid")
            w.line(2, "v = tuple(v)")
        return True
    if attrs.has(info.base) and info.base is not PartialDate:
        w.line(2, f"v = tuple(map({w.name(BUILDERS[info.base], 'build')}, v))")
        return False
    w.line(2, "items = []")
    w.line(2, "append = items.append")
    w.line(2, "for x in v:")
    _item_code(w, info, "x", 3)
    w.line(3, "append(x)")
    w.line(2, "v = tuple(items)")
    return False


_REMEMBERED = 10_000
"""How many tuples of a shared field a builder remembers (past it, it forgets them all)."""


def _shared_many_code(w: Writer, info: FieldInfo) -> None:
    """Code for a tuple of shared strings (the fields a citation names …), remembered.

    Such tuples come from a small vocabulary: each one seen is checked once and then
    shared by every record that has the same items.
    """
    seen = w.name({}, "seen")
    _read_list(w, info)
    w.line(2, "key = tuple(v)")
    w.line(2, f"v = {seen}.get(key)  # TypeError if an item can't be hashed")
    w.line(2, "if v is None:")
    w.line(3, f"v = tuple(map({w.name(sys.intern, 'intern')}, key))  # TypeError if not str")
    if info.validator is not None:
        _check_code(w, info.validator, "v", 3, typed=True)
    w.line(3, f"if len({seen}) >= {_REMEMBERED}: {seen}.clear()")
    w.line(3, f"{seen}[key] = v")
    if not _accepts_empty(info):
        w.line(1, "if not v: raise _Invalid")
    w.line(1, f"{w.name(_slot(w.cls, info.name), 'set')}(record, v)")


def _accepts_empty(info: FieldInfo) -> bool:
    """Whether the field's validator lets it hold no items, asked of the validator itself."""
    if info.validator is None:
        return True
    try:
        info.validator(None, info.attribute, ())
    except Exception:
        return False
    return True


def _field_code(w: Writer, info: FieldInfo) -> None:
    name = info.name
    _converter_known(info)
    if info.many and info.base is str and info.attribute.metadata.get(SHARED):
        _shared_many_code(w, info)
        return
    if info.many:
        typed = _many_code(w, info)
    elif info.required:
        w.line(1, f"v = d[{name!r}]")
        typed = _item_code(w, info, "v", 1)
    elif info.optional and info.default is None:
        w.line(1, f"v = get({name!r})")
        w.line(1, "if v is not None:")
        typed = _item_code(w, info, "v", 2)
    else:
        w.line(1, f"v = get({name!r}, _MISSING)")
        w.line(1, "if v is _MISSING:")
        w.line(2, f"v = {w.name(info.default, 'default')}")
        w.line(1, "else:")
        typed = _item_code(w, info, "v", 2) and not info.optional
    if info.validator is not None:
        _check_code(w, info.validator, "v", 1, typed=typed)
    slot = w.name(_slot(w.cls, name), "set")
    w.line(1, f"{slot}(record, v)")


def _slot(cls: type[Any], name: str) -> Callable[[Any, Any], None]:
    """Sets the slot ``name`` of a ``cls`` directly, past the frozen class's ``__setattr__``."""
    return cls.__dict__[name].__set__  # type: ignore[no-any-return]


def _make_builder(cls: type[Any]) -> Callable[[Any], Any]:
    w = Writer(cls, "structure", {"_Invalid": _Invalid, "_MISSING": _MISSING, "_EMPTY": ()})
    keys = w.name(frozenset(info.name for info in fields_of(cls)), "keys")
    new = w.name(object.__new__, "new")
    w.line(0, "def structure(d):")
    w.line(1, f"if type(d) is not dict or not {keys}.issuperset(d): raise _Invalid")
    w.line(1, "get = d.get")
    w.line(1, f"record = {new}({w.name(cls, 'cls')})")
    for info in fields_of(cls):
        _field_code(w, info)
    if hasattr(cls, "__attrs_post_init__"):
        w.line(1, "record.__attrs_post_init__()")
    w.line(1, "return record")
    return w.compile("structure")


class _Builders(dict[type[Any], Callable[[Any], Any]]):
    """The generated function of each class, written at its first use."""

    def __init__(self, make: Callable[[type[Any]], Callable[[Any], Any]]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, cls: type[Any]) -> Callable[[Any], Any]:
        if not attrs.has(cls):
            raise KeyError(cls)
        made = self[cls] = self._make(cls)
        return made


BUILDERS: dict[type[Any], Callable[[Any], Any]] = _Builders(_make_builder)
"""The fast builder of each class a record is made of, generated at its first use."""


def structure(data: object, cls: type[Any]) -> Any:
    """Build a ``cls`` from JSON data, or raise (anything) for the detailed path to take over."""
    return BUILDERS[cls](data)


# -- unstructuring -------------------------------------------------------------------


def _value_code(w: Writer, info: FieldInfo, var: str) -> str:
    """An expression for the JSON form of one item of the field, held in ``var``."""
    base = info.base
    if base is PartialDate:
        return f"{var}.isoformat()"
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return f"{var}.value"
    if attrs.has(base):
        return f"{w.name(UNSTRUCTURERS, 'unstructurers')}[{w.name(base, 'cls')}]({var})"
    return var


def _make_unstructurer(cls: type[Any]) -> Callable[[Any], Any]:
    w = Writer(cls, "unstructure", {})
    w.line(0, "def unstructure(record):")
    w.line(1, "return {")
    for info in fields_of(cls):
        value = f"record.{info.name}"
        item = _value_code(w, info, "x")
        if info.many:
            expression = f"list({value})" if item == "x" else f"[{item} for x in {value}]"
        elif item == "x":
            expression = value
        elif info.optional:
            expression = f"(None if {value} is None else {_value_code(w, info, value)})"
        else:
            expression = _value_code(w, info, value)
        w.line(2, f"{info.name!r}: {expression},")
    w.line(1, "}")
    return w.compile("unstructure")


UNSTRUCTURERS: dict[type[Any], Callable[[Any], Any]] = _Builders(_make_unstructurer)
"""The generated function that gives each class's JSON form, written at its first use."""


def unstructure(value: Any) -> Any:
    """The JSON form of a record or value of the model (or a list or tuple of them)."""
    if isinstance(value, (list, tuple)):
        return [unstructure(item) for item in value]
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return UNSTRUCTURERS[type(value)](value)
