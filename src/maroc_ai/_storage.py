"""Dataset directories on disk: one JSON file per collection and the sources' texts.

A dataset directory looks like this::

    sources.json        [ {record}, ... ]   one JSON array per collection,
    organizations.json                      records sorted by id
    ...
    texts/<file>        the text of each source, UTF-8, as published

A missing collection file stands for an empty collection, but a directory with none
of them is a problem. Reading never raises on bad content: everything wrong is
reported as a [`Problem`][maroc_ai.errors.Problem], at most a hundred of a kind per file
(`maroc_ai._problems`). JSON is read strictly (`maroc_ai._json.loads`):
a key written twice in one object and a lone surrogate are reported with their path.

Reading goes through `Tree`, which a directory on disk (`Folder`), a
`pathlib.Path` and the package resources of `importlib.resources` all are.
A directory is read with its shared lock held (`reading`) and through the
journal of a write that was committed but not applied (`maroc_ai._commit`). A
link that leads out of the directory is neither read nor written through.

Writing (`write_directory`, `write_files`, `write_file`) is all or
nothing, under the directory's exclusive lock, and refuses to mix a dataset with
files it would not write unless told to overwrite them.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from json import JSONDecodeError
from typing import TYPE_CHECKING, Any, Protocol

from . import _json
from ._json import json_type as _json_type
from ._problems import Problems
from ._release import RELEASE_FILE, Release, structure_release
from .errors import DatasetError, Problem
from .model import COLLECTIONS

if TYPE_CHECKING:
    from pathlib import Path

    from ._commit import Journal

__all__ = [
    "TEXTS",
    "Folder",
    "OutsideError",
    "RawRecords",
    "Tree",
    "collection_files",
    "encode",
    "is_plain_file_name",
    "read_collection",
    "read_release",
    "read_texts",
    "reading",
    "save",
    "surrogate_message",
    "target_directory",
    "tree",
    "write_directory",
    "write_file",
    "write_files",
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
    """A directory or file on disk, read with `os` alone (no `pathlib` to import).

    ``root`` is the dataset directory it belongs to: a file that is a link out of it
    is not read (`read_bytes` raises `OSError`), and `leaves_root`
    tells whether a folder is such a link.
    """

    __slots__ = ("path", "root")

    def __init__(self, path: str | os.PathLike[str], root: str | None = None) -> None:
        self.path = os.fspath(path)
        self.root = self.path if root is None else root

    @property
    def name(self) -> str:
        """The last part of the path."""
        return os.path.basename(self.path)

    def iterdir(self) -> Iterator[Folder]:
        """The entries of the directory."""
        return (
            Folder(os.path.join(self.path, name), self.root)
            for name in sorted(os.listdir(self.path))
        )

    def is_dir(self) -> bool:
        """Whether the path is a directory."""
        return os.path.isdir(self.path)

    def is_file(self) -> bool:
        """Whether the path is a regular file."""
        return os.path.isfile(self.path)

    def joinpath(self, child: str, /) -> Folder:
        """The path of ``child`` inside this one."""
        return Folder(os.path.join(self.path, child), self.root)

    def leaves_root(self) -> bool:
        """Whether the path, links followed, is outside its dataset directory."""
        inside = os.path.join(os.path.realpath(self.root), "")
        return not os.path.join(os.path.realpath(self.path), "").startswith(inside)

    def read_bytes(self) -> bytes:
        """The file's content; a link out of the dataset directory is not followed."""
        try:
            fd = os.open(self.path, _NO_LINKS)
        except OSError as error:
            if error.errno not in _LINK_ERRORS:
                raise
            fd = self._open_link()
        else:
            if not _NOFOLLOW and os.path.islink(self.path):  # pragma: no cover - Windows
                os.close(fd)
                fd = self._open_link()
        with open(fd, "rb") as file:
            return file.read()

    def _open_link(self) -> int:
        if self.leaves_root():
            raise OutsideError(self.path)
        return os.open(self.path, _READ)

    def __fspath__(self) -> str:
        return self.path

    def __str__(self) -> str:
        return self.path

    def __repr__(self) -> str:
        return f"Folder({self.path!r})"


