"""Records as a :class:`pandas.DataFrame`: :meth:`maroc_ai.Query.to_pandas`.

pandas is an optional dependency (``pip install "maroc-ai[pandas]"``), imported only
when a frame is asked for. One row per record; the columns follow the record's fields:

* a name gives ``name_ar``, ``name_en``, ``name_fr`` and ``name_aliases``;
* a :class:`~maroc_ai.PartialDate` gives a datetime column holding the first day the
  date may stand for (``NaT`` for a bare weekday), and ``<field>_precision``
  (``year``, ``month``, ``day`` or ``weekday``);
* a :class:`~maroc_ai.Quantity` gives a number and ``<field>_unit`` and
  ``<field>_qualifier``;
* a place's :class:`~maroc_ai.Coordinates` give ``latitude`` and ``longitude`` as
  numbers and ``geonames``, the gazetteer entry's id;
* an enum gives its value, as a categorical column;
* ids of other records stay tuples of ids; posts and participations become tuples of
  their titles or officials; citations become ``sources``, the ids they quote.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .values import Coordinates, Names, PartialDate, Quantity

if TYPE_CHECKING:
    import pandas

__all__ = ["to_pandas"]


def _require_pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError('to_pandas() needs pandas: pip install "maroc-ai[pandas]"') from None
    return pandas


def _row(record: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"type": type(record).__name__}
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        name = field.name
        if isinstance(value, Names):
            row.update(
                name_ar=value.ar, name_en=value.en, name_fr=value.fr, name_aliases=value.aliases
            )
        elif name == "citations":
            row["sources"] = tuple(dict.fromkeys(citation.source for citation in value))
        elif name == "posts":
            row[name] = tuple(post.title for post in value)
        elif name == "participants":
            row[name] = tuple(participation.official for participation in value)
        else:
            row.update(_cells(name, value, field))
    return row


def _cells(name: str, value: Any, field: attrs.Attribute[Any]) -> dict[str, Any]:
    kind = field.type
    if isinstance(value, PartialDate) or _declares(kind, "PartialDate"):
        date = value if isinstance(value, PartialDate) else None
        return {
            name: date.start if date is not None else None,
            f"{name}_precision": date.precision.value if date is not None else None,
        }
    if isinstance(value, Quantity) or _declares(kind, "Quantity"):
        quantity = value if isinstance(value, Quantity) else None
        return {
            name: quantity.value if quantity is not None else None,
            f"{name}_unit": quantity.unit if quantity is not None else None,
            f"{name}_qualifier": quantity.qualifier.value if quantity is not None else None,
        }
    if isinstance(value, Coordinates) or _declares(kind, "Coordinates"):
        where = value if isinstance(value, Coordinates) else None
        return {
            "latitude": where.latitude if where is not None else None,
            "longitude": where.longitude if where is not None else None,
            "geonames": where.geonames if where is not None else None,
        }
    if isinstance(value, enum.Enum):
        return {name: value.value}
    return {name: value}


def _declares(kind: object, name: str) -> bool:
    return isinstance(kind, str) and name in kind


def _typed(frame: Any, pandas: Any, kinds: Sequence[type]) -> Any:
    for kind in kinds:
        hints = typing.get_type_hints(kind)
        for field in attrs.fields(kind):
            hint = hints.get(field.name)
            column = field.name
            if column not in frame.columns:
                continue
            if "PartialDate" in str(hint):
                frame[column] = pandas.to_datetime(frame[column])
            elif isinstance(hint, type) and issubclass(hint, enum.Enum):
                frame[column] = frame[column].astype("category")
            elif "Quantity" in str(hint):
                frame[column] = pandas.to_numeric(frame[column])
            elif hint in (int, int | None):
                frame[column] = frame[column].astype("Int64")
            elif hint in (str, str | None) and bool(frame[column].isna().all()):
                frame[column] = frame[column].astype(object)
    if "latitude" in frame.columns:
        frame["latitude"] = pandas.to_numeric(frame["latitude"]).astype(float)
        frame["longitude"] = pandas.to_numeric(frame["longitude"]).astype(float)
        frame["geonames"] = frame["geonames"].astype("Int64")
    if "type" in frame.columns:
        frame["type"] = frame["type"].astype("category")
    return frame


def to_pandas(records: Sequence[Any], kinds: Sequence[type]) -> pandas.DataFrame:
    """A frame of ``records`` (all of ``kinds``), one row per record, indexed by id."""
    pd = _require_pandas()
    rows = [_row(record) for record in records]
    columns: dict[str, None] = {"type": None}
    for kind in kinds:
        columns.update(dict.fromkeys(_columns_of(kind)))
    frame = _typed(pd.DataFrame(rows, columns=list(columns)), pd, kinds)
    result: pandas.DataFrame = frame.set_index("id")
    return result


def _columns_of(kind: type) -> list[str]:
    columns: list[str] = []
    hints = typing.get_type_hints(kind)
    for field in attrs.fields(kind):
        hint = str(hints.get(field.name))
        name = field.name
        if "Names" in hint:
            columns += ["name_ar", "name_en", "name_fr", "name_aliases"]
        elif name == "citations":
            columns.append("sources")
        elif "PartialDate" in hint:
            columns += [name, f"{name}_precision"]
        elif "Quantity" in hint:
            columns += [name, f"{name}_unit", f"{name}_qualifier"]
        elif "Coordinates" in hint:
            columns += ["latitude", "longitude", "geonames"]
        else:
            columns.append(name)
    return columns
