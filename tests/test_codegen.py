"""Generated functions: compiled once, kept like bytecode, never reused for other source."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from maroc_ai import _codegen


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(_codegen, "_CACHE", str(tmp_path))
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path


def function(body: str) -> _codegen.Writer:
    writer = _codegen.Writer(int, "test", {"three": 3})
    writer.line(0, "def f(x):")
    writer.line(1, body)
    return writer


def test_compiled_code_is_kept_and_used_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert function("return x + three").compile("f")(1) == 4
    kept = list(cache.iterdir())
    assert len(kept) == 1
    assert kept[0].name.endswith(f".{sys.implementation.cache_tag}.generated")

    def refuse(*args: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(_codegen, "compile", refuse, raising=False)
    assert function("return x + three").compile("f")(2) == 5


def test_a_function_whose_source_changed_is_compiled_again(cache: Path) -> None:
    assert function("return x + three").compile("f")(1) == 4
    assert function("return x * three").compile("f")(2) == 6
    assert function("return x + three").compile("f")(1) == 4


@pytest.mark.parametrize("content", [b"", b"garbage", b"\x00" * 100])
def test_a_damaged_cache_is_ignored(cache: Path, content: bytes) -> None:
    function("return x + three").compile("f")
    (path,) = cache.iterdir()
    path.write_bytes(content)
    assert function("return x + three").compile("f")(1) == 4


def test_nothing_is_written_where_python_would_write_no_bytecode(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert function("return x + three").compile("f")(1) == 4
    assert list(cache.iterdir()) == []


def test_a_cache_that_cannot_be_written_is_no_error(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_codegen, "_CACHE", str(cache / "file" / "under-a-file"))
    (cache / "file").write_text("not a directory")
    assert function("return x + three").compile("f")(1) == 4


def test_tracebacks_show_the_generated_source(cache: Path) -> None:
    import linecache
    import traceback

    f = function("return x + three").compile("f")
    try:
        f("a")
    except TypeError as error:
        frame = traceback.extract_tb(error.__traceback__)[-1]
    else:  # pragma: no cover
        pytest.fail("no error")
    assert frame.filename == "<maroc_ai generated test builtins.int>"
    assert frame.line == "return x + three"
    assert "return x + three" in "".join(linecache.getlines(frame.filename))
