"""CSV files, one per table, and the Frictionless Data Package that describes them."""

from __future__ import annotations

import csv
import json
import os
from typing import TYPE_CHECKING, Any

from ..dataset import Dataset
from ._tables import Table, tables

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["to_csv", "to_datapackage"]


def _write(table: Table, root: Path) -> Path:
    path = root / f"{table.name}.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(column.name for column in table.columns)
        writer.writerows(table.cells())
    return path


def to_csv(dataset: Dataset, directory: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write one CSV file per table into ``directory`` (made if missing); return their paths.

    The tables are described in :mod:`maroc_ai.export._tables`: one per collection, plus
    ``posts``, ``participations`` and ``citations``, linked by record ids. Files are UTF-8
    with a header row; an empty cell is a value not given; lists are JSON arrays.
    """
    from pathlib import Path  # only when an export is written

    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    return tuple(_write(table, root) for table in tables(dataset))


def _schema(table: Table) -> dict[str, Any]:
    fields = []
    for column in table.columns:
        field: dict[str, Any] = {"name": column.name, "type": column.type}
        if column.description:
            field["description"] = column.description
        constraints: dict[str, Any] = {}
        if column.required:
            constraints["required"] = True
        if column.values:
            constraints["enum"] = list(column.values)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": list(table.primary_key)}
    foreign_keys = [
        {"fields": column.name, "reference": {"resource": column.refers_to, "fields": "id"}}
        for column in table.columns
        if column.refers_to is not None
    ]
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def datapackage(dataset: Dataset) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor of the CSV files :func:`to_csv` writes."""
    return {
        "profile": "tabular-data-package",
        "name": "maroc-ai",
        "title": "maroc_ai: Morocco's national AI build-out, from cited news articles",
        "resources": [
            {
                "name": table.name,
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "description": table.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": _schema(table),
            }
            for table in tables(dataset)
        ],
    }


def to_datapackage(dataset: Dataset, directory: str | os.PathLike[str]) -> Path:
    """Write the CSV files and their ``datapackage.json`` into ``directory``; return its path."""
    from pathlib import Path  # only when an export is written

    root = Path(directory)
    to_csv(dataset, root)
    path = root / "datapackage.json"
    path.write_text(json.dumps(datapackage(dataset), ensure_ascii=False, indent=2) + "\n", "utf-8")
    return path