_OUTSIDE = "a link out of the dataset directory; links must stay inside it"


class OutsideError(OSError):
    """A link in a dataset directory leads out of it; the library neither reads nor writes through it."""

    def __init__(self, path: str) -> None:
        super().__init__(errno.EXDEV, _OUTSIDE, path)


_READ = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NO_LINKS = _READ | _NOFOLLOW
_LINK_ERRORS = {errno.ELOOP, errno.EMLINK}  # what O_NOFOLLOW gives for a link (Linux, BSD)


class _Journaled:
    """A dataset directory as its committed but unapplied write makes it: read through the journal.

    The files the journal writes are read from where they are staged (or from their
    place, once renamed there), and the files it removes are not there.
    """

    __slots__ = ("_folder", "_journal", "_path", "_staging")

    def __init__(self, folder: Folder, journal: Journal, path: str = "") -> None:
        from ._commit import STAGING

        self._folder = folder
        self._journal = journal
        self._path = path
        self._staging = os.path.join(folder.root, STAGING)

    @property
    def name(self) -> str:
        return self._folder.name

    def _child(self, name: str) -> str:
        return f"{self._path}/{name}" if self._path else name

    def iterdir(self) -> Iterator[_Journaled]:
        writes, removes = self._journal
        names = {entry.name for entry in self._folder.iterdir()} if self._folder.is_dir() else set()
        prefix = self._child("")
        for path in writes:
            if path.startswith(prefix) and "/" not in path[len(prefix) :]:
                names.add(path[len(prefix) :])
        names.difference_update(path[len(prefix) :] for path in removes if path.startswith(prefix))
        return (self.joinpath(name) for name in sorted(names))

    def is_dir(self) -> bool:
        prefix = self._child("")
        return self._folder.is_dir() or any(path.startswith(prefix) for path in self._journal[0])

    def _staged(self) -> Folder | None:
        staged = self._journal[0].get(self._path)
        if staged is not None:
            file = Folder(os.path.join(self._staging, staged), self._folder.root)
            if os.path.lexists(file.path):
                return file
        return None

    def is_file(self) -> bool:
        if self._path in self._journal[1]:
            return False
        return self._staged() is not None or self._folder.is_file()

    def joinpath(self, child: str, /) -> _Journaled:
        return _Journaled(self._folder.joinpath(child), self._journal, self._child(child))

    def leaves_root(self) -> bool:
        return self._folder.leaves_root()

    def read_bytes(self) -> bytes:
        if self._path in self._journal[1]:
            raise FileNotFoundError(errno.ENOENT, "removed by the last write", self._folder.path)
        return (self._staged() or self._folder).read_bytes()

    def __str__(self) -> str:
        return str(self._folder)


@contextlib.contextmanager
def reading(path: str) -> Iterator[Tree]:
    """The dataset directory at ``path`` to read, its shared lock held for the ``with`` block.

    A write that was committed but not applied (the writer stopped) is read through.
    """
    from ._lock import locked  # the bundled dataset is read without it

    folder = Folder(path)
    if not folder.is_dir():
        yield folder
        return
    with contextlib.ExitStack() as stack:
        with contextlib.suppress(OSError):  # else reading says what is wrong with the directory
            stack.enter_context(locked(path, shared=True))
        yield tree(folder)


def tree(folder: Folder) -> Tree:
    """``folder`` as a dataset directory to read: through its journal, if a write left one.

    Raises:
        DatasetError: when the journal can't be read.

    """
    from ._commit import STAGING, read_journal

    try:
        journal = read_journal(folder.path)
    except ValueError as error:
        raise DatasetError(folder.path, [Problem(file=STAGING, message=str(error))]) from None
    return folder if journal is None else _Journaled(folder, journal)


TEXTS = "texts"

RawRecords = list[Any]
"""The records of a collection file as read, by position: JSON objects, and ``None`` for
an item that is not one (it is reported)."""


