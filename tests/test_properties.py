"""Properties of the model, the converter and the loader, checked with maroc_ai.testing."""

from __future__ import annotations

import json
import re
import tempfile
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import Phase, assume, event, given, note, settings
from hypothesis import strategies as st

import maroc_ai
from maroc_ai import testing as mst
from maroc_ai._convert import structure, unstructure
from maroc_ai._fields import fields_of
from maroc_ai._json import json_type
from maroc_ai.model import COLLECTIONS
from maroc_ai.values import Citation, PartialDate, Quantity

FAST = settings(max_examples=60, deadline=None)
"""Settings for the cheap value and record properties."""

NO_EXPLAIN = set(Phase) - {Phase.explain}
"""Re-running a failing dataset case with each draw varied costs more than it tells."""

DATASETS = settings(max_examples=50, deadline=None, phases=NO_EXPLAIN)
"""Settings for properties that write and load whole datasets."""


# Values and records survive JSON


STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "PartialDate": mst.partial_dates(),
    "Quantity": mst.quantities(),
    "Names": mst.names(),
    "Citation": mst.citations(),
    "Coordinates": mst.coordinates(),
    "Post": mst.posts(),
    "Participation": mst.participations(),
    "Source": mst.sources(),
    "Organization": mst.organizations(),
    "Official": mst.officials(),
    "Partnership": mst.partnerships(),
    "Facility": mst.facilities(),
    "Target": mst.targets(),
    "Program": mst.programs(),
    "Event": mst.events(),
    "Statistic": mst.statistics(),
    "Decision": mst.decisions(),
    "Place": mst.places(),
}


