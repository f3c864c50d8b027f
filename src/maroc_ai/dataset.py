"""The :class:`Dataset`: every record, the sources' texts, and loading and exporting them."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Iterable, Iterator, Mapping
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

from .errors import DatasetError, Problem, UnknownIdError
from .model import (
    COLLECTIONS,
    Event,
    Facility,
    Official,
    Organization,
    Partnership,
    Place,
    Program,
    Record,
    Source,
    Target,
)
from .values import Citation

if TYPE_CHECKING:
    from pathlib import Path

    from .storage import RawRecord, Traversable

# What only loading a directory of your own, checking or exporting needs (cattrs, the
# checks, pathlib, difflib) is imported where it is used, so that ``import maroc_ai``
# and the bundled ``load()`` stay quick.

__all__ = ["Dataset", "load"]

R = TypeVar("R")

PathLike = str | os.PathLike[str]


_ID = attrgetter("id")


def _by_id(records: Iterable[R]) -> tuple[R, ...]:
    return tuple(sorted(records, key=_ID))


_BY_ID: attrs.Converter[Any, Any] = attrs.Converter(_by_id)  # inspected once, not per field


def _collection() -> Any:
    return attrs.field(default=(), converter=_BY_ID)


def _frozen_texts(texts: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(sorted(texts.items())))


@attrs.frozen(kw_only=True, repr=False, eq=True, hash=False)
class Dataset:
    """An immutable set of records with the texts of the sources they cite.

    Each collection is a tuple of records sorted by id. ``texts`` maps each source id
    to the full text of the article, so every citation can be checked against it.
    Get the bundled dataset with :func:`load`; build or change one with
    :func:`attrs.evolve`, then check it with :meth:`problems`.
    """

    sources: tuple[Source, ...] = _collection()
    organizations: tuple[Organization, ...] = _collection()
    officials: tuple[Official, ...] = _collection()
    partnerships: tuple[Partnership, ...] = _collection()
    facilities: tuple[Facility, ...] = _collection()
    targets: tuple[Target, ...] = _collection()
    programs: tuple[Program, ...] = _collection()
    events: tuple[Event, ...] = _collection()
    places: tuple[Place, ...] = _collection()
    texts: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_texts)

    @functools.cached_property
    def _index(self) -> dict[str, Record]:
        return {record.id: record for record in self.records()}

    def collections(self) -> dict[str, tuple[Record, ...]]:
        """Each collection by name (``"sources"``, ``"organizations"`` …), in export order."""
        return {name: getattr(self, name) for name in COLLECTIONS}

    def records(self) -> Iterator[Record]:
        """Every record, collection by collection."""
        for records in self.collections().values():
            yield from records

    @overload
    def get(self, id: str) -> Record: ...

    @overload
    def get(self, id: str, kind: type[R]) -> R: ...

    def get(self, id: str, kind: type[Any] | None = None) -> Any:
        """The record with this id, whatever its collection.

        Args:
            id: The record's id.
            kind: The class the record must be (``maroc_ai.Partnership`` …); the result
                is then typed as that class.

        Raises:
            UnknownIdError: when no record has the id; it suggests the closest ids.
            TypeError: when ``id`` is not a string, or the record is not a ``kind``.

        """
        if not isinstance(id, str):
            raise TypeError(f"an id is a string, got {id!r}")
        try:
            record = self._index[id]
        except KeyError:
            import difflib

            close = difflib.get_close_matches(id, list(self._index), n=3, cutoff=0.6)
            raise UnknownIdError(id, close) from None
        if kind is not None and not isinstance(record, kind):
            raise TypeError(f"{id!r} is a {type(record).__name__}, not a {kind.__name__}")
        return record

    def __contains__(self, id: object) -> bool:
        return id in self._index

    def __len__(self) -> int:
        return len(self._index)

    def counts(self) -> dict[str, int]:
        """How many records each collection holds."""
        return {name: len(records) for name, records in self.collections().items()}

    def text(self, source: str | Source) -> str:
        """The full text of a source, by id or record."""
        source_id = source if isinstance(source, str) else source.id
        if source_id in self.texts:
            return self.texts[source_id]
        if source_id in self:
            raise LookupError(f"the source {source_id!r} has no text in this dataset")
        import difflib

        raise UnknownIdError(source_id, difflib.get_close_matches(source_id, self.texts))

    def locate(self, citation: Citation) -> tuple[int, int]:
        """Where the quote of ``citation`` stands in its source: ``(start, end)`` character offsets.

        Raises:
            ValueError: when the quote is not in the source's text.

        """
        text = self.text(citation.source)
        start = text.find(citation.quote)
        if start < 0:
            raise ValueError(f"the quote is not in the text of {citation.source!r}")
        return start, start + len(citation.quote)

    def problems(self) -> list[Problem]:
        """Everything wrong with the dataset, as :func:`load` would report it.

        Each record goes through the same strict conversion as a loaded one, so a
        record built by hand with a value of the wrong type is reported too.
        """
        from .convert import unstructure
        from .validate import check

        problems: list[Problem] = []
        failed: list[str] = []
        collections: dict[str, tuple[Any, ...]] = {}
        with _gc_paused():
            for name, cls in COLLECTIONS.items():
                raw: list[RawRecord] = []
                for index, record in enumerate(getattr(self, name)):
                    try:
                        raw.append((index, unstructure(record)))
                    except Exception as error:
                        label = _label(getattr(record, "id", None), index)
                        failed.append(label)
                        message = f"not a valid {cls.__name__}: {error}"
                        problems.append(Problem(file=f"{name}.json", record=label, message=message))
                collections[name] = _structure_all(name, cls, raw, problems, failed)
            problems.extend(check(collections, self.texts, failed))
        return problems

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """The dataset as JSON-ready data: one list of records per collection."""
        from .convert import unstructure

        return {name: unstructure(list(records)) for name, records in self.collections().items()}

    def to_json(self) -> str:
        """The dataset as one JSON document, as ``maroc-ai export --format json`` prints it."""
        from . import storage

        return storage.dumps(self.to_dict())

    def write(self, directory: PathLike) -> Path:
        """Write the dataset as a directory that :func:`load` reads back identically."""
        from . import storage

        texts = {
            source.file: self.texts[source.id] for source in self.sources if source.id in self.texts
        }
        return storage.write_directory(directory, self.to_dict(), texts)

    def __repr__(self) -> str:
        counts = ", ".join(f"{count} {name}" for name, count in self.counts().items())
        return f"<Dataset: {counts}>"


def load(path: PathLike | Traversable | None = None) -> Dataset:
    """Load the bundled dataset, or a dataset directory of your own.

    The bundled dataset is read once and cached; it cannot be changed. A directory of
    your own has the layout described in :mod:`maroc_ai.storage`, the same that
    :meth:`Dataset.write` and ``maroc-ai export --output DIR`` produce.

    Raises:
        DatasetError: listing every problem found, each with its file, record id and field.

    """
    if path is None:
        return _bundled()
    if isinstance(path, (str, os.PathLike)):
        if not os.fspath(path):
            raise DatasetError(
                "''", [Problem(message="no dataset directory given: the path is empty")]
            )
        from pathlib import Path

        return read(Path(path), str(path))
    return read(path, str(path))


_BUNDLED = "bundled with maroc_ai"


@functools.cache
def _bundled() -> Dataset:
    directory = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    dataset = _read_bundled(directory) if os.path.isdir(directory) else None
    if dataset is None:  # installed in a zip file, or changed: read and check it all
        from importlib.resources import files

        dataset = read(files(__package__).joinpath("data"), _BUNDLED)
    return dataset


def _read_bundled(directory: str) -> Dataset | None:
    """The bundled dataset, built on the fast path and without the checks across records.

    The test suite runs every check on the bundled data (``tests/test_data.py``), as
    data packages such as pycountry do, so loading it need not repeat them. Whatever
    is unexpected here gives ``None``, and the caller reads the data the checked way.
    """
    import json

    from . import _fast

    collections: dict[str, tuple[Any, ...]] = {}
    texts: dict[str, str] = {}
    try:
        for name, cls in COLLECTIONS.items():
            with open(os.path.join(directory, f"{name}.json"), "rb") as file:
                items = json.loads(file.read())
            build = _fast.BUILDERS[cls]
            collections[name] = tuple([build(item) for item in items])
        for source in collections["sources"]:
            with open(os.path.join(directory, "texts", source.file), "rb") as file:
                texts[source.id] = file.read().decode("utf-8")
        return Dataset(**collections, texts=texts)
    except Exception:
        return None


def read(root: Traversable, location: str) -> Dataset:
    """Read and validate the dataset directory ``root``; ``location`` names it in errors."""
    try:
        with _gc_paused():
            return _read(root, location)
    except OSError as error:
        problem = Problem(message=f"the dataset can't be read: {error.strerror or error}")
        raise DatasetError(location, [problem]) from None


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
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


def _read(root: Traversable, location: str) -> Dataset:
    from . import storage
    from .validate import check

    if not root.is_dir():
        message = "is a file, not a directory" if root.is_file() else "does not exist"
        raise DatasetError(location, [Problem(message=f"the dataset directory {message}")])
    problems: list[Problem] = []
    raw, broken = storage.read_collections(root, problems)
    collections: dict[str, tuple[Any, ...]] = {}
    failed: list[str] = []
    for name, cls in COLLECTIONS.items():
        collections[name] = _structure_all(name, cls, raw[name], problems, failed)
    files_by_source = {source.id: source.file for source in collections["sources"]}
    texts, unreadable = storage.read_texts(root, files_by_source, problems)
    problems.extend(check(collections, texts, failed, unreadable, broken))
    if problems:
        raise DatasetError(location, problems)
    return Dataset(**collections, texts=texts)


def _label(record_id: object, index: int) -> str:
    """How problems name a record: by its id, or by its position when it has none."""
    return record_id if isinstance(record_id, str) else f"#{index}"


def _structure_all(
    name: str,
    cls: type[Any],
    raw: list[RawRecord],
    problems: list[Problem],
    failed: list[str],
) -> tuple[Any, ...]:
    """Each record on the fast path; one it refuses goes the detailed way, for its problems."""
    from ._fast import BUILDERS

    build = BUILDERS[cls]
    records: list[Any] = []
    append = records.append
    for index, item in raw:
        try:
            append(build(item))
        except Exception:
            record = _structure_detailed(name, cls, index, item, problems, failed)
            if record is not None:
                append(record)
    return tuple(records)


def _structure_detailed(
    name: str,
    cls: type[Any],
    index: int,
    item: dict[str, Any],
    problems: list[Problem],
    failed: list[str],
) -> Any:
    """The record ``item`` built by cattrs, or ``None`` with its problems reported."""
    from .convert import describe_errors, structure

    record_id = item.get("id")
    try:
        return structure(item, cls)
    except Exception as error:
        label = _label(record_id, index)
        failed.append(label)
        for field, message in describe_errors(error):
            problems.append(
                Problem(file=f"{name}.json", record=label, field=field or None, message=message)
            )
    return None
