"""What a line next to a table or a key figure is: its one-line caption (rule `long_caption`), or
a note about it — its source, its scope, how to read it (« Source : … », « Lecture : … »,
`note_labels` in figure_words.toml), which is never its caption."""

from __future__ import annotations

import re
from functools import cache

from ..text import fold_lower
from .detect import detect
from .vocabulary import vocabulary


@cache
def _note_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in vocabulary().words("note_labels"))
    return re.compile(rf"^(?:(?:{labels})\s*:|www\.|https?:)")


def note_line(line: str) -> bool:
    """Whether a line is a note about a table or a figure (« Source : … », « champ : … », a
    web address), not words of its caption."""
    return _note_re().match(fold_lower(line.strip())) is not None


def long_caption(line: str, above: str, short: int) -> bool:
    """Rule `long_caption`: whether a line too long for a header (more than `short` characters)
    is the one-line caption of the table under it (« Part des Français qui attribuent aux
    partenariats un impact fort, par domaine (PHARE-Citoyens, 2015) »): it opens in upper case,
    is no note (« Source : … », « Lecture : 71 % … ») and holds no figure, and the line above it
    ends a sentence or is short (a paragraph's wrapped line goes on from the one above)."""
    if not line[:1].isupper() or note_line(line) or detect(line):
        return False
    return above.endswith((".", ":", ";", "!", "?")) or len(above) <= short
