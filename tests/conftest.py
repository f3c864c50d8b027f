from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import maroc_ai
from maroc_ai import _commit

settings.register_profile("maroc_ai", deadline=None)
settings.load_profile("maroc_ai")
# No property test has a deadline: a busy machine is no failure, and speed is measured
# by the scripts of benchmarks/, not asserted by the tests.

REPO = Path(__file__).resolve().parents[1]

EXPORTED_COLLECTIONS = (
    "sources",
    "organizations",
    "officials",
    "partnerships",
    "facilities",
    "targets",
    "programs",
    "events",
    "statistics",
    "decisions",
)
"""The collections the export promises, in its order (places follow them)."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow",
        action="store_true",
        help="also run the tests marked slow: concurrency and kill loops in subprocesses",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session", autouse=True)
def _writes_not_flushed() -> Iterator[None]:
    """Writes skip ``fsync`` (milliseconds each, thousands in the suite): no power is lost here.

    The tests of writing itself use :func:`flushed_writes`, so the flushes run there.
    """
    _commit.SYNC = False
    yield
    _commit.SYNC = True


@pytest.fixture(scope="module")
def flushed_writes() -> Iterator[None]:
    """Writes flush files and folders to disk (``fsync``), as they do outside the tests."""
    _commit.SYNC = True
    yield
    _commit.SYNC = False


@pytest.fixture(scope="session")
def dataset() -> maroc_ai.Dataset:
    return maroc_ai.load()


@pytest.fixture
def dataset_dir(tmp_path: Path, dataset: maroc_ai.Dataset) -> Path:
    """A writable copy of the bundled dataset as a directory."""
    return dataset.write(tmp_path / "data")


Edit = Callable[[list[dict[str, Any]]], None]


def edit_collection(directory: Path, name: str, edit: Edit) -> None:
    """Change the records of one collection file in place."""
    path = directory / f"{name}.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    edit(records)
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def record(records: list[dict[str, Any]], id: str) -> dict[str, Any]:
    return next(r for r in records if r["id"] == id)


def small_draft(number: int) -> dict[str, Any]:
    """A draft of one short invented note: its source and one new organization, all distinct by ``number``."""
    source = f"note-{number}"
    title = f"Zed{number} Labs opens"
    return {
        "source": {
            "id": source,
            "file": f"{source}.txt",
            "language": "en",
            "title": title,
            "citations": [{"source": source, "quote": title, "fields": ["title"]}],
        },
        "text": f"{title}\r\nZed{number} Labs opened an office in a town by the sea.\r\n",
        "organizations": [
            {
                "match": "new",
                "record": {
                    "id": f"zed-{number}-labs",
                    "name": {"en": f"Zed{number} Labs"},
                    "kind": "company",
                    "citations": [{"source": source, "quote": f"Zed{number} Labs", "fields": []}],
                },
            }
        ],
    }


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` (relative path → content), hidden ones included."""
    found = {}
    for path in sorted(directory.rglob("*")):
        name = str(path.relative_to(directory))
        if path.is_symlink():
            found[name] = b"link to " + os.fsencode(os.readlink(path))
        elif path.is_file():
            found[name] = path.read_bytes()
    return found


__all__ = [
    "EXPORTED_COLLECTIONS",
    "REPO",
    "edit_collection",
    "record",
    "small_draft",
    "snapshot",
]
