"""Adding a reviewed draft to a dataset directory, after checking it as the loader does."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..convert import unstructure
from ..dataset import Dataset, load
from ..errors import DatasetError, Problem
from ..model import COLLECTIONS
from ..storage import TEXTS, is_plain_file_name, write_directory
from ..text import name_key
from ._candidates import NEW, Draft, structure_draft, unstructure_draft

__all__ = ["add_draft"]

CANDIDATES = ("places", "organizations", "officials", "partnerships", "facilities", "targets")
"""The lists of a draft whose new records are added, in an order that keeps references valid."""


def _existing(directory: Path) -> Dataset:
    if not directory.exists() or (directory.is_dir() and not any(directory.iterdir())):
        return Dataset()
    return load(directory)


def _names(raw: Mapping[str, Any]) -> list[str]:
    names = raw.get("name")
    if not isinstance(names, dict):
        return []
    forms = [names.get("ar"), names.get("en"), names.get("fr"), *(names.get("aliases") or [])]
    return [name_key(form) for form in forms if isinstance(form, str) and name_key(form)]


def add_draft(
    draft: Draft | Mapping[str, Any], directory: str | os.PathLike[str]
) -> dict[str, int]:
    """Merge the reviewed draft's new records and its source into a dataset directory.

    ``draft`` is a :class:`Draft`, or its JSON form (structured first: a malformed
    one is refused with every problem listed).

    The draft's source record and text are added, and, from each list of candidates,
    the ``record`` of every candidate whose ``match`` is ``"new"`` (remove a candidate,
    or set its ``match`` to an existing id, to leave it out), and of every candidate
    matched to a record this dataset lacks (it was matched in another one, such as the
    bundled dataset), so that the records referring to it stay valid. The merged dataset is
    written to a temporary directory and loaded with every check of
    :func:`maroc_ai.load`; only then are the directory's files replaced. A directory
    that does not exist yet is created.

    Returns:
        How many records were added to each collection.

    Raises:
        DatasetError: listing every problem: a record already there (a duplicate), an
            id or name the dataset already uses for another record (a conflict), or
            anything the loader rejects. Nothing is written then.

    """
    location = os.fspath(directory)
    typed = draft if isinstance(draft, Draft) else structure_draft(dict(draft))
    data = unstructure_draft(typed)
    root = Path(directory)
    existing = _existing(root)
    current = existing.to_dict()
    known_ids = {
        record.id: (name, record)
        for name, records in existing.collections().items()
        for record in records
    }
    known_names: dict[str, dict[str, str]] = {name: {} for name in COLLECTIONS}
    for name, records in current.items():
        for raw in records:
            for key in _names(raw):
                known_names[name].setdefault(key, raw["id"])

    problems: list[Problem] = []
    added: dict[str, list[dict[str, Any]]] = {name: [] for name in COLLECTIONS}
    new: list[tuple[str, Any]] = [("sources", data["source"])]
    pulled: set[str] = set()
    for collection in CANDIDATES:
        for index, item in enumerate(data.get(collection, [])):
            if not isinstance(item, dict):
                problems.append(
                    Problem(
                        file="draft", record=f"{collection}[{index}]", message="expected an object"
                    )
                )
                continue
            record = item.get("record")
            matched = item.get("match", NEW)
            if record is None:
                continue
            if matched == NEW:
                new.append((collection, record))
            elif matched not in known_ids and matched not in pulled:
                # matched in another dataset (the bundled one): this one needs it too
                pulled.add(matched)
                new.append((collection, record))
    seen: set[str] = set()
    for collection, raw in new:
        file = f"{collection}.json"
        if not isinstance(raw, dict):
            problems.append(Problem(file=file, message="a record is a JSON object"))
            continue
        record_id = raw.get("id")
        label = record_id if isinstance(record_id, str) else None
        if label in seen:
            problems.append(
                Problem(file=file, record=label, message="the draft adds two records with this id")
            )
            continue
        if label is not None:
            seen.add(label)
        if label in known_ids:
            other_collection, other = known_ids[label]
            if other_collection == collection and unstructure(other) == raw:
                message = "duplicate: this record is already in the dataset"
            else:
                message = f"conflict: the dataset already has a different record with this id in {other_collection}.json"
            problems.append(Problem(file=file, record=label, message=message))
            continue
        for key in _names(raw):
            other_id = known_names[collection].get(key)
            if other_id is not None and other_id != label:
                problems.append(
                    Problem(
                        file=file,
                        record=label,
                        field="name",
                        message=f"duplicate: {other_id!r} already has this name; set the candidate's match to {other_id!r} instead of adding it",
                    )
                )
                break
        added[collection].append(raw)

    texts = {
        source.file: existing.texts[source.id]
        for source in existing.sources
        if source.id in existing.texts
    }
    source_file = data["source"].get("file")
    if not isinstance(source_file, str) or not is_plain_file_name(source_file):
        problems.append(
            Problem(
                file="sources.json",
                record=data["source"].get("id"),
                field="file",
                message="the source needs a plain file name for its text",
            )
        )
    elif source_file in texts and texts[source_file] != data["text"]:
        problems.append(
            Problem(
                file=f"{TEXTS}/{source_file}",
                message="conflict: the dataset already has a different text in this file",
            )
        )
    else:
        texts[source_file] = data["text"]
    if problems:
        raise DatasetError(location, problems)

    merged = {name: [*current.get(name, []), *added[name]] for name in COLLECTIONS}
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".maroc-ai-add-", dir=root.parent))
    try:
        write_directory(staging, merged, texts)
        try:
            load(staging)
        except DatasetError as error:
            raise DatasetError(location, error.problems) from None
        root.mkdir(parents=True, exist_ok=True)
        (root / TEXTS).mkdir(exist_ok=True)
        for name in COLLECTIONS:
            os.replace(staging / f"{name}.json", root / f"{name}.json")
        for file in texts:
            os.replace(staging / TEXTS / file, root / TEXTS / file)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {name: len(records) for name, records in added.items() if records}
