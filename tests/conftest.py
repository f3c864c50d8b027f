from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import maroc_ai

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


__all__ = ["EXPORTED_COLLECTIONS", "REPO", "edit_collection", "record"]