def _decode(data: bytes, file: str, problems: Problems) -> str | None:
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
_BOM = "\ufeff"


def _parse_json(text: str, file: str, problems: Problems) -> Any:
    """The JSON document of ``file``, a byte-order mark ignored; keys written twice reported."""
    try:
        data, twice = _json.loads(text[1:] if text.startswith(_BOM) else text)
    except JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        problems.append(Problem(file=file, message=message))
        return _INVALID
    except ValueError as error:  # a number too long to convert
        problems.append(Problem(file=file, message=f"not readable JSON: {error}"))
        return _INVALID
    except RecursionError:
        problems.append(Problem(file=file, message="not readable JSON: nested too deeply"))
        return _INVALID
    for path in twice:
        message = "this key is written twice in its object; JSON keeps only the last, so keep one"
        problems.append(_at(file, data, path, message))
    return data


def _at(file: str, data: Any, path: _json.Path, message: str) -> Problem:
    """A problem at ``path`` in the array of records ``data`` of ``file``."""
    if not path or not isinstance(path[0], int):
        return Problem(file=file, field=_json.path_text(path) or None, message=message)
    record = data[path[0]]
    record_id = record.get("id") if isinstance(record, dict) else None
    label = record_id if isinstance(record_id, str) else f"#{path[0]}"
    return Problem(
        file=file, record=label, field=_json.path_text(path[1:]) or None, message=message
    )


SURROGATE = "a lone surrogate, {escape}, is not a character: write the character itself"
"""What a problem says of a string with a lone surrogate (UTF-16 half of a character)."""


def surrogate_message(text: str) -> str:
    """The problem with ``text``, which holds a lone surrogate."""
    char = next(char for char in text if "\ud800" <= char <= "\udfff")
    return SURROGATE.format(escape=f"\\u{ord(char):04x}")


def _read_bytes(path: Tree, file: str, problems: Problems) -> bytes | None:
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


def _read_collection(path: Tree, file: str, problems: Problems) -> RawRecords | None:
    """The JSON objects of a collection file, or ``None`` when the file as a whole is unusable."""
    data = _read_bytes(path, file, problems)
    if data is None:
        return None
    escaped = _json.may_hold_surrogates(data)
    text = _decode(data, file, problems)
    del data
    if text is None:
        return None
    data = _parse_json(text, file, problems)
    del text
    if data is _INVALID:
        return None
    if not isinstance(data, list):
        problems.append(
            Problem(file=file, message=f"expected a JSON array of records, got {_json_type(data)}")
        )
        return None
    if escaped:
        for where, value in _json.surrogates(data):
            problems.append(_at(file, data, where, surrogate_message(value)))
    messages: dict[type, str] = {}
    more: dict[str, int] = {}  # past the limit of their kind: only counted
    for index, item in enumerate(data):
        if type(item) is dict:
            continue
        data[index] = None
        message = messages.get(type(item))
        if message is None:
            message = messages[type(item)] = f"expected a JSON object, got {_json_type(item)}"
        if message in more:
            more[message] += 1
        elif problems.full(file, None, message):
            more[message] = 0
        else:
            problems.append(Problem(file=file, record=f"#{index}", message=message))
    for message, count in more.items():
        problems.full(file, None, message, count)
    return data


def collection_files(root: Tree, problems: Problems) -> set[str]:
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
    root: Tree, name: str, present: set[str], problems: Problems
) -> RawRecords | None:
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
    root: Tree, files: Mapping[str, str], problems: Problems
) -> tuple[dict[str, str], set[str]]:
    """The texts of the sources, keyed by source id; ``files`` maps source ids to file names.

    Returns the texts read and the ids of the sources whose text is there but can't be
    read (the problem is reported). A missing text or a file name that is not a plain
    name is left for `maroc_ai._validate.check` to report.
    """
    texts: dict[str, str] = {}
    unreadable: set[str] = set()
    folder = root.joinpath(TEXTS)
    leaves_root = getattr(folder, "leaves_root", None)
    if leaves_root is not None and files and folder.is_dir() and leaves_root():
        problems.append(Problem(file=TEXTS, message=_OUTSIDE))
        return texts, set(files)
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


