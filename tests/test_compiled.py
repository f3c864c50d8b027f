"""The compiled wheel holds, compiled, the modules pyproject.toml gives mypyc.

CI builds that wheel (``HATCH_BUILD_HOOK_ENABLE_MYPYC=true``) and runs the whole suite
against it with ``MAROC_AI_COMPILED=1``: every other test then holds of the compiled
extractor, and this one fails if the build left it Python, or compiled a module it
was told to leave alone.
"""

from __future__ import annotations

import fnmatch
import importlib
import inspect
import os
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from benchmarks.installed import is_compiled

ROOT = Path(__file__).resolve().parents[1]

compiled_only = pytest.mark.skipif(
    os.environ.get("MAROC_AI_COMPILED") != "1",
    reason="only against the compiled wheel (MAROC_AI_COMPILED=1)",
)


def _hook() -> dict[str, Any]:
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    hook: dict[str, Any] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    return hook


@compiled_only
def test_the_modules_pyproject_names_are_compiled_and_no_others() -> None:
    hook = _hook()
    compiled: list[str] = []
    python: list[str] = []
    for folder in hook["include"]:
        package = ".".join(Path(folder.strip("/")).parts[1:])  # /src/maroc_ai/extract
        path = importlib.import_module(package).__path__
        for module in pkgutil.iter_modules(path, f"{package}."):
            file_name = module.name.rpartition(".")[2] + ".py"
            left = any(fnmatch.fnmatch(file_name, pattern) for pattern in hook["exclude"])
            (python if left else compiled).append(module.name)
    assert compiled
    assert [name for name in compiled if not is_compiled(name)] == []
    assert [name for name in python if is_compiled(name)] == []
    for package in {name.rpartition(".")[0] for name in compiled}:
        assert not is_compiled(package)


@pytest.mark.parametrize("package", ["maroc_ai.text", "maroc_ai.extract"])
def test_public_functions_keep_their_docstrings_and_signatures(package: str) -> None:
    """In either build: a compiled function would have neither."""
    module = importlib.import_module(package)
    functions = [
        getattr(module, name) for name in module.__all__ if callable(getattr(module, name))
    ]
    assert functions
    for function in functions:
        assert function.__doc__, function
        inspect.signature(function)
