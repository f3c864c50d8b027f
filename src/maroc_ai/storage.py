"""Dataset directories on disk: one JSON file per collection and the sources' texts.

A dataset directory looks like this::

    sources.json        [ {record}, ... ]   one JSON array per collection,
    organizations.json                      records sorted by id
    ...
    texts/<file>        the text of each source, UTF-8, as published

A missing collection file stands for an empty collection, but a directory with none
of them is a problem. Reading never raises on bad content: everything wrong is
reported as a :class:`~maroc_ai.errors.Problem`.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .convert import json_type as _json_type
from .errors import Problem
from .model import COLLECTIONS

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover
    from importlib.abc import Traversable

__all__ = [
    "RawRecord",
    "Traversable",
    "dumps",
    "is_plain_file_name",
    "read_collections",
    "read_texts",
    "write_directory",
]

TEXTS = "texts"

RawRecord = tuple[int, dict[str, Any]]
"""A record as read from its file: its position in the file and its JSON object."""


def dumps(data: object) -> str:
    """JSON as the project writes it: UTF-8 text unescaped, two-space indent, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


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


def _read_bytes(path: Traversable, file: str, problems: list[Problem]) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as error:
        problems.append(Problem(file=file, message=f"can't be read: {error.strerror or error}"))
        return None


def _is_file(path: Traversable) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _read_collection(
    path: Traversable, file: str, problems: list[Problem]
) -> list[RawRecord] | None:
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


def read_collections(
    root: Traversable, problems: list[Problem]
) -> tuple[dict[str, list[RawRecord]], set[str]]:
    """The raw records of every collection file under ``root``.

    Returns the records by collection name, and the names of the collections whose
    file is there but can't be read (the problem is reported), so that references
    into them are not reported once more. Unknown JSON files and a directory with no
    collection file at all are problems too.
    """
    known = [f"{name}.json" for name in COLLECTIONS]
    present = {entry.name for entry in root.iterdir()}
    for name in sorted(present):
        if name.endswith(".json") and name not in known:
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
    raw: dict[str, list[RawRecord]] = {}
    broken: set[str] = set()
    for name in COLLECTIONS:
        file = f"{name}.json"
        path = root.joinpath(file)
        raw[name] = []
        if file not in present:
            continue
        records = None
        if _is_file(path):
            records = _read_collection(path, file, problems)
        else:
            problems.append(Problem(file=file, message="not a regular file"))
        if records is None:
            broken.add(name)
        else:
            raw[name] = records
    return raw, broken


def read_texts(
    root: Traversable, files: Mapping[str, str], problems: list[Problem]
) -> tuple[dict[str, str], set[str]]:
    """The texts of the sources, keyed by source id; ``files`` maps source ids to file names.

    Returns the texts read and the ids of the sources whose text is there but can't be
    read (the problem is reported). A missing text or a file name that is not a plain
    name is left for :func:`maroc_ai.validate.check` to report.
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
) -> Path:
    """Write JSON-ready ``collections`` and ``texts`` (file name → text) as a dataset directory.

    Raises:
        ValueError: when a text's file name would put it outside ``texts/``.

    """
    for file in texts:
        if not is_plain_file_name(file):
            raise ValueError(
                f"{file!r} is not a plain file name; texts go directly inside {TEXTS}/"
            )
    root = Path(directory)
    (root / TEXTS).mkdir(parents=True, exist_ok=True)
    for name, records in collections.items():
        (root / f"{name}.json").write_text(dumps(list(records)), encoding="utf-8")
    for file, text in texts.items():
        (root / TEXTS / file).write_bytes(text.encode("utf-8"))
    return root
