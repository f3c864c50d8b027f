"""Records as Apache Arrow tables: `Query.to_arrow()` and the Parquet export.

pyarrow is an optional dependency (``pip install "maroc-ai[arrow]"``), imported only
when a table is asked for. A table has the columns of the CSV export
(``maroc_ai.export``), with types instead of text:

* a name gives ``<field>_ar``, ``<field>_en``, ``<field>_fr`` (strings) and
  ``<field>_aliases`` (a list of strings);
* a date gives ``<field>``, the first day it may stand for (``date32``, null for a
  bare weekday), ``<field>_precision`` (``year``, ``month``, ``day`` or ``weekday``)
  and ``<field>_weekday`` (``monday`` … where the source names the day);
* a quantity gives ``<field>_value`` (a double), ``<field>_unit`` and
  ``<field>_qualifier``; coordinates ``<field>_latitude``, ``<field>_longitude``
  (doubles) and ``<field>_geonames`` (an integer);
* an enum its value, dictionary-encoded; a list of ids or words a list of strings;
  a whole number an ``int64``, any other number a double, text a string.

Posts, participations and citations are not columns of a record's row: the Parquet
export writes them as tables of their own, as the CSV export does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ._fields import FieldInfo, fields_of
from .values import Citation, Coordinates, Names, PartialDate, Quantity

if TYPE_CHECKING:
    import pyarrow

__all__ = ["arrow_table", "records_table", "require_pyarrow"]

Getter = Callable[[Any], Any]


def require_pyarrow() -> Any:
    """The ``pyarrow`` module, or an error that says how to install it."""
    try:
        import pyarrow
    except ImportError:
        raise ImportError(
            'Arrow tables and Parquet files need pyarrow: pip install "maroc-ai[arrow]"'
        ) from None
    return pyarrow


def _get(name: str, then: Getter = lambda value: value) -> Getter:
    def get(item: Any) -> Any:
        value = getattr(item, name)
        return None if value is None else then(value)

    return get


def _weekday(date: PartialDate) -> str | None:
    return None if date.weekday is None else date.weekday.name.lower()


def _columns(pa: Any, info: FieldInfo) -> Iterator[tuple[Any, Getter]]:
    """The typed columns of one field, each with how to read it from an item."""
    name = info.name
    words = pa.dictionary(pa.int8(), pa.string())
    if info.base is Names:
        for lang in ("ar", "en", "fr"):
            yield (
                pa.field(f"{name}_{lang}", pa.string()),
                _get(name, attrgetter(lang)),
            )
        yield (
            pa.field(f"{name}_aliases", pa.list_(pa.string())),
            _get(name, lambda n: list(n.aliases)),
        )
    elif info.base is Quantity:
        yield pa.field(f"{name}_value", pa.float64()), _get(name, lambda q: float(q.value))
        yield pa.field(f"{name}_unit", pa.string()), _get(name, lambda q: q.unit)
        yield pa.field(f"{name}_qualifier", words), _get(name, lambda q: q.qualifier.value)
    elif info.base is Coordinates:
        yield pa.field(f"{name}_latitude", pa.float64()), _get(name, lambda c: c.latitude)
        yield pa.field(f"{name}_longitude", pa.float64()), _get(name, lambda c: c.longitude)
        yield pa.field(f"{name}_geonames", pa.int64()), _get(name, lambda c: c.geonames)
    elif info.base is PartialDate:
        yield pa.field(name, pa.date32()), _get(name, lambda d: d.start)
        yield pa.field(f"{name}_precision", words), _get(name, lambda d: d.precision.value)
        yield pa.field(f"{name}_weekday", words), _get(name, _weekday)
    elif info.is_enum:
        yield pa.field(name, words), _get(name, lambda member: member.value)
    elif info.many:
        yield pa.field(name, pa.list_(pa.string())), _get(name, list)
    elif info.base is int:
        yield pa.field(name, pa.int64(), nullable=not info.required), _get(name)
    elif info.is_number:
        yield pa.field(name, pa.float64(), nullable=not info.required), _get(name, float)
    else:
        yield pa.field(name, pa.string(), nullable=not info.required), _get(name)


def _flat(pa: Any, cls: type[Any]) -> list[tuple[Any, Getter]]:
    """The columns of a class's own fields: what it nests and its citations go elsewhere."""
    return [
        column
        for info in fields_of(cls)
        if not info.nested and info.base is not Citation
        for column in _columns(pa, info)
    ]


def arrow_table(
    cls: type[Any],
    items: Iterable[tuple[tuple[Any, ...], Any]],
    *,
    keys: Sequence[tuple[str, Any, bool]] = (),
    description: str = "",
) -> pyarrow.Table:
    """A table of ``items`` of ``cls``: each ``(keys, item)`` a row, its keys first.

    Args:
        cls: The class of the items (a record class, ``Post``, ``Participation``,
            ``Citation``).
        items: Each row's values for ``keys`` and the item the other columns read.
        keys: The leading columns, each a name, an Arrow type and whether it may be null.
        description: The table's description, kept in the schema's metadata.

    """
    pa = require_pyarrow()
    rows = list(items)
    columns = _flat(pa, cls)
    fields = [pa.field(name, type, nullable=nullable) for name, type, nullable in keys]
    fields += [field for field, _ in columns]
    arrays = [pa.array([row[0][i] for row in rows], type=fields[i].type) for i in range(len(keys))]
    arrays += [pa.array([get(row[1]) for row in rows], type=field.type) for field, get in columns]
    metadata = {"description": description} if description else None
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields, metadata=metadata))


def records_table(records: Sequence[Any], kinds: Sequence[type]) -> pyarrow.Table:
    """A table of ``records``, in their order, with their collection's columns.

    Records of several kinds get a ``type`` column and every kind's columns, null where
    a kind has none.
    """
    pa = require_pyarrow()
    if len(kinds) == 1:
        return arrow_table(kinds[0], (((), record) for record in records))
    tables = [
        arrow_table(kind, (((), record) for record in records if type(record) is kind))
        for kind in kinds
    ]
    positions = [i for kind in kinds for i, record in enumerate(records) if type(record) is kind]
    whole = pa.concat_tables(tables, promote_options="default")
    order = sorted(range(len(positions)), key=positions.__getitem__)
    taken = whole.take(pa.array(order, type=pa.int64()))
    kind_names = pa.array([type(record).__name__ for record in records], pa.string())
    return taken.add_column(0, "type", kind_names.dictionary_encode())
