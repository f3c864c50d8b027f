"""JSON as the library reads and writes it.

Written JSON keeps Arabic as it is (not escaped), is indented by two spaces and
ends with a newline, so that a dataset file reads well in a diff. Messages name JSON
values as a JSON reader would ("a string", "null"), not as Python does.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["dumps", "json_type"]


def dumps(data: object) -> str:
    """JSON as the project writes it: UTF-8 text unescaped, two-space indent, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


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
