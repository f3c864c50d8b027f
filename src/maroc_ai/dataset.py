"""The :class:`Dataset`: every record, the sources' texts, and loading and exporting them."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Iterable, Iterator, Mapping
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import attrs

from ._filters import filters_for, interval
from ._links import Links
from .errors import AmbiguousNameError, DatasetError, Problem, UnknownIdError, UnknownNameError
from .model import (
    COLLECTIONS,
    Event,
    Facility,
    Official,
    Organization,
    Participation,
    Partnership,
    Place,
    Post,
    Program,
    Record,
    Source,
    Target,
)
from .query import Query, Timeline
from .text import name_key
from .values import Citation, PartialDate

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from .plot import Plots
    from .search import Hits, SearchIndex
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


class _Collection(Generic[R]):
    """A collection of a dataset, seen as a :class:`~maroc_ai.query.Query` of its records."""

    def __init__(self, cls: type[R]) -> None:
        self.cls = cls
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, dataset: None, owner: type | None = None) -> _Collection[R]: ...

    @overload
    def __get__(self, dataset: Dataset, owner: type | None = None) -> Query[R]: ...

    def __get__(self, dataset: Dataset | None, owner: type | None = None) -> Any:
        if dataset is None:
            return self
        return dataset._collection(self.name, self.cls)


def _frozen_texts(texts: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(sorted(texts.items())))


@attrs.frozen(kw_only=True, repr=False, eq=True, hash=False)
class Dataset:
    """An immutable set of records with the texts of the sources they cite.

    Each collection is a :class:`~maroc_ai.Query` of records sorted by id. ``texts`` maps each source id
    to the full text of the article, so every citation can be checked against it.
    Get the bundled dataset with :func:`load`; build or change one with
    :func:`attrs.evolve`, then check it with :meth:`problems`.
    """

    _sources: tuple[Source, ...] = _collection()
    _organizations: tuple[Organization, ...] = _collection()
    _officials: tuple[Official, ...] = _collection()
    _partnerships: tuple[Partnership, ...] = _collection()
    _facilities: tuple[Facility, ...] = _collection()
    _targets: tuple[Target, ...] = _collection()
    _programs: tuple[Program, ...] = _collection()
    _events: tuple[Event, ...] = _collection()
    _places: tuple[Place, ...] = _collection()
    texts: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_texts)

    sources = _Collection(Source)
    organizations = _Collection(Organization)
    officials = _Collection(Official)
    partnerships = _Collection(Partnership)
    facilities = _Collection(Facility)
    targets = _Collection(Target)
    programs = _Collection(Program)
    events = _Collection(Event)
    places = _Collection(Place)

    @functools.cached_property
    def _index(self) -> dict[str, Record]:
        return {record.id: record for record in self.records()}

    @functools.cached_property
    def _queries(self) -> dict[str, Query[Any]]:
        return {}

    @functools.cached_property
    def _indexes(self) -> dict[tuple[type, str], dict[Any, list[Any]]]:
        return {}

    @functools.cached_property
    def _links(self) -> Links:
        return Links(self.records())

    @functools.cached_property
    def _search_index(self) -> SearchIndex:
        from .search import SearchIndex

        return SearchIndex(
            (record, name) for record in self.records() for name in _names_of(record)
        )

    def _collection(self, name: str, cls: type[R]) -> Query[R]:
        query = self._queries.get(name)
        if query is None:
            query = self._queries[name] = Query(getattr(self, f"_{name}"), (cls,), self, whole=True)
        return query

    def collections(self) -> dict[str, Query[Any]]:
        """Each collection by name (``"sources"``, ``"organizations"`` …), in export order."""
        return {name: getattr(self, name) for name in COLLECTIONS}

    def records(self) -> Iterator[Record]:
        """Every record, collection by collection."""
        for name in COLLECTIONS:
            yield from getattr(self, f"_{name}")

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

    @property
    def plot(self) -> Plots:
        """Figures of the dataset: ``ds.plot.timeline()``, ``.network()``, ``.map()`` (matplotlib)."""
        from .plot import Plots

        return Plots(self)

    def export(self, format: str, path: PathLike) -> Path:
        """Write the dataset as ``csv``, ``datapackage``, ``jsonschema``, ``geojson``, ``jsonld`` …

        See :mod:`maroc_ai.export` for the formats; ``path`` is a directory for ``csv``
        and ``datapackage``, a file for the others. Returns the path written.
        """
        from .export import export

        return export(self, format, path)

    # -- finding records by name ---------------------------------------------------

    def search(
        self,
        text: str,
        kind: type[Any] | str | Iterable[type[Any] | str] | None = None,
        limit: int | None = 10,
    ) -> Hits:
        """Records whose names match ``text``, best first: any name, any script, any alias.

        Matching ignores diacritics, hamza and alef forms, taa marbuta, alef maqsura,
        tatweel, case, accents, the article (``al-``, ``el-``, ``ال``) and common
        transliteration differences, and it forgives small typos; a surname alone finds
        everyone who bears it. See :mod:`maroc_ai.search`.

        Args:
            text: What to look for.
            kind: Only records of this class or collection (``maroc_ai.Official`` or
                ``"officials"``), or of any of several.
            limit: At most this many hits; ``None`` for all.

        """
        return self._search_index.search(text, _kinds(kind), limit)

    @overload
    def find(self, name: str) -> Record: ...

    @overload
    def find(self, name: str, kind: type[R]) -> R: ...

    def find(self, name: str, kind: type[Any] | None = None) -> Any:
        """The one record an id or a name denotes: ``ds.find("Mistral AI")``.

        A name must fit one record only, by its whole name or by words of it (a surname).

        Raises:
            maroc_ai.UnknownNameError: when nothing fits; it suggests the closest names.
            maroc_ai.AmbiguousNameError: when several records fit; it lists them.

        """
        collections = tuple(COLLECTIONS) if kind is None else (_collection_name(kind),)
        return self._index[self._resolve(name, collections)]

    def _resolve(self, value: str, collections: tuple[str, ...]) -> str:
        kinds = tuple(COLLECTIONS[name] for name in collections)
        record = self._index.get(value)
        if record is not None:
            if isinstance(record, kinds):
                return value
            raise ValueError(
                f"{value!r} is the id of a {type(record).__name__}; "
                f"give a record of {' or '.join(collections)} here"
            )
        hits = self._search_index.search(value, kinds, limit=None)
        exact = [hit for hit in hits if hit.score == 1.0]
        words = set(name_key(value).split())
        whole = exact or [hit for hit in hits if words <= set(name_key(hit.name).split())]
        if len(whole) == 1:
            return str(whole[0].record.id)
        if whole:
            raise AmbiguousNameError(value, ((hit.record.id, hit.name) for hit in whole))
        raise UnknownNameError(value, collections, [hit.record.id for hit in hits[:3]])

    def _lookup(self, cls: type[R], name: str, keys: frozenset[Any]) -> list[R]:
        index = self._indexes.get((cls, name))
        if index is None:
            spec = filters_for(cls)[name]
            assert spec.keys is not None
            index = {}
            for record in getattr(self, f"_{_collection_name(cls)}"):
                for key in spec.keys(record, self):
                    found = index.setdefault(key, [])
                    if not found or found[-1] is not record:
                        found.append(record)
            self._indexes[(cls, name)] = index
        if len(keys) == 1:
            return index.get(next(iter(keys)), [])
        chosen = {record.id: record for key in keys for record in index.get(key, ())}
        return [chosen[id] for id in sorted(chosen)]

    # -- relations --------------------------------------------------------------------

    def _id_of(self, item: str | Record, *collections: str) -> str:
        return item.id if not isinstance(item, str) else self._resolve(item, collections)

    def _referring(
        self, item: str | Record, kind: type[R], fields: tuple[str, ...], *of: str
    ) -> Query[R]:
        target = self._id_of(item, *of)
        records = [r for r in self._links.referring_to(target, fields) if isinstance(r, kind)]
        return Query(sorted(records, key=lambda r: r.id), (kind,), self)  # type: ignore[attr-defined]

    def partnerships_of(self, party: str | Organization | Official) -> Query[Partnership]:
        """The partnerships an organization is party to or carries out, or an official took part in."""
        fields = ("parties", "implemented_by", "participants.official", "participants.organization")
        return self._referring(party, Partnership, fields, "organizations", "officials")

    def events_of(self, participant: str | Organization | Official) -> Query[Event]:
        """The events an organization organized or took part in, or an official took part in."""
        fields = ("organizers", "participants.official", "participants.organization")
        return self._referring(participant, Event, fields, "organizations", "officials")

    def officials_of(self, organization: str | Organization) -> Query[Official]:
        """The officials holding a post at an organization."""
        return self._referring(organization, Official, ("posts.organization",), "organizations")

    def posts_of(self, official: str | Official) -> tuple[Post, ...]:
        """The posts an official holds, each with its title as the sources write it."""
        return self.get(self._id_of(official, "officials"), Official).posts

    def participations_of(
        self, official: str | Official
    ) -> tuple[tuple[Partnership | Event, Participation], ...]:
        """Each ``(partnership or event, participation)`` of an official: role, capacity, for whom."""
        return tuple(self._links.participations.get(self._id_of(official, "officials"), ()))

    def facilities_of(self, owner: str | Partnership | Program | Organization) -> Query[Facility]:
        """The facilities a partnership creates, or that serve a program or involve an organization."""
        target = self._id_of(owner, "partnerships", "programs", "organizations")
        record = self._index[target]
        created = set(record.creates) if isinstance(record, Partnership) else set()
        linked = {r.id for r in self._links.referring_to(target, ("programs", "organizations"))}
        return self.facilities.where(id=created | linked)

    def targets_of(
        self, scope: str | Partnership | Program | Organization | Facility
    ) -> Query[Target]:
        """The targets set for a program, organization, facility or partnership (and what it creates)."""
        target = self._id_of(scope, "partnerships", "programs", "organizations", "facilities")
        record = self._index[target]
        scopes = {target, *(record.creates if isinstance(record, Partnership) else ())}
        return self.targets.where(scope=scopes)

    def cited_by(self, source: str | Source) -> Query[Record]:
        """Every record a source supports: those with a citation quoting it."""
        source_id = self._id_of(source, "sources")
        return Query(self._links.cited.get(source_id, ()), tuple(COLLECTIONS.values()), self)

    def referring_to(self, record: str | Record) -> Query[Record]:
        """Every record that refers to this one, by any field."""
        target = self._id_of(record, *COLLECTIONS)
        return Query(self._links.referring_to(target), tuple(COLLECTIONS.values()), self)

    # -- time ---------------------------------------------------------------------------

    def timeline(self, **filters: object) -> Timeline:
        """Sources, partnerships, events and targets in time order, filtered as :meth:`Query.where`.

        ``ds.timeline(place="rabat", date="2025-09")`` is what happened in Rabat in
        September 2025. Records whose date is unknown or only a weekday are kept
        apart in ``.undated``.
        """
        kinds = (Source, Partnership, Event, Target)
        dated: list[tuple[tuple[dt.date, dt.date], Record]] = []
        undated: list[Record] = []
        for name in ("sources", "partnerships", "events", "targets"):
            for record in getattr(self, f"_{name}"):
                span = interval(record)
                if span is None:
                    undated.append(record)
                else:
                    dated.append((span, record))
        dated.sort(key=lambda item: (item[0], item[1].id))
        loose = Query(undated, kinds, self).where(**filters)
        return Timeline([r for _, r in dated], kinds, self, loose).where(**filters)  # type: ignore[return-value]

    def as_of(self, date: PartialDate | dt.date | str | int) -> Dataset:
        """The dataset as it was known on ``date``: what the sources published by then say.

        A source counts when its publication date is certainly no later than ``date``
        (a source dated only "a Monday" never does). Records keep only the citations
        of those sources and the facts those citations support; a record with none
        left is gone. The result passes :meth:`problems` when this dataset does.
        """
        from .history import as_of

        return as_of(self, date)

    def _repr_html_(self) -> str:
        from .display import counts_html

        return counts_html(self.counts(), len(self.texts))

    def __repr__(self) -> str:
        counts = ", ".join(f"{count} {name}" for name, count in self.counts().items())
        return f"<Dataset: {counts}>"


def _names_of(record: Record) -> Iterator[str]:
    name = getattr(record, "name", None)
    if name is not None:
        yield from name.all()
    if isinstance(record, Source):
        yield from (text for text in (record.title, record.author) if text)
    if isinstance(record, Target):
        yield record.metric
    yield record.id


_NAMES = {cls: name for name, cls in COLLECTIONS.items()}


def _collection_name(kind: type[Any]) -> str:
    try:
        return _NAMES[kind]
    except (KeyError, TypeError):
        raise TypeError(f"{kind!r} is not a record class such as maroc_ai.Partnership") from None


def _kinds(kind: type[Any] | str | Iterable[type[Any] | str] | None) -> tuple[type, ...] | None:
    if kind is None:
        return None
    items = (kind,) if isinstance(kind, (type, str)) else tuple(kind)
    kinds = []
    for item in items:
        if isinstance(item, str):
            if item not in COLLECTIONS:
                raise ValueError(f"no collection {item!r}; collections: {', '.join(COLLECTIONS)}")
            kinds.append(COLLECTIONS[item])
        else:
            kinds.append(COLLECTIONS[_collection_name(item)])
    return tuple(kinds)


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
