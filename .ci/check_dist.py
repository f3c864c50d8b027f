"""Check the built sdist and wheel for what PyPI and their users need, beyond `twine check`.

Usage: ``python .ci/check_dist.py DIST_DIR``. Fails (exit 1, one line per problem) unless:

* the wheel's METADATA has ``License-Expression`` and a ``License-File`` for each
  licence file, and those files are in the wheel's ``.dist-info/licenses/``;
* the long description (the PyPI page) has no relative link and tells users to
  ``pip install maroc-ai``;
* the wheel carries the bundled dataset: every collection, ``release.json`` and the
  texts, and the package's data files (``py.typed``, fonts, map, word lists);
* the sdist carries the tests, the seeds, the docs and the licence files, so the suite
  can run from it against the installed wheel.
"""

from __future__ import annotations

import email
import re
import sys
import tarfile
import zipfile
from pathlib import Path

LICENCE_FILES = ("LICENSE", "LICENSE-DATA", "NOTICE", "src/maroc_ai/_figures/fonts/OFL.txt")
RELATIVE_LINK = re.compile(r"\]\((?![a-z]+://)[^)]*\)|(?:href|src)=\"(?![a-z]+://)")
IN_WHEEL = (
    "maroc_ai/py.typed",
    "maroc_ai/data/release.json",
    "maroc_ai/data/sources.json",
    "maroc_ai/_figures/words.json",
    "maroc_ai/_figures/maps/land.json",
    "maroc_ai/_figures/fonts/NotoSansArabic-Regular.ttf",
)
IN_SDIST = (
    "tests/conftest.py",
    "seeds/",
    "docs/index.md",
    "benchmarks/synthetic.py",
    ".ci/run",
    "README.md",
    "CHANGELOG.md",
    "CITATION.cff",
    "pyproject.toml",
    *LICENCE_FILES,
)


def check_wheel(path: Path) -> list[str]:
    """What is wrong with the wheel at ``path``."""
    problems = []
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        info = next(name for name in names if name.endswith(".dist-info/METADATA"))
        metadata = email.message_from_bytes(wheel.read(info))
    dist_info = info.rsplit("/", 1)[0]
    if not metadata["License-Expression"]:
        problems.append("no License-Expression in METADATA")
    declared = metadata.get_all("License-File") or []
    for file in LICENCE_FILES:
        if file not in declared:
            problems.append(f"METADATA has no License-File: {file}")
        if f"{dist_info}/licenses/{file}" not in names:
            problems.append(f"the wheel lacks {dist_info}/licenses/{file}")
    page = metadata.get_payload()
    if not isinstance(page, str) or not page.strip():
        problems.append("no long description")
    else:
        for link in RELATIVE_LINK.finditer(page):
            problems.append(f"a relative link on the PyPI page: {link.group(0)}")
        if "pip install maroc-ai" not in page:
            problems.append("the PyPI page does not say `pip install maroc-ai`")
    for name in IN_WHEEL:
        if name not in names:
            problems.append(f"the wheel lacks {name}")
    texts = [name for name in names if name.startswith("maroc_ai/data/texts/")]
    if len(texts) < 5:
        problems.append(f"the wheel holds {len(texts)} article texts, not 5")
    return problems


def check_sdist(path: Path) -> list[str]:
    """What is wrong with the sdist at ``path``."""
    with tarfile.open(path) as sdist:
        names = [name.split("/", 1)[1] for name in sdist.getnames() if "/" in name]
    return [
        f"the sdist lacks {wanted}"
        for wanted in IN_SDIST
        if not any(name == wanted or name.startswith(wanted) for name in names)
    ]


def main(directory: str) -> int:
    """Check the one wheel and the one sdist in ``directory``; print what is wrong."""
    root = Path(directory)
    wheels = sorted(root.glob("*.whl"))
    sdists = sorted(root.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"expected one wheel and one sdist in {root}, found {wheels + sdists}")
        return 1
    problems = check_wheel(wheels[0]) + check_sdist(sdists[0])
    for problem in problems:
        print(problem)
    if not problems:
        print(
            f"{wheels[0].name} and {sdists[0].name}: licences, PyPI page and contents as expected"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
