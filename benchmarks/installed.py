"""Which build of maroc_ai a benchmark measures: pure Python, or compiled with mypyc.

The compiled wheel (``HATCH_BUILD_HOOK_ENABLE_MYPYC=true python -m build --wheel``, see
the release checklist, docs/release.md) compiles the extractor's and the text readers' modules; the scripts that
time them print this line first, so that figures are never compared across builds
without saying so.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import pkgutil

PACKAGES = ("maroc_ai.extract", "maroc_ai.text")


def is_compiled(name: str) -> bool:
    """Whether the module ``name`` is an extension module (compiled), not Python source."""
    spec = importlib.util.find_spec(name)
    return spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader)


def compiled_modules() -> list[str]:
    """The modules of the extractor and the text readers that are extension modules."""
    found = []
    for name in PACKAGES:
        package = importlib.import_module(name)
        for module in pkgutil.iter_modules(package.__path__, f"{name}."):
            if is_compiled(module.name):
                found.append(module.name)
    return found


def build() -> str:
    """The build's name: "compiled with mypyc (N modules)" or "pure Python"."""
    compiled = compiled_modules()
    return f"compiled with mypyc ({len(compiled)} modules)" if compiled else "pure Python"
