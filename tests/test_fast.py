"""The fast loading paths give what the detailed ones give: equal records, the same problems."""

from __future__ import annotations

import contextlib
import gc
import json
import shutil
import tempfile
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

import maroc_ai
from maroc_ai import _fast
from maroc_ai import testing as mst
from maroc_ai._convert import structure, unstructure
from maroc_ai._loading import BUNDLED, read
from maroc_ai._validate import check
from maroc_ai.dataset import Dataset
from maroc_ai.model import COLLECTIONS

from . import reference_validate
from .test_properties import DATASETS, JSON, MUTATIONS, NO_EXPLAIN, STRATEGIES, slots

FAST = settings(max_examples=80, deadline=None)


def refuse(data: object) -> Any:
    raise ValueError("the fast path is switched off")


@contextlib.contextmanager
def detailed_only() -> Iterator[None]:
    """Every record goes the detailed (cattrs) way."""
    with mock.patch.dict(_fast.BUILDERS, dict.fromkeys(_fast.BUILDERS, refuse)):
        yield


def both_ways(data: object, cls: type[Any]) -> tuple[Any, Any]:
    """What the fast and the detailed path make of ``data``: a value or the exception."""
    results: list[Any] = []
    for build in (_fast.structure, structure):
        try:
            results.append(build(data, cls))
        except Exception as error:
            results.append(error)
    return results[0], results[1]


# Records


