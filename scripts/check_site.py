"""Check the built documentation site in a real browser, as a reader sees it.

Serves the site on 127.0.0.1, drives the system's Chromium with Playwright (no browser
is downloaded) and asserts what a reader needs on the main pages:

* Arabic text in quotes and tables is set right to left (its computed ``direction``
  is ``rtl``), and no Arabic text is clipped: every line of it lies inside the page
  and inside any box that scrolls (an output block, a notebook view), so a quote
  shows its beginning;
* no page scrolls sideways, and no one-word name in a table (an id, a collection)
  breaks in two;
* no Sphinx role (``:class:``, ``:func:`` …) is printed as text;
* every image loads (the figures, in English and Arabic);
* the search box finds a record by its Arabic name.

It saves a full-page screenshot of each page to a folder (a new temporary one unless
``--screenshots`` names one) and prints where. Exits 1 listing every failure::

    pip install ".[docs,browser]"
    python scripts/check_site.py --build            # builds the site first
    python scripts/check_site.py SITE_DIR --screenshots shots/
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

PAGES = (
    "",
    "getting-started/",
    "tutorial/",
    "figures/",
    "exports/",
    "catalogue/",
    "catalogue/partnerships/",
    "catalogue/officials/",
    "catalogue/decisions/",
    "catalogue/sources/",
    "decisions/",
    "model/",
    "reference/dataset/",
    "reference/query/",
    "reference/export/",
    "cli/",
)
"""The main pages, relative to the site's root."""

WIDTH, HEIGHT = 1280, 900

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
"""Flags for a headless Chromium with no network of its own to reach."""

SEARCH = ("أمل الفلاح السغروشني", "catalogue/officials/#amal-el-fallah-seghrouchni")
"""An Arabic name to search for, and the link a hit must lead to."""

_PAGE_CHECKS = r"""
() => {
  const problems = [];
  const arabic = /[\u0600-\u06ff]/g;
  const latin = /[A-Za-z\u00c0-\u024f]/g;
  const mostlyArabic = (text) => {
    const a = (text.match(arabic) || []).length;
    const l = (text.match(latin) || []).length;
    return a >= 3 && a >= l;
  };
  const page = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > page + 1) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px wide in ${page}px`);
  }
  const main = document.querySelector("main") || document.body;
  const roles = main.innerText.match(/:(class|func|meth|data|mod|attr|exc|obj):\s*\S+/g);
  if (roles) problems.push(`Sphinx roles printed as text: ${roles.slice(0, 5).join(", ")}`);
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let checked = 0;
  const scrolls = (el) => {
    const style = getComputedStyle(el);
    return ["auto", "scroll", "hidden"].includes(style.overflowX) && el !== document.body;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    if (!mostlyArabic(text)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest("details:not([open]), script, style, .md-search")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) continue;
    checked += 1;
    const shown = text.slice(0, 40);
    if (parent.closest("blockquote, q, .maroc-quote, table")) {
      if (getComputedStyle(parent).direction !== "rtl") {
        problems.push(`Arabic in a quote or a table is not set right to left: «${shown}»`);
      }
    }
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    if (left < -1 || right > page + 1) {
      problems.push(`Arabic text runs off the page (${Math.round(left)}..${Math.round(right)}px): «${shown}»`);
      continue;
    }
    for (let box = parent; box && box !== document.body; box = box.parentElement) {
      if (!scrolls(box)) continue;
      const edge = box.getBoundingClientRect();
      if (left < edge.left - 1 || right > edge.right + 1) {
        problems.push(`Arabic text is cut off by its ${box.tagName.toLowerCase()} box: «${shown}»`);
        break;
      }
    }
  }
  for (const code of main.querySelectorAll("td > code")) {
    if (!/\s/.test(code.textContent) && code.getClientRects().length > 1) problems.push(`a name in a table breaks in two: ${code.textContent}`);
  }
  const images = [...document.images].filter((img) => img.closest("main"));
  for (const img of images) {
    if (!img.complete || img.naturalWidth === 0) problems.push(`an image does not load: ${img.getAttribute("src")}`);
  }
  return {problems, checked, images: images.length};
}
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """The site served on 127.0.0.1, on a free port, for the time of the block."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def build(into: Path) -> Path:
    """Build the site strictly, as CI does, into ``into``."""
    environment = {**os.environ, "DISABLE_MKDOCS_2_WARNING": "true", "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(into)],
        cwd=ROOT,
        check=True,
        env=environment,
    )
    return into


def check_page(page: Any, url: str, name: str, shots: Path) -> list[str]:
    """Load one page, save its screenshot, and list what is wrong with it."""
    response = page.goto(url, wait_until="load")
    if response is None or not response.ok:
        return [f"{name}: not served ({response.status if response else 'no response'})"]
    page.wait_for_load_state("networkidle")
    page.screenshot(
        path=str(shots / f"{name.strip('/').replace('/', '-') or 'home'}.png"), full_page=True
    )
    found = page.evaluate(_PAGE_CHECKS)
    problems = [f"{name or 'home'}: {problem}" for problem in found["problems"]]
    print(f"  {name or 'home'}: {found['checked']} Arabic texts, {found['images']} images")
    return problems


def check_search(page: Any, base: str, shots: Path) -> list[str]:
    """Type an Arabic name in the search box; a hit must lead to the record."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    name, target = SEARCH
    page.goto(base, wait_until="load")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    hit = page.locator(f'.md-search-result__item a[href$="{target}"]')
    # The index loads in a worker after the page: a query typed before it is ready
    # finds nothing, so the name is typed again until a hit shows or time is up.
    for _ in range(10):
        box.fill("")
        box.type(name)
        try:
            hit.first.wait_for(state="attached", timeout=3_000)
            break
        except PlaywrightTimeout:
            continue
    else:
        page.screenshot(path=str(shots / "search.png"))
        shown = page.locator(".md-search-result").inner_text()
        return [f"search: «{name}» finds no link to {target} (results: {shown[:200]!r})"]
    page.screenshot(path=str(shots / "search.png"))
    print(f"  search: «{name}» finds {target}")
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, help="the built site (see --build)")
    parser.add_argument(
        "--build", action="store_true", help="build the site first, into a temporary folder"
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        help="where to save screenshots (default: a new temporary folder)",
    )
    parser.add_argument(
        "--chromium", default="/usr/bin/chromium", help="the browser (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    if args.build == (args.site is not None):
        parser.error("give the built site's folder, or --build")
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="maroc-ai-site-"))
    site = build(work / "site") if args.build else args.site
    shots = args.screenshots or work / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with serving(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(work / "profile"),
            executable_path=args.chromium,
            args=list(CHROMIUM_ARGS),
            headless=True,
            viewport={"width": WIDTH, "height": HEIGHT},
        )
        try:
            page = browser.new_page()
            print(f"checking {len(PAGES)} pages of {site} at {WIDTH}px in {args.chromium}")
            for name in PAGES:
                problems += check_page(page, base + name, name, shots)
            problems += check_search(page, base, shots)
        finally:
            browser.close()
    print(f"screenshots: {shots}")
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    failed = len({problem.split(":")[0] for problem in problems})
    print(f"{len(PAGES) + 1 - failed} passed, {failed} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
