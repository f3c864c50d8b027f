"""The generated fast path gives what the detailed one gives: equal records, the same problems."""

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
from hypothesis import assume, given, note, settings
from hypothesis import strategies as st

import maroc_ai
from maroc_ai import _fast, _validate
from maroc_ai import testing as mst
from maroc_ai._convert import structure, unstructure
from maroc_ai._fields import fields_of
from maroc_ai._loading import BUNDLED, read
from maroc_ai._validate import check
from maroc_ai.dataset import Dataset
from maroc_ai.model import COLLECTIONS, Event
from maroc_ai.values import PartialDate

from .test_properties import DATASETS, JSON, MUTATIONS, NO_EXPLAIN, STRATEGIES, slots

FAST = settings(max_examples=80, deadline=None)


def _classes() -> tuple[type[Any], ...]:
    """Every class a record is built of, from the collections down (a date is a string)."""
    found: list[type[Any]] = []
    todo = list(COLLECTIONS.values())
    while todo:
        cls = todo.pop(0)
        if cls in found or cls is PartialDate:
            continue
        found.append(cls)
        todo += [info.base for info in fields_of(cls) if attrs.has(info.base)]
    return tuple(found)


CLASSES = _classes()


def refuse(data: object) -> Any:
    raise ValueError("the fast path is switched off")


@contextlib.contextmanager
def detailed_only() -> Iterator[None]:
    """Every record goes the detailed (cattrs) way."""
    with mock.patch.dict(_fast.BUILDERS, dict.fromkeys(CLASSES, refuse)):
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
    if type(value) not in CLASSES:  # a PartialDate is a string in JSON
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
    if cls not in CLASSES:
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
    """Each class's generated builder reads every field the detailed path reads."""
    for cls in CLASSES:
        raw = json.loads(json.dumps(unstructure(_example(cls))))
        assert set(raw) == {field.name for field in attrs.fields(cls)}
        assert _fast.BUILDERS[cls](raw) == structure(raw, cls)


def test_generated_unstructuring_is_the_converters() -> None:
    for record in maroc_ai.load().records():
        assert _fast.unstructure(record) == unstructure(record)


def test_generated_code_shows_in_tracebacks() -> None:
    import linecache
    import traceback

    build = _fast.BUILDERS[maroc_ai.Quantity]
    try:
        build({"value": 1, "unit": "MW", "qualifier": "roughly"})
    except KeyError as error:
        frames = traceback.extract_tb(error.__traceback__)
    else:  # pragma: no cover
        pytest.fail("an unknown qualifier was accepted")
    generated = frames[-1].filename
    assert generated.startswith("<maroc_ai generated structure")
    assert "qualifier" in "".join(linecache.getlines(generated))


@attrs.frozen
class _Unknown:
    """A validator the generator has never seen."""

    def __call__(self, instance: object, attribute: object, value: object) -> None:
        pass


@attrs.frozen(kw_only=True)
class _WithUnknownValidator:
    name: str = attrs.field(validator=_Unknown())  # type: ignore[assignment]


@attrs.frozen(kw_only=True)
class _WithUnknownConverter:
    name: str = attrs.field(converter=str.strip)  # type: ignore[misc]


@attrs.frozen(kw_only=True)
class _WithUnknownType:
    when: complex


@pytest.mark.parametrize(
    ("cls", "what"),
    [
        (_WithUnknownValidator, "validator"),
        (_WithUnknownConverter, "converter"),
        (_WithUnknownType, "structuring"),
    ],
)
def test_generation_refuses_what_it_does_not_know(cls: type[Any], what: str) -> None:
    """A new rule stops the generation: it is never skipped silently."""
    with pytest.raises(TypeError, match=what):
        _fast.BUILDERS[cls]
    assert cls not in _fast.BUILDERS


def test_the_post_init_check_of_a_class_runs_on_the_fast_path() -> None:
    with pytest.raises(ValueError, match="at least one of ar, en or fr"):
        _fast.BUILDERS[maroc_ai.Names]({"aliases": ["x"]})


def test_a_whole_number_may_be_written_with_a_point_zero() -> None:
    """JSON has one kind of number: 2030.0 is the year 2030, on both paths."""
    raw = json.loads(json.dumps(unstructure(_example(maroc_ai.Target))))
    raw["horizon"] = 2030.0
    fast, detailed = both_ways(raw, maroc_ai.Target)
    assert fast == detailed
    assert fast.horizon == 2030
    assert type(fast.horizon) is int
    raw["horizon"] = 2030.5
    fast, detailed = both_ways(raw, maroc_ai.Target)
    assert isinstance(fast, Exception)
    assert isinstance(detailed, Exception)


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


@settings(max_examples=60, deadline=None, phases=NO_EXPLAIN)
@given(data=st.data())
def test_checks_name_each_record_that_reuses_an_id(data: st.DataObject) -> None:
    ds = data.draw(mst.datasets(min_records=1, max_records=6), label="dataset")
    records = list(ds.records())
    twin = data.draw(st.sampled_from(records), label="twin")
    name = next(name for name, cls in COLLECTIONS.items() if isinstance(twin, cls))
    collections = {name: tuple(records) for name, records in ds.collections().items()}
    collections[name] = (*collections[name], twin)
    problems = check(collections, ds.texts)
    assert any(
        (p.file, p.record, p.field) == (f"{name}.json", twin.id, "id") and "used twice" in p.message
        for p in problems
    )