@pytest.mark.parametrize("strategy", list(STRATEGIES.values()), ids=list(STRATEGIES))
@FAST
@given(data=st.data())
def test_fast_and_detailed_paths_build_equal_records(
    strategy: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    value = data.draw(strategy)
    if type(value) not in _fast.BUILDERS:  # a PartialDate is a string in JSON
        return
    raw = json.loads(json.dumps(unstructure(value)))
    fast, detailed = both_ways(raw, type(value))
    assert fast == detailed == value
    assert repr(fast) == repr(value)


CHANGES = st.sampled_from(["value", "drop", "extra", "text"])


@pytest.mark.parametrize("strategy", list(STRATEGIES.values()), ids=list(STRATEGIES))
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_fast_path_accepts_only_what_the_detailed_path_accepts(
    strategy: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    """A record changed anywhere: the fast path refuses it, or builds what cattrs builds."""
    value = data.draw(strategy)
    cls = type(value)
    if cls not in _fast.BUILDERS:
        return
    raw = json.loads(json.dumps(unstructure(value)))
    found = list(slots(raw, cls))
    slot = found[data.draw(st.integers(0, len(found) - 1), label="slot")]
    change = data.draw(CHANGES, label="change")
    name = slot.field.name
    if change == "value":
        slot.holder[name] = data.draw(JSON, label="value")
    elif change == "drop":
        del slot.holder[name]
    elif change == "extra":
        slot.holder[data.draw(st.text(max_size=8), label="key")] = 1
    else:  # texts that only a validator refuses: blank, repeated
        text = data.draw(st.sampled_from(["", " ", "\n", "x", "x "]), label="text")
        slot.holder[name] = data.draw(st.sampled_from([text, [text], [text, text]]))
    note(repr(raw))
    fast, detailed = both_ways(raw, cls)
    if not isinstance(fast, Exception):
        assert fast == detailed
    if isinstance(detailed, Exception):
        assert isinstance(fast, Exception)


def test_fast_builders_know_every_field() -> None:
    """A field added to a class must be added to its fast builder too."""
    for cls, build in _fast.BUILDERS.items():
        raw = json.loads(json.dumps(unstructure(_example(cls))))
        assert set(raw) == {field.name for field in attrs.fields(cls)}
        assert build(raw) == structure(raw, cls)


VALIDATED = {
    "Source": {"id": "_check_id", "title": "optional non_empty", "author": "optional non_empty", "dateline": "optional non_empty", "citations": "_check_citations"},
    "Place": {"id": "_check_id", "citations": "_check_citations"},
    "Organization": {"id": "_check_id", "presence": "distinct_texts", "parent": "optional _check_id", "place": "optional _check_id", "citations": "_check_citations"},
    "Official": {"id": "_check_id", "citations": "_check_citations"},
    "Partnership": {"id": "_check_id", "parties": "_check_ids", "others": "distinct_texts", "place": "optional _check_id", "venue": "optional non_empty", "purpose": "distinct_texts", "axes": "distinct_texts", "creates": "_check_ids", "implemented_by": "_check_ids", "programs": "_check_ids", "event": "optional _check_id", "citations": "_check_citations"},
    "Facility": {"id": "_check_id", "place": "optional _check_id", "organizations": "_check_ids", "programs": "_check_ids", "purpose": "distinct_texts", "citations": "_check_citations"},
    "Target": {"id": "_check_id", "metric": "non_empty", "horizon": "optional <Validator for x >= 1> and <Validator for x <= 9999>", "scope": "_check_id", "citations": "_check_citations"},
    "Program": {"id": "_check_id", "part_of": "_check_ids", "organizations": "_check_ids", "named_after": "distinct_texts", "citations": "_check_citations"},
    "Event": {"id": "_check_id", "place": "optional _check_id", "organizers": "_check_ids", "others": "distinct_texts", "programs": "_check_ids", "outcomes": "distinct_texts", "citations": "_check_citations"},
    "Post": {"title": "optional non_empty", "organization": "optional _check_id", "citations": "_check_citations"},
    "Participation": {"official": "_check_id", "capacity": "optional non_empty", "organization": "optional _check_id", "citations": "_check_citations"},
    "Citation": {"source": "non_empty", "quote": "non_empty", "fields": "distinct_texts"},
    "Names": {"ar": "optional non_empty", "en": "optional non_empty", "fr": "optional non_empty", "aliases": "distinct_texts", "__attrs_post_init__": "__attrs_post_init__"},
    "Quantity": {"value": "_check_number", "unit": "non_empty"},
    "Coordinates": {"latitude": "check", "longitude": "check", "geonames": "optional <instance_of validator for type <class 'int'>>"},
}  # fmt: skip
"""The validators the fast builders reproduce, by class and field."""


def describe(validator: Any) -> str:
    inner = getattr(validator, "validator", None)
    if inner is not None and type(validator).__name__ == "_OptionalValidator":
        return "optional " + describe(inner)
    if type(validator).__name__ == "_AndValidator":
        return " and ".join(describe(v) for v in validator._validators)
    return getattr(validator, "__name__", None) or repr(validator)


def test_fast_builders_know_every_validator() -> None:
    """A validator added or changed in the model must be reproduced in maroc_ai._fast too.

    When this fails, update the builder of the class in ``_fast.py``, then this table.
    """
    found = {}
    for cls in _fast.BUILDERS:
        checks = {f.name: describe(f.validator) for f in attrs.fields(cls) if f.validator}
        if "__attrs_post_init__" in cls.__dict__:
            checks["__attrs_post_init__"] = "__attrs_post_init__"
        found[cls.__name__] = checks
    assert found == VALIDATED


def _example(cls: type[Any]) -> Any:
    dataset = maroc_ai.load()
    for record in dataset.records():
        for value in (record, *attrs.astuple(record, recurse=False)):
            for item in value if isinstance(value, tuple) else (value,):
                if type(item) is cls:
                    return item
    raise LookupError(cls)


# Whole datasets


@DATASETS
@given(mst.datasets())
def test_fast_and_detailed_loads_give_equal_datasets(ds: maroc_ai.Dataset) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = ds.write(Path(tmp) / "data")
        fast = maroc_ai.load(root)
        with detailed_only():
            detailed = maroc_ai.load(root)
    assert fast == detailed == ds


def outcome(root: Path) -> maroc_ai.Dataset | tuple[maroc_ai.Problem, ...]:
    try:
        return maroc_ai.load(root)
    except maroc_ai.DatasetError as error:
        return tuple(error.problems)


@pytest.mark.parametrize("kind", sorted(MUTATIONS))
@settings(max_examples=15, deadline=None, phases=NO_EXPLAIN)
@given(data=st.data())
def test_records_the_fast_path_refuses_get_the_detailed_problems(
    kind: str, data: st.DataObject
) -> None:
    """Whatever is wrong, loading reports the same problems as the detailed path alone."""
    ds = data.draw(mst.datasets(min_records=1, max_records=5), label="dataset")
    with tempfile.TemporaryDirectory() as tmp:
        root = ds.write(Path(tmp) / "data")
        MUTATIONS[kind](data, root, ds)
        fast = outcome(root)
        with detailed_only():
            detailed = outcome(root)
    note(repr(detailed))
    assert fast == detailed


def test_a_record_of_the_wrong_types_is_reported_as_before(dataset_dir: Path) -> None:
    path = dataset_dir / "facilities.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    records[0]["capacity"] = {"value": "500", "unit": "MW", "qualifier": "up to"}
    records[1]["name"]["aliases"] = "one"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    fast = outcome(dataset_dir)
    with detailed_only():
        assert outcome(dataset_dir) == fast
    assert isinstance(fast, tuple)
    assert [(p.record, p.field, p.message) for p in fast] == [
        ("dakhla-data-centre", "capacity.value", "expected a number, got a string"),
        (
            "dakhla-data-centre",
            "capacity.qualifier",
            "'up to' is not a Qualifier: expected one of 'exact', 'approximately', "
            "'at_least', 'more_than', 'up_to'",
        ),
        (records[1]["id"], "name.aliases", "expected a list, got a string"),
    ]


@DATASETS
@given(mst.datasets(min_records=1, max_records=5))
def test_problems_uses_the_fast_path_and_finds_the_same(ds: maroc_ai.Dataset) -> None:
    changed = attrs.evolve(ds, texts={})
    fast = changed.problems()
    with detailed_only():
        assert changed.problems() == fast != []


def test_garbage_collection_is_restored(dataset_dir: Path, tmp_path: Path) -> None:
    assert gc.isenabled()
    maroc_ai.load(dataset_dir)
    assert gc.isenabled()
    with pytest.raises(maroc_ai.DatasetError):
        maroc_ai.load(tmp_path / "nothing")
    assert gc.isenabled()
    gc.disable()
    try:
        maroc_ai.load(dataset_dir)
        assert not gc.isenabled()
    finally:
        gc.enable()


# The checks


@settings(max_examples=100, deadline=None, phases=NO_EXPLAIN)
@given(data=st.data())
def test_checks_report_what_they_reported_before(data: st.DataObject) -> None:
    """The linear checks give the problems of the original ones, in the same order."""
    ds = data.draw(mst.datasets(min_records=1, max_records=6), label="dataset")
    collections = {name: list(records) for name, records in ds.collections().items()}
    ids = [record.id for record in ds.records()]
    for _ in range(data.draw(st.integers(0, 3), label="changed records")):
        name = data.draw(st.sampled_from(list(COLLECTIONS)), label="collection")
        record = data.draw(STRATEGIES[COLLECTIONS[name].__name__], label="record")
        if data.draw(st.booleans(), label="reuse an id"):
            record = attrs.evolve(record, id=data.draw(st.sampled_from(ids)))
        if data.draw(st.booleans(), label="cite known sources"):
            record = _cite_known(data, record, sorted(ds.texts))
        collections[name].append(record)
    texts = dict(ds.texts)
    for source in data.draw(st.lists(st.sampled_from(sorted(texts)), max_size=2), label="lost"):
        texts.pop(source, None)
    also_known = data.draw(st.lists(st.sampled_from([*ids, "x-1"]), max_size=2))
    unreadable = data.draw(st.lists(st.sampled_from([*ds.texts, "x-2"]), max_size=2))
    broken = data.draw(st.lists(st.sampled_from(list(COLLECTIONS)), max_size=2))
    given_collections = {name: tuple(records) for name, records in collections.items()}
    arguments = (given_collections, texts, also_known, unreadable, broken)
    assert check(*arguments) == reference_validate.check(*arguments)


def _cite_known(data: st.DataObject, record: Any, sources: list[str]) -> Any:
    """``record`` with its citations (and its posts', participations') naming ``sources``.

    Some citations also name a field that is not a cited one.
    """

    def cite(obj: Any) -> Any:
        citations = tuple(
            attrs.evolve(
                citation,
                source=data.draw(st.sampled_from(sources)),
                fields=citation.fields + data.draw(st.sampled_from([(), ("kind",), ("bogus",)])),
            )
            for citation in obj.citations
        )
        return attrs.evolve(obj, citations=citations)

    record = cite(record)
    for name in ("posts", "participants"):
        if hasattr(record, name):
            record = attrs.evolve(record, **{name: tuple(cite(x) for x in getattr(record, name))})
    return record


# The bundled dataset


def test_bundled_data_read_as_package_resources_is_the_bundled_dataset() -> None:
    """load() reads the bundled data the checked way; so does a reader of package resources."""
    collections, texts = read(files("maroc_ai").joinpath("data"), BUNDLED)
    assert Dataset(**collections, texts=texts) == maroc_ai.load()


def test_a_copy_of_the_bundled_data_is_read_the_same_way(tmp_path: Path) -> None:
    data = Path(maroc_ai.__file__).parent / "data"
    copy = Path(shutil.copytree(data, tmp_path / "data"))
    assert maroc_ai.load(copy) == maroc_ai.load()
    (copy / "places.json").write_text('[{"id": 1}]', encoding="utf-8")
    with pytest.raises(maroc_ai.DatasetError):
        maroc_ai.load(copy)
