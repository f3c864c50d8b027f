"""All-or-nothing writes: a write killed at any step leaves the old dataset or the new one."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import maroc_ai
from maroc_ai import _commit, _loading, export
from maroc_ai._storage import Folder
from maroc_ai.extract import add_draft

from .conftest import small_draft, snapshot

KILLED = 70
"""The exit status of a process stopped by the fault hook, as if killed there."""

fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

pytestmark = pytest.mark.usefixtures("flushed_writes")  # the real thing: fsync included


def leftovers(directory: Path) -> list[str]:
    """What a write may leave behind: its staging folder, staged single files."""
    return sorted(
        str(path.relative_to(directory))
        for path in directory.rglob("*")
        if path.name == _commit.STAGING or path.name.endswith(".maroc-ai-new")
    )


def run_killed_at(step: int, action: Callable[[], object]) -> bool:
    """Run ``action`` in a child process that dies at its ``step``-th write step.

    The child exits at once (``os._exit``): nothing is cleaned up, as after a kill.
    True when the action finished before that step.
    """
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            steps = itertools.count()

            def fault(name: str) -> None:
                if next(steps) == step:
                    os._exit(KILLED)

            _commit.fault = fault
            action()
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, KILLED), f"the write failed with status {code}"
    return code == 0


def steps_of(action: Callable[[], object]) -> list[str]:
    """The names of the steps ``action`` takes, in order."""
    names: list[str] = []
    _commit.fault = names.append
    try:
        action()
    finally:
        _commit.fault = None
    return names


def kill_at_every_step(
    directory: Path,
    action: Callable[[], object],
    state: Callable[[Path], Any],
    old: Any,
    new: Any,
    *,
    read_through: bool = True,
) -> int:
    """Kill ``action`` at each of its steps in turn, on a fresh copy of ``directory``.

    After each kill, ``state(directory)`` is ``old`` or ``new`` (for a directory only
    the library reads through its journal, ``read_through``, that is checked after
    recovery only); after the next write (recovery), it is still the same and nothing
    is left over. Returns the number of steps.
    """
    pristine = directory.with_name(directory.name + "-pristine")
    shutil.copytree(directory, pristine, symlinks=True)
    for step in itertools.count():
        shutil.rmtree(directory)
        shutil.copytree(pristine, directory, symlinks=True)
        finished = run_killed_at(step, action)
        if finished:
            assert state(directory) == new
            assert leftovers(directory) == []
            return step
        seen = state(directory) if read_through else None
        assert not read_through or seen in (old, new), f"killed at step {step}: neither old nor new"
        _recover(directory)
        assert leftovers(directory) == [], f"killed at step {step}: left over after recovery"
        recovered = state(directory)
        assert recovered in (old, new), f"killed at step {step}: neither old nor new"
        assert not read_through or recovered == seen
    raise AssertionError("unreachable")  # pragma: no cover


def _recover(directory: Path) -> None:
    """Open ``directory`` for writing, as the next write would, and write nothing."""
    from maroc_ai._lock import locked

    with locked(str(directory)):
        _commit.recover(str(directory))


@pytest.fixture
def with_note(tmp_path: Path, dataset: maroc_ai.Dataset) -> maroc_ai.Dataset:
    """The bundled dataset and one invented note with its organization."""
    scratch = dataset.write(tmp_path / "scratch")
    add_draft(small_draft(1), scratch)
    return maroc_ai.load(scratch)


@fork
def test_dataset_write_killed_at_every_step(
    tmp_path: Path, dataset: maroc_ai.Dataset, with_note: maroc_ai.Dataset
) -> None:
    directory = dataset.write(tmp_path / "data")
    names = steps_of(lambda: with_note.write(tmp_path / "dry-run"))
    assert {"publish", "rename sources.json", "rename texts/note-1.txt"} <= set(names)
    steps = kill_at_every_step(
        directory, lambda: with_note.write(directory), maroc_ai.load, dataset, with_note
    )
    assert steps >= 3 + 2 * 3  # stage, publish and rename each changed file, at least


@fork
def test_a_write_that_removes_stale_texts_killed_at_every_step(
    tmp_path: Path, dataset: maroc_ai.Dataset, with_note: maroc_ai.Dataset
) -> None:
    directory = with_note.write(tmp_path / "data")
    action = lambda: dataset.write(directory, overwrite=True)  # noqa: E731
    kill_at_every_step(directory, action, maroc_ai.load, with_note, dataset)
    assert not (directory / "texts" / "note-1.txt").exists()


@fork
def test_add_killed_at_every_step(
    tmp_path: Path, dataset: maroc_ai.Dataset, with_note: maroc_ai.Dataset
) -> None:
    directory = dataset.write(tmp_path / "data")
    action = lambda: add_draft(small_draft(1), directory)  # noqa: E731
    kill_at_every_step(directory, action, maroc_ai.load, dataset, with_note)


@fork
def test_directory_export_killed_at_every_step(
    tmp_path: Path, dataset: maroc_ai.Dataset, with_note: maroc_ai.Dataset
) -> None:
    directory = tmp_path / "package"
    export.to_datapackage(dataset, directory)
    old = snapshot(directory)
    export.to_datapackage(with_note, tmp_path / "new")
    new = snapshot(tmp_path / "new")
    action = lambda: export.to_datapackage(with_note, directory)  # noqa: E731
    kill_at_every_step(directory, action, snapshot, old, new, read_through=False)


@fork
def test_file_export_killed_at_every_step(
    tmp_path: Path, dataset: maroc_ai.Dataset, with_note: maroc_ai.Dataset
) -> None:
    directory = tmp_path / "out"
    directory.mkdir()
    target = directory / "records.jsonld"
    old = export.render(dataset, "jsonld").encode("utf-8")
    new = export.render(with_note, "jsonld").encode("utf-8")
    target.write_bytes(old)

    def state(folder: Path) -> bytes:
        return (folder / target.name).read_bytes()

    action = lambda: export.export(with_note, "jsonld", target)  # noqa: E731
    kill_at_every_step(directory, action, state, old, new)
    assert target.read_bytes() == new


def test_a_committed_write_is_read_through_then_applied(
    tmp_path: Path, dataset: maroc_ai.Dataset, with_note: maroc_ai.Dataset
) -> None:
    directory = dataset.write(tmp_path / "data")

    def crash(name: str) -> None:
        if name == "rename organizations.json":
            raise KeyboardInterrupt  # stops after the commit point

    _commit.fault = crash
    try:
        with pytest.raises(KeyboardInterrupt):
            with_note.write(directory)
    finally:
        _commit.fault = None
    assert (directory / _commit.STAGING / _commit.JOURNAL).is_file()
    # sources.json is in its place, its text is not yet: the files alone do not load
    with pytest.raises(maroc_ai.DatasetError, match=r"texts/note-1\.txt is missing"):
        _loading.read(Folder(str(directory)), "the files alone")
    assert maroc_ai.load(directory) == with_note  # read through the journal
    _recover(directory)
    assert leftovers(directory) == []
    assert maroc_ai.load(directory) == with_note


def test_reading_through_a_journal_writes_nothing(
    tmp_path: Path,
    dataset: maroc_ai.Dataset,
    with_note: maroc_ai.Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    directory = dataset.write(tmp_path / "data")
    _commit.fault = lambda name: _stop_at(name, "rename sources.json")
    try:
        with pytest.raises(KeyboardInterrupt):
            with_note.write(directory)
    finally:
        _commit.fault = None
    before = snapshot(directory)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a reader wrote to the directory")

    for name in ("replace", "rename", "unlink", "remove", "mkdir", "rmdir"):
        monkeypatch.setattr(os, name, refuse)
    monkeypatch.setattr(shutil, "rmtree", refuse)
    assert maroc_ai.load(directory) == with_note
    monkeypatch.undo()
    assert snapshot(directory) == before


def _stop_at(name: str, stop: str) -> None:
    if name == stop:
        raise KeyboardInterrupt


def test_a_write_never_committed_is_discarded(
    tmp_path: Path, dataset: maroc_ai.Dataset, with_note: maroc_ai.Dataset
) -> None:
    directory = dataset.write(tmp_path / "data")
    staging = directory / _commit.STAGING
    staging.mkdir()
    (staging / "0").write_text("[half a file", encoding="utf-8")
    (staging / "journal.tmp").write_text('{"write": [["sources', encoding="utf-8")
    assert maroc_ai.load(directory) == dataset  # ignored by readers
    with_note.write(directory)
    assert leftovers(directory) == []
    assert maroc_ai.load(directory) == with_note


def test_an_unreadable_journal_is_reported(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    directory = dataset.write(tmp_path / "data")
    (directory / _commit.STAGING).mkdir()
    (directory / _commit.STAGING / _commit.JOURNAL).write_text(
        '{"write": [["../../etc/passwd", "0"]], "remove": []}', encoding="utf-8"
    )
    with pytest.raises(maroc_ai.DatasetError, match="remove that folder to discard it"):
        maroc_ai.load(directory)
    with pytest.raises(ValueError, match="remove that folder to discard it"):
        dataset.write(directory)


def test_files_already_as_written_are_not_touched(
    tmp_path: Path, dataset: maroc_ai.Dataset
) -> None:
    directory = dataset.write(tmp_path / "data")
    stamps = {path: path.stat().st_mtime_ns for path in directory.rglob("*") if path.is_file()}
    assert steps_of(lambda: dataset.write(directory)) == []
    assert {path: path.stat().st_mtime_ns for path in stamps} == stamps


def test_a_folder_where_a_file_goes_is_refused_before_anything_is_written(
    tmp_path: Path, dataset: maroc_ai.Dataset, with_note: maroc_ai.Dataset
) -> None:
    directory = dataset.write(tmp_path / "data")
    (directory / "texts" / "note-1.txt").mkdir()
    before = snapshot(directory)
    with pytest.raises(IsADirectoryError):
        with_note.write(directory, overwrite=True)
    assert snapshot(directory) == before
    assert leftovers(directory) == []


# Random kills of the command, in a loop (slow: each trial starts Python).


@pytest.mark.slow
def test_add_killed_at_random_times(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    trials = 30
    directory = dataset.write(tmp_path / "data")
    drafts = []
    for number in range(trials):
        path = tmp_path / f"draft-{number}.json"
        path.write_text(maroc_ai._json.dumps(small_draft(number)), encoding="utf-8")
        drafts.append(path)
    command = [sys.executable, "-m", "maroc_ai", "add"]
    start = time.perf_counter()
    subprocess.run([*command, str(drafts[0]), "--to", str(directory)], check=True)
    typical = time.perf_counter() - start
    outcomes = {"killed before": 0, "killed after": 0, "finished": 0}
    previous = maroc_ai.load(directory)
    for number, draft in enumerate(drafts[1:], 1):
        process = subprocess.Popen(
            [*command, str(draft), "--to", str(directory)], stderr=subprocess.DEVNULL
        )
        time.sleep(typical * (0.4 + 0.7 * (number % 10) / 9))  # the write is near the end
        process.kill()
        process.wait()
        seen = maroc_ai.load(directory)
        added = f"note-{number}" in seen
        if process.returncode == 0:
            outcomes["finished"] += 1
            assert added
        else:
            outcomes["killed after" if added else "killed before"] += 1
        assert seen == previous or (added and len(seen) == len(previous) + 2)
        _recover(directory)
        assert leftovers(directory) == []
        assert maroc_ai.load(directory) == seen
        previous = seen
    print(f"add killed at random times, {trials - 1} trials: {outcomes}")


def test_what_is_staged_reaches_the_disk_before_the_commit(
    tmp_path: Path,
    dataset: maroc_ai.Dataset,
    with_note: maroc_ai.Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    directory = dataset.write(tmp_path / "data")
    events: list[str] = []
    flush = os.fsync

    def counted(fd: int) -> None:
        events.append("fsync")
        flush(fd)

    monkeypatch.setattr(os, "fsync", counted)
    _commit.fault = events.append
    try:
        with_note.write(directory)
    finally:
        _commit.fault = None
    publish = events.index("publish")
    staged = [event for event in events[:publish] if event.startswith("stage ")]
    assert len(staged) == 3  # sources.json, organizations.json, texts/note-1.txt
    # each staged file, the staging folder and the journal are flushed before the commit
    assert events[:publish].count("fsync") >= len(staged) + 2
    assert "fsync" in events[publish:]  # the commit and the renames, after it
