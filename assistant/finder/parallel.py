"""Shares listed in parallel (rule `parallel_measure`): « Ils sont 49 % à espérer un impact fort
sur l'emploi, 46 % sur le développement économique, 42 % sur l'environnement … »: each later
share, whose own words only open on a preposition, measures the first one's predicate on its
own complement."""

from __future__ import annotations

import re

from .detect import Found
from .measure import clean, content_words

_PREPOSITION_RE = re.compile(r"^(sur|avec|pour|dans|chez|en)\s", re.I)
_TRAILING_LINK_RE = re.compile(r"\s+(?:et|ou)$")  # « sur l'environnement et » 36 %


def parallel_measure(sentence: str, fig: Found, figs: list[Found], seg: tuple[int, int]) -> str:
    """Rule `parallel_measure`: a share whose own words only open on a preposition (« 46 % sur
    le développement économique ») after a share that says what is measured before the same
    preposition (« 49 % à espérer un impact fort sur l'emploi ») measures that, on its own
    complement: « espérer un impact fort sur le développement économique »."""
    if fig.unit != "%" or sentence[max(0, seg[0] - 1) : seg[0]] == "(":
        return ""  # « l'emploi (49 %) » is read with the words before the brackets
    text = sentence[fig.end : seg[1]].strip()  # the share's own words
    opening = _PREPOSITION_RE.match(text)
    if opening is None:
        return ""
    word = opening.group(1).lower()
    before = [f for f in figs if f.end <= fig.start and f.unit == fig.unit]
    ends = [f.start for f in figs]
    for prev in reversed(before):
        stop = min((e for e in ends if e > prev.start), default=len(sentence))
        clause = sentence[prev.end : stop]
        m = re.search(rf"\s{word}\s", clause, re.I)
        if m is None:
            return ""
        head = clean(re.sub(r"^\s*(?:à|a)\s+", "", clause[: m.start()]))
        if content_words(head) >= 1:
            return clean(f"{head} {_TRAILING_LINK_RE.sub('', text.rstrip(' ,;'))}")
    return ""
