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
* the search box finds a record by its Arabic name;
* the interactive network, in English and Arabic, on its own page and in its frame on
  the figures page: plotly draws it with no error in the console, a marker and a label
  for every node of the figure, no label over another or cut at an edge, the frame as
  tall as the figure; hovering a node shows its id, and an edge its part.

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
import shutil
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

INTERACTIVE = ("figures/network.html", "figures/network-ar.html")
"""The interactive network's pages, framed on the figures page."""

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


_NETWORK_CHECKS = r"""
(expected) => {
  const problems = [];
  const plot = document.querySelector(".plotly-graph-div");
  const svg = plot && plot.querySelector("svg.main-svg");
  if (!svg) return {problems: ["plotly drew nothing"], nodes: 0};
  const points = plot.querySelectorAll(".scatterlayer .trace path.point");
  const labels = [...plot.querySelectorAll(".scatterlayer .textpoint text")];
  if (points.length !== expected) problems.push(`${points.length} node markers, not ${expected}`);
  if (labels.length !== expected) problems.push(`${labels.length} node labels, not ${expected}`);
  const frame = svg.getBoundingClientRect();
  const boxes = labels.map((label) => [label.textContent.trim(), label.getBoundingClientRect()]);
  for (const [text, box] of boxes) {
    if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
      problems.push(`a label is cut at the figure's edge: «${text.slice(0, 40)}»`);
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, one] = boxes[i];
      const [b, other] = boxes[j];
      const apart = one.right <= other.left || other.right <= one.left || one.bottom <= other.top || other.bottom <= one.top;
      if (!apart) problems.push(`labels overlap: «${a.slice(0, 30)}» and «${b.slice(0, 30)}»`);
    }
  }
  const arabic = labels.filter((label) => /[\u0600-\u06ff]/.test(label.textContent)).length;
  return {problems, nodes: points.length, arabic};
}
"""


def _nodes() -> int:
    """How many nodes the interactive network of the bundled dataset has."""
    import maroc_ai

    figure = maroc_ai.load().plot.network_figure()
    return sum(len(trace.ids) for trace in figure.data if trace.mode == "markers+text")


def check_network(page: Any, base: str, shots: Path) -> list[str]:
    """The interactive network's pages, then their frames on the figures page."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    expected = _nodes()
    errors: list[str] = []

    def console(message: Any) -> None:
        # a page of its own has no icon: the browser's asking for one is not the site's error
        if message.type == "error" and not message.location["url"].endswith("/favicon.ico"):
            errors.append(message.text)

    page.on("console", console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    problems = []
    for name in INTERACTIVE:
        errors.clear()
        response = page.goto(base + name, wait_until="load")
        if response is None or not response.ok:
            problems.append(f"{name}: not served")
            continue
        try:
            page.wait_for_selector(".plotly-graph-div svg.main-svg .scatterlayer", timeout=15_000)
        except PlaywrightTimeout:
            problems.append(f"{name}: plotly drew nothing; console: {errors}")
            continue
        found = page.evaluate(_NETWORK_CHECKS, expected)
        problems += [f"{name}: {problem}" for problem in found["problems"]]
        if name.endswith("-ar.html") and found["arabic"] < expected // 2:
            problems.append(f"{name}: only {found['arabic']} labels in Arabic")
        problems += check_hover(page, name)
        page.screenshot(path=str(shots / name.replace("/", "-").replace(".html", ".png")))
        problems += [f"{name}: console: {error}" for error in errors]
        print(f"  {name}: {found['nodes']} nodes of {expected}, {found['arabic']} Arabic labels")
    errors.clear()
    page.goto(base + "figures/", wait_until="load")
    for name in INTERACTIVE:
        where = f'iframe[src="{name.split("/")[-1]}"]'
        try:
            figure = page.frame_locator(where).locator(".plotly-graph-div svg.main-svg")
            figure.first.wait_for(timeout=15_000)
        except PlaywrightTimeout:
            problems.append(f"figures/ (frames): the frame of {name} shows no figure")
            continue
        inner = page.frame_locator(where).locator("html").evaluate("(html) => html.scrollHeight")
        outer = page.locator(where).bounding_box()["height"]
        if inner > outer + 1:
            problems.append(f"figures/ (frames): {name} is cut ({inner}px in a {outer}px frame)")
    problems += [f"figures/ (frames): console: {error}" for error in errors]
    print(f"  figures/: the interactive network in {len(INTERACTIVE)} frames")
    return problems


def check_hover(page: Any, name: str) -> list[str]:
    """Hover the first node, then the middle of the first edge: each must say what it is."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    problems = []
    # where the first node and the middle of the first edge are, and what hovering them shows
    targets = page.evaluate(_HOVER_TARGETS)
    for what, (x, y), expected in targets:
        page.mouse.move(x, y)
        hover = page.locator(".hoverlayer .hovertext").first
        try:
            hover.wait_for(state="visible", timeout=3_000)
        except PlaywrightTimeout:
            problems.append(f"{name}: hovering {what} shows nothing")
            continue
        shown = hover.text_content() or ""
        if expected not in shown:
            problems.append(f"{name}: hovering {what} shows {shown!r}, not {expected!r}")
        page.mouse.move(0, 0)
        hover.wait_for(state="detached", timeout=3_000)
    return problems


_HOVER_TARGETS = r"""
() => {
  const plot = document.querySelector(".plotly-graph-div");
  const box = plot.getBoundingClientRect();
  const xaxis = plot._fullLayout.xaxis;
  const yaxis = plot._fullLayout.yaxis;
  const at = (x, y) => [box.left + xaxis._offset + xaxis.l2p(x), box.top + yaxis._offset + yaxis.l2p(y)];
  const node = plot.data.find((trace) => trace.mode === "markers+text");
  const edge = plot.data.find((trace) => trace.legend === "legend2");
  const middle = Math.floor(edge.x.length / 2);
  const [x, y] = at(node.x[0], node.y[0]);
  const strip = (text) => text.replace(/<[^>]+>|[‫‬]/g, "");
  return [
    // inside the marker, a little above the edges that leave its centre level
    [`the node ${node.ids[0]}`, [x, y - 3], node.ids[0]],
    [`an edge (${strip(edge.name)})`, at(edge.x[middle], edge.y[middle]), strip(edge.name)],
  ];
}
"""


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
            problems += check_network(page, base, shots)
        finally:
            browser.close()
            if args.screenshots:  # the site and the browser's profile are of no more use
                shutil.rmtree(work, ignore_errors=True)
    print(f"screenshots: {shots}")
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    failed = len({problem.split(":")[0] for problem in problems})
    checked = len(PAGES) + 1 + len(INTERACTIVE) + 1
    print(f"{checked - failed} passed, {failed} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
