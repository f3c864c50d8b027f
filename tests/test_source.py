"""The package's source: what a linter does not check and a reader relies on."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import maroc_ai

PACKAGE = Path(maroc_ai.__file__).resolve().parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_at_top(tree: ast.Module) -> list[str]:
    """The names a module's top-level assignments bind (not in ``if`` or ``try``)."""
    names: list[str] = []
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        names += [target.id for target in targets if isinstance(target, ast.Name)]
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_each_module_constant_is_bound_once(path: Path) -> None:
    """A constant bound twice at the top of a module is one value for every function,
    the last: code written against the first silently reads the second."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    counts = Counter(_bound_at_top(tree))
    assert [name for name, count in counts.items() if count > 1] == []
