"""Adding a draft: refused whole with every problem and the directory as it was, or added whole."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import maroc_ai
from maroc_ai import DatasetError, DraftError
from maroc_ai.cli import main
from maroc_ai.extract import add_draft

from .conftest import small_draft, snapshot

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)

pytestmark = pytest.mark.usefixtures("flushed_writes")  # the real thing: fsync included


def paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into ``data``: keys and indices."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*path, index))
    return found


@st.composite
def malformed_drafts(draw: st.DrawFn) -> Any:
    """A valid draft with a few values replaced, removed or added anywhere in it."""
    draft: Any = small_draft(draw(st.integers(0, 3)))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(paths(draft)))
        value = draw(json_values)
        if not where:
            draft = value
            continue
        *parent_path, last = where
        parent = draft
        for part in parent_path:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "replace":
            parent[last] = value
        elif action == "remove":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = value
        else:
            parent.append(value)
    return draft


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("pristine") / "data"
    add_draft(small_draft(100), directory)
    return directory


@given(draft=malformed_drafts())
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_malformed_draft_is_refused_whole_or_added(
    draft: Any, pristine: Path, tmp_path: Path
) -> None:
    directory = tmp_path / "data"
    shutil.rmtree(directory, ignore_errors=True)
    shutil.copytree(pristine, directory)
    before = snapshot(directory)
    try:
        added = add_draft(copy.deepcopy(draft), directory)
    except DatasetError as error:
        event(f"refused: {type(error).__name__}")
        assert snapshot(directory) == before
    else:
        event("added")
        assert added
        assert len(maroc_ai.load(directory)) == len(maroc_ai.load(pristine)) + sum(added.values())


@given(draft=malformed_drafts())
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_command_exits_0_1_or_2_never_a_traceback(
    draft: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft), encoding="utf-8")
    target = tmp_path / "new" / "data"
    shutil.rmtree(tmp_path / "new", ignore_errors=True)
    status = main(["add", str(path), "--to", str(target)])
    err = capsys.readouterr().err
    assert status in (0, 1, 2)
    assert "Traceback" not in err
    assert status == 0 or not (tmp_path / "new").exists()  # a refused draft makes no folder


def test_every_shape_problem_at_once_with_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = small_draft(1)
    draft["source"]["id"] = 7
    draft["organizations"][0]["match"] = ["x"]
    draft["organizations"].append(5)
    draft["officials"] = [{"match": "new", "record": {"name": {"aliases": 5}}}, {"match": "new"}]
    with pytest.raises(DraftError) as info:
        add_draft(draft, tmp_path / "data")
    assert [str(problem) for problem in info.value.problems] == [
        'organizations[0].match: expected "new" or the id of a record, got a list',
        "organizations[1]: expected a candidate object, got a number",
        'officials[1].record: a candidate whose match is "new" needs its record',
        # then each record on its own, as the loader would check it
        "source.id: expected a string, got a number",
        "officials[0].record.id: required field missing",
        "officials[0].record.name.aliases: expected a list, got a number",
        "officials[0].record.citations: required field missing",
    ]
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft), encoding="utf-8")
    assert main(["add", str(path), "--to", str(tmp_path / "data")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"maroc-ai: 7 problems in draft {path}:")
    assert not (tmp_path / "data").exists()


def test_a_record_of_the_wrong_shape_is_refused_with_its_path(tmp_path: Path) -> None:
    draft = small_draft(1)
    draft["organizations"][0]["record"]["name"]["aliases"] = 5
    draft["organizations"][0]["record"]["kind"] = "bakery"
    with pytest.raises(DraftError) as info:
        add_draft(draft, tmp_path / "data")
    fields = [problem.field for problem in info.value.problems]
    assert fields == ["organizations[0].record.name.aliases", "organizations[0].record.kind"]
    assert not (tmp_path / "data").exists()


def test_a_match_that_is_no_record_is_refused(tmp_path: Path) -> None:
    draft = small_draft(1)
    draft["organizations"][0]["match"] = "no-such-company"
    with pytest.raises(DatasetError) as info:
        add_draft(draft, tmp_path / "data")
    assert [str(problem) for problem in info.value.problems] == [
        "draft: organizations[0].match: 'no-such-company' is neither \"new\" nor the id of a "
        "record of this dataset or the bundled one"
    ]


def test_a_refused_draft_makes_no_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = small_draft(1)
    draft["organizations"][0]["record"]["parent"] = "no-such-company"
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft), encoding="utf-8")
    assert main(["add", str(path), "--to", str(tmp_path / "a" / "b" / "data")]) == 1
    assert "unknown id 'no-such-company'" in capsys.readouterr().err
    assert not (tmp_path / "a").exists()


def test_a_draft_nested_too_deeply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert main(["add", str(path), "--to", str(tmp_path / "data")]) == 2
    assert "nested too deeply" in capsys.readouterr().err
    deep: Any = "x"
    for _ in range(1000):
        deep = {"name": deep}
    draft = small_draft(1)
    draft["organizations"][0]["record"]["name"] = deep
    with pytest.raises(DraftError, match="nested more than 64 levels deep"):
        add_draft(draft, tmp_path / "data")


def test_a_draft_that_is_not_utf8_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.json"
    path.write_bytes(json.dumps(small_draft(1)).encode("utf-8").replace(b"Zed1", b"Z\xe9d1"))
    assert main(["add", str(path), "--to", str(tmp_path / "data")]) == 2
    assert f"draft {path}" in capsys.readouterr().err


def test_a_lone_surrogate_in_a_draft_is_refused(tmp_path: Path) -> None:
    draft = small_draft(1)
    draft["text"] += "\ud800"
    with pytest.raises(DraftError, match=r"text: a lone surrogate, \\ud800"):
        add_draft(draft, tmp_path / "data")


def test_add_does_not_write_through_a_link_out_of_the_directory(
    tmp_path: Path, pristine: Path
) -> None:
    directory = tmp_path / "data"
    shutil.copytree(pristine, directory)
    (directory / "texts").rename(tmp_path / "elsewhere")
    (directory / "texts").symlink_to(tmp_path / "elsewhere")
    before = snapshot(tmp_path / "elsewhere")
    with pytest.raises(DatasetError, match="texts: a link out of the dataset directory"):
        add_draft(small_draft(1), directory)
    assert snapshot(tmp_path / "elsewhere") == before


def test_add_adds_onto_what_is_there(tmp_path: Path, pristine: Path) -> None:
    directory = tmp_path / "data"
    shutil.copytree(pristine, directory)
    (directory / "notes.md").write_text("the curator's own notes")
    assert add_draft(small_draft(1), directory) == {"sources": 1, "organizations": 1}
    assert (directory / "notes.md").read_text() == "the curator's own notes"
    assert set(maroc_ai.load(directory).sources.ids()) == {"note-1", "note-100"}
    assert maroc_ai.load(directory).text("note-1").endswith("by the sea.\r\n")


def test_an_add_after_one_that_stopped_in_a_new_directory(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    (directory / ".maroc-ai-write").mkdir(parents=True)
    (directory / ".maroc-ai-write" / "0").write_text("[half a fil")
    assert add_draft(small_draft(1), directory) == {"sources": 1, "organizations": 1}
    assert not (directory / ".maroc-ai-write").exists()
    assert "note-1" in maroc_ai.load(directory)


def test_a_bundled_record_a_draft_refers_to_comes_with_its_sources(tmp_path: Path) -> None:
    from maroc_ai.extract import extract

    bundled = maroc_ai.load()
    text = (
        "RABAT, 3 June 2026 - Digital Transition Minister Amal El Fallah Seghrouchni "
        "opened a data centre in Fez."
    )
    draft = extract(text, source_id="new-article", dataset=bundled)
    (official,) = draft.officials
    assert official.match == "amal-el-fallah-seghrouchni"
    (post,) = official.record.posts
    assert post.organization == "ministry-digital-transition"

    add_draft(draft, tmp_path / "mine")

    mine = maroc_ai.load(tmp_path / "mine")  # every reference resolves, every quote is found
    assert mine.get("ministry-digital-transition") == bundled.get("ministry-digital-transition")
    cited = {c.source for c in bundled.get("ministry-digital-transition").citations}
    assert cited <= {s.id for s in mine.sources}
    assert all(mine.text(source) == bundled.text(source) for source in cited)


def test_a_second_article_adds_onto_a_curators_dataset_across_languages(tmp_path: Path) -> None:
    from maroc_ai.extract import extract

    target = tmp_path / "mine"
    first = "RABAT, 3 mars 2026 - Le Maroc et la société Atlas Data ont signé une convention de partenariat."
    add_draft(extract(first, source_id="first"), target)
    mine = maroc_ai.load(target)
    second = 'الرباط - وقع المغرب وشركة "نوفا" يوم 5 مارس 2026 اتفاقية شراكة لإحداث مركز للبيانات بالمغرب.'
    draft = extract(second, source_id="second", dataset=mine)
    assert "morocco" in {place.match for place in draft.places}

    add_draft(draft, target)
    third = "CASABLANCA, 9 mars 2026 - La société Kora et l'Université Atlas ont signé une convention de partenariat."
    add_draft(extract(third, source_id="third", dataset=maroc_ai.load(target)), target)

    names = [p.name and p.name.fr for p in maroc_ai.load(target).partnerships]  # two of one kind
    assert names.count("convention de partenariat") == 2
