"""The examples in the docstrings run and print what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "maroc_ai",
    "maroc_ai.text",
    "maroc_ai.text._normalize",
    "maroc_ai.text._dates",
    "maroc_ai.text._quantities",
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
