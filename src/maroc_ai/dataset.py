"""The [`Dataset`][maroc_ai.dataset.Dataset]: every record and the sources' texts, and [`load`][maroc_ai.dataset.load] to get one."""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import attrs

from . import _loading
from ._display import RecordView, counts_html, namer_of
from ._english import counted, with_article
from ._filters import interval
from ._history import as_of
from ._index import Index, close_ids, collection_name, record_types
from ._json import dumps
from ._release import RELEASE_FILE, Release
from ._search import Hits
from ._storage import Tree, reading, write_directory
from .errors import DatasetError, Problem, UnknownIdError
from .model import (
    COLLECTIONS,
    Decision,
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
    Statistic,
    Target,
)
from .query import Query, Timeline
from .values import Citation, PartialDate

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from ._diff import Diff
    from .plot import Plots

__all__ = ["Dataset", "load"]

R = TypeVar("R")

PathLike = str | os.PathLike[str]

_ID = attrgetter("id")

_RECORD_TYPES: tuple[type[Any], ...] = tuple(COLLECTIONS.values())


def _by_id(records: Iterable[R]) -> tuple[R, ...]:
    return tuple(sorted(records, key=_ID))


_BY_ID: attrs.Converter[Any, Any] = attrs.Converter(_by_id)  # inspected once, not per field


def _collection() -> Any:
    return attrs.field(default=(), converter=_BY_ID)


class _Collection(Generic[R]):
    """A collection of a dataset, seen as a [`Query`][maroc_ai.query.Query] of its records."""

    def __init__(self, record_type: type[R]) -> None:
        self.record_type = record_type
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
        return dataset._collection(self.name, self.record_type)


def _frozen_texts(texts: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(sorted(texts.items())))


_MISSING: Any = object()


def _record_type(record_type: Any, kind: Any, method: str) -> Any:
    """The class argument, given as ``record_type`` or by its old name ``kind``."""
    if kind is _MISSING:
        return record_type
    warnings.warn(
        f"Dataset.{method}(kind=...) is deprecated and will be removed in the next release; "
        "name the argument record_type=",
        DeprecationWarning,
        stacklevel=3,
    )
    if record_type is not None:
        raise TypeError(f"Dataset.{method}() got both record_type and kind; give record_type")
    return kind


