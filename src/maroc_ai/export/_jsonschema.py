"""JSON Schema (draft 2020-12) of every record type, generated from the model.

The schema describes the JSON the loader reads and :meth:`~maroc_ai.Dataset.to_json`
writes: one object per record with every field, ``null`` for a fact not given, ``[]``
for an empty list, dates as ISO 8601 strings at their precision, enums by value. It
checks the shape of a record; what needs the whole dataset (references, quotes standing
in their sources, cited facts) is :func:`maroc_ai.load`'s to check.
"""

from __future__ import annotations

import inspect
from typing import Any

import attrs

from ..model import COLLECTIONS, ID_PATTERN, REFERS_TO
from ..values import PartialDate
from ._types import FieldType, field_types

__all__ = ["DATE_PATTERN", "json_schema"]

SCHEMA_ID = "urn:maroc-ai:schema"
DATE_PATTERN = r"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|-W-[1-7])$"
"""The forms of a :class:`~maroc_ai.PartialDate`: ``2025``, ``2025-09``, ``2025-09-12``, ``-W-1``."""


def _doc(cls: type[Any]) -> str:
    return inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0]


def _base_schema(field: FieldType, defs: dict[str, Any]) -> dict[str, Any]:
    base = field.base
    if field.field.metadata.get(REFERS_TO) or field.name == "id":
        return {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$"}
    if base is str:
        return {"type": "string", "minLength": 1}
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


def _field_schema(field: FieldType, defs: dict[str, Any]) -> dict[str, Any]:
    schema = _base_schema(field, defs)
    if field.many:
        schema = {"type": "array", "items": schema}
        if field.name == "citations" and field.required:
            schema["minItems"] = 1
    elif field.optional:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


_AT_LEAST_ONE = {
    # A name has at least one of its Arabic, English or French forms.
    "Names": [
        {"required": [form], "properties": {form: {"type": "string"}}}
        for form in ("ar", "en", "fr")
    ],
}


def _define(cls: type[Any], defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # taken, for classes that refer to each other
    fields = field_types(cls)
    defs[cls.__name__] = {
        "title": cls.__name__,
        "description": _doc(cls),
        "type": "object",
        "properties": {field.name: _field_schema(field, defs) for field in fields},
        "required": [field.name for field in fields if field.required],
        "additionalProperties": False,
    }
    if cls.__name__ in _AT_LEAST_ONE:
        defs[cls.__name__]["anyOf"] = _AT_LEAST_ONE[cls.__name__]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a whole dataset (one array per collection), every record type in ``$defs``.

    A collection's records are checked against ``{"$ref": "#/$defs/Partnership"}`` and
    so on; ``properties`` names the collection each type belongs to.
    """
    defs: dict[str, Any] = {}
    for cls in COLLECTIONS.values():
        _define(cls, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "maroc_ai dataset",
        "description": "A dataset of maroc_ai: one array of records per collection.",
        "type": "object",
        "properties": {
            name: {"type": "array", "items": {"$ref": f"#/$defs/{cls.__name__}"}}
            for name, cls in COLLECTIONS.items()
        },
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }
