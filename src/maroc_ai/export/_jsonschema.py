"""JSON Schema (draft 2020-12) of every record type, derived from the model.

The schema describes the JSON the loader reads and [`to_json`][maroc_ai.dataset.Dataset.to_json]
writes: one object per record, a fact not given as ``null`` or left out, dates as
ISO 8601 strings at their precision, enums by value. Each field's schema comes from
its type and its validator (`maroc_ai._validators`): a pattern for ids, bounds
for numbers, ``uniqueItems`` where items may not repeat, ``minItems`` where a list
may not be empty. So the schema accepts a record exactly when the loader can build
it. What needs the whole dataset (references that resolve, quotes that stand in
their sources, cited facts, an event that ends after it starts) is
[`maroc_ai.load`][maroc_ai.load]'s to check.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

import attrs

from .._fields import FieldInfo, fields_of
from .._release import Release
from .._validators import (
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
from ..model import COLLECTIONS
from ..values import PartialDate

__all__ = ["DATE_PATTERN", "json_schema"]

SCHEMA_ID = "urn:maroc-ai:schema"

DATE_PATTERN = f"^(?:{PartialDate.PATTERN})$"
"""The texts [`maroc_ai.PartialDate.parse`][maroc_ai.values.PartialDate.parse] reads: ``2025``, ``2025-09``, ``2025-09-12``,
``-W-1`` … ``-W-7`` and the English names of the weekdays, in any case."""


@functools.cache
def not_blank() -> str:
    """A pattern for a character that is not white space, as ``str.strip`` sees it."""
    spaces = "".join(f"\\u{ord(char):04x}" for char in map(chr, range(0x3001)) if char.isspace())
    return f"[^{spaces}]"


def _doc(cls: type[Any]) -> str:
    return inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0]


def _type_schema(field: FieldInfo, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one item of the field, from its type alone."""
    base = field.base
    if base is str:
        return {"type": "string"}
    if base is int:
        return {"type": "integer"}
    if field.is_number:
        return {"type": "number"}
    if base is PartialDate:
        return {"type": "string", "pattern": DATE_PATTERN}
    if field.is_enum:
        return {"enum": [member.value for member in base]}
    if attrs.has(base):
        _define(base, defs)
        return {"$ref": f"#/$defs/{base.__name__}"}
    raise TypeError(f"no JSON Schema for {base!r}")  # pragma: no cover - a new kind of field


def _constrain(schema: dict[str, Any], validator: object, *, item: bool) -> None:
    """Add what ``validator`` demands to ``schema``: of the field, or of each item (``item``)."""
    target = schema["items"] if (item and "items" in schema) else schema
    if isinstance(validator, Text):
        target["pattern"] = not_blank()
    elif isinstance(validator, (Id, Reference)):
        pattern = validator.pattern if isinstance(validator, Id) else validator.id.pattern
        target["pattern"] = f"^{pattern.pattern}$"
        if isinstance(validator, Reference):
            target["description"] = f"the id of a record in {' or '.join(validator.collections)}"
    elif isinstance(validator, Pattern):
        target["pattern"] = f"^(?:{validator.regex.pattern})(?![\\s\\S])"  # nothing after it
    elif isinstance(validator, (Number, WholeNumber)):
        pass  # the field's type says as much; JSON numbers are finite
    elif isinstance(validator, InRange):
        target["minimum"] = validator.low
        target["maximum"] = validator.high
    elif isinstance(validator, NonEmpty):
        schema["minItems"] = 1
    elif isinstance(validator, Distinct):
        schema["uniqueItems"] = True
    elif isinstance(validator, Each):
        _constrain(schema, validator.item, item=True)
    elif isinstance(validator, (Optional,)):
        _constrain(schema, validator.inner, item=item)
    elif isinstance(validator, All):
        for inner in validator.validators:
            _constrain(schema, inner, item=item)
    else:
        raise TypeError(f"no JSON Schema for the validator {validator!r}; teach export._jsonschema")


def _field_schema(field: FieldInfo, defs: dict[str, Any]) -> dict[str, Any]:
    schema = _type_schema(field, defs)
    if field.many:
        schema = {"type": "array", "items": schema}
    if field.validator is not None:
        _constrain(schema, field.validator, item=False)
    if field.optional:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def _at_least_one(cls: type[Any]) -> list[dict[str, Any]] | None:
    """The fields of which a value must set one.

    A name needs one of ar, en or fr; an agreement, a facility, a program or an event
    needs a name or a label. The class says so in ``REQUIRE_ONE_OF``, which its ``__attrs_post_init__`` checks;
    a class with a post-init check the schema can't express is refused.
    """
    forms: tuple[str, ...] | None = getattr(cls, "REQUIRE_ONE_OF", None)
    if forms is None:
        if hasattr(cls, "__attrs_post_init__"):
            raise TypeError(f"no JSON Schema for the checks of {cls.__name__}.__attrs_post_init__")
        return None
    return [{"required": [form], "properties": {form: {"not": {"type": "null"}}}} for form in forms]


def _define(cls: type[Any], defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # taken, for classes that refer to each other
    fields = fields_of(cls)
    definition: dict[str, Any] = {
        "title": cls.__name__,
        "description": _doc(cls),
        "type": "object",
        "properties": {field.name: _field_schema(field, defs) for field in fields},
        "required": [field.name for field in fields if field.required],
        "additionalProperties": False,
    }
    forms = _at_least_one(cls)
    if forms is not None:
        definition["anyOf"] = forms
    defs[cls.__name__] = definition


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a whole dataset (one array per collection), every record type in ``$defs``.

    The document [`Dataset.to_json`][maroc_ai.dataset.Dataset.to_json] writes: its ``release`` (see
    ``release.json``) is described by ``{"$ref": "#/$defs/Release"}``.

    A collection's records are checked against ``{"$ref": "#/$defs/Partnership"}`` and
    so on; ``properties`` names the collection each type belongs to.
    """
    defs: dict[str, Any] = {}
    for cls in COLLECTIONS.values():
        _define(cls, defs)
    _define(Release, defs)
    collections = {
        name: {"type": "array", "items": {"$ref": f"#/$defs/{cls.__name__}"}}
        for name, cls in COLLECTIONS.items()
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "maroc_ai dataset",
        "description": (
            "A dataset of maroc_ai: one array of records per collection, "
            "and the release it is, where it says."
        ),
        "type": "object",
        "properties": {"release": {"$ref": "#/$defs/Release"}, **collections},
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }
