"""Records as a `pandas.DataFrame`: [`maroc_ai.Query.to_pandas`][maroc_ai.query.Query.to_pandas].

pandas is an optional dependency (``pip install "maroc-ai[pandas]"``), imported only
when a frame is asked for. One row per record; the columns follow the record's fields:

* a name gives ``name_ar``, ``name_en``, ``name_fr`` and ``name_aliases``;
* a [`PartialDate`][maroc_ai.PartialDate] gives a datetime column holding the first day the
  date may stand for (``NaT`` for a bare weekday), and ``<field>_precision``
  (``year``, ``month``, ``day`` or ``weekday``);
* a [`Quantity`][maroc_ai.Quantity] gives a number and ``<field>_unit`` and
  ``<field>_qualifier``;
* a place's [`Coordinates`][maroc_ai.Coordinates] give ``latitude`` and ``longitude`` as
  numbers and ``geonames``, the gazetteer entry's id;
* an enum gives its value, as a categorical column;
* ids of other records stay tuples of ids; posts and participations become tuples of
  their titles or officials; citations become ``sources``, the ids they quote.

Every missing value is ``pd.NA``: text is of the ``string`` dtype, numbers ``Float64``
and ``Int64``, enums categorical with text categories, and tuples ``object`` with
``pd.NA`` where there are none. Dates are the exception pandas makes: a datetime
column's missing value is ``NaT``. ``pd.isna`` holds for both.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .values import Coordinates, Names, PartialDate, Precision, Qualifier, Quantity

if TYPE_CHECKING:
    import pandas

__all__ = ["to_pandas"]


def _require_pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError('to_pandas() needs pandas: pip install "maroc-ai[pandas]"') from None
    return pandas


# How a field becomes columns: by the class it holds (``X | None`` counts as ``X``).
_NAMES, _DATE, _QUANTITY, _COORDINATES, _ENUM, _INT, _TEXT, _OTHER = range(8)

_SHAPES: dict[type, tuple[tuple[str, int], ...]] = {}


def _held(hint: Any) -> Any:
    arms = [arm for arm in typing.get_args(hint) if arm is not type(None)]
    return arms[0] if len(arms) == 1 else hint


def _shapes(kind: type) -> tuple[tuple[str, int], ...]:
    """Each field of ``kind`` with the shape of its columns, worked out once per class."""
    shapes = _SHAPES.get(kind)
    if shapes is None:
        hints = typing.get_type_hints(kind)
        found = []
        for field in attrs.fields(kind):
            held = _held(hints[field.name])
            shape = {Names: _NAMES, PartialDate: _DATE, Quantity: _QUANTITY}.get(held, _OTHER)
            if held is Coordinates:
                shape = _COORDINATES
            elif isinstance(held, type) and issubclass(held, enum.Enum):
                shape = _ENUM
            elif held is int:
                shape = _INT
            elif held is str:
                shape = _TEXT
            found.append((field.name, shape))
        shapes = _SHAPES[kind] = tuple(found)
    return shapes


def _columns(name: str, shape: int) -> list[str]:
    if shape == _NAMES:
        return ["name_ar", "name_en", "name_fr", "name_aliases"]
    if shape == _DATE:
        return [name, f"{name}_precision"]
    if shape == _QUANTITY:
        return [name, f"{name}_unit", f"{name}_qualifier"]
    if shape == _COORDINATES:
        return ["latitude", "longitude", "geonames"]
    return ["sources" if name == "citations" else name]


def _cells(name: str, shape: int, value: Any) -> list[Any]:
    """The values of a field's columns, in the order of `_columns`."""
    if value is None:
        return [None] * len(_columns(name, shape))
    if shape == _NAMES:
        return [value.ar, value.en, value.fr, value.aliases]
    if shape == _DATE:
        return [value.start, value.precision.value]
    if shape == _QUANTITY:
        return [value.value, value.unit, value.qualifier.value]
    if shape == _COORDINATES:
        return [value.latitude, value.longitude, value.geonames]
    if shape == _ENUM:
        return [value.value]
    if name == "citations":
        return [tuple(dict.fromkeys(citation.source for citation in value))]
    if name == "posts":
        return [tuple(post.title for post in value)]
    if name == "participants":
        return [tuple(participation.official for participation in value)]
    return [value]


def _row(record: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"type": type(record).__name__}
    for name, shape in _shapes(type(record)):
        row.update(
            zip(_columns(name, shape), _cells(name, shape, getattr(record, name)), strict=True)
        )
    return row


def _missing(value: Any) -> bool:
    """Whether a cell of a column of tuples holds nothing: ``None``, or the ``NaN`` pandas puts there."""
    return value is None or (isinstance(value, float) and value != value)


def _enums(kinds: Sequence[type]) -> dict[str, list[str]]:
    """Each enum column's values, over every kind that has it (``kind`` means several enums)."""
    found: dict[str, list[str]] = {}
    for kind in kinds:
        for name, shape in _shapes(kind):
            if shape == _ENUM:
                held = _held(typing.get_type_hints(kind)[name])
                values = found.setdefault(name, [])
                values += [member.value for member in held if member.value not in values]
    return found


def _category(pandas: Any, values: Iterable[str]) -> Any:
    """A categorical dtype of text whose missing value is ``pd.NA``."""
    return pandas.CategoricalDtype(pandas.Index(list(values), dtype="string"))


def _typed(frame: Any, pandas: Any, kinds: Sequence[type]) -> Any:
    """Each column in its nullable dtype, so that every missing value is ``pd.NA`` (``NaT`` for dates)."""
    text, number, whole = "string", "Float64", "Int64"
    qualifiers = _category(pandas, (member.value for member in Qualifier))
    precisions = _category(pandas, (member.value for member in Precision))
    dtypes: dict[str, Any] = {"type": _category(pandas, (kind.__name__ for kind in kinds))}
    for name, values in _enums(kinds).items():
        dtypes[name] = _category(pandas, values)
    for kind in kinds:
        for name, shape in _shapes(kind):
            if shape == _DATE:
                frame[name] = pandas.to_datetime(frame[name])
                dtypes[f"{name}_precision"] = precisions
            elif shape == _QUANTITY:
                dtypes.update({name: number, f"{name}_unit": text, f"{name}_qualifier": qualifiers})
            elif shape == _INT:
                dtypes[name] = whole
            elif shape == _COORDINATES:
                dtypes.update({"latitude": number, "longitude": number, "geonames": whole})
            elif shape == _NAMES:
                dtypes.update(dict.fromkeys(("name_ar", "name_en", "name_fr"), text))
                dtypes["name_aliases"] = object
            elif shape == _OTHER:
                dtypes.update(dict.fromkeys(_columns(name, shape), object))
            elif shape == _TEXT:
                dtypes[name] = text
    frame = frame.astype(dtypes)
    for name in frame.columns:
        if frame[name].dtype == object:
            frame[name] = frame[name].map(lambda value: pandas.NA if _missing(value) else value)
    return frame


def to_pandas(records: Sequence[Any], kinds: Sequence[type]) -> pandas.DataFrame:
    """A frame of ``records`` (all of ``kinds``), one row per record, indexed by id."""
    pd = _require_pandas()
    columns: dict[str, None] = {"type": None}
    for kind in kinds:
        for name, shape in _shapes(kind):
            columns.update(dict.fromkeys(_columns(name, shape)))
    rows = [_row(record) for record in records]
    frame = _typed(pd.DataFrame(rows, columns=list(columns)), pd, kinds)
    result: pandas.DataFrame = frame.set_index("id")
    return result
