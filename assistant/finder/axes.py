"""A chart's axis read as text (rule `axis_ticks`): pypdf gives the graduations of a bar chart
as lines holding one number each, evenly spaced from zero (« 0 / 20 / 40 / 60 / 80 »). They
mark the scale, they count nothing: no figure is read from them."""

from __future__ import annotations

import re

MIN_TICKS = 3  # graduations in a row, zero included
_TICK_RE = re.compile(r"[ \t]*(\d{1,7})[ \t]*%?[ \t]*")


def axis_ticks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of each run of at least MIN_TICKS lines holding only a
    number, the first 0, each the one before plus the same step."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, int]] = []  # (start, end, value) of the current run
    pos = 0
    for line in [*text.split("\n"), ""]:
        start, pos = pos, pos + len(line) + 1
        m = _TICK_RE.fullmatch(line)
        value = int(m.group(1)) if m else -1
        evenly = len(run) < 2 or value - run[-1][2] == run[1][2] - run[0][2]
        if m and run and value > run[-1][2] and evenly:
            run.append((start, start + len(line), value))
            continue
        if len(run) >= MIN_TICKS:
            out += [(a, b) for a, b, _ in run]
        run = [(start, start + len(line), 0)] if m and value == 0 else []
    return out
