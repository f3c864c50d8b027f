"""JSON as the library reads it (strictly, with the path of what is wrong) and writes it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maroc_ai._json import dumps, loads, may_hold_surrogates, path_text, surrogates

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=10,
)


def objects(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    found = []
    if isinstance(data, dict):
        found.append((path, data))
        for key, value in data.items():
            found += objects(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += objects(value, (*path, index))
    return found


def text_with_key_twice(data: Any, target: dict[str, Any], key: str) -> str:
    """``data`` as JSON, with ``key`` written a second time first in the object ``target``."""
    if data is target:
        return (
            "{"
            + ", ".join(
                [f"{json.dumps(key)}: 0"]
                + [
                    f"{json.dumps(k)}: {text_with_key_twice(v, target, key)}"
                    for k, v in data.items()
                ]
            )
            + "}"
        )
    if isinstance(data, dict):
        return (
            "{"
            + ", ".join(
                f"{json.dumps(k)}: {text_with_key_twice(v, target, key)}" for k, v in data.items()
            )
            + "}"
        )
    if isinstance(data, list):
        return "[" + ", ".join(text_with_key_twice(v, target, key) for v in data) + "]"
    return json.dumps(data)


@given(values)
def test_json_without_keys_twice_reads_as_json_loads_reads_it(data: Any) -> None:
    text = json.dumps(data)
    assert loads(text) == (json.loads(text), [])


@given(st.data())
def test_a_key_written_twice_is_found_with_its_path(draw: st.DataObject) -> None:
    data = draw.draw(values.filter(lambda value: any(obj for _, obj in objects(value))))
    path, target = draw.draw(st.sampled_from([(p, o) for p, o in objects(data) if o]))
    key = draw.draw(st.sampled_from(list(target)))
    parsed, twice = loads(text_with_key_twice(data, target, key))
    assert parsed == data  # the last value wins, as everywhere
    assert twice == [(*path, key)]


def test_paths_read_as_fields() -> None:
    assert path_text(("citations", 0, "quote")) == "citations[0].quote"
    assert path_text((3, "name")) == "[3].name"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('["\\ud800"]', [((0,), "\ud800")]),
        ('[{"a": {"\\udfff": 1}}]', [((0, "a", "\udfff"), "\udfff")]),
        ('["\\ud83c\\udf0d"]', []),  # a pair is one character
        ('["\\\\ud800"]', []),  # an escaped backslash, then letters
    ],
)
def test_lone_surrogates(text: str, found: list[Any]) -> None:
    assert may_hold_surrogates(text.encode()) is True
    assert list(surrogates(json.loads(text))) == found


def test_the_cheap_test_passes_plain_text() -> None:
    assert may_hold_surrogates(b'["\\u0627 \\n", "ud800"]') is False


written = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(["مذكرة تفاهم", "\u202f", '\x00\n\t"\\', "\U0001f600", "\ud800"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(st.text(max_size=4), inner, max_size=4)
        | st.dictionaries(st.integers() | st.booleans() | st.none(), inner, max_size=2)
    ),
    max_leaves=20,
)


@given(written)
def test_dumps_writes_what_json_dumps_writes(data: Any) -> None:
    assert dumps(data) == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_dumps_leaves_what_json_refuses_to_json() -> None:
    with pytest.raises(TypeError):
        dumps({"when": object()})
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps(loop)
