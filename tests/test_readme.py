"""The README's Python examples run, in order, and print what the README shows."""

from __future__ import annotations

import contextlib
import io
import re

from .conftest import REPO

EXAMPLE = re.compile(r"```python\n(.*?)```\n\n```text\n(.*?)```", re.S)


def _agrees(line: str, shown: str) -> bool:
    """A shown line ending in "…" stands for the line's beginning; others are exact."""
    if "…" in shown:
        return line.startswith(shown.split("…")[0])
    return line == shown


def test_examples_run_as_shown() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    examples = EXAMPLE.findall(readme)
    assert len(examples) >= 2
    namespace: dict[str, object] = {}
    for code, shown in examples:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), namespace)
        printed = out.getvalue().splitlines()
        expected = shown.splitlines()
        assert len(printed) == len(expected), code
        for line, shown_line in zip(printed, expected, strict=True):
            assert _agrees(line, shown_line), (line, shown_line)
