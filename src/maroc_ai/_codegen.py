"""Writing Python functions from the model's declarations, the way attrs and cattrs do.

A `Writer` collects the lines of one function and the objects its code names,
compiles it, and registers its source with `linecache` under a file name that
says what it is, so that a traceback through generated code shows the code.

Compiling is most of what generating costs, so the compiled code is kept the way
Python keeps a module's bytecode: in the package's ``__pycache__`` (or under
``sys.pycache_prefix``), in a file named for the function and the interpreter, with
the source it was compiled from. A cached function is used only when its source is
exactly the one just written; the cache is written only where Python would write
bytecode, and a cache that can't be read or written is ignored.
"""

from __future__ import annotations

import contextlib
import linecache
import marshal
import os
import sys
from collections.abc import Callable, Mapping
from types import CodeType
from typing import Any

__all__ = ["Writer"]

_CACHE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__")


def _cache_path(name: str) -> str:
    directory = _CACHE
    if sys.pycache_prefix:
        directory = os.path.join(sys.pycache_prefix, directory.lstrip(os.sep))
    return os.path.join(directory, f"{name}.{sys.implementation.cache_tag}.generated")


def _cached(name: str, source: bytes) -> CodeType | None:
    try:
        with open(_cache_path(name), "rb") as file:
            data = file.read()
    except OSError:
        return None
    if data[: len(source)] != source:
        return None
    try:
        code = marshal.loads(data[len(source) :])
    except (ValueError, EOFError, TypeError):
        return None
    return code if isinstance(code, CodeType) else None


def _keep(name: str, source: bytes, code: CodeType) -> None:
    if sys.dont_write_bytecode:
        return
    path = _cache_path(name)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(source + marshal.dumps(code))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def compiled(source: str, filename: str, name: str) -> CodeType:
    """``source`` compiled, from the cache when it holds exactly this source."""
    key = f"{len(filename)}:{filename}{len(source)}:{source}".encode()
    code = _cached(name, key)
    if code is None:
        code = compile(source, filename, "exec")
        _keep(name, key, code)
    return code


class Writer:
    """Writes the source of one generated function, with the names it uses."""

    def __init__(self, cls: type[Any], purpose: str, names: Mapping[str, Any]) -> None:
        self.cls = cls
        self.purpose = purpose
        self.lines: list[str] = []
        self.names: dict[str, Any] = dict(names)
        self._named: dict[int, str] = {id(value): name for name, value in self.names.items()}
        self.counter = 0

    def name(self, value: Any, hint: str = "c") -> str:
        """A global name in the function's namespace for ``value``."""
        name = self._named.get(id(value))
        if name is None:
            self.counter += 1
            name = self._named[id(value)] = f"_{hint}{self.counter}"
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
        code = compiled(source, filename, f"{self.purpose}-{owner}")
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace = dict(self.names)
        exec(code, namespace)
        built: Callable[..., Any] = namespace[function]
        return built
