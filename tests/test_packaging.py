"""What a user installs: the licences and the PyPI page in the installed metadata.

These read the metadata of the installed distribution, so in CI, where the suite also
runs against the wheel, they check what the wheel carries.
"""

from __future__ import annotations

import email
import re
import shlex
from importlib.metadata import distribution, files, metadata

from maroc_ai._release import RIGHTS

from .conftest import REPO

LICENCE_FILES = ["LICENSE", "LICENSE-DATA", "NOTICE", "src/maroc_ai/_figures/fonts/OFL.txt"]

RELATIVE_LINK = re.compile(r"\]\((?![a-z]+://)[^)]*\)|(?:href|src)=\"(?![a-z]+://)")


def _description() -> str:
    """The long description: the body of METADATA, read as written (some libraries put
    the ``importlib_metadata`` backport in place of :mod:`importlib.metadata`, whose
    message keeps the body elsewhere)."""
    text = distribution("maroc-ai").read_text("METADATA")
    assert text is not None
    payload = email.message_from_string(text).get_payload()
    assert isinstance(payload, str)
    return payload


def test_the_licences_are_declared_as_pep_639_says() -> None:
    meta = metadata("maroc-ai")
    assert meta["Metadata-Version"] >= "2.4"
    assert meta["License-Expression"] == "MIT AND CC-BY-4.0 AND OFL-1.1"
    assert meta.get_all("License-File") == LICENCE_FILES
    shipped = {str(path).split(".dist-info/licenses/", 1)[-1] for path in files("maroc-ai") or ()}
    assert set(LICENCE_FILES) <= shipped


def test_the_licence_files_say_what_is_whose() -> None:
    assert (REPO / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    data = (REPO / "LICENSE-DATA").read_text(encoding="utf-8")
    assert "https://creativecommons.org/licenses/by/4.0/legalcode" in data
    notice = " ".join((REPO / "NOTICE").read_text(encoding="utf-8").split())
    assert "remain the property of their publishers" in notice
    assert "included only so that every fact in the dataset can be checked" in notice
    assert "not covered by the licences of maroc_ai" in notice
    assert "not covered by the licences of maroc_ai" in RIGHTS


def test_the_pypi_page_reads_well_on_pypi() -> None:
    """No relative link (it would break on PyPI), and the command a user can run."""
    page = _description()
    assert page.startswith("# maroc_ai\n")
    assert not RELATIVE_LINK.search(page), RELATIVE_LINK.search(page)
    assert "pip install maroc-ai && maroc-ai summary" in page
    assert "pip install ." not in page
    assert "<!--" not in page
    assert "remain the property of their publishers" in page


def _commands(text: str) -> list[str]:
    return re.findall(r"^```console\n(.*?)\n```", text, re.M | re.S)


def test_ci_runs_the_readme_commands_first() -> None:
    """The README's two commands for a checkout are the first two things CI runs."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    checkout = readme.split("<!-- checkout -->", 1)[1].split("<!-- /checkout -->", 1)[0]
    commands = _commands(checkout)
    assert commands == ["pip install . && maroc-ai summary", 'pip install ".[test]" && pytest']
    run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    steps = [
        line.strip()
        for line in run.splitlines()
        if line.strip().startswith("pip install") or line.strip() == "pytest"
    ]
    assert [shlex.split(step) for step in steps[:2]] == [shlex.split(c) for c in commands]
