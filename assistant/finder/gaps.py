"""Figures in points (unit `pts`): what a difference measures and whom a margin counts.
Rule `point_gap`: a difference printed before what it is taken against (« ▲ +5 pts sur les
dirigeants d'entreprise », « ▼ −2 pts depuis la première mesure ») measures « écart » with that
phrase and the measure of the share it follows on its line. Rule `point_margin`: a margin
(« ± 2,2 points ») belongs to a survey, not to a population."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from .detect import Found
from .parts import Context
from .vocabulary import vocabulary

MAX_MEASURE_WORDS = 25
_CLAUSE_END_RE = re.compile(r"[.;:()\n▲▼■]|\d")


@cache
def _gap_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("point_gap_words"), key=len, reverse=True)
    return re.compile(rf"[ \t\u00a0]+(?:{'|'.join(map(re.escape, words))})(?![\w'’])", re.I)


def is_margin(fig: Found) -> bool:
    """Whether `fig` is a margin of error in points (« ± 2,2 points »)."""
    return fig.unit == "pts" and fig.text.startswith("±")


def point_contexts(text: str, figs: Sequence[Found], contexts: list[Context]) -> list[Context]:
    """The contexts of `figs` (read on `text`), those of differences and margins in points
    rewritten (rules `point_gap`, `point_margin`)."""
    if not any(f.unit == "pts" for f in figs):
        return contexts
    out = list(contexts)
    for i, (fig, ctx) in enumerate(zip(figs, contexts, strict=True)):
        if fig.unit != "pts":
            continue
        if is_margin(fig):
            out[i] = replace(ctx, actor="", category="", measure="marge d'erreur")
            continue
        if not _gap_re().match(text, fig.end):
            continue
        end = _CLAUSE_END_RE.search(text, fig.end)
        against = " ".join(text[fig.end : end.start() if end else len(text)].split())
        measure = f"écart {against}"
        share = next(
            (
                c
                for f, c in zip(figs[:i][::-1], contexts[:i][::-1], strict=True)
                if f.unit in ("%", "/10") and "\n" not in text[f.end : fig.start]
            ),
            None,
        )
        if share is not None and share.measure:
            longer = f"{measure} ({share.measure.strip(' ▲▼■')})"
            measure = longer if len(longer.split()) <= MAX_MEASURE_WORDS else measure
        out[i] = replace(ctx, measure=measure)
    return out
