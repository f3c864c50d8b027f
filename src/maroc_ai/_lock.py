"""An operating-system lock on a dataset directory, so that its writers take turns.

A writer holds the exclusive lock from reading the directory to its last rename; a
second writer waits for it, then reads what the first wrote. Readers hold the shared
lock while they read, so that they never see one write half applied.

On POSIX systems the lock is `fcntl.flock` on the directory itself: no file is
made, and the lock goes with the process, however it ends. On Windows, where a
directory can't be locked, it is `msvcrt.locking` on an empty file
``.maroc-ai.lock`` in the directory (not ``*.json``, so [`maroc_ai.load`][maroc_ai.load] ignores
it), and readers take no lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from collections.abc import Iterator

__all__ = ["LOCK_FILE", "locked"]

LOCK_FILE = ".maroc-ai.lock"
"""The lock file on Windows; nothing of this name is made elsewhere."""

_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


@contextlib.contextmanager
def locked(directory: str, *, shared: bool = False) -> Iterator[None]:
    """Hold the lock of ``directory`` (which must exist) for the ``with`` block.

    An exclusive lock waits for every other holder; a shared one waits only for an
    exclusive holder. A shared lock where the file system has no locks is skipped;
    an exclusive one raises `OSError` then, since writes would not be safe.
    """
    if sys.platform == "win32":  # pragma: no cover - tested where it runs
        if shared:
            yield
        else:
            with _windows_lock(directory):
                yield
        return
    import fcntl

    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        except OSError as error:
            if not (shared and error.errno in _UNSUPPORTED):
                raise OSError(
                    error.errno, f"can't lock the directory to write it safely ({error.strerror})"
                ) from None
        yield
    finally:
        os.close(fd)  # closing the last descriptor releases the lock


@contextlib.contextmanager
def _windows_lock(directory: str) -> Iterator[None]:  # pragma: no cover - Windows only
    import msvcrt

    fd = os.open(os.path.join(directory, LOCK_FILE), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
                break
            except OSError:
                time.sleep(0.05)
        try:
            yield
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
    finally:
        os.close(fd)
