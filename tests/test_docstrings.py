"""The examples in the docstrings run and print what they show."""

from __future__ import annotations

import doctest
import importlib
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

MODULES = [
    "maroc_ai",
    "maroc_ai.text",
    "maroc_ai.text._normalize",
    "maroc_ai.text._public_dates",
    "maroc_ai.text._public_quantities",
    "maroc_ai.extract",
    "maroc_ai.extract._language",
    "maroc_ai.extract._match",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert attempted > 0
    assert failed == 0


DOCS = Path(__file__).resolve().parent.parent / "docs"
SPHINX_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|data|mod|attr|exc|obj):`")


def _documented() -> list[str]:
    """What the site renders from docstrings: the paths after ``:::`` in its pages."""
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        found += re.findall(r"^::: ([\w.]+)", page.read_text(encoding="utf-8"), re.MULTILINE)
    return sorted(set(found))


def _resolve(path: str) -> Any:
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for part in parts[cut:]:
            obj = getattr(obj, part)
        return obj
    raise LookupError(path)


def _docstrings(obj: Any, depth: int = 2) -> Iterator[tuple[str, str]]:
    name = getattr(obj, "__qualname__", getattr(obj, "__name__", repr(obj)))
    if isinstance(obj.__doc__, str) and not isinstance(obj, (str, int, tuple)):
        yield name, obj.__doc__
    if depth == 0:
        return
    if inspect.ismodule(obj):
        members = [getattr(obj, member) for member in getattr(obj, "__all__", ())]
    elif inspect.isclass(obj):
        members = [value for key, value in vars(obj).items() if not key.startswith("_")]
    else:
        members = []
    for member in members:
        if isinstance(member, property):
            member = member.fget
        yield from _docstrings(member, depth - 1)


def test_documented_pages_are_listed() -> None:
    assert "maroc_ai.dataset" in _documented()
    assert "maroc_ai.text" in _documented()


@pytest.mark.parametrize("path", _documented())
def test_no_sphinx_roles_in_the_api_reference(path: str) -> None:
    """mkdocstrings prints a role such as :class:`X` as it is: links are [`X`][path]."""
    roles = [
        f"{name}: {line.strip()}"
        for name, doc in _docstrings(_resolve(path))
        for line in doc.splitlines()
        if SPHINX_ROLE.search(line)
    ]
    assert roles == []
