"""The library's errors, which say what is wrong and where."""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Sized

import attrs

__all__ = [
    "AmbiguousNameError",
    "DatasetError",
    "DraftError",
    "NotOneError",
    "Problem",
    "UnknownIdError",
    "UnknownNameError",
]


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a dataset: where it is and what to fix.

    Attributes:
        file: The file, relative to the dataset directory (``partnerships.json``,
            ``texts/x.txt``), or ``None`` for the directory itself.
        record: The id of the record at fault, or its position (``#3``) when it has no id.
        field: The path of the field within the record (``participants[0].official``).
        message: What is wrong, in words that say how to fix it.

    """

    file: str | None = None
    record: str | None = None
    field: str | None = None
    message: str

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.record, self.field) if part)
        return _printable(f"{where}: {self.message}" if where else self.message)


def _printable(text: str) -> str:
    r"""``text`` with what UTF-8 can't encode (a lone surrogate) written as an escape, ``\ud800``.

    So that a message about bad data can always be printed and logged.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class DatasetError(ValueError):
    """A dataset could not be loaded or is not valid; ``problems`` lists everything wrong.

    The message names the dataset and lists each problem on its own line as
    ``file: record: field: message``. Past a hundred problems of one kind in one
    file, a line says how many more there are.
    """

    def __init__(self, location: str, problems: Iterable[Problem]) -> None:
        self.location = location
        self.problems: Sequence[Problem] = tuple(problems)
        count = len(problems) if isinstance(problems, Sized) else len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{count:,} {noun} in {self._what} {_printable(location)}:"]
        lines += [f"  - {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))

    _what = "dataset"


class DraftError(DatasetError):
    """A draft to add is not one: its shape is wrong; ``problems`` lists everything wrong.

    Nothing was written. ``maroc-ai add`` exits with status 2 for it.
    """

    _what = "draft"


def _shown(value: str) -> str:
    """A value as a message quotes it: its repr, cut short, escaped where UTF-8 can't encode it."""
    text = repr(value)
    return _printable(text if len(text) <= 80 else f"{text[:77]}...")


class UnknownIdError(LookupError):
    """No record has the id asked for; ``suggestions`` holds the closest ids there are."""

    def __init__(self, id: str, suggestions: Sequence[str] = ()) -> None:
        self.id = id
        self.suggestions = tuple(suggestions)
        message = f"no record has the id {_shown(id)}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownNameError(LookupError):
    """No record has the name asked for; ``suggestions`` holds the ids of the closest names."""

    def __init__(self, name: str, kinds: Sequence[str], suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.kinds = tuple(kinds)
        self.suggestions = tuple(suggestions)
        message = f"no record in {' or '.join(self.kinds)} has the id or name {_shown(name)}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class AmbiguousNameError(LookupError):
    """A name fits several records; ``candidates`` maps each one's id to its name."""

    def __init__(self, name: str, candidates: Iterable[tuple[str, str]]) -> None:
        self.name = name
        self.candidates = dict(candidates)
        listed = ", ".join(f"{id!r} ({label})" for id, label in self.candidates.items())
        message = f"{_shown(name)} fits {len(self.candidates)} records: {listed}; pass the id of the one you mean"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class NotOneError(LookupError):
    """A query expected to give exactly one record gave none or several (``ids``)."""

    def __init__(self, what: str, ids: Sequence[str]) -> None:
        self.ids = tuple(ids)
        if not self.ids:
            message = f"expected exactly one {what}, found none"
        else:
            shown = ", ".join(repr(id) for id in self.ids[:5])
            more = f" and {len(self.ids) - 5} more" if len(self.ids) > 5 else ""
            message = f"expected exactly one {what}, found {len(self.ids)}: {shown}{more}"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])
