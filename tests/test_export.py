"""Each export, read back with the standard tool for its format."""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import maroc_ai
from maroc_ai import export
from maroc_ai._convert import unstructure
from maroc_ai.cli import main
from maroc_ai.testing import datasets

# The readers are in the test extra; the run at the lowest dependency versions has none.
frictionless = pytest.importorskip("frictionless")
geojson = pytest.importorskip("geojson")
jsonschema = pytest.importorskip("jsonschema")
networkx = pytest.importorskip("networkx")
rdflib = pytest.importorskip("rdflib")

SCHEMA = rdflib.Namespace("https://schema.org/")

# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_csv_has_a_table_per_collection_linked_by_ids(
    tmp_path: Path, dataset: maroc_ai.Dataset
) -> None:
    paths = export.to_csv(dataset, tmp_path)
    names = {path.stem for path in paths}
    assert names == {*dataset.collections(), "posts", "participations", "citations"}
    for name, records in dataset.collections().items():
        assert [row["id"] for row in _rows(tmp_path / f"{name}.csv")] == list(records.ids())
    partnerships = {row["id"]: row for row in _rows(tmp_path / "partnerships.csv")}
    mou = partnerships["mistral-ai-memorandum"]
    assert mou["date"] == "2025-09-12"
    assert mou["place"] == "rabat"
    assert json.loads(mou["parties"]) == ["ministry-digital-transition", "mistral-ai"]
    targets = {row["id"]: row for row in _rows(tmp_path / "targets.csv")}
    assert float(targets["onepoint-revenue-2028"]["quantity_value"]) > 0
    places = {row["id"]: row for row in _rows(tmp_path / "places.csv")}
    assert places["rabat"]["coordinates_geonames"] == "2538475"
    assert places["casablanca-settat"]["coordinates_geonames"] == "2553604"
    citations = _rows(tmp_path / "citations.csv")
    assert len(citations) == sum(
        len(r.citations)
        + sum(len(p.citations) for p in getattr(r, "posts", ()))
        + sum(len(p.citations) for p in getattr(r, "participants", ()))
        for r in dataset.records()
    )
    for row in citations:
        assert row["quote"] in dataset.text(row["source"])
        assert row["record"] in dataset
    assert {row["official"] for row in _rows(tmp_path / "posts.csv")} <= set(
        dataset.officials.ids()
    )
    participations = _rows(tmp_path / "participations.csv")
    assert {(row["collection"], row["role"]) for row in participations} >= {
        ("partnerships", "signatory")
    }


