"""The answer as it arrives, numbered as it will be once finished: the finished answer numbers
its citations 1..n in order of first appearance (`assistant.checks.verify`), so the streamed
text is numbered the same way from its first word and no [2] ever turns into a [1]."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.checks.citations import cited_numbers, strip_unknown
from assistant.checks.verify import renumber
from assistant.contract import Citation

# A marker still being written ("[1" waiting for "2]"): not shown until it closes.
_OPEN_MARKER = re.compile(r"\[[\d\s,;–-]*$")


def live_text(text: str, passages: int) -> tuple[str, list[int]]:
    """The streamed text renumbered like the finished answer, and the passage numbers (1-based,
    as retrieved) it cites, in their new order."""
    text = strip_unknown(_OPEN_MARKER.sub("", text), set(range(1, passages + 1)))
    order = cited_numbers(text)
    return renumber(text, order), order


def live_citations(passages: Sequence[Citation], order: Sequence[int]) -> list[Citation]:
    """The passages cited so far, numbered as in the streamed text."""
    return [replace(passages[old - 1], n=new) for new, old in enumerate(order, 1)]
