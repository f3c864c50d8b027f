"""The problems of a dataset as they are found, at most a hundred of each kind per file.

A file of a million broken records would otherwise give a million problems, and the
memory to hold them. Problems are of one kind when they are in one file, at one
field (whatever the list positions) and say the same thing (whatever the ids and
numbers they quote); past `LIMIT` of a kind, they are only counted, and the
list says "and N more like this" after the last one kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .errors import Problem

__all__ = ["LIMIT", "Problems"]

LIMIT = 100
"""How many problems of one kind per file are listed."""

_VARYING = r"'[^']*'|\"[^\"]*\"|#?\d+"  # compiled on first use, by re's cache

Kind = tuple[str | None, str, str]


class Problems:
    """A list of problems that keeps `LIMIT` of each kind and counts the rest."""

    __slots__ = ("_full", "_kept", "_kinds", "_last", "_more", "_patterns")

    def __init__(self, problems: Iterable[Problem] = ()) -> None:
        self._kept: list[Problem] = []
        self._kinds: dict[Kind, int] = {}
        self._more: dict[Kind, int] = {}
        self._last: dict[Kind, int] = {}
        self._patterns: dict[str, str] = {}
        self._full: dict[tuple[str | None, str | None, str], Kind] = {}
        self.extend(problems)

    def _pattern(self, text: str) -> str:
        pattern = self._patterns.get(text)
        if pattern is None:
            if len(self._patterns) > 10_000:
                self._patterns.clear()
            pattern = self._patterns[text] = re.sub(_VARYING, "_", text)
        return pattern

    def full(self, file: str | None, field: str | None, message: str, count: int = 1) -> bool:
        """Whether a problem like this would only be counted; it is counted (``count`` times) if so.

        Lets a loop that finds millions of one problem skip building them.
        """
        kind = self._full.get((file, field, message))
        if kind is None:
            kind = (file, self._pattern(field or ""), self._pattern(message))
            if self._kinds.get(kind, 0) < LIMIT:
                return False
            self._full[(file, field, message)] = kind
        self._more[kind] = self._more.get(kind, 0) + count
        return True

    def append(self, problem: Problem) -> None:
        """Keep ``problem``, or count it when its kind has `LIMIT` already."""
        kind = (problem.file, self._pattern(problem.field or ""), self._pattern(problem.message))
        count = self._kinds.get(kind, 0)
        if count >= LIMIT:
            self._more[kind] = self._more.get(kind, 0) + 1
            return
        self._kinds[kind] = count + 1
        self._last[kind] = len(self._kept)
        self._kept.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        """`append` each problem."""
        for problem in problems:
            self.append(problem)

    def __bool__(self) -> bool:
        return bool(self._kept)

    def __len__(self) -> int:
        """How many problems were found, counted ones included."""
        return len(self._kept) + sum(self._more.values())

    def __iter__(self) -> Iterator[Problem]:
        """The problems kept, each kind's count of the others after its last one."""
        after = {index: kind for kind, index in self._last.items() if kind in self._more}
        for index, problem in enumerate(self._kept):
            yield problem
            kind = after.get(index)
            if kind is not None:
                more = self._more[kind]
                noun = "problem" if more == 1 else "problems"
                yield Problem(file=kind[0], message=f"and {more:,} more {noun} like this")
