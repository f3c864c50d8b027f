"""The lock of a dataset directory: writers take turns, readers wait for a writer."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

import maroc_ai
from maroc_ai._json import dumps
from maroc_ai._lock import locked

from .conftest import small_draft, snapshot

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX"),
    pytest.mark.usefixtures("flushed_writes"),  # the real thing: fsync included
]


def can_lock(directory: Path, operation: int) -> bool:
    """Whether another holder could take the lock now (another open file, as another process)."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, operation | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return True


def test_a_writer_excludes_everyone(tmp_path: Path) -> None:
    with locked(str(tmp_path)):
        assert not can_lock(tmp_path, fcntl.LOCK_EX)
        assert not can_lock(tmp_path, fcntl.LOCK_SH)
    assert can_lock(tmp_path, fcntl.LOCK_EX)


def test_readers_share(tmp_path: Path) -> None:
    with locked(str(tmp_path), shared=True):
        assert can_lock(tmp_path, fcntl.LOCK_SH)
        assert not can_lock(tmp_path, fcntl.LOCK_EX)


def test_the_lock_makes_no_file(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    directory = dataset.write(tmp_path / "data")
    before = snapshot(directory)
    with locked(str(directory)):
        pass
    maroc_ai.load(directory)
    assert snapshot(directory) == before


def test_load_waits_for_a_writer(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    directory = dataset.write(tmp_path / "data")
    code = "import maroc_ai, sys; print(len(maroc_ai.load(sys.argv[1])))"
    with locked(str(directory)):
        reader = subprocess.Popen(
            [sys.executable, "-c", code, str(directory)], stdout=subprocess.PIPE, text=True
        )
        with pytest.raises(subprocess.TimeoutExpired):
            reader.wait(timeout=2)  # blocked on the lock, however long it is held
    out, _ = reader.communicate(timeout=60)
    assert out.strip() == str(len(dataset))


def add_at_once(directory: Path, drafts: list[Path]) -> list[subprocess.CompletedProcess[str]]:
    """``maroc-ai add`` of each draft, all started together."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "maroc_ai", "add", str(draft), "--to", str(directory)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for draft in drafts
    ]
    return [
        subprocess.CompletedProcess(p.args, p.wait(timeout=120), "", p.communicate()[1])
        for p in processes
    ]


def write_drafts(folder: Path, numbers: range) -> list[Path]:
    folder.mkdir(exist_ok=True)
    drafts = []
    for number in numbers:
        path = folder / f"draft-{number}.json"
        path.write_text(dumps(small_draft(number)), encoding="utf-8")
        drafts.append(path)
    return drafts


def test_adds_at_once_take_turns_and_lose_nothing(tmp_path: Path) -> None:
    drafts = write_drafts(tmp_path / "drafts", range(4))
    directory = tmp_path / "data"
    results = add_at_once(directory, drafts)
    assert [result.returncode for result in results] == [0] * len(drafts), results
    merged = maroc_ai.load(directory)
    assert {f"note-{number}" for number in range(4)} <= set(merged.sources.ids())
    assert len(merged.organizations) == 4


@pytest.mark.slow
def test_adds_at_once_in_a_loop(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    rounds, writers = 10, 6
    lost = 0
    for round in range(rounds):
        directory = dataset.write(tmp_path / f"data-{round}")
        numbers = range(round * writers, (round + 1) * writers)
        results = add_at_once(directory, write_drafts(tmp_path / "drafts", numbers))
        assert all(result.returncode == 0 for result in results), results
        merged = maroc_ai.load(directory)
        lost += sum(f"note-{number}" not in merged for number in numbers)
        assert len(merged) == len(dataset) + 2 * writers
    print(f"{rounds} rounds of {writers} adds at once: {lost} drafts lost")
    assert lost == 0
