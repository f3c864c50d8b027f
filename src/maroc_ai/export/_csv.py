"""CSV files, one per table, and the Frictionless Data Package that describes them."""

from __future__ import annotations

import csv
import io
import json
import os
from typing import TYPE_CHECKING, Any

from .._storage import write_files
from ..dataset import Dataset
from ._tables import Table, tables

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["to_csv", "to_datapackage"]

DESCRIPTOR = "datapackage.json"


def _csv(table: Table) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(column.name for column in table.columns)
    writer.writerows(table.cells())
    return buffer.getvalue()


BOM = "\ufeff"
"""The byte-order mark that tells Excel a CSV file is UTF-8."""


def _files(
    dataset: Dataset, directory: str | os.PathLike[str], *, excel: bool = False
) -> dict[str, bytes]:
    from . import _utf8

    mark = BOM if excel else ""
    return {
        f"{table.name}.csv": _utf8(dataset, mark + _csv(table), directory)
        for table in tables(dataset)
    }


def _of_a_package(path: str) -> bool:
    """Whether ``path`` is a file of the CSV export's kind: stale when this export does not write it."""
    return "/" not in path and (path.endswith(".csv") or path == DESCRIPTOR)


def _write(files: dict[str, bytes], directory: str | os.PathLike[str], overwrite: bool) -> Path:
    from pathlib import Path  # only when an export is written

    write_files(directory, files, owns=_of_a_package, overwrite=overwrite)
    return Path(directory)


def to_csv(
    dataset: Dataset,
    directory: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    excel: bool = False,
) -> tuple[Path, ...]:
    """Write one CSV file per table into ``directory`` (made if missing); return their paths.

    The tables are described in `maroc_ai.export._tables`: one per collection, plus
    ``posts``, ``participations`` and ``citations``, linked by record ids. Files are UTF-8
    with a header row; an empty cell is a value not given; a list (ids, words, a
    citation's fields) is a JSON array in one cell, ``["rabat", "dakhla"]``, which
    every language reads with its JSON parser. With ``excel``, each file starts with
    a byte-order mark (UTF-8 with BOM), without which Excel reads Arabic as
    gibberish; other readers skip it (Python's ``utf-8-sig``, pandas, DuckDB).

    The files are written all or nothing, like [`maroc_ai.Dataset.write`][maroc_ai.dataset.Dataset.write]. A
    directory that holds other files is refused unless ``overwrite``; then other CSV
    files and a ``datapackage.json``, stale, are removed and anything else is left.

    Raises:
        FileExistsError: when the directory holds other files and not ``overwrite``.

    """
    files = _files(dataset, directory, excel=excel)
    root = _write(files, directory, overwrite)
    return tuple(root / name for name in files)


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
    """The ``datapackage.json`` descriptor of the CSV files [`to_csv`][maroc_ai.export.to_csv] writes."""
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


def to_datapackage(
    dataset: Dataset, directory: str | os.PathLike[str], *, overwrite: bool = False
) -> Path:
    """Write the CSV files and their ``datapackage.json`` into ``directory``; return its path.

    All or nothing, and refusing a directory that holds other files unless
    ``overwrite``, as [`to_csv`][maroc_ai.export.to_csv].
    """
    files = _files(dataset, directory)
    descriptor = json.dumps(datapackage(dataset), ensure_ascii=False, indent=2) + "\n"
    from . import _utf8

    files[DESCRIPTOR] = _utf8(dataset, descriptor, directory)
    return _write(files, directory, overwrite) / DESCRIPTOR