@settings(max_examples=100, deadline=None, phases=NO_EXPLAIN)
@given(data=st.data())
def test_a_record_the_quick_checks_accept_has_no_problem(data: st.DataObject) -> None:
    """Records changed anywhere: the generated quick check never passes one with a problem."""
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
    broken = data.draw(st.lists(st.sampled_from(list(COLLECTIONS)), max_size=2), label="broken")
    given_collections = {name: tuple(records) for name, records in collections.items()}
    arguments = (given_collections, texts, (), (), broken)
    quick = check(*arguments)
    never = dict.fromkeys(CLASSES, lambda record, checker: False)
    with mock.patch.dict(_validate._accepts, never):
        assert check(*arguments) == quick


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


def _small_change(data: st.DataObject, record: Any, ids: list[str]) -> Any:
    """``record`` changed in one small way the checks must catch, or left as it is."""
    fields = {field.name: field for field in fields_of(type(record))}
    change = data.draw(
        st.sampled_from(["reference", "citation fields", "source", "quote", "words", "alias"]),
        label="change",
    )
    if change == "reference":
        names = [n for n, f in fields.items() if f.refers_to and getattr(record, n)]
        if names:
            name = data.draw(st.sampled_from(names), label="field")
            other = data.draw(st.sampled_from([*ids, "nowhere-1"]), label="id")
            value = getattr(record, name)
            return attrs.evolve(record, **{name: (other,) if fields[name].many else other})
    citations = list(record.citations)
    index = data.draw(st.integers(0, len(citations) - 1), label="citation")
    citation = citations[index]
    if change == "citation fields" and citation.fields:
        citations[index] = attrs.evolve(citation, fields=citation.fields[1:])
    elif change == "source":
        citations[index] = attrs.evolve(citation, source=data.draw(st.sampled_from(ids)))
    elif change == "quote":
        citations[index] = attrs.evolve(citation, quote=citation.quote + " x")
    elif change == "words":
        names = [n for n, f in fields.items() if f.verbatim and getattr(record, n)]
        if names:
            name = data.draw(st.sampled_from(names), label="field")
            value = getattr(record, name)
            changed = tuple(f"{text}!" for text in value) if fields[name].many else f"{value}!"
            return attrs.evolve(record, **{name: changed})
    elif change == "alias" and getattr(record, "name", None) is not None:
        name = attrs.evolve(record.name, aliases=(*record.name.aliases, "not quoted"))
        return attrs.evolve(record, name=name)
    return attrs.evolve(record, citations=tuple(citations))


@settings(max_examples=150, deadline=None, phases=NO_EXPLAIN)
@given(data=st.data())
def test_the_quick_checks_miss_no_small_change(data: st.DataObject) -> None:
    """One small change to a valid record: the quick check and the detailed one agree."""
    given_collections, texts = _changed_collections(data, changed_only=True)
    quick = check(given_collections, texts)
    never = dict.fromkeys(CLASSES, lambda record, checker: False)
    with mock.patch.dict(_validate._accepts, never):
        assert check(given_collections, texts) == quick


@settings(max_examples=50, deadline=None, phases=NO_EXPLAIN)
@given(data=st.data())
def test_collections_checked_in_detail_only_give_the_same_problems(data: st.DataObject) -> None:
    """The loader checks small collections without quick checks: the problems are the same."""
    given_collections, texts = _changed_collections(data, changed_only=False)
    quick_from = data.draw(st.integers(0, 12), label="quick_from")
    assert check(given_collections, texts, quick_from=quick_from) == check(given_collections, texts)


def _changed_collections(
    data: st.DataObject, *, changed_only: bool
) -> tuple[dict[str, tuple[Any, ...]], Any]:
    """A drawn dataset's collections with one record given one small change, and its texts.

    ``changed_only``: draw again when the change leaves the record as it was.
    """
    ds = data.draw(mst.datasets(min_records=4, max_records=10), label="dataset")
    ids = [record.id for record in ds.records()]
    collections = {name: list(records) for name, records in ds.collections().items()}
    places = [
        (n, i) for n, records in collections.items() if n != "sources" for i in range(len(records))
    ]
    assume(places)
    name, position = data.draw(st.sampled_from(places), label="record")
    record = collections[name][position]
    changed = _small_change(data, record, ids)
    if changed_only:
        assume(changed != record)
    collections[name][position] = changed
    return {n: tuple(records) for n, records in collections.items()}, ds.texts


def test_an_event_that_ends_before_it_starts_is_a_problem(dataset: Dataset) -> None:
    event = next(event for event in dataset.events if event.start and event.start.year)
    early = PartialDate(year=event.start.year - 1)  # type: ignore[union-attr,operator]
    changed = attrs.evolve(event, end=early)
    events = tuple(e if e.id != event.id else changed for e in dataset.events)
    collections = {name: tuple(records) for name, records in dataset.collections().items()}
    problems = check({**collections, "events": events}, dataset.texts)
    assert [(p.record, p.field) for p in problems] == [(event.id, "end")]
    assert isinstance(changed, Event)


# The bundled dataset


def test_bundled_data_read_as_package_resources_is_the_bundled_dataset() -> None:
    """load() reads the bundled data the checked way; so does a reader of package resources."""
    collections, texts, release = read(files("maroc_ai").joinpath("data"), BUNDLED)
    assert Dataset(**collections, texts=texts, release=release) == maroc_ai.load()


def test_a_copy_of_the_bundled_data_is_read_the_same_way(tmp_path: Path) -> None:
    data = Path(maroc_ai.__file__).parent / "data"
    copy = Path(shutil.copytree(data, tmp_path / "data"))
    assert maroc_ai.load(copy) == maroc_ai.load()
    (copy / "places.json").write_text('[{"id": 1}]', encoding="utf-8")
    with pytest.raises(maroc_ai.DatasetError):
        maroc_ai.load(copy)
