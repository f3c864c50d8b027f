"""All-or-nothing writes of many files in one directory, and recovery after a crash.

A dataset directory stays plain files (``sources.json`` …, ``texts/…``) that people
edit by hand; a write changes several of them at once and must not leave some old
and some new. `commit` does it in steps:

1. every new file is written into the hidden folder ``.maroc-ai-write/`` of the
   directory, and flushed to disk (``fsync``), as is the folder;
2. a journal listing each rename (staged file → its place) and each file to remove
   is written there, flushed, and published by renaming ``journal.tmp`` to
   ``journal``: one atomic `os.replace`, the commit point;
3. the journal is applied (each staged file renamed onto its place, each stale file
   removed, the directories flushed), then the folder is removed.

A crash before step 2 leaves the old files untouched, plus a folder without a
published journal, which the next write removes. A crash after it leaves a published
journal: the next write applies it first (`recover`), and a reader reads
through it meanwhile (`read_journal`), so the directory always reads as the
old or the new dataset. Callers hold the directory's lock (`maroc_ai._lock`).

`replace_file` writes one file the same way without a journal, since one
rename is atomic by itself.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from collections.abc import Callable, Collection, Mapping

__all__ = [
    "JOURNAL",
    "STAGING",
    "Journal",
    "commit",
    "read_journal",
    "recover",
    "replace_file",
    "step",
]

STAGING = ".maroc-ai-write"
"""The hidden folder of a dataset directory where a write is prepared."""
JOURNAL = "journal"
"""The journal's name inside `STAGING`; it exists once the write is committed."""
_STAGED_FILE = ".maroc-ai-new"
"""The end of the name of a file `replace_file` stages beside the one it replaces."""

Journal = tuple[dict[str, str], tuple[str, ...]]
"""A committed write: each file's path (``texts/a.txt``) → its staged name, and the paths to remove."""

fault: Callable[[str], None] | None = None
"""Called with the name of each step of a write before it is taken; for crash tests only."""

SYNC = True
"""Whether files and folders are flushed to disk (``fsync``) before the next step.

Only a test suite turns it off, where no power is lost and a flush costs milliseconds:
the steps, the journal and recovery are the same either way.
"""


def step(name: str) -> None:
    """Mark the step ``name`` of a write, so that a crash test can stop the process there."""
    if fault is not None:
        fault(name)


def _parts(path: str) -> list[str]:
    parts = path.split("/")
    if not all(part and part not in {".", ".."} and "\\" not in part for part in parts):
        raise ValueError(f"{path!r} is not a path inside the directory")
    return parts


def _sync_directory(path: str) -> None:
    """Flush the entries of a directory (the renames in it) to disk, where that can be done."""
    if not SYNC or sys.platform == "win32":  # directories can't be opened on Windows
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as error:  # a file system that can't flush a directory
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def _check_inside(directory: str, folder: str) -> None:
    """Refuse to write into ``folder`` when links take it out of ``directory``."""
    inside = os.path.join(os.path.realpath(directory), "")
    if not os.path.join(os.path.realpath(folder), "").startswith(inside):
        raise OSError(
            errno.EXDEV, f"the folder is a link out of {directory}; writes stay inside it", folder
        )


def _write_synced(path: str, data: bytes) -> None:
    with open(path, "xb") as file:
        file.write(data)
        if SYNC:
            file.flush()
            os.fsync(file.fileno())


