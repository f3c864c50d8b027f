"""A progress bar for a corpus run, drawn on a terminal and nowhere else."""

from __future__ import annotations

import time
from typing import TextIO

from ._corpus import CorpusSummary

__all__ = ["ProgressBar"]


class ProgressBar:
    """One line, redrawn at most ten times a second: ``[#####.....] 120/480  36.1/s  2 failed``.

    Args:
        stream: Where to draw (a terminal: standard error).
        total: How many articles there are, if known; without it the count alone shows.
        width: How many characters the bar takes.

    """

    def __init__(self, stream: TextIO, total: int | None = None, width: int = 30) -> None:
        self.stream = stream
        self.total = total
        self.width = width
        self.started = time.perf_counter()
        self.drawn = 0.0
        self.last = ""

    def __call__(self, summary: CorpusSummary) -> None:
        now = time.perf_counter()
        if now - self.drawn < 0.1 and summary.done != self.total:
            return
        self.drawn = now
        self.draw(summary, now)

    def draw(self, summary: CorpusSummary, now: float) -> None:
        rate = summary.extracted / (now - self.started) if now > self.started else 0.0
        count = f"{summary.done}" + (f"/{self.total}" if self.total else "")
        bar = ""
        if self.total:
            filled = min(self.width, self.width * summary.done // self.total)
            bar = "[" + "#" * filled + "." * (self.width - filled) + "] "
        failed = f"  {summary.failed} failed" if summary.failed else ""
        line = f"{bar}{count} articles  {rate:.1f}/s{failed}"
        self.stream.write("\r" + line + " " * max(0, len(self.last) - len(line)))
        self.stream.flush()
        self.last = line

    def close(self, summary: CorpusSummary) -> None:
        """Draw the final state and end the line."""
        self.draw(summary, time.perf_counter())
        self.stream.write("\n")
        self.stream.flush()