@pytest.mark.parametrize("strategy", list(STRATEGIES.values()), ids=list(STRATEGIES))
@FAST
@given(data=st.data())
def test_json_round_trip(strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    value = data.draw(strategy)
    text = json.dumps(unstructure(value))
    assert structure(json.loads(text), type(value)) == value


def test_every_record_class_has_a_strategy() -> None:
    assert {cls.__name__ for cls in COLLECTIONS.values()} <= set(STRATEGIES)


@FAST
@given(mst.partial_dates())
def test_partial_date_parses_its_isoformat(date: PartialDate) -> None:
    assert PartialDate.parse(date.isoformat()) == date


@FAST
@given(mst.partial_dates())
def test_partial_date_spans_forward(date: PartialDate) -> None:
    if date.year is None:
        assert date.start is None
        assert date.end is None
    else:
        assert date.start is not None
        assert date.end is not None
        assert date.start <= date.end
        assert PartialDate.from_date(date.start).sort_key == date.sort_key


ANY_NUMBER = st.one_of(
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    # Numbers JSON can carry and the loader accepts, beyond the range of a float.
    st.integers(min_value=-(10**400), max_value=10**400),
)


@FAST
@given(mst.quantities(values=ANY_NUMBER, units=mst.phrases()))
def test_quantity_str_never_raises(quantity: Quantity) -> None:
    assert str(quantity)


# Generated datasets


def files_of(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by its relative path, with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@DATASETS
@given(mst.datasets())
def test_generated_datasets_are_valid(ds: maroc_ai.Dataset) -> None:
    assert ds.problems() == []


@DATASETS
@given(mst.datasets())
def test_write_then_load_gives_the_same_dataset(ds: maroc_ai.Dataset) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        loaded = maroc_ai.load(ds.write(Path(tmp) / "data"))
    assert loaded == ds
    assert loaded.to_json() == ds.to_json()


@DATASETS
@given(mst.datasets())
def test_write_load_write_is_byte_identical(ds: maroc_ai.Dataset) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first = ds.write(Path(tmp) / "first")
        second = maroc_ai.load(first).write(Path(tmp) / "second")
        assert files_of(second) == files_of(first)


@DATASETS
@given(mst.datasets())
def test_json_export_structures_back(ds: maroc_ai.Dataset) -> None:
    data = json.loads(ds.to_json())
    assert list(data) == list(COLLECTIONS)
    collections: dict[str, Any] = {
        name: tuple(structure(item, COLLECTIONS[name]) for item in items)
        for name, items in data.items()
    }
    assert maroc_ai.Dataset(**collections, texts=ds.texts) == ds


def without_text(data: st.DataObject, ds: maroc_ai.Dataset) -> maroc_ai.Dataset:
    """A source loses its text."""
    gone = data.draw(st.sampled_from(sorted(ds.texts)), label="source without text")
    return attrs.evolve(ds, texts={id: text for id, text in ds.texts.items() if id != gone})


def shared_file(data: st.DataObject, ds: maroc_ai.Dataset) -> maroc_ai.Dataset:
    """Two sources name the same text file."""
    assume(len(ds.sources) >= 2)
    first, second = data.draw(st.permutations(ds.sources), label="sources")[:2]
    changed = attrs.evolve(second, file=first.file)
    return attrs.evolve(ds, sources=tuple(changed if s is second else s for s in ds.sources))


def parent_file(data: st.DataObject, ds: maroc_ai.Dataset) -> maroc_ai.Dataset:
    """A source's text file is named outside ``texts/``, which the loader refuses."""
    source = data.draw(st.sampled_from(ds.sources), label="source")
    changed = attrs.evolve(source, file=f"../{source.file}")
    return attrs.evolve(ds, sources=tuple(changed if s is source else s for s in ds.sources))


@pytest.mark.parametrize("edit", [without_text, shared_file, parent_file])
@settings(max_examples=20, deadline=None, phases=NO_EXPLAIN)
@given(data=st.data())
def test_problems_agree_with_load(
    edit: Callable[[st.DataObject, maroc_ai.Dataset], maroc_ai.Dataset], data: st.DataObject
) -> None:
    """``Dataset.problems()`` finds "everything wrong ... as load would report it"."""
    ds = edit(data, data.draw(mst.datasets(min_records=1, max_records=5), label="dataset"))
    loaded: maroc_ai.Dataset | None = None
    with tempfile.TemporaryDirectory() as tmp:
        try:
            root = ds.write(Path(tmp) / "data")
        except ValueError as error:  # write() refuses a text outside texts/
            note(str(error))
        else:
            try:
                loaded = maroc_ai.load(root)
            except maroc_ai.DatasetError as error:
                note(str(error))
    assert (loaded == ds) == (ds.problems() == [])


@pytest.mark.parametrize("cls", list(COLLECTIONS.values()), ids=list(COLLECTIONS))
@FAST
@given(data=st.data())
def test_records_built_with_defaults_survive_json(cls: type[Any], data: st.DataObject) -> None:
    """A record given only the fields it must have still exports and loads.

    Those are the fields with no default and, for a record that may have no name, one
    of its name and its label.
    """
    record = data.draw(STRATEGIES[cls.__name__])
    required = {
        field.name: getattr(record, field.name)
        for field in attrs.fields(cls)
        if field.default is attrs.NOTHING
    }
    forms = [form for form in getattr(cls, "REQUIRE_ONE_OF", ()) if getattr(record, form)]
    if forms:
        required[forms[0]] = getattr(record, forms[0])
    bare = cls(**required)
    assert structure(json.loads(json.dumps(unstructure(bare))), cls) == bare


# The loader reports every corruption as a DatasetError


@attrs.frozen
class Mutation:
    """What a mutation changed: the file, how an error may refer to it, whether it must fail."""

    file: Path
    patterns: tuple[str, ...]
    """Regular expressions, one of which an error about ``file`` matches."""
    must_fail: bool


@attrs.frozen(eq=False)
class Slot:
    """A field of a record (or of a value inside one) as it stands in the JSON."""

    holder: dict[str, Any]
    field: attrs.Attribute[Any]
    owner: type[Any]

    @property
    def value(self) -> Any:
        return self.holder[self.field.name]


def attrs_class_in(tp: Any) -> type[Any] | None:
    """The attrs class a field type holds, directly or in a tuple or union."""
    if isinstance(tp, type) and attrs.has(tp):
        return tp
    for arg in typing.get_args(tp):
        found = attrs_class_in(arg)
        if found is not None:
            return found
    return None


_HINTS: dict[type[Any], dict[str, Any]] = {}


def type_hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def slots(data: dict[str, Any], cls: type[Any]) -> Iterator[Slot]:
    """Every field present in ``data``, a JSON object of a ``cls``, and in the objects it holds."""
    hints = type_hints(cls)
    for field in attrs.fields(cls):
        if field.name not in data:
            continue
        yield Slot(data, field, cls)
        inner = attrs_class_in(hints[field.name])
        value = data[field.name]
        items = value if isinstance(value, list) else [value]
        if inner is not None:
            for item in items:
                if isinstance(item, dict):
                    yield from slots(item, inner)


def collection_files(root: Path) -> list[Path]:
    return [root / f"{name}.json" for name in COLLECTIONS]


def text_files(root: Path) -> list[Path]:
    return sorted((root / "texts").iterdir())


def mentions(root: Path, path: Path, ds: maroc_ai.Dataset) -> tuple[str, ...]:
    """How an error about ``path`` may refer to it: by name, or by what it holds.

    A collection file emptied by a mutation is reported where its records are missed
    ("no record in facilities or programs has it"); a text cut short, where its quotes
    are missed ("the quote is not in the text of 'source-id'").
    """
    if path.parent == root:
        return (re.escape(path.name), rf"no record in [a-z ]*\b{path.stem}\b[a-z ]* has it")
    owners = [source.id for source in ds.sources if source.file == path.name]
    return (re.escape(path.name), *(f"not in the text of '{re.escape(id)}'" for id in owners))


def pick_slot(
    data: st.DataObject, root: Path, accept: Callable[[Slot], bool]
) -> tuple[Path, list[dict[str, Any]], Slot]:
    """A field of some record that ``accept`` accepts, rejecting the example if there is none."""
    found = []
    for path in collection_files(root):
        records = json.loads(path.read_text(encoding="utf-8"))
        cls = COLLECTIONS[path.stem]
        found += [
            (path, records, slot)
            for record in records
            for slot in slots(record, cls)
            if accept(slot)
        ]
    assume(found)
    index = data.draw(st.integers(min_value=0, max_value=len(found) - 1), label="field index")
    path, records, slot = found[index]
    note(f"changing {path.name}: {slot.owner.__name__}.{slot.field.name} = {slot.value!r}")
    return path, records, slot


def save(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")


JSON_KEYS = st.sampled_from(
    sorted(
        {field.name for cls in COLLECTIONS.values() for field in attrs.fields(cls)}
        | {field.name for cls in (Citation,) for field in attrs.fields(cls)}
    )
) | st.text(max_size=6)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(JSON_KEYS, children, max_size=4)
    ),
    max_leaves=20,
)
"""Any JSON document, with the model's field names as likely keys (NaN and Infinity too)."""

EXAMPLES_OF_TYPE: dict[str, list[Any]] = {
    "null": [None],
    "a boolean": [True, False],
    "a string": ["", "x", "2025"],
    "a number": [0, 7, 1.5, -3],
    "a list": [[], ["x"], [1]],
    "an object": [{}, {"x": 1}],
}


Mutate = Callable[[st.DataObject, Path, maroc_ai.Dataset], Mutation]
MUTATIONS: dict[str, Mutate] = {}


def mutation(function: Mutate) -> Mutate:
    MUTATIONS[function.__name__] = function
    return function


@mutation
def arbitrary_json(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    path = data.draw(st.sampled_from(collection_files(root)), label="file")
    path.write_text(json.dumps(data.draw(JSON, label="document")), encoding="utf-8")
    return Mutation(path, mentions(root, path, ds), must_fail=False)


@mutation
def raw_text(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    """Text that is rarely JSON (lone surrogates make it invalid UTF-8)."""
    path = data.draw(st.sampled_from(collection_files(root)), label="file")
    text = data.draw(st.text(max_size=100), label="text")
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return Mutation(path, mentions(root, path, ds), must_fail=False)


NUMBER_LITERALS = ["-0", "1e400", "-1e400", "1e-400", "1.5E3"] + [
    # digits at the edges of int64, of float, and of Python's int-from-text limit
    "9" * length
    for length in (1, 19, 20, 309, 310, 4300, 4301, 10_000)
]


@mutation
def number_literal(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    """A collection file of all edge number literals, or a field set to one of them."""
    if data.draw(st.booleans(), label="whole file"):
        path = data.draw(st.sampled_from(collection_files(root)), label="file")
        path.write_text(f"[{', '.join(NUMBER_LITERALS)}]", encoding="utf-8")
    else:
        literal = data.draw(st.sampled_from(NUMBER_LITERALS), label="literal")
        path, records, slot = pick_slot(data, root, lambda s: True)
        slot.holder[slot.field.name] = "@NUMBER@"
        path.write_text(json.dumps(records).replace('"@NUMBER@"', literal), encoding="utf-8")
    return Mutation(path, mentions(root, path, ds), must_fail=False)


@mutation
def truncated_file(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    path = data.draw(st.sampled_from(collection_files(root) + text_files(root)), label="file")
    content = path.read_bytes()
    assume(content)
    cut = data.draw(st.integers(min_value=0, max_value=len(content) - 1), label="cut")
    path.write_bytes(content[:cut])
    return Mutation(path, mentions(root, path, ds), must_fail=False)


@mutation
def not_utf8(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    path = data.draw(st.sampled_from(collection_files(root) + text_files(root)), label="file")
    content = path.read_bytes()
    at = data.draw(st.integers(min_value=0, max_value=len(content)), label="at")
    bad = data.draw(st.sampled_from([b"\xff", b"\xfe", b"\x80", b"\xc3(", b"\xed\xa0\x80"]))
    junk = data.draw(st.binary(max_size=8), label="junk")
    path.write_bytes(content[:at] + bad + junk + content[at:])
    return Mutation(path, mentions(root, path, ds), must_fail=True)


@mutation
def missing_field(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    path, records, slot = pick_slot(data, root, lambda s: s.field.default is attrs.NOTHING)
    del slot.holder[slot.field.name]
    save(path, records)
    return Mutation(path, mentions(root, path, ds), must_fail=True)


@mutation
def wrong_type(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    path, records, slot = pick_slot(data, root, lambda s: s.value is not None)
    wrong = [
        example
        for kind, examples in EXAMPLES_OF_TYPE.items()
        if kind not in {"null", json_type(slot.value)}
        for example in examples
    ]
    slot.holder[slot.field.name] = data.draw(st.sampled_from(wrong), label="wrong value")
    save(path, records)
    return Mutation(path, mentions(root, path, ds), must_fail=True)


@mutation
def arbitrary_value(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    path, records, slot = pick_slot(data, root, lambda s: True)
    slot.holder[slot.field.name] = data.draw(JSON, label="value")
    save(path, records)
    return Mutation(path, mentions(root, path, ds), must_fail=False)


def is_reference(slot: Slot) -> bool:
    info = next(info for info in fields_of(slot.owner) if info.name == slot.field.name)
    refers = info.refers_to is not None or (slot.owner is Citation and slot.field.name == "source")
    return refers and slot.value not in (None, [])


@mutation
def unknown_reference(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    path, records, slot = pick_slot(data, root, is_reference)
    unknown = data.draw(mst.ids(), label="unknown id")
    while unknown in ds or unknown in ds.texts:
        unknown += "-x"
    if isinstance(slot.value, list):
        index = data.draw(st.integers(min_value=0, max_value=len(slot.value) - 1))
        slot.value[index] = unknown
    else:
        slot.holder[slot.field.name] = unknown
    save(path, records)
    return Mutation(path, mentions(root, path, ds), must_fail=True)


@mutation
def quote_not_in_text(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    path, records, slot = pick_slot(
        data, root, lambda s: s.owner is Citation and s.field.name == "quote"
    )
    # "§" is not in the alphabet of generated texts, so the quote is in none of them.
    where = data.draw(st.integers(min_value=0, max_value=len(slot.value)))
    slot.holder["quote"] = slot.value[:where] + "§" + slot.value[where:]
    save(path, records)
    return Mutation(path, mentions(root, path, ds), must_fail=True)


@mutation
def deleted_text(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    path = data.draw(st.sampled_from(text_files(root)), label="text")
    path.unlink()
    return Mutation(path, mentions(root, path, ds), must_fail=True)


@mutation
def odd_text_file_name(data: st.DataObject, root: Path, ds: maroc_ai.Dataset) -> Mutation:
    """A source whose text is at a name that is not there, not plain, or not possible."""
    path, records, slot = pick_slot(
        data, root, lambda s: s.owner is maroc_ai.Source and s.field.name == "file"
    )
    taken = {source.file for source in ds.sources}
    names = (
        st.text(max_size=20)
        | st.text("ab/.\\\x00", min_size=1, max_size=8)
        # lengths at the edge of what a file system takes (NAME_MAX is 255 on most)
        | st.sampled_from([254, 255, 256, 1000, 5000]).map(lambda length: "a" * length)
    )
    slot.holder["file"] = data.draw(names.filter(lambda name: name not in taken), label="file")
    save(path, records)
    return Mutation(path, mentions(root, path, ds), must_fail=True)


@pytest.mark.parametrize("kind", sorted(MUTATIONS))
@settings(max_examples=30, deadline=None, phases=NO_EXPLAIN)
@given(data=st.data())
def test_loader_raises_only_dataset_errors(kind: str, data: st.DataObject) -> None:
    ds = data.draw(mst.datasets(min_records=1, max_records=5), label="dataset")
    with tempfile.TemporaryDirectory() as tmp:
        root = ds.write(Path(tmp) / "data")
        change = MUTATIONS[kind](data, root, ds)
        error: maroc_ai.DatasetError | None = None
        try:
            loaded = maroc_ai.load(root)  # any other exception fails the test
        except maroc_ai.DatasetError as caught:
            error = caught
    event("loaded" if error is None else "raised a DatasetError")
    if error is None:
        assert not change.must_fail, f"{kind} of {change.file.name} loaded without error"
        assert isinstance(loaded, maroc_ai.Dataset)
    else:
        message = str(error)
        note(message)
        assert error.problems
        assert any(re.search(pattern, message) for pattern in change.patterns), (
            f"the error does not mention {change.file.name}"
        )
