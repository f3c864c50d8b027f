"""Dataset directories on disk: what reading refuses, and where writing won't go."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import maroc_ai
from maroc_ai import Dataset, DatasetError
from maroc_ai._problems import LIMIT
from maroc_ai.testing import datasets

from .conftest import snapshot


def problems_of(directory: Path) -> list[str]:
    with pytest.raises(DatasetError) as info:
        maroc_ai.load(directory)
    return [str(problem) for problem in info.value.problems]


class TestLinks:
    def test_a_collection_file_linked_from_outside_is_not_read(
        self, tmp_path: Path, dataset_dir: Path
    ) -> None:
        secret = tmp_path / "secret.json"
        secret.write_text("[]", encoding="utf-8")
        (dataset_dir / "events.json").unlink()
        (dataset_dir / "events.json").symlink_to(secret)
        assert problems_of(dataset_dir) == [
            "events.json: can't be read: a link out of the dataset directory; links must stay inside it"
        ]

    def test_a_text_linked_from_outside_is_not_read(
        self, tmp_path: Path, dataset: Dataset, dataset_dir: Path
    ) -> None:
        source = dataset.sources[0]
        outside = tmp_path / "outside.txt"
        outside.write_text(dataset.text(source), encoding="utf-8")
        text = dataset_dir / "texts" / source.file
        text.unlink()
        text.symlink_to(outside)
        assert f"texts/{source.file}: can't be read: a link out of the dataset directory" in (
            "\n".join(problems_of(dataset_dir))
        )

    def test_a_texts_folder_linked_from_outside_is_not_read(
        self, tmp_path: Path, dataset_dir: Path
    ) -> None:
        (dataset_dir / "texts").rename(tmp_path / "elsewhere")
        (dataset_dir / "texts").symlink_to(tmp_path / "elsewhere")
        assert problems_of(dataset_dir) == [
            "texts: a link out of the dataset directory; links must stay inside it"
        ]

    def test_links_inside_the_directory_are_followed(
        self, dataset: Dataset, dataset_dir: Path
    ) -> None:
        (dataset_dir / "texts").rename(dataset_dir / "articles")
        (dataset_dir / "texts").symlink_to("articles")
        places = dataset_dir / "places.json"
        places.rename(dataset_dir / "articles" / "places.json")
        places.symlink_to(Path("articles") / "places.json")
        assert maroc_ai.load(dataset_dir) == dataset

    def test_writes_do_not_go_through_a_link_out_of_the_directory(
        self, tmp_path: Path, dataset: Dataset, dataset_dir: Path
    ) -> None:
        elsewhere = tmp_path / "elsewhere"
        (dataset_dir / "texts").rename(elsewhere)
        (dataset_dir / "texts").symlink_to(elsewhere)
        before = snapshot(elsewhere)
        (elsewhere / dataset.sources[0].file).unlink()  # so that the write has a text to put there
        with pytest.raises(OSError, match="a link out of"):
            dataset.write(dataset_dir)
        assert set(snapshot(elsewhere)) == set(before) - {dataset.sources[0].file}


class TestStrictJson:
    def test_a_key_written_twice_is_reported_with_its_path(self, dataset_dir: Path) -> None:
        path = dataset_dir / "places.json"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('"kind": "city",', '"kind": "city", "kind": "region",', 1))
        (problem,) = problems_of(dataset_dir)
        assert problem.startswith("places.json: ")
        assert problem.endswith(
            ": kind: this key is written twice in its object; JSON keeps only the last, so keep one"
        )

    def test_a_key_written_twice_in_a_nested_object(self, dataset_dir: Path) -> None:
        path = dataset_dir / "organizations.json"
        data = path.read_text(encoding="utf-8")
        path.write_text(data.replace('"quote": ', '"quote": "x", "quote": ', 1), encoding="utf-8")
        (problem,) = problems_of(dataset_dir)
        assert ": amdie: citations[0].quote: this key is written twice" in problem

    def test_a_key_written_twice_where_a_colon_follows_a_space(self, dataset_dir: Path) -> None:
        path = dataset_dir / "places.json"
        text = path.read_text(encoding="utf-8")
        text = text.replace('"kind": "city",', '"kind" : "city", "kind": "region",', 1)
        path.write_text(text, encoding="utf-8")
        (problem,) = problems_of(dataset_dir)
        assert problem.endswith(
            ": kind: this key is written twice in its object; JSON keeps only the last, so keep one"
        )

    def test_a_key_written_twice_in_a_record_refused_for_another_reason(
        self, dataset_dir: Path
    ) -> None:
        path = dataset_dir / "places.json"
        text = path.read_text(encoding="utf-8")
        text = text.replace('"kind": "city",', '"kind": "city", "kind": "town",', 1)
        path.write_text(text, encoding="utf-8")
        problems = problems_of(dataset_dir)
        assert len(problems) == 2
        assert any(": kind: this key is written twice" in problem for problem in problems)
        assert any(": kind: " in p and "written twice" not in p for p in problems), problems

    def test_strings_with_quotes_and_colons_read_as_written(
        self, dataset: Dataset, dataset_dir: Path
    ) -> None:
        path = dataset_dir / "places.json"
        records = json.loads(path.read_text(encoding="utf-8"))
        records[0]["name"]["en"] = 'The "city": a label : with colons'
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        assert maroc_ai.load(dataset_dir).places[0].name.en == 'The "city": a label : with colons'

    def test_a_lone_surrogate_is_refused_with_its_field(self, dataset_dir: Path) -> None:
        path = dataset_dir / "places.json"
        records = json.loads(path.read_text(encoding="utf-8"))
        records[0]["name"]["en"] = "Lone \ud800 half"
        path.write_text(json.dumps(records), encoding="utf-8")  # ASCII: the escape \ud800
        problems = problems_of(dataset_dir)
        assert any(
            p.startswith("places.json: ")
            and ": name.en: a lone surrogate, \\ud800, is not a character" in p
            for p in problems
        ), problems

    def test_a_surrogate_pair_is_one_character(self, dataset: Dataset, dataset_dir: Path) -> None:
        path = dataset_dir / "places.json"
        records = json.loads(path.read_text(encoding="utf-8"))
        records[0]["name"]["en"] = "Earth \U0001f30d"
        path.write_text(json.dumps(records), encoding="utf-8")  # ASCII: the pair \ud83c\udf0d
        assert "\\ud83c\\udf0d" in path.read_text(encoding="utf-8")
        assert maroc_ai.load(dataset_dir).places[0].name.en == "Earth \U0001f30d"

    def test_a_byte_order_mark_is_ignored(self, dataset: Dataset, dataset_dir: Path) -> None:
        path = dataset_dir / "places.json"
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
        assert maroc_ai.load(dataset_dir) == dataset


class TestBoundedProblems:
    def test_at_most_a_hundred_of_a_kind(self, tmp_path: Path) -> None:
        (tmp_path / "events.json").write_text(json.dumps([1] * 5000 + ["x"] * 3))
        problems = problems_of(tmp_path)
        numbers = [p for p in problems if p.endswith("expected a JSON object, got a number")]
        assert len(numbers) == LIMIT
        assert "events.json: and 4,900 more problems like this" in problems
        assert len([p for p in problems if "got a string" in p]) == 3
        with pytest.raises(DatasetError, match=r"^5,003 problems in dataset "):
            maroc_ai.load(tmp_path)

    def test_records_past_a_thousand_refused_are_only_counted(self, tmp_path: Path) -> None:
        (tmp_path / "events.json").write_text(json.dumps([{"id": f"e{n}"} for n in range(3000)]))
        problems = problems_of(tmp_path)
        assert problems[-1] == (
            "events.json: and 2,000 more records that are not valid Event records; fix the ones above first"
        )
        assert len(problems) < 1000

    @pytest.mark.parametrize(
        ("item", "files"),
        [("1", 1), ("{}", 1), ('{"id":"e","kind":7}', 1), ("{}", 2)],
    )
    def test_ten_megabytes_of_junk_in_a_few_hundred_megabytes(
        self, tmp_path: Path, item: str, files: int
    ) -> None:
        """Each file's JSON is let go before the next is read, records refused or not."""
        junk = "[" + ",".join([item] * (10_000_000 // (len(item) + 1))) + "]"
        for name in ("events.json", "statistics.json")[:files]:
            (tmp_path / name).write_text(junk)
        code = (
            "import maroc_ai, resource, sys\n"
            "def peak():\n"
            "    # this process's own peak (VmHWM): ru_maxrss keeps the parent's peak across\n"
            "    # exec on Linux, so it grows with the test run that starts the process\n"
            "    try:\n"
            "        with open('/proc/self/status') as status:\n"
            "            return next(int(l.split()[1]) for l in status if l.startswith('VmHWM:'))\n"
            "    except OSError:\n"
            "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "try:\n    maroc_ai.load(sys.argv[1])\n"
            "except maroc_ai.DatasetError as error:\n"
            "    print(len(error.problems), peak())\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path)],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        ).stdout.split()
        problems, peak_kib = int(out[0]), int(out[1])
        assert problems < 1000
        assert peak_kib < 400 * 1024


class TestWhereWritesGo:
    def test_not_into_the_root_of_the_file_system(self, dataset: Dataset) -> None:
        with pytest.raises(ValueError, match="the root of the file system"):
            dataset.write("/")

    def test_not_into_a_home_directory(
        self, tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        with pytest.raises(ValueError, match="a home directory"):
            dataset.write(tmp_path)
        with pytest.raises(ValueError, match="a home directory"):
            dataset.write(tmp_path / "sub" / "..", overwrite=True)
        assert os.listdir(tmp_path) == []

    def test_not_into_a_file(self, tmp_path: Path, dataset: Dataset) -> None:
        (tmp_path / "file").write_text("x")
        with pytest.raises(NotADirectoryError, match="is a file, not a directory"):
            dataset.write(tmp_path / "file")
        assert (tmp_path / "file").read_text() == "x"

    def test_not_over_other_files_unless_told(self, tmp_path: Path, dataset: Dataset) -> None:
        directory = tmp_path / "mixed"
        directory.mkdir()
        (directory / "notes.md").write_text("mine")
        (directory / "datapackage.json").write_text("{}")
        (directory / "events.json").write_text("not mine either")
        before = snapshot(directory)
        with pytest.raises(FileExistsError, match=r"datapackage\.json, notes\.md\).*--force"):
            dataset.write(directory)
        assert snapshot(directory) == before
        dataset.write(directory, overwrite=True)
        assert (directory / "notes.md").read_text() == "mine"  # left
        assert not (directory / "datapackage.json").exists()  # would not load: removed
        assert maroc_ai.load(directory) == dataset

    def test_hidden_files_are_left_alone_but_json(
        self, dataset: Dataset, dataset_dir: Path
    ) -> None:
        (dataset_dir / ".git").mkdir()
        (dataset_dir / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
        (dataset_dir / ".DS_Store").write_bytes(b"\0")
        (dataset_dir / "texts" / ".DS_Store").write_bytes(b"\0")
        dataset.write(dataset_dir)
        (dataset_dir / ".draft.json").write_text("{}")  # load would report it
        with pytest.raises(FileExistsError, match=r"\(\.draft\.json\)"):
            dataset.write(dataset_dir)
        dataset.write(dataset_dir, overwrite=True)
        assert sorted(p.name for p in dataset_dir.glob(".*")) == [".DS_Store", ".git"]
        assert maroc_ai.load(dataset_dir) == dataset

    def test_stale_texts_are_refused_then_removed(
        self, dataset: Dataset, dataset_dir: Path
    ) -> None:
        (dataset_dir / "texts" / "old.txt").write_text("an article no source names")
        with pytest.raises(FileExistsError, match=r"texts/old\.txt"):
            dataset.write(dataset_dir)
        dataset.write(dataset_dir, overwrite=True)
        assert not (dataset_dir / "texts" / "old.txt").exists()

    def test_a_dataset_writes_back_into_its_own_directory(
        self, dataset: Dataset, dataset_dir: Path
    ) -> None:
        before = snapshot(dataset_dir)
        maroc_ai.load(dataset_dir).write(dataset_dir)
        assert snapshot(dataset_dir) == before

    def test_a_value_that_is_not_text_is_named_and_nothing_is_written(
        self, dataset: Dataset, dataset_dir: Path
    ) -> None:
        import attrs

        place = dataset.places[0]
        broken = attrs.evolve(
            dataset,
            places=(attrs.evolve(place, name=attrs.evolve(place.name, en="Lone \ud800")),),
        )
        before = snapshot(dataset_dir)
        with pytest.raises(DatasetError) as info:
            broken.write(dataset_dir, overwrite=True)
        assert [str(p) for p in info.value.problems] == [
            f"places.json: {place.id}: name.en: a lone surrogate, \\ud800, is not a character: write the character itself"
        ]
        assert snapshot(dataset_dir) == before
        with pytest.raises(DatasetError, match=r"name\.en: a lone surrogate"):
            maroc_ai.export.export(broken, "geojson", dataset_dir / "places.geojson")
        assert not (dataset_dir / "places.geojson").exists()


ODD = st.sampled_from(
    [
        *("\ud800", "\udfff", "\ufeff", "\u200f", "\u202e", "\U0001f30d", "\r\n", "\x00"),
        *("e\u0301", "\uffff", "\U0010ffff", "\u0640", "\\", '"', "\u2028"),
    ]
)


def _strings(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, str):
        return [path]
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    return [found for key, value in items for found in _strings(value, (*path, key))]


def _text(path: Path) -> str:
    """The JSON text of a file, without the byte-order marks a mutation may have put in front
    (one or more: two mutations of one file put two)."""
    return path.read_text(encoding="utf-8").lstrip("\ufeff")


def _mutate(root: Path, draw: st.DataObject) -> None:
    """Change the written files as a person or another tool might."""
    kind = draw.draw(st.sampled_from(["string", "json bom", "text crlf", "text bom"]))
    texts = sorted((root / "texts").glob("*")) if (root / "texts").is_dir() else []
    files = [path for path in sorted(root.glob("*.json")) if json.loads(_text(path))]
    if kind == "string" and files:
        path = draw.draw(st.sampled_from(files))
        records = json.loads(_text(path))
        where = draw.draw(st.sampled_from(_strings(records)))
        parent = records
        for part in where[:-1]:
            parent = parent[part]
        value = parent[where[-1]]
        odd = draw.draw(ODD)
        at = draw.draw(st.integers(0, len(value)))
        parent[where[-1]] = value[:at] + odd + value[at:]
        path.write_text(json.dumps(records), encoding="ascii")  # lone surrogates as escapes
    elif kind == "json bom" and files:
        path = draw.draw(st.sampled_from(files))
        content = path.read_bytes()
        if not content.startswith(b"\xef\xbb\xbf"):  # a tool adds a mark where there is none
            path.write_bytes(b"\xef\xbb\xbf" + content)
    elif kind == "text crlf" and texts:
        path = draw.draw(st.sampled_from(texts))
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    elif texts:
        path = draw.draw(st.sampled_from(texts))
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


def _lone_surrogate_in(root: Path) -> bool:
    """Whether a string of the JSON files holds a lone surrogate once read.

    Asked of the files, not of the mutations: two surrogates put side by side ("\\ud800"
    before "\\udfff") read as one character, and are no lone surrogate.
    """
    for path in root.glob("*.json"):
        data = json.loads(_text(path))
        for where in _strings(data):
            value = data
            for part in where:
                value = value[part]
            if any("\ud800" <= char <= "\udfff" for char in value):
                return True
    return False


@given(datasets(max_records=6), st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_whatever_load_accepts_writes_back_identically(
    dataset: Dataset, draw: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = dataset.write(Path(folder) / "data")
        for _ in range(draw.draw(st.integers(1, 3))):
            _mutate(root, draw)
        surrogate = _lone_surrogate_in(root)
        refused: DatasetError | None = None
        try:
            loaded = maroc_ai.load(root)
        except DatasetError as error:
            refused = error
        if refused is not None:
            event("refused")
            assert not surrogate or any("a lone surrogate" in p.message for p in refused.problems)
            return
        event("accepted")
        assert not surrogate
        again = loaded.write(Path(folder) / "again")
        assert maroc_ai.load(again) == loaded
        loaded.write(root)  # back into the directory it came from
        assert maroc_ai.load(root) == loaded
        assert {path.name for path in root.iterdir()} == {path.name for path in again.iterdir()}
