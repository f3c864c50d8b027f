"""Adding a reviewed draft to a dataset directory, after checking it as the loader does.

The directory's lock is held from reading it to the last rename, so two adds at once
take turns and the second merges onto what the first wrote; the merged dataset is
built and checked in memory, then written all or nothing (:mod:`maroc_ai._commit`).
A draft that is refused leaves the directory as it was, and makes no folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from typing import Any

from .. import _json, _loading
from .._commit import recover
from .._convert import describe_errors, structure, unstructure
from .._json import json_type, path_text, surrogates
from .._links import raw_references, sources_of
from .._lock import locked
from .._storage import (
    TEXTS,
    Folder,
    encode,
    is_plain_file_name,
    save,
    surrogate_message,
    target_directory,
)
from ..dataset import Dataset, load
from ..errors import DatasetError, DraftError, Problem
from ..model import COLLECTIONS, ID_PATTERN, Source
from ..text import name_key
from ._candidates import NEW, Draft, unstructure_draft

__all__ = ["add_draft", "draft_data"]

CANDIDATES = (
    "places",
    "organizations",
    "officials",
    "partnerships",
    "facilities",
    "targets",
    "statistics",
)
"""The lists of a draft whose new records are added, in an order that keeps references valid."""


_DEEPEST = 64
"""How deeply a draft may nest (a record needs about six levels)."""


def _shape_problems(data: object) -> Iterator[Problem]:
    """What is wrong with the shape of a draft's JSON data, each with its path."""
    if not isinstance(data, Mapping):
        yield Problem(
            message=f"a draft is a JSON object with 'source' and 'text', not {json_type(data)}"
        )
        return
    if not isinstance(data.get("source"), Mapping):
        yield Problem(field="source", message="the source record is missing")
    if not isinstance(data.get("text"), str):
        yield Problem(field="text", message="the article's text is missing")
    for key in CANDIDATES:
        items = data.get(key, [])
        if not isinstance(items, list):
            yield Problem(
                field=key, message=f"expected a list of candidates, got {json_type(items)}"
            )
            continue
        for index, item in enumerate(items):
            where = f"{key}[{index}]"
            if not isinstance(item, Mapping):
                yield Problem(
                    field=where, message=f"expected a candidate object, got {json_type(item)}"
                )
                continue
            matched = item.get("match", NEW)
            if not isinstance(matched, str):
                yield Problem(
                    field=f"{where}.match",
                    message=f'expected "new" or the id of a record, got {json_type(matched)}',
                )
            elif matched != NEW and not ID_PATTERN.fullmatch(matched):
                yield Problem(
                    field=f"{where}.match",
                    message=f'expected "new" or the id of a record, got {matched!r}',
                )
            record = item.get("record")
            if record is None and matched == NEW:
                yield Problem(
                    field=f"{where}.record",
                    message='a candidate whose match is "new" needs its record',
                )
            elif record is not None and not isinstance(record, Mapping):
                yield Problem(
                    field=f"{where}.record",
                    message=f"expected a record object, got {json_type(record)}",
                )
    deep = list(_deep_or_unwritable(data))
    yield from deep
    if not deep:
        yield from _record_problems(data)


def _record_problems(data: Mapping[str, Any]) -> Iterator[Problem]:
    """What is wrong with each record of the draft on its own, as the loader would say it."""
    records = [("source", data.get("source"), COLLECTIONS["sources"])]
    for key in CANDIDATES:
        items = data.get(key, [])
        if isinstance(items, list):
            records.extend(
                (f"{key}[{index}].record", item.get("record"), COLLECTIONS[key])
                for index, item in enumerate(items)
                if isinstance(item, Mapping)
            )
    for where, record, cls in records:
        if not isinstance(record, Mapping):
            continue
        try:
            structure(dict(record), cls)
        except Exception as error:
            for field, message in describe_errors(error, where):
                yield Problem(field=field, message=message)


def _deep_or_unwritable(data: Mapping[str, Any]) -> Iterator[Problem]:
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if len(path) > _DEEPEST:
            yield Problem(
                field=path_text(path[:3]), message=f"nested more than {_DEEPEST} levels deep"
            )
            return
        if isinstance(value, Mapping):
            stack.extend(((*path, str(key)), item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))
    try:
        found = list(surrogates(dict(data)))
    except RecursionError:  # pragma: no cover - depth is checked above
        found = []
    for where, text in found:
        yield Problem(field=path_text(where), message=surrogate_message(text))


def _check_draft(data: object) -> Mapping[str, Any]:
    problems = list(_shape_problems(data))
    if problems:
        raise DraftError("draft", problems)
    assert isinstance(data, Mapping)
    return data


