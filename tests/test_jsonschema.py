"""The exported JSON Schema accepts a record exactly when the loader can build it."""

from __future__ import annotations

import json
import math
import re
from functools import cache
from typing import Any

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from maroc_ai import export
from maroc_ai._convert import structure, unstructure
from maroc_ai.values import PartialDate

from .test_fast import CLASSES
from .test_properties import JSON_KEYS, NO_EXPLAIN, STRATEGIES, slots

jsonschema = pytest.importorskip("jsonschema")


@cache
def _validator(name: str) -> Any:
    schema = export.json_schema()
    return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{name}", "$defs": schema["$defs"]})


def validator(cls: type[Any]) -> Any:
    """A validator of one record type against the exported schema."""
    return _validator(cls.__name__)


def finite(value: Any) -> bool:
    """Whether ``value`` is JSON: no NaN or infinity anywhere in it."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(finite(item) for item in value)
    if isinstance(value, dict):
        return all(finite(item) for item in value.values())
    return True


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(JSON_KEYS, children, max_size=4)
    ),
    max_leaves=20,
)

TEXTS = st.sampled_from(
    ["", " ", "\n", "\x1c", "\u3000", "x", "x ", "a-b", "A", "2025", "2025-02-29", "-W-8", "friday"]
)
NUMBERS = st.sampled_from([0, 1, -1, 1.0, 2.5, 90, 90.5, -180, 181, 9999, 10_000, 2030.0, True])


def loads(raw: Any, cls: type[Any]) -> bool:
    try:
        structure(raw, cls)
    except Exception:
        return False
    return True


@pytest.mark.parametrize("cls", CLASSES, ids=[cls.__name__ for cls in CLASSES])
@settings(max_examples=150, deadline=None, phases=NO_EXPLAIN)
@given(data=st.data())
def test_the_schema_accepts_what_the_loader_accepts(cls: type[Any], data: st.DataObject) -> None:
    value = data.draw(STRATEGIES[cls.__name__], label="record")
    raw = json.loads(json.dumps(unstructure(value)))
    assert validator(cls).is_valid(raw)
    found = list(slots(raw, cls))
    for _ in range(data.draw(st.integers(0, 2), label="changes")):
        slot = found[data.draw(st.integers(0, len(found) - 1), label="slot")]
        name = slot.field.name
        change = data.draw(st.sampled_from(["value", "drop", "extra", "text", "number", "twice"]))
        if change == "value":
            slot.holder[name] = data.draw(JSON_VALUES, label="value")
        elif change == "drop":
            slot.holder.pop(name, None)
        elif change == "extra":
            slot.holder[data.draw(JSON_KEYS, label="key")] = 1
        elif change == "text":
            text = data.draw(TEXTS, label="text")
            slot.holder[name] = data.draw(
                st.sampled_from([text, [text], [text, text], [text, "y"]])
            )
        elif change == "number":
            slot.holder[name] = data.draw(NUMBERS, label="number")
        elif isinstance(slot.holder.get(name), list) and slot.holder[name]:
            slot.holder[name] = [*slot.holder[name], slot.holder[name][0]]
    assert finite(raw)
    note(repr(raw))
    assert validator(cls).is_valid(raw) == loads(raw, cls)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789-WMondayFrifSuTehsWdnrtıſ ", max_size=12)
    | st.dates().map(lambda day: day.isoformat())
)
def test_the_date_pattern_is_what_a_date_reads(text: str) -> None:
    try:
        PartialDate.parse(text)
    except ValueError:
        parsed = False
    else:
        parsed = True
    assert bool(re.fullmatch(PartialDate.PATTERN, text)) == parsed


def test_the_schema_constrains_what_the_loader_constrains() -> None:
    """The constraints the loader checks are in the schema: none forgotten by hand."""
    defs = export.json_schema()["$defs"]
    target = defs["Target"]["properties"]
    assert target["horizon"]["anyOf"][0] == {"type": "integer", "minimum": 1, "maximum": 9999}
    assert defs["Coordinates"]["properties"]["latitude"]["maximum"] == 90
    assert defs["Program"]["properties"]["organizations"]["uniqueItems"] is True
    assert defs["Source"]["properties"]["citations"]["minItems"] == 1
    assert PartialDate.PATTERN in defs["Partnership"]["properties"]["date"]["anyOf"][0]["pattern"]
