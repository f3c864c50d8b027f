"""Dataset directories on disk: one JSON file per collection and the sources' texts.

A dataset directory looks like this::

    sources.json        [ {record}, ... ]   one JSON array per collection,
    organizations.json                      records sorted by id
    ...
    texts/<file>        the text of each source, UTF-8, as published

A missing collection file stands for an empty collection, but a directory with none
of them is a problem. Reading never raises on bad content: everything wrong is
reported as a :class:`~maroc_ai.errors.Problem`.

Reading goes through :class:`Tree`, which a directory on disk (:class:`Folder`), a
:class:`pathlib.Path` and the package resources of :mod:`importlib.resources` all are.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ._json import dumps
from ._json import json_type as _json_type
from ._release import RELEASE_FILE
from .errors import Problem
from .model import COLLECTIONS

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "TEXTS",
    "Folder",
    "RawRecord",
    "Tree",
    "collection_files",
    "is_plain_file_name",
    "read_collection",
    "read_texts",
    "write_directory",
]


class Tree(Protocol):
    """What reading a dataset needs of a directory: the part of ``Traversable`` it uses."""

    @property
    def name(self) -> str: ...

    def iterdir(self) -> Iterator[Tree]: ...

    def is_dir(self) -> bool: ...

    def is_file(self) -> bool: ...

    def joinpath(self, child: str, /) -> Tree: ...

    def read_bytes(self) -> bytes: ...


class Folder:
    """A directory or file on disk, read with :mod:`os` alone (no :mod:`pathlib` to import)."""

    __slots__ = ("path",)

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)

    @property
    def name(self) -> str:
        """The last part of the path."""
        return os.path.basename(self.path)

    def iterdir(self) -> Iterator[Folder]:
        """The entries of the directory."""
        return (Folder(os.path.join(self.path, name)) for name in sorted(os.listdir(self.path)))

    def is_dir(self) -> bool:
        """Whether the path is a directory."""
        return os.path.isdir(self.path)

    def is_file(self) -> bool:
        """Whether the path is a regular file."""
        return os.path.isfile(self.path)

    def joinpath(self, child: str, /) -> Folder:
        """The path of ``child`` inside this one."""
        return Folder(os.path.join(self.path, child))

    def read_bytes(self) -> bytes:
        """The file's content."""
        with open(self.path, "rb") as file:
            return file.read()

    def __fspath__(self) -> str:
        return self.path

    def __str__(self) -> str:
        return self.path

    def __repr__(self) -> str:
        return f"Folder({self.path!r})"


TEXTS = "texts"

RawRecord = tuple[int, dict[str, Any]]
"""A record as read from its file: its position in the file and its JSON object."""


def _decode(data: bytes, file: str, problems: list[Problem]) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(
            Problem(
                file=file,
                message=f"not UTF-8 text: byte {error.start} can't be read ({error.reason})",
            )
        )
        return None


_INVALID = object()


def _parse_json(text: str, file: str, problems: list[Problem]) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        problems.append(
            Problem(
                file=file,
                message=f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
            )
        )
    except RecursionError:
        problems.append(Problem(file=file, message="not readable JSON: nested too deeply"))
    except ValueError as error:
        problems.append(Problem(file=file, message=f"not readable JSON: {error}"))
    return _INVALID


def _read_bytes(path: Tree, file: str, problems: list[Problem]) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as error:
        problems.append(Problem(file=file, message=f"can't be read: {error.strerror or error}"))
        return None


def _is_file(path: Tree) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _read_collection(path: Tree, file: str, problems: list[Problem]) -> list[RawRecord] | None:
    """The JSON objects of a collection file, or ``None`` when the file as a whole is unusable."""
    data = _read_bytes(path, file, problems)
    text = None if data is None else _decode(data, file, problems)
    if text is None:
        return None
    data = _parse_json(text, file, problems)
    if data is _INVALID:
        return None
    if not isinstance(data, list):
        problems.append(
            Problem(file=file, message=f"expected a JSON array of records, got {_json_type(data)}")
        )
        return None
    records: list[RawRecord] = []
    for index, item in enumerate(data):
        if isinstance(item, dict):
            records.append((index, item))
        else:
            problems.append(
                Problem(
                    file=file,
                    record=f"#{index}",
                    message=f"expected a JSON object, got {_json_type(item)}",
                )
            )
    return records


