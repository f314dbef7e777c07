"""What a variation measures: « 8134 personnes déclarées handicapées, soit une augmentation de
11 % par rapport à 2017 et de 21 % depuis 2015 »: a share printed after a variation noun
(`variation_nouns` in assistant/data/figure_words.toml) whose clause does not say what varies
is the variation of the count printed before it in the sentence: « augmentation du nombre de
personnes déclarées handicapées depuis 2015 »."""

from __future__ import annotations

import re
from functools import cache

from .detect import Found
from .measure import BOUNDARY_RE, clean
from .vocabulary import folded_alternation


@cache
def _variation_re() -> re.Pattern[str]:
    alternation = folded_alternation("variation_nouns")
    return re.compile(rf"(?<![\w-])({alternation})\s+(?:de|d')\s*(?:(?:plus|près|moins) de\s+)?$")


def variation_measure(sentence: str, folded: str, fig: Found, figs: list[Found]) -> str:
    """« augmentation du nombre de <counted noun> <rest of the clause> », or "" when the figure
    is not a variation of a count printed before it in its sentence."""
    if fig.unit != "%":
        return ""
    counts = [f for f in figs if f.end <= fig.start and f.unit in ("count", "people") and f.noun]
    if not counts:
        return ""
    count = counts[-1]
    # « … augmentation de 11 % … et de 21 % »: the last variation noun since the count
    between = folded[count.end : fig.start]
    nouns = [m for m in re.finditer(_variation_re().pattern.rstrip("$"), between)]
    own = _variation_re().search(folded[max(count.end, fig.start - 40) : fig.start])
    elided = re.search(r"\bet (?:de|d')\s*$", folded[count.end : fig.start])
    if not nouns or not (own or elided):
        return ""
    noun = sentence[count.end + nouns[-1].start(1) : count.end + nouns[-1].end(1)]
    stop = BOUNDARY_RE.search(sentence, fig.end)
    end = stop.start() if stop else len(sentence)
    end = min([end, *[f.start for f in figs if fig.end <= f.start < end]])
    rest = re.sub(r"^\s*et\b.*", "", sentence[fig.end : end]).strip()
    return clean(f"{noun} du nombre de {count.noun} {rest}")
