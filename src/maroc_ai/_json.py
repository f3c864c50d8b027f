r"""JSON as the library reads and writes it.

Written JSON keeps Arabic as it is (not escaped), is indented by two spaces and
ends with a newline, so that a dataset file reads well in a diff. Read JSON is
strict: an object that has a key twice is reported (most readers silently keep the
last value), and so is a lone surrogate (``"\ud800"``), which is not a character and
can't be written back as UTF-8. Messages name JSON values as a JSON reader would
("a string", "null"), not as Python does.
"""

from __future__ import annotations

import json
import json.encoder
import math
import re
from collections.abc import Callable, Iterator
from typing import Any

__all__ = [
    "Path",
    "dumps",
    "json_type",
    "loads",
    "may_hold_surrogates",
    "path_text",
    "surrogates",
]

Path = tuple[str | int, ...]
"""Where a value stands in a JSON document: the keys and indices that lead to it."""


def dumps(data: object) -> str:
    """JSON as the project writes it: UTF-8 text unescaped, two-space indent, final newline.

    The same text as ``json.dumps(data, ensure_ascii=False, indent=2)``, written faster:
    with an indent, the standard library encodes in Python, a generator per container
    and a test per value; here strings go to its C escaper and each container is one
    loop. Anything else than dicts with string keys, lists, tuples, strings, numbers,
    booleans and None is left to `json.dumps`, which encodes it or says why not.
    """
    chunks: list[str] = []
    try:
        _write(data, chunks, "\n")
    except (_Unusual, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    chunks.append("\n")
    return "".join(chunks)


class _Unusual(Exception):
    """A value `_write` leaves to `json.dumps`: a key that is not a string, an unknown type."""


_escape: Callable[[str], str] = json.encoder.encode_basestring
"""The standard library's escaper of strings (in C), as `json.dumps` uses it."""


def _write(value: object, out: list[str], newline: str) -> None:
    """Append the JSON of ``value`` to ``out``; ``newline`` breaks a line at its indent."""
    if isinstance(value, str):
        out.append(_escape(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, list | tuple):
        _write_list(value, out, newline)
    elif isinstance(value, dict):
        _write_dict(value, out, newline)
    else:
        raise _Unusual


def _write_list(values: list[object] | tuple[object, ...], out: list[str], newline: str) -> None:
    if not values:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "[" + inner
    for item in values:
        out.append(separator)
        _write(item, out, inner)
        separator = "," + inner
    out.append(newline + "]")


def _write_dict(values: dict[object, object], out: list[str], newline: str) -> None:
    if not values:
        out.append("{}")
        return
    inner = newline + "  "
    separator = "{" + inner
    for key, item in values.items():
        if not isinstance(key, str):
            raise _Unusual  # json.dumps writes numbers and constants as keys its own way
        out.append(separator + _escape(key) + ": ")
        _write(item, out, inner)
        separator = "," + inner
    out.append(newline + "}")


def _float(value: float) -> str:
    """A float as `json.dumps` writes it (NaN and the infinities as JavaScript names them)."""
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


class _Twice(Exception):
    """An object of the document has a key twice; the document is parsed again to say where."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise _Twice
    return found


def loads(text: str) -> tuple[Any, list[Path]]:
    """The JSON document ``text``, and the path of each key written twice in one object.

    A key written twice keeps its last value, as `json.loads` does. Finding
    them costs one call per object; a document that has any is parsed a second time
    to say where they are.

    Raises:
        json.JSONDecodeError: when ``text`` is not JSON.
        RecursionError: when it is nested too deeply to parse.

    """
    try:
        return json.loads(text, object_pairs_hook=_unique), []
    except _Twice:
        pass
    twice: dict[int, list[str]] = {}

    def marked(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found = dict(pairs)
        if len(found) != len(pairs):
            seen: set[str] = set()
            again = twice[id(found)] = []
            for key, _ in pairs:
                if key in seen and key not in again:
                    again.append(key)
                seen.add(key)
        return found

    data = json.loads(text, object_pairs_hook=marked)
    paths: list[Path] = []
    for path, value in _walk(data):
        paths.extend((*path, key) for key in twice.get(id(value), ()))
    return data, paths


def _walk(data: Any) -> Iterator[tuple[Path, Any]]:
    """Every list and object in ``data``, with its path, depth first (no recursion)."""
    stack: list[tuple[Path, Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            yield path, value
            stack.extend(((*path, key), item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            yield path, value
            stack.extend(((*path, index), item) for index, item in reversed(list(enumerate(value))))


# Compiled on first use (by re's cache), not when the module is imported.
_SURROGATE = "[\ud800-\udfff]"
_ESCAPED_SURROGATE = rb"\\u[dD][89a-fA-F]"


def may_hold_surrogates(data: bytes) -> bool:
    r"""Whether the JSON bytes ``data`` may hold a lone surrogate: a cheap test on the raw bytes.

    UTF-8 can't encode one, so it can only come from a ``\uD800``–``\uDFFF`` escape;
    a file without a backslash, as the library writes them, is passed over at the
    speed of ``memchr``.
    """
    return data.find(b"\\") >= 0 and re.search(_ESCAPED_SURROGATE, data) is not None


def surrogates(data: Any) -> Iterator[tuple[Path, str]]:
    """The path of each string (key or value) in ``data`` that holds a lone surrogate, and the string."""
    for path, value in _walk(data):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(key, str) and re.search(_SURROGATE, key):
                yield (*path, key), key
            if isinstance(item, str) and re.search(_SURROGATE, item):
                yield (*path, key), item


def path_text(path: Path) -> str:
    """A path as the library's problems write a field: ``citations[0].quote``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


_NAMES: dict[type[Any], str] = {
    type(None): "null",
    bool: "a boolean",
    str: "a string",
    list: "a list",
    dict: "an object",
}


def json_type(value: object) -> str:
    """How a JSON reader would name the type of ``value``: "a string", "null" …"""
    for kind, name in _NAMES.items():
        if isinstance(value, kind):
            return name
    if isinstance(value, (int, float)):
        return "a number"
    return type(value).__name__
