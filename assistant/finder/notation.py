"""Rule `quoted_notation`: a figure quoted alone and then explained (« « +5 pts » signifie cinq
points de pourcentage », « « 7/10 » se lit … ») shows how to read a page, and is no result."""

from __future__ import annotations

import re
from functools import cache

from .vocabulary import by_first_letter, vocabulary

_OPEN_RE = re.compile(r"[«“\"][ \t\u00a0\u202f]*$")


@cache
def _explained_re() -> re.Pattern[str]:
    verbs = sorted(vocabulary().words("notation_verbs"), key=len, reverse=True)
    return re.compile(
        rf"[ \t\u00a0\u202f]*[»”\"][ \t\u00a0\u202f]*(?:{by_first_letter(verbs)})(?![\w'’])"
    )


def quoted_notation(flat: str, start: int, end: int) -> bool:
    """Whether the figure at `flat[start:end]` is the whole of a quotation followed by a verb
    that explains it (figure_words.toml `notation_verbs`)."""
    return (
        _OPEN_RE.search(flat, max(0, start - 3), start) is not None
        and _explained_re().match(flat, end) is not None
    )


@cache
def _explaining_re() -> re.Pattern[str]:
    verbs = sorted(vocabulary().words("notation_verbs"), key=len, reverse=True)
    # the quotation holds a notation (a digit, « % », « pts »), not a label (« « Clubs verts »
    # correspond à douze critères »)
    return re.compile(
        rf"[«“\"][^«»“”\"]*(?:\d|%|pts?\b)[^«»“”\"]*[»”\"][ \t\u00a0\u202f]*"
        rf"(?:{by_first_letter(verbs)})[ \t\u00a0\u202f]+$"
    )


def explaining(flat: str, start: int) -> bool:
    """Whether the figure at `start` is the explanation of a quoted notation right before it
    (« « +5 pts » signifie cinq points de plus »): how to read, no result."""
    return _explaining_re().search(flat, max(0, start - 60), start) is not None
