"""Parquet files, one per table, with typed columns (needs pyarrow).

The tables are those of the CSV export: one per collection, plus ``posts``,
``participations`` and ``citations``, linked by record ids. Their columns are typed
as ``maroc_ai._arrow`` describes: dates as ``date32`` with their precision,
quantities as doubles with their unit, lists as lists of strings.
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, Any

from .._arrow import arrow_table, require_pyarrow
from .._storage import write_files
from ..dataset import Dataset
from ..model import COLLECTIONS, Participation, Post
from ..values import Citation
from ._tables import _citations, _doc

if TYPE_CHECKING:
    from pathlib import Path

    import pyarrow

__all__ = ["parquet_tables", "to_parquet"]

SUFFIX = ".parquet"


def parquet_tables(dataset: Dataset) -> dict[str, pyarrow.Table]:
    """Every table of the Parquet export by name: the collections', then posts, participations, citations."""
    pa = require_pyarrow()
    found: dict[str, Any] = {}
    for name, cls in COLLECTIONS.items():
        records = dataset.collections()[name]
        found[name] = arrow_table(cls, (((), r) for r in records), description=_doc(cls))
    found["posts"] = arrow_table(
        Post,
        (
            ((official.id, position), post)
            for official in dataset.officials
            for position, post in enumerate(official.posts)
        ),
        keys=(("official", pa.string(), False), ("position", pa.int64(), False)),
        description="The posts officials hold, one row per post, in the order of the official's posts.",
    )
    found["participations"] = arrow_table(
        Participation,
        (
            ((record.id, name, position), participation)
            for name in ("partnerships", "events")
            for record in dataset.collections()[name]
            for position, participation in enumerate(record.participants)
        ),
        keys=(
            ("record", pa.string(), False),
            ("collection", pa.string(), False),
            ("position", pa.int64(), False),
        ),
        description="Who took part in a partnership or an event, in what role and capacity.",
    )
    found["citations"] = arrow_table(
        Citation,
        (
            ((record, position, collection, part or None), c)
            for (record, position, collection, part), c in _citations(dataset)
        ),
        keys=(
            ("record", pa.string(), False),
            ("position", pa.int64(), False),
            ("collection", pa.string(), False),
            ("part", pa.string(), True),
        ),
        description="Every citation: the source, its exact words, and the fields of the record they support.",
    )
    return found


def _of_the_export(path: str) -> bool:
    """Whether ``path`` is a file of the Parquet export's kind: stale when this export does not write it."""
    return "/" not in path and path.endswith(SUFFIX)


def to_parquet(
    dataset: Dataset, directory: str | os.PathLike[str], *, overwrite: bool = False
) -> tuple[Path, ...]:
    """Write one Parquet file per table into ``directory`` (made if missing); return their paths.

    The tables are those of [`to_csv`][maroc_ai.export.to_csv], with typed columns. The
    files are written all or nothing, like [`write`][maroc_ai.dataset.Dataset.write]; a
    directory that holds other files is refused unless ``overwrite``, and then other
    Parquet files, stale, are removed and anything else is left.

    Raises:
        ImportError: when pyarrow is not installed.
        FileExistsError: when the directory holds other files and not ``overwrite``.

    """
    from pathlib import Path  # only when an export is written

    require_pyarrow()
    import pyarrow.parquet as parquet

    files = {}
    for name, table in parquet_tables(dataset).items():
        buffer = io.BytesIO()
        parquet.write_table(table, buffer)
        files[f"{name}{SUFFIX}"] = buffer.getvalue()
    write_files(directory, files, owns=_of_the_export, overwrite=overwrite)
    root = Path(directory)
    return tuple(root / name for name in files)
