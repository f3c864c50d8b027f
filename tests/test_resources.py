"""The installed package carries its data and the seed texts (importlib.resources finds them)."""

from __future__ import annotations

from importlib.resources import files

from maroc_ai.model import COLLECTIONS

from .conftest import REPO


def test_collections_are_package_data() -> None:
    data = files("maroc_ai").joinpath("data")
    for name in COLLECTIONS:
        assert data.joinpath(f"{name}.json").is_file(), name


def test_seed_texts_are_package_data() -> None:
    texts = files("maroc_ai").joinpath("data").joinpath("texts")
    shipped = sorted(entry.name for entry in texts.iterdir())
    assert shipped == sorted(p.name for p in (REPO / "seeds").iterdir())
    for name in shipped:
        assert texts.joinpath(name).read_bytes() == (REPO / "seeds" / name).read_bytes()


def test_typed_marker_is_package_data() -> None:
    assert files("maroc_ai").joinpath("py.typed").is_file()
