"""Rule `compared_share`: a share printed in brackets after a comparison (« 81 % d'entre eux
estiment que s'allier est un devoir, presque autant que les responsables associatifs (86 %) et
nettement plus que les Français (69 %) ») measures what the share it is compared with measures:
its own clause says only whom it counts."""

from __future__ import annotations

import re
from dataclasses import replace

from .detect import Found
from .parts import Context
from .rows import SHARE_UNITS

_COMPARED_RE = re.compile(r"\b(?:autant|plus|moins|davantage)\s+qu(?:e\b|['’])", re.I)
# Where the figure's own clause starts: after a comma, a semicolon, « et », « mais ».
_CLAUSE_RE = re.compile(r"[,;]|\s(?:et|mais)\s")


def compared(sentence: str, figs: list[Found], contexts: list[Context]) -> list[Context]:
    """The contexts, a share in brackets at the end of a comparative clause taking the measure
    of the first share of its unit in the sentence that is not itself compared."""
    out = list(contexts)
    plain: dict[str, int] = {}  # unit -> the first share of that unit stated, not compared
    for i, fig in enumerate(figs):
        if fig.unit not in SHARE_UNITS:
            continue
        before = sentence[figs[i - 1].end if i else 0 : fig.start]
        own = _CLAUSE_RE.split(before)[-1]
        if i and own.rstrip().endswith("(") and _COMPARED_RE.search(own):
            if fig.unit in plain:
                out[i] = replace(out[i], measure=contexts[plain[fig.unit]].measure)
            continue
        plain.setdefault(fig.unit, i)
    return out