@attrs.frozen(kw_only=True, repr=False, eq=True, hash=False)
class Dataset:
    """An immutable set of records with the texts of the sources they cite.

    Each collection is a [`Query`][maroc_ai.Query] of records sorted by id. ``texts`` maps each source id
    to the full text of the article, so every citation can be checked against it.
    Get the bundled dataset with [`load`][maroc_ai.dataset.load]; build or change one with
    `attrs.evolve`, then check it with [`problems`][maroc_ai.dataset.Dataset.problems].
    """

    _sources: tuple[Source, ...] = _collection()
    _organizations: tuple[Organization, ...] = _collection()
    _officials: tuple[Official, ...] = _collection()
    _partnerships: tuple[Partnership, ...] = _collection()
    _facilities: tuple[Facility, ...] = _collection()
    _targets: tuple[Target, ...] = _collection()
    _programs: tuple[Program, ...] = _collection()
    _events: tuple[Event, ...] = _collection()
    _statistics: tuple[Statistic, ...] = _collection()
    _decisions: tuple[Decision, ...] = _collection()
    _places: tuple[Place, ...] = _collection()
    texts: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_texts)
    release: Release | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Release))
    )
    """Which release of the data this is (its version, date and licence), where it says."""

    sources = _Collection(Source)
    organizations = _Collection(Organization)
    officials = _Collection(Official)
    partnerships = _Collection(Partnership)
    facilities = _Collection(Facility)
    targets = _Collection(Target)
    programs = _Collection(Program)
    events = _Collection(Event)
    statistics = _Collection(Statistic)
    decisions = _Collection(Decision)
    places = _Collection(Place)

    if TYPE_CHECKING:
        # Provided by maroc_ai.plot and maroc_ai.export, which build on this module.

        @property
        def plot(self) -> Plots:
            """Figures of the dataset: ``ds.plot.timeline()``, ``.network()``, ``.map()``."""

        def export(
            self, format: str, path: PathLike, *, overwrite: bool = False, excel: bool = False
        ) -> Path:
            """Write the dataset as ``csv``, ``datapackage``, ``parquet``, ``geojson`` …"""

    @property
    def version(self) -> str | None:
        """The data version, date-based (``2026.11.30``); ``None`` for a dataset with no release."""
        return None if self.release is None else self.release.version

    @property
    def created(self) -> dt.date | None:
        """The day the data was made, so the day it is as of; ``None`` with no release."""
        if self.release is None:
            return None
        import datetime as dt

        return dt.date.fromisoformat(self.release.created)

    @functools.cached_property
    def _index(self) -> Index:
        return Index({name: getattr(self, f"_{name}") for name in COLLECTIONS})

    @functools.cached_property
    def _queries(self) -> dict[str, Query[Any]]:
        return {}

    def _collection(self, name: str, record_type: type[R]) -> Query[R]:
        query = self._queries.get(name)
        if query is None:
            records = getattr(self, f"_{name}")
            query = self._queries[name] = Query(records, (record_type,), self._index, whole=True)
        return query

    def _query(self, records: Iterable[R], *record_types: type[Any]) -> Query[R]:
        return Query(records, record_types or _RECORD_TYPES, self._index)

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
    def get(self, id: str, record_type: type[R]) -> R: ...

    def get(self, id: str, record_type: type[Any] | None = None, *, kind: Any = _MISSING) -> Any:
        """The record with this id, whatever its collection.

        Args:
            id: The record's id.
            record_type: The class the record must be (``maroc_ai.Partnership`` …); the
                result is then typed as that class.
            kind: The old name of ``record_type``; deprecated.

        An id a [`Decision`][maroc_ai.Decision] retired (a record merged into another, or
        given a new id) still finds the record, with a `DeprecationWarning`, for
        one release: ``ds.get("matio-kaya")`` is ``ds.get("matthieu-caillat")``.

        Raises:
            UnknownIdError: when no record has the id; it suggests the closest ids.
            TypeError: when ``id`` is not a string, or the record is not a ``record_type``.

        """
        record_type = _record_type(record_type, kind, "get")
        if not isinstance(id, str):
            raise TypeError(f"an id is a string, got {id!r}")
        record = self._index.get(id)
        if record_type is not None and not isinstance(record, record_type):
            raise TypeError(
                f"{id!r} is {with_article(type(record).__name__)}, "
                f"not {with_article(record_type.__name__)}"
            )
        return record

    def show(self, record: str | Record) -> RecordView:
        """A record as a notebook shows it, with the records it refers to by name.

        A record on its own holds the ids of the records it refers to, and its display
        shows them as ids; this view shows their names, each with its id on hover.
        Participants and posts are a table of their own, citations quotes.

        Args:
            record: A record, its id, or a name that fits one record only.

        """
        found = self._index.by_id[self._id_of(record, *COLLECTIONS)]
        return RecordView(found, namer_of(self._index.by_id))

    def __contains__(self, id: object) -> bool:
        return id in self._index.by_id

    def __len__(self) -> int:
        return len(self._index.by_id)

    def counts(self) -> dict[str, int]:
        """How many records each collection holds."""
        return {name: len(getattr(self, f"_{name}")) for name in COLLECTIONS}

    def text(self, source: str | Source) -> str:
        """The full text of a source, by id or record.

        Raises:
            UnknownIdError: when no source has the id; it suggests the closest ones.
            LookupError: when the source has no text in this dataset.
            TypeError: when ``source`` is neither an id nor a [`Source`][maroc_ai.Source].

        """
        if isinstance(source, str):
            source_id = source
        elif isinstance(source, Source):
            source_id = source.id
        else:
            raise TypeError(f"a source is given by its id or its Source record, not {source!r}")
        if source_id in self.texts:
            return self.texts[source_id]
        if source_id in self:
            raise LookupError(f"the source {source_id!r} has no text in this dataset")
        raise UnknownIdError(source_id, close_ids(source_id, self.texts))

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
        """Everything wrong with the dataset, as [`load`][maroc_ai.dataset.load] would report it.

        Each record goes through the same strict conversion as a loaded one, so a
        record built by hand with a value of the wrong type is reported too.
        """
        return _loading.check_records(
            {name: getattr(self, f"_{name}") for name in COLLECTIONS}, self.texts
        )

    def diff(self, other: Dataset) -> Diff:
        """What changed from this dataset to ``other``, as a reviewer reads a data release.

        The records added and removed, and for each record in both whose fields differ,
        each field's old and new value; the texts of sources and the release too.
        ``ds.diff(ds)`` is empty (false), and ``ds.diff(other).apply(ds) == other``.
        """
        from ._diff import diff

        return diff(self, other)

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """The dataset as JSON-ready data: one list of records per collection."""
        from ._convert import unstructure

        return {name: unstructure(list(getattr(self, f"_{name}"))) for name in COLLECTIONS}

    def to_json(self) -> str:
        """The dataset as one JSON document, as ``maroc-ai export --format json`` prints it.

        One list of records per collection, after the ``release`` (as ``release.json``
        holds it) when the dataset has one.
        """
        data: dict[str, Any] = {} if self.release is None else {"release": self.release.to_dict()}
        data.update(self.to_dict())
        return dumps(data)

    def write(self, directory: PathLike, *, overwrite: bool = False) -> Path:
        """Write the dataset as a directory that [`load`][maroc_ai.dataset.load] reads back identically.

        The write is all or nothing: a crash, a kill or a full disk at any moment
        leaves the directory as it was or as written, never a mix, and files that
        are already as written are not touched. It holds the directory's lock, so
        writers of one directory take turns. Missing folders are made. The
        directory gets one JSON file per collection, the sources' texts in
        ``texts/``, and ``release.json`` when the dataset has a release.

        Args:
            directory: The dataset directory: new, empty, or one that holds only a
                dataset's files (collection files and the texts this dataset has).
            overwrite: Write into a directory that holds other files as well: JSON
                files that are not collections and texts no source names are
                removed (the directory would not load with them); anything else is
                left as it is.

        Raises:
            FileExistsError: when the directory holds other files and not ``overwrite``.
            ValueError: when ``directory`` is ``/`` or a home directory.
            DatasetError: when a value can't be written as UTF-8 text (a lone
                surrogate, in a record built in Python).

        """
        texts = {
            source.file: self.texts[source.id]
            for source in self._sources
            if source.id in self.texts
        }
        documents = {} if self.release is None else {RELEASE_FILE: self.release.to_dict()}
        return write_directory(directory, self.to_dict(), texts, documents, overwrite=overwrite)

    # -- finding records by name ---------------------------------------------------

    def search(
        self,
        text: str,
        record_type: type[Any] | str | Iterable[type[Any] | str] | None = None,
        limit: int | None = 10,
        *,
        kind: Any = _MISSING,
    ) -> Hits:
        """Records whose names match ``text``, best first: any name, any script, any alias.

        Matching ignores diacritics, hamza and alef forms, taa marbuta, alef maqsura,
        tatweel, case, accents, the article (``al-``, ``el-``, ``ال``) and common
        transliteration differences, and it forgives small typos; a surname alone finds
        everyone who bears it.

        Args:
            text: What to look for.
            record_type: Only records of this class or collection (``maroc_ai.Official``
                or ``"officials"``), or of any of several.
            limit: At most this many hits; ``None`` for all.
            kind: The old name of ``record_type``; deprecated.

        """
        selection = _record_type(record_type, kind, "search")
        return self._index.search_index.search(text, record_types(selection), limit)

    @overload
    def find(self, name: str) -> Record: ...

    @overload
    def find(self, name: str, record_type: type[R]) -> R: ...

    def find(self, name: str, record_type: type[Any] | None = None, *, kind: Any = _MISSING) -> Any:
        """The one record an id or a name denotes: ``ds.find("Mistral AI")``.

        A name must fit one record only, by its whole name or by words of it (a surname).

        Args:
            name: An id, or a name in any script or spelling.
            record_type: The class the record must be (``maroc_ai.Organization`` …).
            kind: The old name of ``record_type``; deprecated.

        Raises:
            maroc_ai.UnknownNameError: when nothing fits; it suggests the closest names.
            maroc_ai.AmbiguousNameError: when several records fit; it lists them.

        """
        record_type = _record_type(record_type, kind, "find")
        collections = tuple(COLLECTIONS) if record_type is None else (collection_name(record_type),)
        return self._index.by_id[self._index.resolve(name, collections)]

    # -- relations --------------------------------------------------------------------

    def _id_of(self, item: str | Record, *collections: str) -> str:
        if isinstance(item, str):
            return self._index.resolve(item, collections)
        if isinstance(item, _RECORD_TYPES):
            return str(item.id)
        raise TypeError(f"a record is given as a record, its id or a name, not {item!r}")

    def _referring(
        self, item: str | Record, record_type: type[R], fields: tuple[str, ...], *of: str
    ) -> Query[R]:
        target = self._id_of(item, *of)
        links = self._index.links
        records = [r for r in links.referring_to(target, fields) if isinstance(r, record_type)]
        return self._query(sorted(records, key=_ID), record_type)

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
        official_id = self._id_of(official, "officials")
        return tuple(self._index.links.participations.get(official_id, ()))

    def facilities_of(self, owner: str | Partnership | Program | Organization) -> Query[Facility]:
        """The facilities a partnership creates, or that serve a program or involve an organization."""
        target = self._id_of(owner, "partnerships", "programs", "organizations")
        record = self._index.by_id[target]
        created = set(record.creates) if isinstance(record, Partnership) else set()
        links = self._index.links
        linked = {r.id for r in links.referring_to(target, ("programs", "organizations"))}
        return self.facilities.where(id=created | linked)

    def targets_of(
        self, scope: str | Partnership | Program | Organization | Facility
    ) -> Query[Target]:
        """The targets set for a program, organization, facility or partnership (and what it creates)."""
        target = self._id_of(scope, "partnerships", "programs", "organizations", "facilities")
        record = self._index.by_id[target]
        scopes = {target, *(record.creates if isinstance(record, Partnership) else ())}
        return self.targets.where(scope=scopes)

    def statistics_of(
        self, scope: str | Partnership | Program | Organization | Facility
    ) -> Query[Statistic]:
        """The figures stated about a program, organization, facility or partnership."""
        target = self._id_of(scope, "partnerships", "programs", "organizations", "facilities")
        return self.statistics.where(scope=target)

    def decisions_about(self, record: str | Record) -> Query[Decision]:
        """The decisions that shaped a record: why it is one record, who is a party …"""
        return self._referring(record, Decision, ("affects",), *COLLECTIONS)

    def cited_by(self, source: str | Source) -> Query[Record]:
        """Every record a source supports: those with a citation quoting it."""
        source_id = self._id_of(source, "sources")
        return self._query(self._index.links.cited.get(source_id, ()))

    def referring_to(self, record: str | Record) -> Query[Record]:
        """Every record that refers to this one, by any field."""
        target = self._id_of(record, *COLLECTIONS)
        return self._query(self._index.links.referring_to(target))

    # -- time ---------------------------------------------------------------------------

    def timeline(self, **filters: object) -> Timeline:
        """Sources, partnerships, events, targets and statistics in time order, filtered.

        Filters are those of [`Query.where`][maroc_ai.query.Query.where]: ``ds.timeline(place="rabat",
        date="2025-09")`` is what happened in Rabat in September 2025. A target is placed
        at its horizon year, a statistic at the date it describes. Records whose date is
        unknown or only a weekday are kept apart in ``.undated``.
        """
        kinds = (Source, Partnership, Event, Target, Statistic)
        dated: list[tuple[tuple[dt.date, dt.date], Record]] = []
        undated: list[Record] = []
        for name in ("sources", "partnerships", "events", "targets", "statistics"):
            for record in getattr(self, f"_{name}"):
                span = interval(record)
                if span is None:
                    undated.append(record)
                else:
                    dated.append((span, record))
        dated.sort(key=lambda item: (item[0], item[1].id))
        loose = self._query(undated, *kinds).where(**filters)
        timeline = Timeline([r for _, r in dated], kinds, self._index, loose)
        return timeline.where(**filters)  # type: ignore[return-value]

    def as_of(self, date: PartialDate | dt.date | str | int) -> Dataset:
        """The dataset as it was known on ``date``: what the sources published by then say.

        A source counts when its publication date is certainly no later than ``date``
        (a source dated only "a Monday" never does). Records keep only the citations
        of those sources and the facts those citations support; a record with none
        left is gone. The result passes [`problems`][maroc_ai.dataset.Dataset.problems] when this dataset does.
        """
        records = {name: getattr(self, f"_{name}") for name in COLLECTIONS}
        collections, texts = as_of(records, self.texts, date)
        return type(self)(**collections, texts=texts, release=self.release)

    def _repr_html_(self) -> str:
        return counts_html(self.counts(), len(self.texts))

    def __repr__(self) -> str:
        counts = ", ".join(
            counted(count, COLLECTIONS[name].__name__.lower())
            for name, count in self.counts().items()
        )
        version = "" if self.version is None else f" {self.version}"
        return f"<Dataset{version}: {counts}>"


def load(path: PathLike | Tree | None = None) -> Dataset:
    """Load the bundled dataset, or a dataset directory of your own.

    The bundled dataset is read once and cached; it cannot be changed. A directory of
    your own has the layout that [`Dataset.write`][maroc_ai.dataset.Dataset.write] and
    ``maroc-ai export --output DIR`` produce: one JSON file per collection and the
    sources' texts in ``texts/``. It is read and checked the same way, with the
    directory's shared lock held (a write in progress is waited for), and through a
    write that was committed but stopped before it was applied. Reading needs no
    write access.

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
        location = os.fspath(path)
        with reading(location) as root:
            return _dataset(_loading.read(root, location))
    return _dataset(_loading.read(path, str(path)))


@functools.cache
def _bundled() -> Dataset:
    return _dataset(_loading.read(_loading.bundled(), _loading.BUNDLED))


def _dataset(loaded: _loading.Loaded) -> Dataset:
    collections, texts, release = loaded
    return Dataset(**collections, texts=texts, release=release)
