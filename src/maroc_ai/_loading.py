"""Loading a dataset: reading its directory, building its records, checking them all.

One path serves the bundled dataset and directories of your own alike: each
collection file is read, parsed and built into records before the next one is read,
so only one file's JSON is held at a time; then the sources' texts are read, and
every check of `maroc_ai._validate` runs over the whole. Records are built on
the fast path (`maroc_ai._fast`); one it refuses is built again the detailed
way (`maroc_ai._convert`), which says exactly what is wrong with it.

Bad input costs time and memory in proportion to its size: at most a hundred
problems of a kind are kept per file (`maroc_ai._problems`), and past a
thousand refused records in one file the others are only counted.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ._english import counted, plural, with_article
from ._fast import BUILDERS
from ._json import json_type
from ._problems import Problems
from ._release import Release
from ._storage import (
    Folder,
    RawRecords,
    Tree,
    collection_files,
    read_collection,
    read_release,
    read_texts,
)
from ._validate import QUICK_FROM, check
from .errors import DatasetError, Problem
from .model import COLLECTIONS

__all__ = ["BUNDLED", "DETAILED", "Loaded", "build", "bundled", "check_records", "read"]

Loaded = tuple[dict[str, tuple[Any, ...]], dict[str, str], Release | None]
"""The records of each collection, by name, the text of each source, by id, and the
release the directory says it is (``release.json``), if it says."""

BUNDLED = "bundled with maroc_ai"
"""How problems name the bundled dataset."""


def bundled() -> Tree:
    """The directory of the bundled dataset: on disk, or inside a zip the package came in."""
    directory = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    if os.path.isdir(directory):
        return Folder(directory)
    from importlib.resources import files  # pragma: no cover - installed as a zip file

    return files(__package__).joinpath("data")  # pragma: no cover


def read(root: Tree, location: str) -> Loaded:
    """The records and texts of the dataset directory ``root``; ``location`` names it in errors.

    Raises:
        DatasetError: listing every problem found, each with its file, record id and field.

    """
    try:
        with gc_paused():
            return _read(root, location)
    except OSError as error:
        problem = Problem(message=f"the dataset can't be read: {error.strerror or error}")
        raise DatasetError(location, [problem]) from None


def _read(root: Tree, location: str) -> Loaded:
    if not root.is_dir():
        message = "is a file, not a directory" if root.is_file() else "does not exist"
        raise DatasetError(location, [Problem(message=f"the dataset directory {message}")])
    problems = Problems()
    present = collection_files(root, problems)
    release = read_release(root, problems)
    collections: dict[str, tuple[Any, ...]] = {}
    failed: list[str] = []
    broken: set[str] = set()
    for name, cls in COLLECTIONS.items():
        raw = read_collection(root, name, present, problems)
        if raw is None:
            broken.add(name)
            raw = []
        collections[name] = _structure_all(name, cls, raw, problems, failed)
        del raw
    files_by_source = {source.id: source.file for source in collections["sources"]}
    texts, unreadable = read_texts(root, files_by_source, problems)
    problems.extend(check(collections, texts, failed, unreadable, broken, quick_from=QUICK_FROM))
    if problems:
        raise DatasetError(location, problems)
    return collections, texts, release


def build(
    raw: Mapping[str, Iterable[dict[str, Any]]], texts: Mapping[str, str], location: str
) -> tuple[dict[str, tuple[Any, ...]], dict[str, str]]:
    """The records of JSON-ready ``raw`` collections, built and checked as `read` would.

    ``texts`` maps source ids to their texts. For data that is not in files yet: a
    draft merged into a dataset, before it is written.

    Raises:
        DatasetError: listing every problem, as `read` reports it.

    """
    problems = Problems()
    collections: dict[str, tuple[Any, ...]] = {}
    failed: list[str] = []
    with gc_paused():
        for name, cls in COLLECTIONS.items():
            items: RawRecords = []
            for index, item in enumerate(raw.get(name, ())):
                if isinstance(item, dict):
                    items.append(item)
                else:
                    items.append(None)
                    message = f"expected a JSON object, got {json_type(item)}"
                    problems.append(
                        Problem(file=f"{name}.json", record=f"#{index}", message=message)
                    )
            collections[name] = _structure_all(name, cls, items, problems, failed)
        problems.extend(check(collections, texts, failed, quick_from=QUICK_FROM))
    if problems:
        raise DatasetError(location, problems)
    return collections, dict(texts)


def check_records(
    collections: Mapping[str, Iterable[Any]], texts: Mapping[str, str]
) -> list[Problem]:
    """Everything wrong with records built in Python, as `read` would report it.

    Each record goes through the same strict conversion as a loaded one, so a record
    built by hand with a value of the wrong type is reported too.
    """
    from ._convert import unstructure

    problems = Problems()
    failed: list[str] = []
    structured: dict[str, tuple[Any, ...]] = {}
    with gc_paused():
        for name, cls in COLLECTIONS.items():
            raw: RawRecords = []
            for index, record in enumerate(collections.get(name, ())):
                try:
                    raw.append(unstructure(record))
                except Exception as error:
                    raw.append(None)
                    record_id = getattr(record, "id", None)
                    label = _label(record_id, index)
                    if isinstance(record_id, str):
                        failed.append(record_id)
                    message = f"not a valid {cls.__name__}: {error}"
                    problems.append(Problem(file=f"{name}.json", record=label, message=message))
            structured[name] = _structure_all(name, cls, raw, problems, failed)
        problems.extend(check(structured, texts, failed, quick_from=QUICK_FROM))
    return list(problems)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection while the block builds millions of objects that all stay alive.

    The collector would walk the growing heap again and again for nothing; it is
    switched back on afterwards (if it was on), whatever happens.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _label(record_id: object, index: int) -> str:
    """How problems name a record: by its id, or by its position when it has none."""
    return record_id if isinstance(record_id, str) else f"#{index}"


DETAILED = 1000
"""How many refused records of one file are built the detailed way, for their problems."""


def _structure_all(
    name: str,
    cls: type[Any],
    raw: RawRecords,
    problems: Problems,
    failed: list[str],
) -> tuple[Any, ...]:
    """Each record on the fast path; one it refuses goes the detailed way, for its problems.

    Past `DETAILED` refused records, the others are only counted, so that a
    file of junk costs no more than reading it.
    """
    build = BUILDERS[cls]
    records: list[Any] = []
    append = records.append
    refused = 0
    for index, item in enumerate(raw):
        if item is None:
            continue  # not an object: reported
        try:
            append(build(item))
            continue
        except Exception:
            refused += 1
        if refused > DETAILED:
            record_id = item.get("id")
            if isinstance(record_id, str):
                failed.append(record_id)
            continue
        record = _structure_detailed(name, cls, index, item, problems, failed)
        if record is not None:
            append(record)
    # The detailed path's errors live until the next collection (paused while
    # loading), and keep this frame alive: not the file's JSON with it.
    del raw
    if refused > DETAILED:
        more, what = refused - DETAILED, f"valid {cls.__name__} record"
        invalid = f"is not {with_article(what)}" if more == 1 else f"are not {plural(what)}"
        problems.append(
            Problem(
                file=f"{name}.json",
                message=f"and {counted(more, 'more record')} that {invalid}; fix the ones above first",
            )
        )
    return tuple(records)


def _structure_detailed(
    name: str,
    cls: type[Any],
    index: int,
    item: dict[str, Any],
    problems: Problems,
    failed: list[str],
) -> Any:
    """The record ``item`` built by cattrs, or ``None`` with its problems reported."""
    from ._convert import describe_errors, structure

    record_id = item.get("id")
    try:
        return structure(item, cls)
    except Exception as error:
        label = _label(record_id, index)
        if isinstance(record_id, str):
            failed.append(record_id)
        for field, message in describe_errors(error):
            problems.append(
                Problem(file=f"{name}.json", record=label, field=field or None, message=message)
            )
    return None