# -- writing -------------------------------------------------------------------------


def write_directory(
    directory: str | os.PathLike[str],
    collections: Mapping[str, Iterable[Any]],
    texts: Mapping[str, str],
    documents: Mapping[str, Any] | None = None,
    *,
    overwrite: bool = False,
) -> Path:
    """Write JSON-ready ``collections`` and ``texts`` (file name → text) as a dataset directory.

    ``documents`` maps the names of other JSON files of the directory (``release.json``)
    to their JSON-ready content. All or nothing, under the directory's lock
    (`write_files`). With ``overwrite``, a directory that holds other files is
    written too: JSON files that are not collections and texts no source names are
    removed (the directory would not load with them), anything else is left.

    Raises:
        ValueError: when a text's file name would put it outside ``texts/``, or
            the directory is ``/`` or a home directory.
        DatasetError: when a value can't be written as UTF-8 (a lone surrogate).
        FileExistsError: when the directory holds other files and not ``overwrite``.

    """
    for file in texts:
        if not is_plain_file_name(file):
            raise ValueError(
                f"{file!r} is not a plain file name; texts go directly inside {TEXTS}/"
            )
    files = encode(os.fspath(directory), collections, texts, documents)
    write_files(directory, files, owns=_of_a_dataset, overwrite=overwrite)
    from pathlib import Path

    return Path(directory)


def _of_a_dataset(path: str) -> bool:
    """Whether a dataset directory's writer takes ``path`` for one of its files, stale if not written."""
    return path.startswith(f"{TEXTS}/") or ("/" not in path and path.endswith(".json"))


def encode(
    location: str,
    collections: Mapping[str, Iterable[Any]],
    texts: Mapping[str, str],
    documents: Mapping[str, Any] | None = None,
) -> dict[str, bytes]:
    """The files of a dataset directory, path → content, as `write_directory` writes them.

    Raises:
        DatasetError: naming every value that can't be written as UTF-8 (a lone surrogate).

    """
    files: dict[str, bytes] = {}
    problems: list[Problem] = []
    for name, records in collections.items():
        records = list(records)
        file = f"{name}.json"
        try:
            files[file] = _json.dumps(records).encode("utf-8")
        except UnicodeEncodeError:
            for where, value in _json.surrogates(records):
                problems.append(_at(file, records, where, surrogate_message(value)))
    for name, text in texts.items():
        try:
            files[f"{TEXTS}/{name}"] = text.encode("utf-8")
        except UnicodeEncodeError:
            problems.append(Problem(file=f"{TEXTS}/{name}", message=surrogate_message(text)))
    for file, document in (documents or {}).items():
        files[file] = _json.dumps(document).encode("utf-8")
    if problems:
        raise DatasetError(location, problems)
    return files


def write_files(
    directory: str | os.PathLike[str],
    files: Mapping[str, bytes],
    *,
    owns: Callable[[str], bool],
    overwrite: bool = False,
) -> str:
    """Write ``files`` (path inside ``directory`` → content) all or nothing; return the directory.

    The directory and its parents are made if missing. Its lock is held throughout,
    and an unfinished earlier write is recovered first (`maroc_ai._commit`). A
    directory that holds files this write would not write is refused unless
    ``overwrite``; then those that ``owns`` (files of the same kind, stale) are
    removed and the others are left.

    Raises:
        ValueError: when ``directory`` is ``/`` or a home directory.
        NotADirectoryError: when it is a file.
        FileExistsError: when it holds other files and not ``overwrite``.

    """
    from ._commit import recover
    from ._lock import locked

    path = target_directory(directory)
    os.makedirs(path, exist_ok=True)
    with locked(path):
        recover(path)
        others = _others(path, files)
        if others and not overwrite:
            shown = ", ".join(others[:5]) + (
                f" and {len(others) - 5} more" if len(others) > 5 else ""
            )
            raise FileExistsError(
                errno.EEXIST,
                f"{path} holds files this export would not write ({shown}); write into a new "
                "or empty folder, or overwrite it (overwrite=True, or --force)",
            )
        stale = [
            other for other in others if owns(other) and not _is_folder(os.path.join(path, other))
        ]
        save(path, files, stale)
    return path