def collection_files(root: Tree, problems: list[Problem]) -> set[str]:
    """The names of the collection files under ``root``.

    Unknown JSON files and a directory with no collection file at all are reported.
    """
    known = [f"{name}.json" for name in COLLECTIONS]
    present = {entry.name for entry in root.iterdir()}
    for name in sorted(present):
        if name.endswith(".json") and name not in known and name != RELEASE_FILE:
            problems.append(
                Problem(
                    file=name,
                    message="not a collection of a dataset; expected one of " + ", ".join(known),
                )
            )
    if present.isdisjoint(known):
        problems.append(
            Problem(
                message="no collection file here; a dataset directory holds one or more of "
                + ", ".join(known)
            )
        )
    return present.intersection(known)


def read_collection(
    root: Tree, name: str, present: set[str], problems: list[Problem]
) -> list[RawRecord] | None:
    """The raw records of the collection ``name``: ``[]`` when its file is not there.

    ``None`` when the file is there but can't be read as a whole (the problem is
    reported), so that references into the collection are not reported once more.
    """
    file = f"{name}.json"
    if file not in present:
        return []
    path = root.joinpath(file)
    if not _is_file(path):
        problems.append(Problem(file=file, message="not a regular file"))
        return None
    return _read_collection(path, file, problems)


def read_texts(
    root: Tree, files: Mapping[str, str], problems: list[Problem]
) -> tuple[dict[str, str], set[str]]:
    """The texts of the sources, keyed by source id; ``files`` maps source ids to file names.

    Returns the texts read and the ids of the sources whose text is there but can't be
    read (the problem is reported). A missing text or a file name that is not a plain
    name is left for :func:`maroc_ai._validate.check` to report.
    """
    texts: dict[str, str] = {}
    unreadable: set[str] = set()
    folder = root.joinpath(TEXTS)
    for source_id, name in files.items():
        path = folder.joinpath(name) if is_plain_file_name(name) else None
        if path is None or not _is_file(path):
            continue
        file = f"{TEXTS}/{name}"
        data = _read_bytes(path, file, problems)
        text = None if data is None else _decode(data, file, problems)
        if text is None:
            unreadable.add(source_id)
        else:
            texts[source_id] = text
    return texts, unreadable


def is_plain_file_name(name: str) -> bool:
    """Whether ``name`` names a file directly inside ``texts/`` (no folders, not ``..``)."""
    return (
        bool(name)
        and name not in {".", ".."}
        and "/" not in name
        and "\\" not in name
        and "\0" not in name
    )


def write_directory(
    directory: str | os.PathLike[str],
    collections: Mapping[str, Iterable[Any]],
    texts: Mapping[str, str],
    documents: Mapping[str, Any] | None = None,
) -> Path:
    """Write JSON-ready ``collections`` and ``texts`` (file name → text) as a dataset directory.

    ``documents`` maps the names of other JSON files of the directory (``release.json``)
    to their JSON-ready content.

    Raises:
        ValueError: when a text's file name would put it outside ``texts/``.

    """
    for file in texts:
        if not is_plain_file_name(file):
            raise ValueError(
                f"{file!r} is not a plain file name; texts go directly inside {TEXTS}/"
            )
    from pathlib import Path

    root = Path(directory)
    (root / TEXTS).mkdir(parents=True, exist_ok=True)
    for name, records in collections.items():
        (root / f"{name}.json").write_text(dumps(list(records)), encoding="utf-8")
    for file, document in (documents or {}).items():
        (root / file).write_text(dumps(document), encoding="utf-8")
    for file, text in texts.items():
        (root / TEXTS / file).write_bytes(text.encode("utf-8"))
    return root
