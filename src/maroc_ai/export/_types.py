"""What the exporters need to know about a field's type, read from the model's annotations."""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs

__all__ = ["FieldType", "field_types"]


@attrs.frozen
class FieldType:
    """A field's type, unwrapped: ``base`` is the class, or ``int | float`` for a number."""

    name: str
    base: Any
    optional: bool
    many: bool
    """A tuple of ``base``."""
    required: bool
    """The field has no default, so every record states it."""
    field: attrs.Attribute[Any]

    @property
    def is_enum(self) -> bool:
        """Whether ``base`` is an enum."""
        return isinstance(self.base, type) and issubclass(self.base, enum.Enum)

    @property
    def is_number(self) -> bool:
        """Whether ``base`` is ``int | float``."""
        return _is_number(self.base)


def _is_number(tp: Any) -> bool:
    return set(typing.get_args(tp)) == {int, float}


def _unwrap(tp: Any) -> tuple[Any, bool, bool]:
    optional = many = False
    args = typing.get_args(tp)
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        rest = tuple(arg for arg in args if arg is not type(None))
        optional = len(rest) < len(args)
        tp = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
    if typing.get_origin(tp) is tuple:
        many = True
        tp = typing.get_args(tp)[0]
    return tp, optional, many


_CACHE: dict[type[Any], tuple[FieldType, ...]] = {}


def field_types(cls: type[Any]) -> tuple[FieldType, ...]:
    """The fields of an attrs class, in order, with their types unwrapped."""
    if cls not in _CACHE:
        _CACHE[cls] = _field_types(cls)
    return _CACHE[cls]


def _field_types(cls: type[Any]) -> tuple[FieldType, ...]:
    hints = typing.get_type_hints(cls)
    result = []
    for field in attrs.fields(cls):
        base, optional, many = _unwrap(hints[field.name])
        result.append(
            FieldType(
                name=field.name,
                base=base,
                optional=optional,
                many=many,
                required=field.default is attrs.NOTHING,
                field=field,
            )
        )
    return tuple(result)
