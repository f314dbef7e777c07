"""Rule `source_calls`: an infographic numbers its sources (« Sources : 1. PHARE-Citoyens,
septembre 2015. 2. … 5. IMPACTS & TRAJECTOIRES … ») and prints each tile's call alone on the
line under its caption (« 302 / maires interrogés / à l'automne 2024 / 5 »): the call is no
figure, and read as one it would take the next tile's caption. The calls are blanked (same
length, so positions hold) before the page's figures are read."""

from __future__ import annotations

import re

_SOURCES_RE = re.compile(r"\bSources?\s*:\s*(?=\d{1,2}\.\s)", re.I)
_ITEM_RE = re.compile(r"(?<![\d,])(\d{1,2})\.\s+[A-ZÀ-Ý«]")
_CALL_LINE_RE = re.compile(r"^[ \t]*(\d{1,2})[ \t]*$", re.M)
LIST_REACH = 1500  # characters after « Sources : » where its numbered items are read
MIN_SOURCES = 2  # a list, not one note


def blank_source_calls(text: str) -> str:
    """`text` with the source calls of its tiles replaced by spaces (see the module)."""
    if "ource" not in text:
        return text  # most pages list no sources (one scan in C)
    listed = _SOURCES_RE.search(text)
    if listed is None:
        return text
    numbers = {
        int(m.group(1)) for m in _ITEM_RE.finditer(text, listed.start(), listed.end() + LIST_REACH)
    }
    if len(numbers) < MIN_SOURCES:
        return text
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        m = _CALL_LINE_RE.fullmatch(line)
        above = lines[i - 1].strip() if i else ""
        if (
            m is not None
            and int(m.group(1)) in numbers
            and above[:1].isalpha()  # under a caption's words, not under a value
            and not above.endswith(":")
        ):
            line = " " * len(line)
        out.append(line)
    return "\n".join(out)
