"""Where a source came from: its publisher, address, retrieval date and text fingerprint."""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import maroc_ai
from maroc_ai import _fast, model, testing
from maroc_ai._fields import fields_of
from maroc_ai._validators import Optional, Pattern
from maroc_ai.cli import main
from maroc_ai.export import json_schema
from maroc_ai.model import SHA256_PATTERN, URL_PATTERN, Source

from .conftest import REPO, edit_collection, record
from .test_extract import ARTICLE

PROVENANCE = ("publisher", "url", "retrieved", "sha256")


def test_bundled_sources_record_the_sha256_of_their_seed(dataset: maroc_ai.Dataset) -> None:
    for source in dataset.sources:
        seed = (REPO / "seeds" / source.file).read_bytes()
        assert source.sha256 == hashlib.sha256(seed).hexdigest(), source.id


def test_what_the_seeds_do_not_state_is_left_empty(dataset: maroc_ai.Dataset) -> None:
    """No outlet, address or retrieval date is written in the seeds: none is guessed."""
    for source in dataset.sources:
        assert (source.publisher, source.url, source.retrieved) == (None, None, None)


def test_fingerprint_is_of_the_utf8_bytes() -> None:
    assert Source.fingerprint("") == hashlib.sha256(b"").hexdigest()
    assert Source.fingerprint("المغرب") == hashlib.sha256("المغرب".encode()).hexdigest()
    assert SHA256_PATTERN.fullmatch(Source.fingerprint("x"))


@given(st.text(max_size=50))
def test_fingerprints_past_the_first_megabyte_are_the_same(text: str) -> None:
    """Past a megabyte hashed, OpenSSL's SHA-256 takes over from CPython's built-in one."""
    before = model._HASHED[0]
    try:
        model._HASHED[0] = 0
        first = Source.fingerprint(text)
        model._HASHED[0] = model._BUILT_IN_ENOUGH
        assert Source.fingerprint(text) == first == hashlib.sha256(text.encode()).hexdigest()
    finally:
        model._HASHED[0] = before


def test_a_changed_text_is_reported(dataset_dir: Path) -> None:
    source = maroc_ai.load().get("article-axa", Source)
    text = dataset_dir / "texts" / source.file
    text.write_bytes(text.read_bytes() + b"\n")
    with pytest.raises(maroc_ai.DatasetError) as raised:
        maroc_ai.load(dataset_dir)
    (problem,) = raised.value.problems
    assert (problem.file, problem.record, problem.field) == (
        "sources.json",
        "article-axa",
        "sha256",
    )
    assert Source.fingerprint(text.read_text(encoding="utf-8")) in problem.message


def test_provenance_loads_and_writes_back(dataset_dir: Path, tmp_path: Path) -> None:
    def edit(records: list[dict[str, Any]]) -> None:
        axa = record(records, "article-axa")
        axa["publisher"] = "An Example Daily"
        axa["url"] = "https://news.example.org/2025/09/axa-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8"
        axa["retrieved"] = "2025-09-20"

    edit_collection(dataset_dir, "sources", edit)
    ds = maroc_ai.load(dataset_dir)
    axa = ds.get("article-axa", Source)
    assert axa.publisher == "An Example Daily"
    assert axa.url is not None
    assert axa.url.startswith("https://news.example.org/")
    assert axa.retrieved == maroc_ai.PartialDate.parse("2025-09-20")
    assert maroc_ai.load(ds.write(tmp_path / "again")) == ds


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (None, "news.example.org/article", "url 'news.example.org/article' is not a web address"),
        (None, "https://news.example.org/a b", "is not a web address"),
        (None, "ftp://news.example.org/a", "is not a web address"),
        (None, "ABC", "sha256 'ABC' is not a SHA-256 digest"),
        (None, "A" * 64, "is not a SHA-256 digest"),
        ("sha256", 5, "expected a string"),
        (None, " ", "publisher must not be empty"),
    ],
)
def test_bad_provenance_is_reported_with_its_record(
    dataset_dir: Path, field: str | None, value: object, message: str
) -> None:
    """A value the validator refuses is named in the message, as every validator's is."""
    name = field or message.split()[0]
    name = name if name in PROVENANCE else ("url" if "web address" in message else "sha256")
    edit_collection(
        dataset_dir, "sources", lambda records: record(records, "article-axa").update({name: value})
    )
    with pytest.raises(maroc_ai.DatasetError) as raised:
        maroc_ai.load(dataset_dir)
    (problem,) = raised.value.problems
    assert (problem.file, problem.record, problem.field) == ("sources.json", "article-axa", field)
    assert message in problem.message


def test_the_model_refuses_bad_provenance() -> None:
    source = maroc_ai.load().get("article-axa", Source)
    with pytest.raises(ValueError, match=r"url 'www\.example\.org' is not a web address"):
        attrs.evolve(source, url="www.example.org")
    with pytest.raises(TypeError, match="sha256 must be a string"):
        attrs.evolve(source, sha256=b"00")  # type: ignore[arg-type]


def _patterns() -> dict[str, Pattern]:
    found = {}
    for info in fields_of(Source):
        if isinstance(info.validator, Optional) and isinstance(info.validator.inner, Pattern):
            found[info.name] = info.validator.inner
    return found


def test_the_patterns_are_declared_once_on_the_model() -> None:
    assert _patterns() == {
        "url": Pattern(URL_PATTERN, "a web address (http or https)"),
        "sha256": Pattern(SHA256_PATTERN, "a SHA-256 digest (64 lowercase hex digits)"),
    }


