"""A figure written in words then in digits in brackets (« La moitié (50 %) des associations
dont le budget dépasse 150 000 € ont un partenariat », « trois maires sur quatre (75 %)
jugent … »): one figure, read from both spans together, so that the words after the bracket
say whom it counts and what it measures, as after « 50 % »."""

from __future__ import annotations

import re

from .detect import Found

_BRACKET_RE = re.compile(r"[ \t]*\([ \t]*$")  # between the words and the digits, on one line
# « Un tiers (33 %) », « Deux sur trois (67 %) », « Neuf sur dix (91 %) »: the same share,
# the words rounding the digits
MAX_ROUNDING = 5.0


def restated_figures(text: str, figures: list[Found]) -> list[Found]:
    """The page's figures (in order), each figure written in words that is followed on its
    line by the same value in digits in brackets (rounded: « Un tiers (33 %) ») merged with it
    into one figure spanning both (« La moitié (50 %) »), with the digits' value and unit."""
    out: list[Found] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if (
            nxt is not None
            and not any(c.isdigit() for c in f.text)
            and nxt.unit == f.unit
            and abs(nxt.value - f.value) <= MAX_ROUNDING
            and _BRACKET_RE.fullmatch(text, f.end, nxt.start) is not None
            and text[nxt.end : nxt.end + 1] == ")"
        ):
            end = nxt.end + 1
            noun = f.noun or nxt.noun
            out.append(Found(f.start, end, text[f.start : end], nxt.value, nxt.unit, noun))
            i += 2
            continue
        out.append(f)
        i += 1
    return out
