"""Loading, validating and exporting dataset directories."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import maroc_ai
from maroc_ai import Dataset, DatasetError, Query, UnknownIdError
from maroc_ai._storage import Folder

from .conftest import EXPORTED_COLLECTIONS, edit_collection, record


def load_error(directory: Path) -> DatasetError:
    with pytest.raises(DatasetError) as info:
        maroc_ai.load(directory)
    return info.value


class TestBundled:
    def test_is_loaded_once(self) -> None:
        assert maroc_ai.load() is maroc_ai.load()

    def test_cannot_be_changed_by_accident(self, dataset: Dataset) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            dataset.partnerships = ()  # type: ignore[assignment]
        assert isinstance(dataset.partnerships, Query)
        with pytest.raises(TypeError):
            dataset.partnerships[0] = dataset.partnerships[1]  # type: ignore[index]
        with pytest.raises(AttributeError):
            dataset.partnerships.where = None  # type: ignore[assignment,method-assign]
        with pytest.raises(TypeError):
            dataset.texts["article-axa"] = "changed"  # type: ignore[index]

    def test_collections_are_sorted_by_id(self, dataset: Dataset) -> None:
        for records in dataset.collections().values():
            ids = [r.id for r in records]
            assert ids == sorted(ids)

    def test_repr(self, dataset: Dataset) -> None:
        assert repr(dataset).startswith(f"<Dataset {dataset.version}: 5 sources, ")
        assert repr(attrs.evolve(dataset, release=None)).startswith("<Dataset: 5 sources, ")


class TestProblems:
    def test_a_hand_built_record_of_the_wrong_types_is_reported(self, dataset: Dataset) -> None:
        place = dataset.get("rabat", maroc_ai.Place)
        bad = attrs.evolve(place, id="nowhere", name="Nowhere")  # type: ignore[arg-type]
        problems = attrs.evolve(dataset, places=(*dataset.places, bad)).problems()
        assert [(p.file, p.record) for p in problems] == [("places.json", "nowhere")]
        assert "not a valid Place" in problems[0].message

    def test_write_refuses_a_text_outside_its_folder(
        self, dataset: Dataset, tmp_path: Path
    ) -> None:
        source = attrs.evolve(dataset.sources[0], file="../escape.txt")
        changed = attrs.evolve(dataset, sources=(source, *dataset.sources[1:]))
        with pytest.raises(ValueError, match="not a plain file name"):
            changed.write(tmp_path / "out")
        assert not (tmp_path / "escape.txt").exists()
        assert [p.field for p in changed.problems()] == ["file"]


class TestGet:
    def test_any_collection(self, dataset: Dataset) -> None:
        assert isinstance(dataset.get("rabat"), maroc_ai.Place)
        assert isinstance(dataset.get("arthur-mensch"), maroc_ai.Official)
        assert "rabat" in dataset
        assert "nowhere" not in dataset

    def test_unknown_id_suggests_close_ones(self, dataset: Dataset) -> None:
        with pytest.raises(UnknownIdError, match="mistral-ai") as info:
            dataset.get("mistral-al")
        assert "mistral-ai" in info.value.suggestions
        assert isinstance(info.value, LookupError)

    def test_typed_by_the_class_asked_for(self, dataset: Dataset) -> None:
        memorandum = dataset.get("mistral-ai-memorandum", maroc_ai.Partnership)
        assert memorandum.kind is maroc_ai.AgreementKind.MEMORANDUM_OF_UNDERSTANDING
        with pytest.raises(TypeError, match="'rabat' is a Place, not a Partnership"):
            dataset.get("rabat", maroc_ai.Partnership)

    def test_an_id_is_a_string(self, dataset: Dataset) -> None:
        with pytest.raises(TypeError, match="an id is a string, got None"):
            dataset.get(None)  # type: ignore[call-overload]

    def test_text_of_a_source_without_one(self, dataset: Dataset) -> None:
        without = attrs.evolve(dataset, texts={})
        with pytest.raises(LookupError, match="'article-axa' has no text in this dataset"):
            without.text("article-axa")

    def test_locate_a_quote(self, dataset: Dataset) -> None:
        citation = dataset.get("dakhla").citations[0]
        start, end = dataset.locate(citation)
        assert dataset.text(citation.source)[start:end] == citation.quote


class TestRoundTrip:
    def test_write_then_load_is_identical(self, dataset: Dataset, dataset_dir: Path) -> None:
        again = maroc_ai.load(dataset_dir)
        assert again == dataset
        assert again.to_json() == dataset.to_json()

    def test_export_is_one_object_with_a_list_per_collection(self, dataset: Dataset) -> None:
        data = json.loads(dataset.to_json())
        assert list(data) == ["release", *EXPORTED_COLLECTIONS, "places"]
        memorandum = record(data["partnerships"], "mistral-ai-memorandum")
        assert memorandum["date"] == "2025-09-12"
        assert record(data["partnerships"], "axa-skills-partnership")["date"] == "-W-1"

    def test_missing_collection_files_are_empty_collections(self, tmp_path: Path) -> None:
        (tmp_path / "places.json").write_text("[]")
        assert len(maroc_ai.load(tmp_path)) == 0


class TestErrors:
    def test_not_a_directory(self, tmp_path: Path) -> None:
        error = load_error(tmp_path / "missing")
        assert "does not exist" in str(error)
        (tmp_path / "file").write_text("x")
        assert "is a file, not a directory" in str(load_error(tmp_path / "file"))

    def test_an_empty_path_is_not_the_current_directory(self) -> None:
        with pytest.raises(DatasetError, match="the path is empty"):
            maroc_ai.load("")

    def test_a_directory_without_collections(self, tmp_path: Path) -> None:
        (tmp_path / "notes.txt").write_text("x")
        assert "no collection file here" in str(load_error(tmp_path))

    def test_an_unreadable_directory(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def refuse(self: Folder) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(Folder, "iterdir", refuse)
        assert "the dataset can't be read: Permission denied" in str(load_error(tmp_path))

    def test_a_broken_file_is_not_reported_again_at_every_reference(
        self, dataset_dir: Path
    ) -> None:
        (dataset_dir / "places.json").write_text("null")
        messages = [str(p) for p in load_error(dataset_dir).problems]
        assert messages == ["places.json: expected a JSON array of records, got null"]

    def test_a_broken_sources_file_is_not_reported_again_at_every_citation(
        self, dataset_dir: Path
    ) -> None:
        (dataset_dir / "sources.json").write_text("[", encoding="utf-8")
        messages = [str(p) for p in load_error(dataset_dir).problems]
        assert messages == ["sources.json: not valid JSON: Expecting value at line 1, column 2"]

    def test_a_collection_that_is_not_a_file(self, dataset_dir: Path) -> None:
        (dataset_dir / "places.json").unlink()
        (dataset_dir / "places.json").mkdir()
        messages = [str(p) for p in load_error(dataset_dir).problems]
        assert messages == ["places.json: not a regular file"]

    def test_invalid_json_says_where(self, dataset_dir: Path) -> None:
        (dataset_dir / "events.json").write_text('[{"id": "x",\n  oops}]', encoding="utf-8")
        error = load_error(dataset_dir)
        assert "events.json: not valid JSON" in str(error)
        assert "line 2" in str(error)

    def test_not_utf8(self, dataset_dir: Path) -> None:
        (dataset_dir / "places.json").write_bytes(b'[{"id": "\xff"}]')
        assert "places.json: not UTF-8 text" in str(load_error(dataset_dir))

    def test_unknown_collection_file(self, dataset_dir: Path) -> None:
        (dataset_dir / "partnership.json").write_text("[]")
        assert "partnership.json: not a collection" in str(load_error(dataset_dir))

    def test_every_problem_is_listed_at_once_with_file_record_and_field(
        self, dataset_dir: Path
    ) -> None:
        def break_partnerships(records: list[dict[str, Any]]) -> None:
            memorandum = record(records, "mistral-ai-memorandum")
            memorandum["date"] = "2025-13-01"
            memorandum["parties"] = ["ministry-digital-transition", "nobody"]
            memorandum["participants"][0]["role"] = "witness"

        def break_places(records: list[dict[str, Any]]) -> None:
            record(records, "dakhla")["kind"] = 7
            del record(records, "rabat")["name"]

        edit_collection(dataset_dir, "partnerships", break_partnerships)
        edit_collection(dataset_dir, "places", break_places)
        error = load_error(dataset_dir)
        messages = [str(problem) for problem in error.problems]
        assert (
            "partnerships.json: mistral-ai-memorandum: date: month 13 is out of range 1..12"
            in messages
        )
        assert any(
            m.startswith(
                "partnerships.json: mistral-ai-memorandum: participants[0].role: 'witness'"
            )
            for m in messages
        )
        assert (
            "places.json: dakhla: kind: 7 is not a PlaceKind: expected one of 'country', 'region', 'city'"
            in messages
        )
        assert "places.json: rabat: name: required field missing" in messages
        assert len(error.problems) == 4, messages
        assert str(error).startswith(f"4 problems in dataset {dataset_dir}:")

    def test_dangling_and_misdirected_references(self, dataset_dir: Path) -> None:
        def edit(records: list[dict[str, Any]]) -> None:
            record(records, "dakhla-data-centre")["place"] = "dakla"
            record(records, "jazari-root")["organizations"] = ["rabat"]

        edit_collection(dataset_dir, "facilities", edit)
        messages = [str(p) for p in load_error(dataset_dir).problems]
        assert messages == [
            "facilities.json: dakhla-data-centre: place: unknown id 'dakla': no record in places has it",
            "facilities.json: jazari-root: organizations: 'rabat' is in places, but this field takes ids from organizations",
            "facilities.json: jazari-root: organizations: no citation supports this fact; add a citation with 'organizations' in its fields",
        ]

    def test_duplicate_ids_across_collections(self, dataset_dir: Path) -> None:
        edit_collection(
            dataset_dir, "programs", lambda rs: record(rs, "framework-law-51-17").update(id="rabat")
        )
        messages = [str(p) for p in load_error(dataset_dir).problems]
        assert (
            "places.json: rabat: id: the id is used twice (also in programs.json); ids must be unique"
            in messages
        )

    def test_quote_not_in_the_source(self, dataset_dir: Path) -> None:
        edit_collection(
            dataset_dir,
            "places",
            lambda rs: record(rs, "dakhla")["citations"][0].update(quote="مدينة الداخلة الجميلة"),
        )
        [problem] = load_error(dataset_dir).problems
        assert (problem.file, problem.record, problem.field) == (
            "places.json",
            "dakhla",
            "citations[0].quote",
        )
        assert "not in the text of 'article-ai-strategy'" in problem.message

    def test_an_uncited_fact(self, dataset_dir: Path) -> None:
        edit_collection(
            dataset_dir, "facilities", lambda rs: record(rs, "jazari-root").update(energy="solar")
        )
        [problem] = load_error(dataset_dir).problems
        assert (problem.record, problem.field) == ("jazari-root", "energy")

    def test_words_that_are_not_the_sources(self, dataset_dir: Path) -> None:
        def edit_facilities(records: list[dict[str, Any]]) -> None:
            record(records, "jazari-root")["purpose"][0] = "مركز وطني"

        def edit_organizations(records: list[dict[str, Any]]) -> None:
            record(records, "axa")["name"]["aliases"] = ["أكسا"]

        edit_collection(dataset_dir, "facilities", edit_facilities)
        edit_collection(dataset_dir, "organizations", edit_organizations)
        fields = {(p.record, p.field) for p in load_error(dataset_dir).problems}
        assert fields == {("jazari-root", "purpose[0]"), ("axa", "name.aliases[0]")}

    def test_a_missing_text(self, dataset_dir: Path) -> None:
        (dataset_dir / "texts" / "004_9d7f2b3570536440.txt").unlink()
        [problem] = load_error(dataset_dir).problems
        assert (problem.file, problem.record, problem.field) == (
            "sources.json",
            "article-axa",
            "file",
        )
        assert "texts/004_9d7f2b3570536440.txt is missing" in problem.message

    def test_wrong_types_are_not_coerced(self, dataset_dir: Path) -> None:
        def edit(records: list[dict[str, Any]]) -> None:
            target = record(records, "onepoint-centre-jobs")
            target["horizon"] = "2029"
            target["metric"] = 5
            target["quantity"]["value"] = True
            target["citations"] = "article-onepoint"
            target["extra"] = 1

        edit_collection(dataset_dir, "targets", edit)
        problems = {p.field: p.message for p in load_error(dataset_dir).problems}
        assert problems == {
            "horizon": "expected a whole number, got a string",
            "metric": "expected a string, got a number",
            "quantity.value": "expected a number, got a boolean",
            "citations": "expected a list, got a string",
            None: "unknown fields: extra",
        }

    def test_a_broken_source_is_reported_once(self, dataset_dir: Path) -> None:
        edit_collection(
            dataset_dir, "sources", lambda rs: record(rs, "article-axa").update(language=1)
        )
        messages = [str(p) for p in load_error(dataset_dir).problems]
        assert messages == ["sources.json: article-axa: language: expected a string, got a number"]

    def test_a_record_that_is_not_an_object(self, dataset_dir: Path) -> None:
        edit_collection(dataset_dir, "events", lambda rs: rs.append(["not", "a", "record"]))  # type: ignore[arg-type]
        [problem] = load_error(dataset_dir).problems
        assert (problem.file, problem.record) == ("events.json", "#3")


class TestDecisions:
    """Decisions are checked like any record, and the ids they retire like ids."""

    @staticmethod
    def decision(**changes: Any) -> dict[str, Any]:
        record = {
            "id": "rabat-is-one-place",
            "kind": "merge",
            "decided": "The Rabat of every article is one city.",
            "affects": ["rabat"],
            "former_ids": [],
            "revisit_if": None,
            "citations": [{"source": "article-jazari", "quote": "في الرباط", "fields": []}],
        }
        record.update(changes)
        return record

    def add(self, directory: Path, *decisions: dict[str, Any]) -> None:
        edit_collection(directory, "decisions", lambda records: records.extend(decisions))

    def test_a_former_id_finds_its_record_with_a_warning(self, dataset_dir: Path) -> None:
        self.add(dataset_dir, self.decision(former_ids=["ribat"]))
        dataset = maroc_ai.load(dataset_dir)
        assert "ribat" not in dataset
        with pytest.warns(DeprecationWarning, match="'ribat' is a former id of 'rabat'") as caught:
            assert dataset.get("ribat").id == "rabat"
        assert caught[0].filename == __file__, "the warning points at the caller"
        with pytest.warns(DeprecationWarning, match="use 'rabat'"):
            assert (
                dataset.facilities.where(place="ribat").ids()
                == dataset.facilities.where(place="rabat").ids()
            )
        assert dataset.decisions_about("rabat").ids() == ("rabat-is-one-place",)

    def test_former_ids_that_clash_are_reported(self, dataset_dir: Path) -> None:
        self.add(
            dataset_dir,
            self.decision(former_ids=["dakhla"]),
            self.decision(id="second", former_ids=["ribat"]),
            self.decision(id="third", former_ids=["ribat"]),
            self.decision(id="fourth", former_ids=["sla"], affects=["rabat", "dakhla"]),
        )
        messages = [str(p) for p in load_error(dataset_dir).problems]
        assert messages == [
            "decisions.json: rabat-is-one-place: former_ids: 'dakhla' is the id of a record in places.json; it can't be retired",
            "decisions.json: third: former_ids: 'ribat' is already retired by the decision 'second'",
            "decisions.json: fourth: former_ids: a decision that retires ids affects exactly one record, the one they now find; it affects 2",
        ]

    def test_a_reference_to_a_former_id_names_the_id_to_use(self, dataset_dir: Path) -> None:
        self.add(dataset_dir, self.decision(former_ids=["ribat"]))
        edit_collection(
            dataset_dir, "facilities", lambda rs: record(rs, "jazari-root").update(place="ribat")
        )
        messages = [str(p) for p in load_error(dataset_dir).problems]
        assert messages == [
            "facilities.json: jazari-root: place: 'ribat' is a former id of 'rabat'; refer to 'rabat'"
        ]

    def test_a_decision_affects_records_that_exist(self, dataset_dir: Path) -> None:
        self.add(dataset_dir, self.decision(affects=[]), self.decision(id="b", affects=["nowhere"]))
        messages = [str(p) for p in load_error(dataset_dir).problems]
        assert messages == [
            "decisions.json: rabat-is-one-place: affects must not be empty: a record needs at least one record it affects",
            "decisions.json: b: affects: unknown id 'nowhere': no record in sources or organizations or officials or partnerships or facilities or targets or programs or events or statistics or places has it",
        ]


class TestOldData:
    def test_a_target_with_a_kind_says_what_to_do(self, dataset_dir: Path) -> None:
        def edit(records: list[dict[str, Any]]) -> None:
            records[0]["kind"] = "figure"

        edit_collection(dataset_dir, "targets", edit)
        (problem,) = load_error(dataset_dir).problems
        assert problem.file == "targets.json"
        assert "unknown fields: kind" in problem.message
        assert "statistics.json" in problem.message

    def test_a_record_with_no_name_needs_a_label(self, dataset_dir: Path) -> None:
        edit_collection(
            dataset_dir,
            "facilities",
            lambda rs: record(rs, "dakhla-data-centre").update(name=None, label=None),
        )
        (problem,) = load_error(dataset_dir).problems
        assert (problem.file, problem.record) == ("facilities.json", "dakhla-data-centre")
        assert "no name needs a label" in problem.message