CANDIDATES = st.one_of(
    st.from_regex(URL_PATTERN, fullmatch=True),
    st.from_regex(SHA256_PATTERN, fullmatch=True),
    st.text(max_size=80),
    st.text(alphabet="0123456789abcdefABCDEF", min_size=63, max_size=65),
    st.sampled_from(["https://", "http://a", "https://a.b/ c", "https://a.b/\n", "https://ا.b"]),
)


@given(CANDIDATES)
@settings(deadline=None)
def test_the_schema_and_the_fast_loader_agree_with_the_model(value: str) -> None:
    """For any string, the derived schema, the fast loader and the validator say the same."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    base = {"id": "a", "file": "a.txt", "citations": [{"source": "a", "quote": "x"}]}
    for field, pattern in _patterns().items():
        data = {**base, field: value}
        accepted = pattern.regex.fullmatch(value) is not None
        valid = jsonschema.Draft202012Validator(
            {"$ref": "#/$defs/Source", "$defs": schema["$defs"]}
        ).is_valid(data)
        assert valid == accepted, (field, value)
        try:
            _fast.structure(data, Source)
            fast = True
        except Exception:
            fast = False
        assert fast == accepted, (field, value)


@given(testing.sources())
@settings(deadline=None)
def test_drawn_sources_have_valid_provenance(source: Source) -> None:
    if source.url is not None:
        assert URL_PATTERN.fullmatch(source.url)
    if source.sha256 is not None:
        assert SHA256_PATTERN.fullmatch(source.sha256)


@given(testing.datasets(max_records=4))
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_drawn_datasets_fingerprint_their_texts(ds: maroc_ai.Dataset) -> None:
    for source in ds.sources:
        if source.sha256 is not None:
            assert source.sha256 == Source.fingerprint(ds.text(source))


class _Unknown:
    def __call__(self, instance: object, attribute: object, value: object) -> None:
        pass


@attrs.frozen(kw_only=True)
class _WithUnknownValidator:
    name: str = attrs.field(validator=_Unknown())  # type: ignore[assignment]


def test_every_deriver_refuses_a_validator_it_does_not_know() -> None:
    with pytest.raises(TypeError, match=r"teach maroc_ai\._fast"):
        _fast.BUILDERS[_WithUnknownValidator]
    with pytest.raises(TypeError, match=r"teach maroc_ai\.testing"):
        testing._item_strategy(fields_of(_WithUnknownValidator)[0], testing._FREE)
    from maroc_ai.export._jsonschema import _define

    with pytest.raises(TypeError, match=r"teach export\._jsonschema"):
        _define(_WithUnknownValidator, {})


def test_the_msgspec_mirror_checks_the_patterns() -> None:
    msgspec = pytest.importorskip("msgspec")
    mirror = importlib.import_module("benchmarks.msgspec_model")  # not type-checked

    source = mirror.structs()["sources"]
    good = {"id": "a", "file": "a.txt", "citations": [{"source": "a", "quote": "x"}]}
    msgspec.convert({**good, "sha256": Source.fingerprint("x")}, source)
    for field, value in (("sha256", "xyz"), ("url", "mailto:a@b.c")):
        with pytest.raises(msgspec.ValidationError):
            msgspec.convert({**good, field: value}, source)


def test_extract_and_add_fill_in_the_provenance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--url and --publisher reach the source record, with the fingerprint of the text."""
    article = tmp_path / "atlas.txt"
    article.write_bytes(ARTICLE.encode("utf-8"))
    address = "https://news.example.org/2025/03/atlas"
    command = ["extract", str(article), "--source-id", "atlas-article", "--url", address]
    assert main([*command, "--publisher", "An Example Daily"]) == 0
    path = tmp_path / "draft.json"
    path.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["add", str(path), "--to", str(tmp_path / "mine")]) == 0
    source = maroc_ai.load(tmp_path / "mine").get("atlas-article", Source)
    assert (source.url, source.publisher) == (address, "An Example Daily")
    assert source.sha256 == Source.fingerprint(ARTICLE)
    assert source.retrieved is None


def test_add_carries_the_provenance_of_the_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "atlas.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(article), "--source-id", "atlas-article"]) == 0
    draft = json.loads(capsys.readouterr().out)
    draft["source"].update(
        publisher="An Example Daily",
        url="https://news.example.org/atlas",
        retrieved="2025-03-06",
        sha256=Source.fingerprint(ARTICLE),
    )
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
    assert main(["add", str(path), "--to", str(tmp_path / "mine")]) == 0
    source = maroc_ai.load(tmp_path / "mine").get("atlas-article", Source)
    assert (source.publisher, source.url, str(source.retrieved), source.sha256) == (
        "An Example Daily",
        "https://news.example.org/atlas",
        "2025-03-06",
        Source.fingerprint(ARTICLE),
    )

    draft["source"]["id"] = "atlas-again"
    draft["source"]["file"] = "atlas-again.txt"
    draft["source"]["sha256"] = Source.fingerprint("another text")
    path.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["add", str(path), "--to", str(tmp_path / "other")]) == 1
    assert "sha256" in capsys.readouterr().err


def test_patterns_use_no_class_the_engines_read_differently() -> None:
    for pattern in _patterns().values():
        assert not re.search(r"\\[sSwWdDbB]|\$", pattern.regex.pattern), pattern
