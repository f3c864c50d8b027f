"""Exports of a dataset in standard formats, for tools that are not Python.

| format | what is written | ``path`` |
| --- | --- | --- |
| ``json`` | the dataset as one JSON object, as the loader reads it | a file |
| ``csv`` | one CSV file per collection, plus posts, participations and citations, linked by ids | a directory |
| ``datapackage`` | the CSV files and a Frictionless ``datapackage.json`` with a Table Schema for each | a directory |
| ``jsonschema`` | the JSON Schema of every record type, from the model | a file |
| ``geojson`` | places and facilities as a GeoJSON FeatureCollection | a file |
| ``jsonld`` | JSON-LD with schema.org types, citations as ``citation`` | a file |
| ``graphml`` | the network of who signed or attended what | a file |

Every writer needs only the library's own dependencies.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..dataset import Dataset
from ._csv import datapackage, to_csv, to_datapackage
from ._geojson import to_geojson
from ._graphml import to_graphml
from ._jsonld import to_jsonld
from ._jsonschema import json_schema

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "DIRECTORY_FORMATS",
    "FORMATS",
    "datapackage",
    "export",
    "json_schema",
    "render",
    "to_csv",
    "to_datapackage",
    "to_geojson",
    "to_graphml",
    "to_jsonld",
]


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_TEXTS: dict[str, Callable[[Dataset], str]] = {
    "json": Dataset.to_json,
    "jsonschema": lambda _: _json(json_schema()),
    "geojson": lambda dataset: _json(to_geojson(dataset)),
    "jsonld": lambda dataset: _json(to_jsonld(dataset)),
    "graphml": to_graphml,
}
_DIRECTORIES: dict[str, Callable[[Dataset, Path], object]] = {
    "csv": to_csv,
    "datapackage": to_datapackage,
}

FORMATS = ("json", "csv", "datapackage", "jsonschema", "geojson", "jsonld", "graphml")
"""Every format :func:`export` writes."""
DIRECTORY_FORMATS = ("csv", "datapackage")
"""The formats written as a directory of files rather than one file."""


def _check(format: str) -> None:
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}: expected one of {', '.join(FORMATS)}")


def render(dataset: Dataset, format: str) -> str:
    """The text of a one-file export (any format but ``csv`` and ``datapackage``).

    Raises:
        ValueError: for an unknown format, or one written as a directory.

    """
    _check(format)
    if format in DIRECTORY_FORMATS:
        raise ValueError(f"the {format} export is a directory of files: give a path to write it to")
    return _TEXTS[format](dataset)


def export(dataset: Dataset, format: str, path: str | os.PathLike[str]) -> Path:
    """Write ``dataset`` in ``format`` to ``path``: a file, or a directory for csv and datapackage.

    Missing parent directories are made. Returns the path written.

    Raises:
        ValueError: for an unknown format or an empty path.

    """
    _check(format)
    if str(path) == "":
        raise ValueError("the path to export to is empty")
    from pathlib import Path  # only when an export is written

    target = Path(path)
    if format in DIRECTORY_FORMATS:
        _DIRECTORIES[format](dataset, target)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(dataset, format), encoding="utf-8")
    return target


setattr(Dataset, "export", export)  # noqa: B010 - typed in Dataset