def save(directory: str, files: Mapping[str, bytes], remove: Collection[str] = ()) -> None:
    """Write the ``files`` that differ from what is there and remove ``remove``, all or nothing.

    Call it with the directory's lock held.
    """
    changed = {
        file: data
        for file, data in files.items()
        if not _holds(os.path.join(directory, file), data)
    }
    if changed or remove:
        from ._commit import commit

        commit(directory, changed, remove)


def _holds(path: str, data: bytes) -> bool:
    try:
        if os.path.islink(path) or os.path.getsize(path) != len(data):
            return False
        with open(path, "rb") as file:
            return file.read() == data
    except OSError:
        return False


def _is_folder(path: str) -> bool:
    return os.path.isdir(path) and not os.path.islink(path)


def _others(directory: str, files: Iterable[str]) -> list[str]:
    """What ``directory`` holds at its top and in the folders ``files`` go to, but not ``files``.

    Hidden entries (``.git``, ``.DS_Store``) are not counted, but for JSON files, which
    would stop the directory from loading.
    """
    written = set(files)
    folders = {file.rsplit("/", 1)[0] for file in written if "/" in file}
    found: list[str] = []
    for name in sorted(os.listdir(directory)):
        if name in written or (name.startswith(".") and not name.endswith(".json")):
            continue
        if name in folders and os.path.isdir(os.path.join(directory, name)):
            inner = os.path.join(directory, name)
            found.extend(
                f"{name}/{entry}"
                for entry in sorted(os.listdir(inner))
                if f"{name}/{entry}" not in written and not entry.startswith(".")
            )
        else:
            found.append(name)
    return found


def target_directory(directory: str | os.PathLike[str]) -> str:
    """``directory`` as an absolute path to write a directory of files to.

    Raises:
        ValueError: when it is the root of the file system or a home directory.
        NotADirectoryError: when it is a file.

    """
    path = os.path.abspath(os.fspath(directory))
    real = os.path.realpath(path)
    if os.path.dirname(real) == real:
        raise ValueError(
            f"won't write into {path}, the root of the file system; give a folder of its own"
        )
    if real in _homes():
        raise ValueError(f"won't write into {path}, a home directory; give a folder of its own")
    if os.path.lexists(path) and not os.path.isdir(path):
        raise NotADirectoryError(errno.ENOTDIR, "is a file, not a directory", path)
    return path


def _homes() -> set[str]:
    homes = {os.path.expanduser("~"), os.environ.get("HOME", "")}
    return {os.path.realpath(home) for home in homes if home and home != "~"}


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write one file whole (`maroc_ai._commit.replace_file`), making its folder if missing.

    Raises:
        IsADirectoryError: when ``path`` is a directory.

    """
    target = os.path.abspath(os.fspath(path))
    if _is_folder(target):
        raise IsADirectoryError(errno.EISDIR, "is a directory; give a file to write", target)
    from ._commit import replace_file

    os.makedirs(os.path.dirname(target), exist_ok=True)
    replace_file(target, data)


def read_release(root: Tree, problems: Problems) -> Release | None:
    """The release ``root`` says it is, or ``None`` when it has no ``release.json``.

    The file is read as strictly as a collection file (UTF-8, keys written once);
    what is wrong with it is added to ``problems``, and ``None`` returned.
    """
    path = root.joinpath(RELEASE_FILE)
    if not _is_file(path):
        return None
    data = _read_bytes(path, RELEASE_FILE, problems)
    text = None if data is None else _decode(data, RELEASE_FILE, problems)
    if text is None:
        return None
    parsed = _parse_json(text, RELEASE_FILE, problems)
    if parsed is _INVALID:
        return None
    return structure_release(parsed, problems)
