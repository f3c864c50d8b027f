"""What the model says about each field, read once from the attrs classes.

The model declares each field once ([`maroc_ai.model`][maroc_ai.model]): its type, its default,
its validator and its metadata. Everything that works field by field (loading,
checking, history, exports, strategies, the JSON Schema) reads that declaration
through `fields_of` rather than restating it:

* ``cited``: the field states a fact, so when it is set some citation of the record
  must name it in ``fields``;
* ``verbatim``: the field holds the source's own words, so each of its strings must
  stand in the quote of a citation supporting the field;
* ``nested``: the field holds posts or participations, each a fact with citations of
  its own (see `supporting`);
* ``shared``: the field's strings come from a small vocabulary (source ids, field
  names, units, country codes), so loading keeps one copy of each;
* a `Reference` validator: the field holds ids of
  records in the collections it names.
"""

from __future__ import annotations

import builtins
import enum
import functools
import keyword
import operator
import sys
import types
import typing
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from ._validators import Reference, walk

if TYPE_CHECKING:
    from .values import Citation

__all__ = [
    "CITED",
    "NESTED",
    "SHARED",
    "VERBATIM",
    "FieldInfo",
    "cited_fields",
    "fields_of",
    "names_in",
    "supporting",
]

CITED = "maroc_ai.cited"
VERBATIM = "maroc_ai.verbatim"
NESTED = "maroc_ai.nested"
SHARED = "maroc_ai.shared"


class FieldInfo(NamedTuple):
    """A field of a model class, as the code that derives things from the model sees it.

    A named tuple, not an attrs class: it is made when the library is imported, and a
    named tuple's class costs a quarter of an attrs class's to make.
    """

    name: str
    attribute: attrs.Attribute[Any]
    base: Any
    """The class the field holds (``str``, ``PartialDate``, an enum, an attrs class …),
    or ``int | float`` for a number; ``X | None`` and ``tuple[X, ...]`` unwrapped."""
    optional: bool
    """The field may be ``None``."""
    many: bool
    """The field is a tuple of ``base``."""
    required: bool
    """The field has no default, so every record states it."""
    cited: bool
    verbatim: bool
    nested: bool
    refers_to: tuple[str, ...] | None
    """The collections the ids it holds belong to, for a reference."""

    @property
    def default(self) -> Any:
        """The field's default (``attrs.NOTHING`` for a required field)."""
        return self.attribute.default

    @property
    def validator(self) -> Any:
        """The field's validator, or ``None``."""
        return self.attribute.validator

    @property
    def is_enum(self) -> bool:
        """Whether the field holds an enum member."""
        return isinstance(self.base, type) and issubclass(self.base, enum.Enum)

    @property
    def is_number(self) -> bool:
        """Whether the field holds a number (``int | float``)."""
        return set(typing.get_args(self.base)) == {int, float}


def _unwrap(hint: Any) -> tuple[Any, bool, bool]:
    optional = many = False
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        rest = tuple(arg for arg in args if arg is not type(None))
        optional = len(rest) < len(args)
        hint = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
    if typing.get_origin(hint) is tuple:
        many = True
        hint = typing.get_args(hint)[0]
    return hint, optional, many


def _refers_to(validator: object) -> tuple[str, ...] | None:
    for inner in walk(validator):
        if isinstance(inner, Reference):
            return inner.collections
    return None


_CACHE: dict[type[Any], tuple[FieldInfo, ...]] = {}


def fields_of(cls: type[Any]) -> tuple[FieldInfo, ...]:
    """The fields of an attrs class of the model, in order, each read once."""
    found = _CACHE.get(cls)
    if found is None:
        fields = attrs.fields(cls)
        found = _CACHE[cls] = tuple(map(_info, fields, _hints(cls, fields)))
    return found


def _hints(cls: type[Any], fields: tuple[attrs.Attribute[Any], ...]) -> tuple[Any, ...]:
    """The type of each field, its annotation evaluated where the class is defined.

    The model's annotations are strings (``from __future__ import annotations``) of a
    few simple forms, which `_read` reads by looking names up. Any other is evaluated,
    all of a class's together in one expression, which costs one compilation per class
    rather than one per field as :func:`typing.get_type_hints` does.
    """
    annotations = [field.type for field in fields]
    if not all(isinstance(annotation, str) for annotation in annotations):
        hints = typing.get_type_hints(cls)
        return tuple(hints[field.name] for field in fields)
    scopes = (vars(cls), vars(sys.modules[cls.__module__]), vars(builtins))
    read = tuple(_read(annotation, scopes) for annotation in annotations)
    if not any(hint is _UNREAD for hint in read):
        return read
    source = "(" + "".join(f"{annotation}," for annotation in annotations) + ")"
    return tuple(eval(source, scopes[1], dict(scopes[0])))


_UNREAD: Any = object()


def _read(annotation: object, scopes: tuple[Mapping[str, Any], ...]) -> Any:
    """The type an annotation such as ``str | None`` or ``tuple[Post, ...]`` stands for.

    Names, ``tuple[name, ...]`` and unions of them, joined by ``" | "``, are read by
    looking each name up in ``scopes`` in turn (the class, its module, the builtins),
    which gives what `eval` gives, without compiling; for anything else, or a name
    not found, `_UNREAD`.
    """
    if not isinstance(annotation, str):
        return _UNREAD
    members = []
    for part in annotation.split(" | "):
        many = part.startswith("tuple[") and part.endswith(", ...]")
        name = part[6:-6] if many else part
        if name == "None":
            found: Any = None
        elif name.isidentifier() and not keyword.iskeyword(name):
            found = next((scope[name] for scope in scopes if name in scope), _UNREAD)
            if found is _UNREAD:
                return _UNREAD
        else:
            return _UNREAD
        members.append(tuple[found, ...] if many else found)
    return functools.reduce(operator.or_, members)


def _info(field: attrs.Attribute[Any], hint: Any) -> FieldInfo:
    base, optional, many = _unwrap(hint)
    metadata = field.metadata
    return FieldInfo(
        name=field.name,
        attribute=field,
        base=base,
        optional=optional,
        many=many,
        required=field.default is attrs.NOTHING,
        cited=bool(metadata.get(CITED)),
        verbatim=bool(metadata.get(VERBATIM)),
        nested=bool(metadata.get(NESTED)),
        refers_to=_refers_to(field.validator),
    )


def cited_fields(cls: type[Any]) -> frozenset[str]:
    """The names of the fields of ``cls`` that state facts: those a citation may name."""
    return frozenset(info.name for info in fields_of(cls) if info.cited)


def supporting(citations: Iterable[Citation], field: str, *, nested: bool) -> tuple[Citation, ...]:
    """The citations that support ``field``.

    A record's citation supports the fields it names in ``fields``. A post or a
    participation (``nested``) is one fact: each of its citations supports all of it.
    """
    if nested:
        return tuple(citations)
    return tuple([citation for citation in citations if field in citation.fields])


def names_in(name: str, quote: str) -> bool:
    """Whether ``quote`` writes ``name``, also after the preposition لِـ.

    Arabic fuses لِـ with the article الـ into لـلـ: a source that only ever says
    «المدير العام للوكالة المغربية…» still writes the name «الوكالة المغربية…».
    """
    return name in quote or (name.startswith("ال") and "لل" + name[2:] in quote)
