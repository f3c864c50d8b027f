"""maroc_ai: a typed, source-cited, queryable record of Morocco's national AI build-out.

>>> import maroc_ai
>>> ds = maroc_ai.load()
>>> memorandum = ds.get("mistral-ai-memorandum")
>>> memorandum.date.isoformat()
'2025-09-12'

Every record carries citations: the id of a source and its exact words, which
[`Dataset.text`][maroc_ai.dataset.Dataset.text] lets you read in context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import export, plot
from ._labels import label
from ._release import Release
from ._search import Hit, Hits
from .dataset import Dataset, load
from .errors import (
    AmbiguousNameError,
    DatasetError,
    DraftError,
    NotOneError,
    Problem,
    UnknownIdError,
    UnknownNameError,
)
from .model import (
    AgreementKind,
    Decision,
    DecisionKind,
    Event,
    EventKind,
    Facility,
    FacilityKind,
    Official,
    Organization,
    OrganizationKind,
    Participation,
    Partnership,
    Place,
    PlaceKind,
    Post,
    Program,
    ProgramKind,
    Record,
    Role,
    Source,
    Statistic,
    Status,
    Target,
    TargetKind,
)
from .query import Query, Timeline
from .values import (
    Citation,
    Coordinates,
    Names,
    PartialDate,
    Precision,
    Qualifier,
    Quantity,
    Weekday,
)

if TYPE_CHECKING:
    from ._diff import Diff


def __getattr__(name: str) -> Any:
    """What is read only when asked, to keep ``import maroc_ai`` quick.

    ``__version__`` is read from the installed metadata (it costs ~0.1 s); `Diff` is
    imported when first used, as loading a dataset does not need it.
    """
    if name == "Diff":
        from ._diff import Diff

        return Diff
    if name != "__version__":
        raise AttributeError(f"module 'maroc_ai' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("maroc-ai")
    except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
        return "0+unknown"


__all__ = [
    "AgreementKind",
    "AmbiguousNameError",
    "Citation",
    "Coordinates",
    "Dataset",
    "DatasetError",
    "Decision",
    "DecisionKind",
    "Diff",
    "DraftError",
    "Event",
    "EventKind",
    "Facility",
    "FacilityKind",
    "Hit",
    "Hits",
    "Names",
    "NotOneError",
    "Official",
    "Organization",
    "OrganizationKind",
    "PartialDate",
    "Participation",
    "Partnership",
    "Place",
    "PlaceKind",
    "Post",
    "Precision",
    "Problem",
    "Program",
    "ProgramKind",
    "Qualifier",
    "Quantity",
    "Query",
    "Record",
    "Release",
    "Role",
    "Source",
    "Statistic",
    "Status",
    "Target",
    "TargetKind",
    "Timeline",
    "UnknownIdError",
    "UnknownNameError",
    "Weekday",
    "__version__",
    "export",
    "label",
    "load",
    "plot",
]
