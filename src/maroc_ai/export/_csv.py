"""CSV files, one per table, and the Frictionless Data Package that describes them."""

from __future__ import annotations

import csv
import io
import json
import os
from typing import TYPE_CHECKING, Any

from .._json import dumps
from .._release import LICENSES, RELEASE_FILE, RIGHTS, license_address
from .._storage import write_files
from ..dataset import Dataset
from ..model import Source
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
    return "/" not in path and (path.endswith(".csv") or path in (DESCRIPTOR, RELEASE_FILE))


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
    gibberish; other readers skip it (Python's ``utf-8-sig``, pandas, DuckDB). A
    dataset with a release also gets ``release.json`` beside them, as in a dataset
    directory: its version, date and licence.

    The files are written all or nothing, like [`maroc_ai.Dataset.write`][maroc_ai.dataset.Dataset.write]. A
    directory that holds other files is refused unless ``overwrite``; then other CSV
    files, a ``datapackage.json`` and a ``release.json``, stale, are removed and
    anything else is left.

    Raises:
        FileExistsError: when the directory holds other files and not ``overwrite``.

    """
    files = _files(dataset, directory, excel=excel)
    tables = tuple(files)
    if dataset.release is not None:
        files[RELEASE_FILE] = dumps(dataset.release.to_dict()).encode("utf-8")
    root = _write(files, directory, overwrite)
    return tuple(root / name for name in tables)


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


TITLE = "maroc_ai: Morocco's national AI build-out, from cited news articles"
"""The title of the dataset in the exports that carry one."""

CONTRIBUTORS = [{"title": "The maroc_ai developers", "role": "author"}]
"""Who made the dataset, as the data package lists them."""


def _about(dataset: Dataset) -> dict[str, Any]:
    """What the data package says of the dataset as a whole: its release, licence, sources."""
    about: dict[str, Any] = {"description": f"{DESCRIPTION} {RIGHTS}"}
    release = dataset.release
    if release is not None:
        about["version"] = release.version
        about["created"] = f"{release.created}T00:00:00Z"
        if release.license is not None:
            title = LICENSES.get(release.license, (release.license, ""))[0]
            path = license_address(release.license)
            about["licenses"] = [{"name": release.license, "title": title, "path": path}]
    about["contributors"] = CONTRIBUTORS
    about["sources"] = [_source(source) for source in dataset.sources]
    return about


DESCRIPTION = (
    "Partnerships, facilities, officials, targets and the records they need, each fact "
    "with the exact words of the news article it comes from."
)


def _source(source: Source) -> dict[str, Any]:
    title = source.label if source.publisher is None else f"{source.label} ({source.publisher})"
    described: dict[str, Any] = {"title": title}
    if source.url is not None:
        described["path"] = source.url
    return described


def datapackage(dataset: Dataset) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor of the CSV files [`to_csv`][maroc_ai.export.to_csv] writes.

    It names the release (``version``, ``created``), the licence of the curated
    records, who made them and the articles they come from (``sources``), and says
    that the article texts and quotes are their publishers', not under that licence.
    """
    return {
        "profile": "tabular-data-package",
        "name": "maroc-ai",
        "title": TITLE,
        **_about(dataset),
        "resources": [
            {
                "name": table.name,
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "description": (
                    f"{table.description} {RIGHTS}"
                    if table.name == "citations"
                    else table.description
                ),
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
