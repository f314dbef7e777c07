"""Rule `speaker_turns`: the turns of a transcript (« Marc Olivier. — Les chiffres sont … »,
« 00:01:30 L. M. — Deux points de moins … »: a speaker, a dash, the words said). A study one
speaker dates (« C'était l'enquête publiée en mars 2017 ») dates that speaker's figures, not
those of the turns after it."""

from __future__ import annotations

import bisect
import re

MIN_TURNS = 2  # fewer speaker lines: no transcript
# A line opening on a speaker: an optional time stamp, a name (one to four capitalised words or
# initials), then a dash.
_TURN_RE = re.compile(
    r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?"
    r"(?:[A-ZÀ-Ý][\w’'-]*\.?|[A-ZÀ-Ý]\.)(?:[ \t]+(?:[A-ZÀ-Ý][\w’'-]*\.?|[A-ZÀ-Ý]\.|de|du|d['’])){0,3}"
    r"[ \t]+[—–][ \t]+(?=\S)",  # the words said go on on the same line
    re.M,
)


def speaker_turns(text: str) -> list[int]:
    """Where each speaker's turn starts on a page, when the page has two turns at least."""
    if "—" not in text and "–" not in text:
        return []
    starts = [m.start() for m in _TURN_RE.finditer(text)]
    return starts if len(starts) >= MIN_TURNS else []


def turn_start(turns: list[int], pos: int) -> int:
    """Where the turn holding `pos` starts (0 before the first turn)."""
    k = bisect.bisect_right(turns, pos) - 1
    return turns[k] if k >= 0 else 0