def test_csv_reads_back_with_pandas(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    pandas = pytest.importorskip("pandas")
    export.to_csv(dataset, tmp_path)
    frame = pandas.read_csv(tmp_path / "facilities.csv")
    dakhla = frame.set_index("id").loc["dakhla-data-centre"]
    assert dakhla["capacity_value"] == 500
    assert dakhla["capacity_unit"] == "MW"


def test_datapackage_validates_with_frictionless(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    path = export.to_datapackage(dataset, tmp_path)
    report = frictionless.validate(str(path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(path))
    assert len(package.resources) == len(maroc_ai.model.COLLECTIONS) + 3
    rows = package.get_table_resource("places").read_rows()
    rabat = next(row for row in rows if row["id"] == "rabat")
    assert rabat["coordinates_geonames"] == 2538475
    partnerships = package.get_table_resource("partnerships").read_rows()
    mou = next(row for row in partnerships if row["id"] == "mistral-ai-memorandum")
    assert mou["parties"] == ["ministry-digital-transition", "mistral-ai"]


def test_datapackage_foreign_keys_catch_a_broken_link(
    tmp_path: Path, dataset: maroc_ai.Dataset
) -> None:
    path = export.to_datapackage(dataset, tmp_path)
    citations = tmp_path / "citations.csv"
    text = citations.read_text(encoding="utf-8")
    citations.write_text(text.replace(",article-axa,", ",article-nowhere,", 1), encoding="utf-8")
    report = frictionless.validate(str(path))
    assert not report.valid
    assert ["foreign-key"] in report.flatten(["type"])


def test_every_bundled_record_validates_against_the_json_schema(
    dataset: maroc_ai.Dataset,
) -> None:
    schema = export.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    data = dataset.to_dict()
    validator.validate(data)
    for name, records in dataset.collections().items():
        kind = maroc_ai.model.COLLECTIONS[name].__name__
        record_schema = {"$ref": f"#/$defs/{kind}", "$defs": schema["$defs"]}
        for record in records:
            jsonschema.validate(unstructure(record), record_schema)


@pytest.mark.parametrize(
    ("collection", "change"),
    [
        ("partnerships", {"date": "2025-13"}),
        ("partnerships", {"date": "12/09/2025"}),
        ("partnerships", {"kind": "treaty"}),
        ("places", {"coordinates": {"latitude": "34", "longitude": -6}}),
        ("targets", {"horizon": "2030"}),
        ("organizations", {"unknown": 1}),
        ("officials", {"citations": []}),
        ("places", {"name": {"ar": None, "en": None, "fr": None, "aliases": []}}),
    ],
)
def test_the_json_schema_rejects_bad_records(
    dataset: maroc_ai.Dataset, collection: str, change: dict[str, Any]
) -> None:
    schema = export.json_schema()
    bad = {**dataset.to_dict()[collection][0], **change}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({collection: [bad]}, schema)


def test_geojson_places_and_facilities(dataset: maroc_ai.Dataset) -> None:
    text = export.render(dataset, "geojson")
    collection = geojson.loads(text)
    assert collection.is_valid
    features = {feature["id"]: feature for feature in collection["features"]}
    assert set(features) == set(dataset.places.ids()) | set(dataset.facilities.ids())
    rabat = dataset.get("rabat", maroc_ai.Place).coordinates
    assert rabat is not None
    assert features["rabat"]["geometry"]["coordinates"] == [rabat.longitude, rabat.latitude]
    dakhla = features["dakhla-data-centre"]
    assert dakhla["geometry"]["type"] == "Point"
    assert dakhla["properties"]["capacity"] == "up to 500 MW"
    casablanca = features["casablanca"]["geometry"]
    assert features["casablanca-settat"]["geometry"] == casablanca
    assert features["mistral-joint-laboratory"]["geometry"] is None
    for feature in collection["features"]:
        if feature["geometry"] is not None:
            longitude, latitude = feature["geometry"]["coordinates"]
            assert -18 < longitude < 0
            assert 20 < latitude < 37
        for citation in feature["properties"]["citations"]:
            assert citation["quote"] in dataset.text(citation["source"])


def test_a_place_without_coordinates_has_empty_cells_and_no_geometry(
    tmp_path: Path, dataset: maroc_ai.Dataset
) -> None:
    region = dataset.get("casablanca-settat", maroc_ai.Place)
    unplaced = attrs.evolve(region, coordinates=None)
    dataset = attrs.evolve(
        dataset, places=tuple(unplaced if place is region else place for place in dataset.places)
    )
    export.to_csv(dataset, tmp_path)
    places = {row["id"]: row for row in _rows(tmp_path / "places.csv")}
    assert places["casablanca-settat"]["coordinates_latitude"] == ""
    features = geojson.loads(export.render(dataset, "geojson"))["features"]
    assert {f["id"]: f["geometry"] for f in features}["casablanca-settat"] is None


def test_jsonld_reads_as_rdf_with_schema_org_types(dataset: maroc_ai.Dataset) -> None:
    graph = rdflib.Graph().parse(data=export.render(dataset, "jsonld"), format="json-ld")

    def typed(kind: object) -> set[str]:
        return {str(subject) for subject in graph.subjects(rdflib.RDF.type, kind)}

    assert typed(SCHEMA.Organization) == {
        f"urn:maroc-ai:{id}" for id in dataset.organizations.ids()
    }
    assert typed(SCHEMA.Person) == {f"urn:maroc-ai:{id}" for id in dataset.officials.ids()}
    assert typed(SCHEMA.Event) == {
        f"urn:maroc-ai:{id}" for id in (*dataset.events.ids(), *dataset.partnerships.ids())
    }
    assert typed(SCHEMA.Place) == {
        f"urn:maroc-ai:{id}" for id in (*dataset.places.ids(), *dataset.facilities.ids())
    }
    rabat = rdflib.URIRef("urn:maroc-ai:rabat")
    assert rdflib.Literal("الرباط", lang="ar") in set(graph.objects(rabat, SCHEMA.name))
    mou = rdflib.URIRef("urn:maroc-ai:mistral-ai-memorandum")
    quotes = []
    for citation in graph.objects(mou, SCHEMA.citation):
        assert (citation, rdflib.RDF.type, SCHEMA.Quotation) in graph
        source = graph.value(citation, SCHEMA.isPartOf)
        quote = str(graph.value(citation, SCHEMA.text))
        assert quote in dataset.text(str(source).removeprefix("urn:maroc-ai:"))
        quotes.append(quote)
    assert len(quotes) == len(dataset.get("mistral-ai-memorandum").citations)


def test_graphml_reads_back_with_networkx(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    path = export.export(dataset, "graphml", tmp_path / "network.graphml")
    graph = networkx.read_graphml(path)
    mou = "mistral-ai-memorandum"
    assert graph.nodes[mou]["kind"] == "partnerships"
    assert set(graph.neighbors(mou)) >= {"ministry-digital-transition", "mistral-ai"}
    assert graph.edges["mistral-ai", mou]["relation"] == "party"
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    assert kinds == {"organizations", "officials", "partnerships", "events"}
    for official in dataset.officials:
        if dataset.participations_of(official):
            assert official.id in graph
    assert networkx.is_bipartite(graph)


def test_export_writes_files_and_directories(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    for format in export.FORMATS:
        path = dataset.export(format, tmp_path / format / f"out.{format}")
        assert path.exists()
    assert (tmp_path / "datapackage" / "out.datapackage" / "datapackage.json").is_file()
    written = json.loads((tmp_path / "json" / "out.json").read_text(encoding="utf-8"))
    assert dataset.release is not None
    assert written == {"release": dataset.release.to_dict(), **dataset.to_dict()}


def test_export_says_what_is_wrong(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        dataset.export("xml", tmp_path / "x")
    with pytest.raises(ValueError, match="directory of files"):
        export.render(dataset, "csv")
    with pytest.raises(ValueError, match="empty"):
        dataset.export("geojson", "")


@pytest.mark.parametrize("format", ["jsonschema", "geojson", "jsonld", "graphml"])
def test_cli_prints_one_file_formats(
    format: str, capsys: pytest.CaptureFixture[str], dataset: maroc_ai.Dataset
) -> None:
    assert main(["export", "--format", format]) == 0
    assert capsys.readouterr().out == export.render(dataset, format)


def test_cli_writes_directory_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "datapackage", "--output", str(tmp_path / "pkg")]) == 0
    assert "wrote datapackage to" in capsys.readouterr().err
    assert frictionless.validate(str(tmp_path / "pkg" / "datapackage.json")).valid
    assert main(["export", "--format", "csv"]) == 1
    assert "give --output DIR" in capsys.readouterr().err
    assert main(["export", "--format", "geojson", "--output", str(tmp_path / "g.json")]) == 0
    assert geojson.loads((tmp_path / "g.json").read_text(encoding="utf-8")).is_valid


@given(datasets())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_json_schema_accepts_every_valid_dataset(dataset: maroc_ai.Dataset) -> None:
    jsonschema.validate(dataset.to_dict(), _SCHEMA)


_SCHEMA = export.json_schema()


@given(datasets())
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_export_of_any_valid_dataset_reads_back(dataset: maroc_ai.Dataset) -> None:
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        export.to_csv(dataset, root)
        for name, records in dataset.collections().items():
            assert [row["id"] for row in _rows(root / f"{name}.csv")] == list(records.ids())
        cited = _rows(root / "citations.csv")
        assert {row["quote"] for row in cited} == {
            citation.quote for record in dataset.records() for citation in record.citations
        } | {
            citation.quote
            for record in dataset.records()
            for part in (*getattr(record, "posts", ()), *getattr(record, "participants", ()))
            for citation in part.citations
        }
        graph = networkx.read_graphml(export.export(dataset, "graphml", root / "g.graphml"))
        hubs: list[maroc_ai.Partnership | maroc_ai.Event] = [*dataset.partnerships, *dataset.events]
        linked = {id for hub in hubs for id in (hub.id, *(p.official for p in hub.participants))}
        assert linked <= set(graph.nodes)
    assert geojson.loads(export.render(dataset, "geojson")).is_valid
    rdf = rdflib.Graph().parse(data=export.render(dataset, "jsonld"), format="json-ld")
    people = set(rdf.subjects(rdflib.RDF.type, SCHEMA.Person))
    assert people == {rdflib.URIRef(f"urn:maroc-ai:{id}") for id in dataset.officials.ids()}


def test_directory_exports_refuse_other_files_unless_overwrite(
    tmp_path: Path, dataset: maroc_ai.Dataset
) -> None:
    root = tmp_path / "package"
    export.to_datapackage(dataset, root)
    export.to_datapackage(dataset, root)  # the same files again: nothing else there
    (root / "notes.md").write_text("mine")
    (root / "old-table.csv").write_text("id\n")
    with pytest.raises(FileExistsError, match=r"\(datapackage\.json, notes\.md, old-table\.csv\)"):
        export.to_csv(dataset, root)
    assert (root / "datapackage.json").is_file()
    export.export(dataset, "csv", root, overwrite=True)
    assert not (root / "datapackage.json").exists()  # stale: it described other files
    assert not (root / "old-table.csv").exists()
    assert (root / "notes.md").read_text() == "mine"
    assert {path.name for path in root.iterdir()} == {
        "notes.md",
        *(f"{name}.csv" for name in dataset.collections()),
        "posts.csv",
        "participations.csv",
        "citations.csv",
        "release.json",  # the data's version, date and licence
    }


def test_a_file_export_replaces_the_file_whole(tmp_path: Path, dataset: maroc_ai.Dataset) -> None:
    path = tmp_path / "places.geojson"
    path.write_text("the previous export")
    dataset.export("geojson", path)
    assert geojson.loads(path.read_text(encoding="utf-8")).is_valid
    assert [p.name for p in tmp_path.iterdir()] == ["places.geojson"]  # nothing staged left
