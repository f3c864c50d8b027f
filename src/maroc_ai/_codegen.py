"""Writing Python functions from the model's declarations, the way attrs and cattrs do.

A :class:`Writer` collects the lines of one function and the objects its code names,
compiles it, and registers its source with :mod:`linecache` under a file name that
says what it is, so that a traceback through generated code shows the code.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["Writer"]


class Writer:
    """Writes the source of one generated function, with the names it uses."""

    def __init__(self, cls: type[Any], purpose: str, names: Mapping[str, Any]) -> None:
        self.cls = cls
        self.purpose = purpose
        self.lines: list[str] = []
        self.names: dict[str, Any] = dict(names)
        self.counter = 0

    def name(self, value: Any, hint: str = "c") -> str:
        """A global name in the function's namespace for ``value``."""
        for existing, held in self.names.items():
            if held is value:
                return existing
        self.counter += 1
        name = f"_{hint}{self.counter}"
        self.names[name] = value
        return name

    def line(self, indent: int, text: str) -> None:
        """Add a line of code, indented by ``indent`` levels."""
        self.lines.append("    " * indent + text)

    def compile(self, function: str) -> Callable[..., Any]:
        """The function named ``function`` that the lines define."""
        source = "\n".join(self.lines) + "\n"
        owner = f"{self.cls.__module__}.{self.cls.__qualname__}"
        filename = f"<maroc_ai generated {self.purpose} {owner}>"
        code = compile(source, filename, "exec")
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace = dict(self.names)
        exec(code, namespace)
        built: Callable[..., Any] = namespace[function]
        return built