def read_journal(directory: str) -> Journal | None:
    """The committed write of ``directory`` not yet applied, or ``None`` when there is none.

    Raises:
        ValueError: when the journal is there but is not one this library wrote.

    """
    path = os.path.join(directory, STAGING, JOURNAL)
    try:
        with open(path, "rb") as file:
            data = json.loads(file.read().decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise ValueError(_unreadable(directory, str(error))) from None
    try:
        writes = {str(target): str(staged) for target, staged in data["write"]}
        removes = tuple(str(target) for target in data["remove"])
        for target in (*writes, *removes):
            _parts(target)
        for staged in writes.values():
            if len(_parts(staged)) != 1:
                raise ValueError(f"{staged!r} is not a staged file")
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(_unreadable(directory, str(error))) from None
    return writes, removes


def _unreadable(directory: str, reason: str) -> str:
    folder = os.path.join(directory, STAGING)
    return (
        f"the unfinished write in {folder} can't be read ({reason}); "
        "remove that folder to discard it"
    )


def recover(directory: str) -> None:
    """Finish the committed write of ``directory``, or discard one never committed.

    Afterwards nothing of an earlier write is left in the directory, a file staged
    by `replace_file` included. Call it with the directory's exclusive lock held.
    """
    for name in os.listdir(directory):
        if name.startswith(".") and name.endswith(_STAGED_FILE):
            _remove(os.path.join(directory, name))
    staging = os.path.join(directory, STAGING)
    if not os.path.lexists(staging):
        return
    if os.path.islink(staging) or not os.path.isdir(staging):
        os.unlink(staging)
        return
    journal = read_journal(directory)
    if journal is not None:
        _apply(directory, journal)
    step("clean")
    import shutil  # only when there is something to clean: it costs an import

    shutil.rmtree(staging)
    _sync_directory(directory)


def _apply(directory: str, journal: Journal) -> None:
    writes, removes = journal
    staging = os.path.join(directory, STAGING)
    touched = {directory}
    for target, staged in writes.items():
        source = os.path.join(staging, staged)
        destination = os.path.join(directory, *_parts(target))
        _check_inside(directory, os.path.dirname(destination))
        step(f"rename {target}")
        if os.path.lexists(source):  # else renamed before a crash
            os.replace(source, destination)
        touched.add(os.path.dirname(destination))
    for target in removes:
        destination = os.path.join(directory, *_parts(target))
        _check_inside(directory, os.path.dirname(destination))
        step(f"remove {target}")
        _remove(destination)
        touched.add(os.path.dirname(destination))
    for folder in sorted(touched):
        _sync_directory(folder)
    step("forget")
    os.unlink(os.path.join(staging, JOURNAL))


def commit(directory: str, files: Mapping[str, bytes], remove: Collection[str] = ()) -> None:
    """Write ``files`` (path inside ``directory`` → content) and remove ``remove``, all or nothing.

    Paths are relative, with ``/`` between folders. Missing folders are made. Call it
    with the directory's exclusive lock held; an unfinished earlier write is
    recovered first.

    Raises:
        OSError: when something can't be written. Before the commit point the
            directory is then as it was; after it (applying the journal failed) the
            write stands: readers read through the journal, the next write applies it.

    """
    recover(directory)
    staging = os.path.join(directory, STAGING)
    targets = {path: os.path.join(directory, *_parts(path)) for path in (*files, *remove)}
    for path in files:
        destination = targets[path]
        if os.path.isdir(destination) and not os.path.islink(destination):
            raise IsADirectoryError(
                errno.EISDIR, "a folder is where a file is to be written", destination
            )
    os.mkdir(staging)
    try:
        _stage(directory, staging, files, targets)
        journal = json.dumps(
            {
                "write": [[path, str(number)] for number, path in enumerate(files)],
                "remove": list(remove),
            }
        ).encode("utf-8")
        step("journal")
        _write_synced(os.path.join(staging, f"{JOURNAL}.tmp"), journal)
        step("publish")
        os.replace(os.path.join(staging, f"{JOURNAL}.tmp"), os.path.join(staging, JOURNAL))
        _sync_directory(staging)
    except BaseException:
        if not os.path.exists(os.path.join(staging, JOURNAL)):
            import shutil

            shutil.rmtree(staging, ignore_errors=True)
        raise
    recover(directory)


def _stage(
    directory: str, staging: str, files: Mapping[str, bytes], targets: Mapping[str, str]
) -> None:
    device = os.stat(staging).st_dev
    folders: set[str] = set()
    made: set[str] = set()  # folders made for the write, whose entries must reach the disk
    for number, (path, data) in enumerate(files.items()):
        folder = os.path.dirname(targets[path])
        if folder not in folders:
            if not os.path.isdir(folder):
                os.makedirs(folder)
                made.update((folder, os.path.dirname(folder)))
            _check_inside(directory, folder)
            if os.stat(folder).st_dev != device:
                raise OSError(
                    errno.EXDEV, f"the folder is on another file system than {directory}", folder
                )
            folders.add(folder)
        step(f"stage {path}")
        _write_synced(os.path.join(staging, str(number)), data)
    step("sync")
    for folder in (staging, *sorted(made)):
        _sync_directory(folder)


def replace_file(path: str, data: bytes) -> None:
    """Write one file so that it is whole, old or new, whenever the process stops.

    The content goes to a hidden file beside it, flushed to disk, then renamed onto
    it, with the folder's lock held so that two writers of the file take turns.
    """
    from ._lock import locked

    folder, name = os.path.split(os.path.abspath(path))
    staged = os.path.join(folder, f".{name}{_STAGED_FILE}")
    with locked(folder):
        step(f"stage {name}")
        _remove(staged)  # left by a write that stopped
        try:
            _write_synced(staged, data)
            step(f"rename {name}")
            os.replace(staged, path)
        except BaseException:
            _remove(staged)
            raise
        _sync_directory(folder)


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
