"""msgspec Structs mirroring maroc_ai's record classes, derived from the model.

The named alternative ``bulk_load.py`` measures ``maroc_ai.load`` against. Each
Struct is made from the attrs class's declaration (``maroc_ai._fields``): the same
fields, defaults, enums and nested classes, and, as ``msgspec.Meta`` constraints,
what the field's validator says: id and other patterns, non-blank texts, number bounds, a
non-empty list of citations, dates matching the texts ``PartialDate.parse`` reads.
Frozen, keyword-only, unknown fields refused. msgspec can't say that list items are
distinct, nor that a record with no name has a label (a name has one of its forms),
which the loader checks too; everything else it checks as the loader does.
A validator this module does not know stops it, as it stops the loader's generator.
"""

from __future__ import annotations

from typing import Annotated, Any

import attrs
import msgspec
from msgspec import Meta

from maroc_ai._fields import FieldInfo, fields_of
from maroc_ai._validators import (
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
)
from maroc_ai.model import COLLECTIONS
from maroc_ai.values import PartialDate

NOT_BLANK = r"\S"
DATE = Annotated[str, Meta(pattern=f"^(?:{PartialDate.PATTERN})$")]


def _meta(validator: object, *, item: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """The Meta constraints a validator puts on a field, and on each of its items."""
    field: dict[str, Any] = {}
    items: dict[str, Any] = {}
    target = items if item else field
    if isinstance(validator, Text):
        target["pattern"] = NOT_BLANK
    elif isinstance(validator, (Id, Reference)):
        pattern = validator.pattern if isinstance(validator, Id) else validator.id.pattern
        target["pattern"] = f"^{pattern.pattern}$"
    elif isinstance(validator, Pattern):
        target["pattern"] = f"^(?:{validator.regex.pattern})(?![\\s\\S])"  # nothing after it
    elif isinstance(validator, InRange):
        target["ge"], target["le"] = validator.low, validator.high
    elif isinstance(validator, NonEmpty):
        field["min_length"] = 1
    elif isinstance(validator, (Number, WholeNumber, Distinct)):
        pass  # the type says as much; msgspec has no "distinct items"
    elif isinstance(validator, Each):
        _, inner = _meta(validator.item, item=True)
        items.update(inner)
    elif isinstance(validator, Optional):
        outer, inner = _meta(validator.inner, item=item)
        field.update(outer)
        items.update(inner)
    elif isinstance(validator, All):
        for each in validator.validators:
            outer, inner = _meta(each, item=item)
            field.update(outer)
            items.update(inner)
    else:
        raise TypeError(f"no msgspec constraint for the validator {validator!r}")
    return field, items


def _annotation(info: FieldInfo, structs: dict[type[Any], Any]) -> Any:
    base = info.base
    if base is PartialDate:
        item: Any = DATE
    elif attrs.has(base):
        item = _struct(base, structs)
    elif info.is_number:
        item = float  # msgspec reads a JSON integer into a float field too
    else:
        item = base
    field_meta, item_meta = ({}, {})
    if info.validator is not None:
        field_meta, item_meta = _meta(info.validator, item=info.many)
        if not info.many:
            field_meta.update(item_meta)
    if info.many:
        if item_meta:
            item = Annotated[item, Meta(**item_meta)]
        tp: Any = tuple[item, ...]
        if field_meta:
            tp = Annotated[tp, Meta(**field_meta)]
    else:
        tp = Annotated[item, Meta(**field_meta)] if field_meta else item
    return tp | None if info.optional else tp


def _struct(cls: type[Any], structs: dict[type[Any], Any]) -> Any:
    if cls not in structs:
        fields = []
        for info in fields_of(cls):
            annotation = _annotation(info, structs)
            if info.required:
                fields.append((info.name, annotation))
            else:
                fields.append((info.name, annotation, info.default))
        structs[cls] = msgspec.defstruct(
            cls.__name__, fields, frozen=True, kw_only=True, forbid_unknown_fields=True
        )
    return structs[cls]


def structs() -> dict[str, Any]:
    """The Struct mirroring each collection's record class, by collection name."""
    made: dict[type[Any], Any] = {}
    return {name: _struct(cls, made) for name, cls in COLLECTIONS.items()}


def decoders() -> dict[str, Any]:
    """A JSON decoder of a list of records for each collection."""
    return {name: msgspec.json.Decoder(list[cls]) for name, cls in structs().items()}
