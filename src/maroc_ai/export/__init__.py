"""Exports of a dataset in standard formats, for tools that are not Python.

| format | what is written | ``path`` |
| --- | --- | --- |
| ``json`` | the dataset as one JSON object, as the loader reads it | a file |
| ``csv`` | one CSV file per collection, plus posts, participations and citations, linked by ids | a directory |
| ``parquet`` | the same tables as Parquet files, with typed columns (needs pyarrow) | a directory |
| ``datapackage`` | the CSV files and a Frictionless ``datapackage.json`` with a Table Schema for each | a directory |
| ``jsonschema`` | the JSON Schema of every record type, from the model | a file |
| ``geojson`` | places and facilities as a GeoJSON FeatureCollection | a file |
| ``jsonld`` | JSON-LD with schema.org types, citations as ``citation`` | a file |
| ``graphml`` | the network of who signed or attended what | a file |

Every writer but ``parquet`` needs only the library's own dependencies, and writes the way
[`write`][maroc_ai.dataset.Dataset.write] does: all or nothing (a file is replaced whole, a
directory's files all at once), so that nothing is truncated before the new content
is safely on disk; a directory that holds files the export would not write is
refused unless ``overwrite=True``.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._storage import encode, write_file
from ..dataset import Dataset

if TYPE_CHECKING:
    from pathlib import Path

    from ._csv import datapackage, to_csv, to_datapackage
    from ._geojson import to_geojson
    from ._graphml import to_graphml
    from ._jsonld import to_jsonld
    from ._jsonschema import json_schema
    from ._parquet import parquet_tables, to_parquet

# Each writer is in a module of its own, imported the first time it is used, so that
# ``import maroc_ai`` (which gives every dataset its ``export`` method) doesn't pay for
# all of them: ``maroc_ai.export.to_csv`` and the others are found through __getattr__.
_WRITERS = {
    "datapackage": "_csv",
    "to_csv": "_csv",
    "to_datapackage": "_csv",
    "to_geojson": "_geojson",
    "to_graphml": "_graphml",
    "to_jsonld": "_jsonld",
    "json_schema": "_jsonschema",
    "parquet_tables": "_parquet",
    "to_parquet": "_parquet",
}


def __getattr__(name: str) -> Any:
    module = _WRITERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WRITERS})


__all__ = [
    "DIRECTORY_FORMATS",
    "FORMATS",
    "datapackage",
    "export",
    "json_schema",
    "parquet_tables",
    "render",
    "to_csv",
    "to_datapackage",
    "to_geojson",
    "to_graphml",
    "to_jsonld",
    "to_parquet",
]


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _writer(name: str) -> Callable[..., Any]:
    found: Callable[..., Any] = __getattr__(name)
    return found


_TEXTS: dict[str, Callable[[Dataset], str]] = {
    "json": Dataset.to_json,
    "jsonschema": lambda _: _json(_writer("json_schema")()),
    "geojson": lambda dataset: _json(_writer("to_geojson")(dataset)),
    "jsonld": lambda dataset: _json(_writer("to_jsonld")(dataset)),
    "graphml": lambda dataset: str(_writer("to_graphml")(dataset)),
}
_DIRECTORIES: dict[str, str] = {
    "csv": "to_csv",
    "datapackage": "to_datapackage",
    "parquet": "to_parquet",
}

FORMATS = ("json", "csv", "datapackage", "parquet", "jsonschema", "geojson", "jsonld", "graphml")
"""Every format [`export`][maroc_ai.export.export] writes."""
DIRECTORY_FORMATS = ("csv", "datapackage", "parquet")
"""The formats written as a directory of files rather than one file."""


def _check(format: str) -> None:
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}: expected one of {', '.join(FORMATS)}")


def render(dataset: Dataset, format: str) -> str:
    """The text of a one-file export (any format but ``csv``, ``datapackage`` and ``parquet``).

    Raises:
        ValueError: for an unknown format, or one written as a directory.

    """
    _check(format)
    if format in DIRECTORY_FORMATS:
        raise ValueError(f"the {format} export is a directory of files: give a path to write it to")
    return _TEXTS[format](dataset)


def export(
    dataset: Dataset,
    format: str,
    path: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    excel: bool = False,
) -> Path:
    """Write ``dataset`` in ``format`` to ``path``: a file, or a directory for csv, datapackage and parquet.

    Missing parent directories are made. Returns the path written. A file is
    replaced whole, or not at all; a directory's files are written all at once.

    Args:
        dataset: What to export.
        format: One of [`FORMATS`][maroc_ai.export.FORMATS].
        path: The file, or the directory for csv, datapackage and parquet.
        overwrite: For a directory that holds files this export would not write:
            write into it anyway, removing the stale files of the export's kind (CSV
            files and ``datapackage.json``, or Parquet files) and leaving anything else.
        excel: For csv: start each file with a byte-order mark (UTF-8 with BOM), so
            that Excel reads its Arabic.

    Raises:
        ValueError: for an unknown format or an empty path, ``excel`` with a format
            other than csv, or a directory that is ``/`` or a home directory.
        ImportError: for parquet, when pyarrow is not installed.
        FileExistsError: when the directory holds other files and not ``overwrite``.
        IsADirectoryError: when a one-file format is given a directory.

    """
    _check(format)
    if str(path) == "":
        raise ValueError("the path to export to is empty")
    if excel and format != "csv":
        raise ValueError(f"excel applies to the csv format only, not to {format}")
    from pathlib import Path  # only when an export is written

    target = Path(path)
    if format == "csv":
        _writer("to_csv")(dataset, target, overwrite=overwrite, excel=excel)
        return target
    if format in DIRECTORY_FORMATS:
        _writer(_DIRECTORIES[format])(dataset, target, overwrite=overwrite)
        return target
    write_file(target, _utf8(dataset, render(dataset, format), target))
    return target


def _utf8(dataset: Dataset, text: str, location: str | os.PathLike[str]) -> bytes:
    """``text``, an export of ``dataset``, as UTF-8.

    Raises:
        DatasetError: naming each value of the dataset that UTF-8 can't encode (a lone
            surrogate, in a record built in Python).

    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        encode(os.fspath(location), dataset.to_dict(), {})  # raises, naming the values
        raise


setattr(Dataset, "export", export)  # noqa: B010 - typed in Dataset
