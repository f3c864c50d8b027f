"""Turning records into JSON-ready data and back, strictly.

The converter is cattrs with hooks that refuse what JSON readers usually let slip:
a number where a string belongs, ``true`` where a number belongs, a string where a
list belongs, unknown keys. Each refusal comes back as ``(path, message)`` pairs so a
loader can report every problem of a record at once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from ._english import with_article
from ._json import json_type
from .values import PartialDate

__all__ = ["converter", "describe_errors", "structure", "unstructure"]

T = TypeVar("T")


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {json_type(value)}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # JSON has one kind of number: 2030.0 is the whole number 2030
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {json_type(value)}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {json_type(value)}")
    return value


def _structure_number(value: object, _: type) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, got {json_type(value)}")
    return value


def _structure_date(value: object, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected a date string such as '2025-09-12', got {json_type(value)}")
    return PartialDate.parse(value)


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    allowed = ", ".join(repr(member.value) for member in cls)

    def structure(value: object, _: type) -> enum.Enum:
        for member in cls:
            if member.value == value and type(member.value) is type(value):
                return member
        raise ValueError(
            f"{value!r} is not {with_article(cls.__name__)}: expected one of {allowed}"
        )

    return structure


def _is_homogeneous_tuple(cls: Any) -> bool:
    args: tuple[Any, ...] = getattr(cls, "__args__", ())
    return getattr(cls, "__origin__", None) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(cls: Any, conv: cattrs.Converter) -> Callable[[object, type], tuple[Any, ...]]:
    """Tuples come from JSON lists only: a string is not a list of its letters."""
    inner = homogenous_tuple_structure_factory(cls, conv)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {json_type(value)}")
        return inner(value, cls)  # type: ignore[no-any-return]

    return structure


def _attrs_hook(cls: type[T], conv: cattrs.Converter) -> Callable[[object, type], T]:
    inner = make_dict_structure_fn(cls, conv)
    fields = ", ".join(field.name for field in attrs.fields(cls))  # type: ignore[arg-type]

    def structure(value: object, _: type) -> T:
        if not isinstance(value, dict):
            raise TypeError(
                f"expected an object with the fields of {cls.__name__} ({fields}), "
                f"got {json_type(value)}"
            )
        return inner(value, cls)

    return structure


def make_converter() -> cattrs.Converter:
    """A strict converter for the model, with dates as ISO 8601 strings."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(int | float, _structure_number)
    conv.register_structure_hook(PartialDate, _structure_date)
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_structure_hook_factory(attrs.has, _attrs_hook)
    conv.register_unstructure_hook_func(
        lambda cls: cls is tuple or getattr(cls, "__origin__", None) is tuple,
        lambda value: [conv.unstructure(item) for item in value],
    )
    return conv


converter = make_converter()
"""The converter the loader and exporter use."""


def structure(data: object, cls: type[T]) -> T:
    """Build a ``cls`` from JSON-ready ``data``; raises cattrs errors, see `describe_errors`."""
    return converter.structure(data, cls)


def unstructure(value: object) -> Any:
    """The JSON-ready form of ``value``: dicts, lists, strings, numbers, ``None``."""
    return converter.unstructure(value)


def describe_errors(error: BaseException, path: str = "") -> Iterator[tuple[str, str]]:
    """Every ``(field path, message)`` inside a cattrs error, e.g. ``("date", "…")``."""
    if isinstance(error, (ClassValidationError, IterableValidationError)):
        with_notes, without_notes = error.group_exceptions()
        for sub, note in with_notes:
            step = (
                f"[{note.index}]" if isinstance(note, IterableValidationNote) else f".{note.name}"
            )
            yield from describe_errors(sub, path + step)
        for sub in without_notes:
            yield from describe_errors(sub, path)
    elif isinstance(error, BaseValidationError):
        for sub in error.exceptions:
            yield from describe_errors(sub, path)
    else:
        yield path.lstrip("."), _message(error)


def _message(error: BaseException) -> str:
    if isinstance(error, ForbiddenExtraKeysError):
        removed: dict[str, str] = getattr(error.cl, "REMOVED_FIELDS", {})
        hints = [removed[name] for name in sorted(error.extra_fields) if name in removed]
        hint = f" ({'; '.join(hints)})" if hints else ""
        return f"unknown fields: {', '.join(sorted(error.extra_fields))}{hint}"
    if isinstance(error, KeyError):
        return "required field missing"
    return str(error)