_NAMED = frozenset({"organizations", "officials", "places", "programs"})
"""Collections whose records a name identifies: a new id for a name one of them already
has is a duplicate. Agreements, facilities, events and figures are often called by
what they are ("اتفاقية شراكة", "data centre"): two of them may share those words."""


def _names(raw: Mapping[str, Any]) -> list[str]:
    names = raw.get("name")
    if not isinstance(names, Mapping):
        return []
    aliases = names.get("aliases")
    forms = [names.get("ar"), names.get("en"), names.get("fr")]
    if isinstance(aliases, list):
        forms.extend(aliases)
    return [name_key(form) for form in forms if isinstance(form, str) and name_key(form)]


def draft_data(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The JSON object of a draft file, read strictly, as :func:`add_draft` takes it.

    A reviewed draft need only hold what ``add`` reads (the source, the text, and each
    candidate's ``match`` and ``record``); :func:`~maroc_ai.extract.read_draft` reads
    the whole typed :class:`Draft` instead.

    Raises:
        DraftError: when the file is not UTF-8 JSON, or has a key twice in an object.

    """
    location = os.fspath(path)
    try:
        with open(path, "rb") as file:
            text = file.read().decode("utf-8")
        data, twice = _json.loads(text)
    except UnicodeDecodeError as error:
        message = f"not UTF-8 text: byte {error.start} can't be read ({error.reason})"
        raise DraftError(location, [Problem(message=message)]) from None
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        raise DraftError(location, [Problem(message=message)]) from None
    except RecursionError:
        raise DraftError(location, [Problem(message="nested too deeply")]) from None
    if twice:
        problems = [
            Problem(field=path_text(where), message="a key written twice") for where in twice
        ]
        raise DraftError(location, problems)
    if not isinstance(data, dict):
        message = f"a draft is a JSON object with 'source' and 'text', not {json_type(data)}"
        raise DraftError(location, [Problem(message=message)])
    return data


def add_draft(
    draft: Draft | Mapping[str, Any], directory: str | os.PathLike[str]
) -> dict[str, int]:
    """Merge the reviewed draft's new records and its source into a dataset directory.

    ``draft`` is a :class:`Draft`, or its JSON form (structured first: a malformed
    one is refused with every problem listed).

    The draft's source record and text are added, and, from each list of candidates,
    the ``record`` of every candidate whose ``match`` is ``"new"`` (remove a candidate,
    or set its ``match`` to an existing id, to leave it out), and of every candidate
    matched to a record this dataset lacks but the bundled dataset has (it was
    matched there), so that the records referring to it stay valid. The bundled
    records these refer to and the dataset lacks come too (a matched minister's
    ministry), with the bundled sources that cite them and their texts. A ``match``
    that is neither is an error.

    The directory's lock is held from reading it to the last rename, so a second add
    at the same time waits, then merges onto what the first wrote. The merged
    dataset is built and checked with every check of :func:`maroc_ai.load`; only
    then is it written, all or nothing. A directory that does not exist yet is
    created (once the draft is accepted).

    Returns:
        How many records were added to each collection.

    Raises:
        DraftError: when the draft is malformed: every problem of its shape and of
            each of its records on its own, with its path in the draft
            (``organizations[0].record.kind``). Nothing is written.
        DatasetError: listing every problem: a record already there (a duplicate), an
            id or name the dataset already uses for another record (a conflict), or
            anything the loader rejects. Nothing is written then.

    """
    location = os.fspath(directory)
    data = _with_provenance(
        _check_draft(unstructure_draft(draft) if isinstance(draft, Draft) else draft)
    )
    root = target_directory(location)
    if not os.path.isdir(root):
        _merge(Dataset(), data, location)  # refused before any folder is made
        os.makedirs(root, exist_ok=True)
    with locked(root):
        recover(root)  # a write that stopped is finished or discarded first
        existing = _loading.read(Folder(root), location) if _has_data(root) else ({}, {}, None)
        merged, texts, added = _merge(
            Dataset(**existing[0], texts=existing[1], release=existing[2]), data, location
        )
        save(root, encode(location, merged, texts))
    return added


def _with_provenance(data: Mapping[str, Any]) -> dict[str, Any]:
    """The draft with what it knows of its article filled into the source's empty fields.

    Its ``url`` and ``publisher`` (from ``maroc-ai extract --url/--publisher`` or a
    corpus line) and the SHA-256 of its text, which loading then checks; what the
    curator wrote in the source record stays.
    """
    source = data["source"]
    filled = dict(source)
    for key in ("url", "publisher"):
        if filled.get(key) is None and data.get(key) is not None:
            filled[key] = data[key]
    if filled.get("sha256") is None and isinstance(data.get("text"), str):
        filled["sha256"] = Source.fingerprint(data["text"])
    return {**data, "source": filled}


def _has_data(root: str) -> bool:
    """Whether ``root`` holds anything but hidden entries (``.git``): else it is a new dataset."""
    return any(not entry.name.startswith(".") for entry in os.scandir(root))


def _merge(
    existing: Dataset, data: Mapping[str, Any], location: str
) -> tuple[dict[str, list[Any]], dict[str, str], dict[str, int]]:
    """The collections of ``existing`` with the draft's records, checked; the texts to write.

    Returns the JSON-ready collections, the new text by file name and how many
    records each collection gains.
    """
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
    added: dict[str, list[Any]] = {name: [] for name in COLLECTIONS}
    new: list[tuple[str, Any]] = [("sources", data["source"])]
    pulled: set[str] = set()
    for collection in CANDIDATES:
        for index, item in enumerate(data.get(collection, [])):
            record = item.get("record")
            matched = item.get("match", NEW)
            if matched == NEW:
                new.append((collection, record))
            elif matched in known_ids or matched in pulled:
                continue
            elif matched not in load():
                message = f'{matched!r} is neither "new" nor the id of a record of this dataset or the bundled one'
                problems.append(
                    Problem(file="draft", field=f"{collection}[{index}].match", message=message)
                )
            elif record is None:
                message = f"{matched!r} is a record of the bundled dataset this one lacks: give its record to add it"
                problems.append(
                    Problem(file="draft", field=f"{collection}[{index}].record", message=message)
                )
            else:  # matched in the bundled dataset: this one needs it too
                pulled.add(matched)
                new.append((collection, record))
    referred, referred_texts = _referred_from_bundled(new, known_ids)
    new.extend(referred)
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
        for key in _names(raw) if collection in _NAMED else ():
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

    files = {source.file: source.id for source in existing.sources if source.id in existing.texts}
    source_id, source_file, text = data["source"]["id"], data["source"]["file"], data["text"]
    if not is_plain_file_name(source_file):
        problems.append(
            Problem(
                file="sources.json",
                record=source_id,
                field="file",
                message="the source needs a plain file name for its text",
            )
        )
    elif source_file in files and existing.texts[files[source_file]] != text:
        problems.append(
            Problem(
                file=f"{TEXTS}/{source_file}",
                message="conflict: the dataset already has a different text in this file",
            )
        )
    for pulled_id, (pulled_file, pulled_text) in referred_texts.items():
        if pulled_file in files and existing.texts[files[pulled_file]] != pulled_text:
            message = f"conflict: the dataset already has a different text in this file, which the bundled source {pulled_id!r} needs"
            problems.append(Problem(file=f"{TEXTS}/{pulled_file}", message=message))
    if problems:
        raise DatasetError(location, problems)

    merged = {name: [*current.get(name, []), *added[name]] for name in COLLECTIONS}
    texts = {source_id: text, **{key: value[1] for key, value in referred_texts.items()}}
    collections, _ = _loading.build(merged, {**existing.texts, **texts}, location)
    counts = {name: len(records) for name, records in added.items() if records}
    written = {source_file: text, **dict(referred_texts.values())}
    return Dataset(**collections, texts={}, release=None).to_dict(), written, counts


def _referred_from_bundled(
    new: list[tuple[str, Any]], known: Mapping[str, object]
) -> tuple[list[tuple[str, Any]], dict[str, tuple[str, str]]]:
    """The bundled records the draft's records refer to that this dataset lacks.

    A candidate matched to a bundled official brings a post at a bundled ministry: the
    ministry comes too, with what it refers to in turn and the bundled sources that
    cite them (and their texts), so every reference resolves and every fact stays
    cited. Returns those records, and each pulled source's file and text by its id.
    """
    have = set(known) | {raw.get("id") for _, raw in new if isinstance(raw, dict)}
    bundled: dict[str, tuple[str, Any]] | None = None
    pulled: list[tuple[str, Any]] = []
    texts: dict[str, tuple[str, str]] = {}
    queue = list(new)
    while queue:
        collection, raw = queue.pop()
        if not isinstance(raw, dict) or collection not in COLLECTIONS:
            continue
        for target in raw_references(COLLECTIONS[collection], raw):
            if target in have:
                continue
            if bundled is None:
                bundled = {
                    record.id: (name, record)
                    for name, records in load().collections().items()
                    for record in records
                }
            if target not in bundled:
                continue  # the loader names the unknown id
            have.add(target)
            name, record = bundled[target]
            item = (name, unstructure(record))
            pulled.append(item)
            queue.append(item)
            for source_id in dict.fromkeys(sources_of(record)):
                if source_id not in have:
                    have.add(source_id)
                    source = bundled[source_id][1]
                    pulled.append(("sources", unstructure(source)))
                    texts[source_id] = (source.file, load().text(source))
    return pulled, texts
