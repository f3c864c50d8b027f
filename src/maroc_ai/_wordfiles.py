"""Language data files: one JSON file per language in a package's ``lexicon`` folder.

The dates and quantities of `maroc_ai.text` and the people and institutions of
`maroc_ai.extract` each keep their words this way, so a linguist reviews a plain diff
of one file and a new language is a new file. Both read them here: through
`importlib.resources` (they work from a wheel or a zip) and the project's strict
converter, so a mistake in a file is reported with its file and path. Data files that
belong to no language (what a unit means) are read the same way (:func:`read_file`).
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import TypeVar

__all__ = ["codes", "read", "read_file"]

T = TypeVar("T")


def codes(package: str) -> tuple[str, ...]:
    """The languages with a data file in ``package``'s lexicon, by code, in order."""
    folder = files(package).joinpath("lexicon")
    return tuple(
        sorted(entry.name[:-5] for entry in folder.iterdir() if entry.name.endswith(".json"))
    )


def read(package: str, code: str, cls: type[T]) -> T:
    """The words of one language, ``lexicon/<code>.json`` of ``package``, as a ``cls``.

    Raises:
        DatasetError: listing every problem of the file, each with its path.

    """
    return read_file(package, f"lexicon/{code}.json", cls)


def read_file(package: str, name: str, cls: type[T]) -> T:
    """The data file ``name`` (a path inside ``package``) as a ``cls``.

    Raises:
        DatasetError: listing every problem of the file, each with its path.

    """
    from ._convert import converter, describe_errors
    from .errors import DatasetError, Problem

    resource = files(package)
    for part in name.split("/"):
        resource = resource.joinpath(part)
    raw = json.loads(resource.read_text("utf-8"))
    try:
        return converter.structure(raw, cls)
    except Exception as error:
        problems = [
            Problem(file=name, field=path or None, message=message)
            for path, message in describe_errors(error)
        ]
        raise DatasetError(f"{package} {name}", problems) from None
