"""The README's notebook example runs and prints what the README shows."""

from __future__ import annotations

import contextlib
import io
import re

from .conftest import REPO


def test_notebook_example_runs_as_shown() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    code, shown = re.search(r"```python\n(.*?)```\n\n```text\n(.*?)\n", readme, re.S).groups()  # type: ignore[union-attr]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue().splitlines()[0] == shown
