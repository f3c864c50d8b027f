"""The dataset's own identity: its data version, date and licence, in every export."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib.metadata import version as installed_version
from importlib.resources import files
from pathlib import Path

import attrs
import pytest

import maroc_ai
from maroc_ai import export
from maroc_ai._release import RELEASE_FILE, RIGHTS, VERSION_PATTERN, Release
from maroc_ai.cli import main

from .conftest import REPO


def _bundled_release() -> dict[str, object]:
    data = files("maroc_ai").joinpath("data").joinpath(RELEASE_FILE).read_text(encoding="utf-8")
    release: dict[str, object] = json.loads(data)
    return release


def test_the_bundled_dataset_has_a_date_based_version(dataset: maroc_ai.Dataset) -> None:
    release = _bundled_release()
    assert dataset.version is not None
    assert dataset.created is not None
    assert dataset.version == release["version"]
    assert VERSION_PATTERN.fullmatch(dataset.version)
    assert dataset.created == dt.date.fromisoformat(str(release["created"]))
    assert dataset.release == Release(
        version=dataset.version, created=dataset.created.isoformat(), license="CC-BY-4.0"
    )
    year, month, day = map(int, dataset.version.split("."))
    assert dt.date(year, month, day) >= dataset.created


def test_a_release_needs_days_of_the_calendar() -> None:
    assert Release(version="2024.2.29", created="2024-02-29").created == "2024-02-29"
    for version, created in (("2100.2.29", "2024-01-01"), ("2024.1.1", "2100-02-29")):
        with pytest.raises(ValueError, match="not a day of the calendar"):
            Release(version=version, created=created)


def test_a_dataset_built_in_python_has_no_release() -> None:
    ds = maroc_ai.Dataset()
    assert (ds.release, ds.version, ds.created) == (None, None, None)
    with pytest.raises(TypeError, match="release"):
        maroc_ai.Dataset(release="2026.11.30")  # type: ignore[arg-type]


def test_write_and_load_keep_the_release(dataset: maroc_ai.Dataset, tmp_path: Path) -> None:
    root = dataset.write(tmp_path / "copy")
    assert json.loads((root / RELEASE_FILE).read_text(encoding="utf-8")) == _bundled_release()
    assert maroc_ai.load(root) == dataset
    assert maroc_ai.load(root).version == dataset.version
    bare = attrs.evolve(dataset, release=None).write(tmp_path / "bare")
    assert not (bare / RELEASE_FILE).exists()
    assert maroc_ai.load(bare).version is None


def test_as_of_keeps_the_release(dataset: maroc_ai.Dataset) -> None:
    assert dataset.as_of("2025-09").release == dataset.release


@pytest.mark.parametrize(
    ("content", "field", "message"),
    [
        ('{"version": "2026.02.30", "created": "2026-02-28"}', None, "version '2026.02.30' is not"),
        ('{"version": "2026.2.30", "created": "2026-02-28"}', None, "not a day of the calendar"),
        ('{"version": "v1", "created": "2026-02-28"}', None, "a date-based version"),
        ('{"version": "2026.2.3", "created": "3 Feb 2026"}', None, "created '3 Feb 2026' is not"),
        ('{"version": "2026.2.3", "created": "2026-02-29"}', None, "not a day of the calendar"),
        ('{"version": "2026.2.3"}', "created", "required field missing"),
        ('{"version": 2026, "created": "2026-02-03"}', "version", "expected a string"),
        ('{"version": "2026.2.3", "created": "2026-02-03", "license": " "}', None, "license must"),
        (
            '{"version": "2026.2.3", "created": "2026-02-03", "by": "me"}',
            None,
            "unknown fields: by",
        ),
        ("[]", None, "expected a JSON object"),
        ('{"version": ', None, "not valid JSON"),
        (
            '{"version": "2026.2.3", "version": "2026.2.4", "created": "2026-02-03"}',
            "version",
            "twice",
        ),
    ],
)
def test_a_bad_release_file_is_reported_with_the_other_problems(
    dataset_dir: Path, content: str, field: str | None, message: str
) -> None:
    (dataset_dir / RELEASE_FILE).write_text(content, encoding="utf-8")
    (dataset_dir / "notes.json").write_text("{}", encoding="utf-8")
    with pytest.raises(maroc_ai.DatasetError) as raised:
        maroc_ai.load(dataset_dir)
    problems = [p for p in raised.value.problems if p.file == RELEASE_FILE]
    assert [(p.field, message in p.message) for p in problems] == [(field, True)]
    assert [p.file for p in raised.value.problems if p.file != RELEASE_FILE] == ["notes.json"]


def test_the_summary_names_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary"]) == 0
    lines = capsys.readouterr().out.splitlines()
    ds = maroc_ai.load()
    assert lines[1] == f"data version {ds.version}, as of {ds.created}, records under CC-BY-4.0"
    assert main(["summary", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["release"] == _bundled_release()


def test_the_datapackage_says_version_licence_and_sources(
    dataset: maroc_ai.Dataset, tmp_path: Path
) -> None:
    frictionless = pytest.importorskip("frictionless")
    path = export.to_datapackage(dataset, tmp_path)
    assert frictionless.validate(str(path)).valid
    package = json.loads(path.read_text(encoding="utf-8"))
    assert package["version"] == dataset.version
    assert package["created"] == f"{dataset.created}T00:00:00Z"
    assert package["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 International",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }
    ]
    assert [source["title"] for source in package["sources"]] == [
        source.label for source in dataset.sources
    ]
    assert package["contributors"]
    assert RIGHTS in package["description"]
    citations = next(r for r in package["resources"] if r["name"] == "citations")
    assert RIGHTS in citations["description"]


def test_every_export_carries_the_version(dataset: maroc_ai.Dataset, tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    rdflib = pytest.importorskip("rdflib")
    written = json.loads(dataset.to_json())
    assert written["release"] == _bundled_release()
    jsonschema.validate(written, export.json_schema())
    export.to_csv(dataset, tmp_path / "csv")
    assert (
        json.loads((tmp_path / "csv" / RELEASE_FILE).read_text(encoding="utf-8"))
        == written["release"]
    )
    rdf = rdflib.Graph().parse(data=export.render(dataset, "jsonld"), format="json-ld")
    schema = rdflib.Namespace("https://schema.org/")
    node = rdflib.URIRef("urn:maroc-ai:dataset")
    assert (node, rdflib.RDF.type, schema.Dataset) in rdf
    assert [str(d) for d in rdf.objects(node, schema.dateModified)] == [str(dataset.created)]
    assert [str(v) for v in rdf.objects(node, schema.version)] == [dataset.version]
    assert [str(v) for v in rdf.objects(node, schema.license)] == [
        "https://creativecommons.org/licenses/by/4.0/"
    ]


def test_the_json_schema_refuses_a_bad_release(dataset: maroc_ai.Dataset) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    written = json.loads(dataset.to_json())
    written["release"]["version"] = "2026.11.30\n"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(written, export.json_schema())


def _cff_value(text: str, key: str, indent: str) -> list[str]:
    return re.findall(rf"^{indent}{key}: ['\"]?([^'\"\n]+)['\"]?$", text, re.M)


def test_citation_file_names_both_versions(dataset: maroc_ai.Dataset) -> None:
    """CITATION.cff cites the software at its version and the data at its release."""
    text = (REPO / "CITATION.cff").read_text(encoding="utf-8")
    assert _cff_value(text, "cff-version", "") == ["1.2.0"]
    assert _cff_value(text, "type", "") == ["software"]
    assert _cff_value(text, "version", "") == [installed_version("maroc-ai")]
    assert _cff_value(text, "license", "") == ["MIT"]
    assert _cff_value(text, "type", "  - ") == ["data"]
    assert _cff_value(text, "version", "    ") == [dataset.version]
    assert _cff_value(text, "date-released", "    ") == [str(dataset.created)]
    assert _cff_value(text, "license", "    ") == ["CC-BY-4.0"]


def test_the_changelog_has_a_data_section_for_the_release(dataset: maroc_ai.Dataset) -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"### Data {dataset.version}" in changelog
