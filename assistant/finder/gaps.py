"""Figures in points (unit `pts`): what a difference measures and whom a margin counts.
Rule `point_gap`: a difference printed before what it is taken against (« ▲ +5 pts sur les
dirigeants d'entreprise », « ▼ −2 pts depuis la première mesure ») measures « écart » with that
phrase and the measure of the share it follows on its line. Rule `point_change`: any other
difference in points after a share of its sentence (« 64 % des associations …, soit trois points
de plus qu'en 2020 ») measures the change of that share (« hausse — part des associations … »).
Rule `point_margin`: a margin (« ± 2,2 points ») belongs to a survey, not to a population."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ..checks.points import margin_before
from ..text import fold_lower
from .detect import Found
from .indicator import indicator
from .parts import Context
from .vocabulary import vocabulary

MAX_MEASURE_WORDS = 25
MAX_AGAINST_WORDS = 8  # what a difference is taken against: a short phrase
_CLAUSE_END_RE = re.compile(r"[.,;:()\n▲▼■]|\d|\b(?:et|mais|ou|contre)\b")
# « 12 points sur 20 », « 2 points sur lesquels insister »: no phrase a difference is taken
# against
_NOT_AGAINST_RE = re.compile(r"[ \t\u00a0]*(?:\d|(?:lequel|laquelle|lesquels|lesquelles|quoi)\b)")


@cache
def _gap_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("point_gap_words"), key=len, reverse=True)
    return re.compile(rf"[ \t\u00a0]+(?:{'|'.join(map(re.escape, words))})(?![\w'’])", re.I)


def is_margin(fig: Found, text: str = "") -> bool:
    """Whether `fig` is a margin of error in points: « ± 2,2 points », or after a word of
    `point_margin` in its clause (« marge d'erreur de 3,1 points », « plus ou moins 3
    points »; `text`: the page it is read on)."""
    if fig.unit != "pts":
        return False
    return fig.text.startswith("±") or bool(
        text and margin_before(text[max(0, fig.start - 60) : fig.start])
    )


def point_contexts(text: str, figs: Sequence[Found], contexts: list[Context]) -> list[Context]:
    """The contexts of `figs` (read on `text`), those of differences and margins in points
    rewritten (rules `point_gap`, `point_change`, `point_margin`)."""
    if not any(f.unit == "pts" for f in figs):
        return contexts
    out = list(contexts)
    for i, (fig, ctx) in enumerate(zip(figs, contexts, strict=True)):
        if fig.unit != "pts":
            continue
        if is_margin(fig, text):
            out[i] = replace(ctx, actor="", category="", measure="marge d'erreur")
            continue
        gap = _gap_re().match(text, fig.end)
        if not gap or _NOT_AGAINST_RE.match(text, gap.end()):
            out[i] = _change_of_share(text, figs[:i], contexts[:i], fig, ctx)
            continue
        end = _CLAUSE_END_RE.search(text, gap.end())
        words = text[fig.end : end.start() if end else len(text)].split()
        if len(words) > MAX_AGAINST_WORDS + 1:
            continue  # a clause that goes on: no short phrase to take the difference against
        measure = f"écart {' '.join(words)}"
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


# the end of a sentence between a share and a difference in points: the difference is not its
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")
# a clause of its own between a share and a difference in points
_OWN_CLAUSE_RE = re.compile(r"\b(?:tandis que|alors que|mais|quand|lorsque)\b|;", re.I)


@cache
def _own_subject_re() -> re.Pattern[str]:
    """A subject of its own (data `own_subject_nouns` after a determiner: « le taux de … »)."""
    nouns = "|".join(map(re.escape, vocabulary().words("own_subject_nouns")))
    return re.compile(rf"\b(?:le|la|l['’]|leur|son|sa)\s*(?:{nouns})\b", re.I)


@cache
def _change_nouns() -> dict[str, str]:
    """The noun a change word gives a difference's measure (data `point_rises`, `point_falls`)."""
    words = vocabulary()
    return {
        **{fold_lower(w): "hausse" for w in words.words("point_rises")},
        **{fold_lower(w): "baisse" for w in words.words("point_falls")},
    }


_UP_RE = re.compile(r"[ \t\u00a0]+(?:de|en)[ \t\u00a0]+plus\b", re.I)
_DOWN_RE = re.compile(r"[ \t\u00a0]+(?:de|en)[ \t\u00a0]+moins\b", re.I)


@cache
def _change_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("point_before"), key=len, reverse=True)
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(map(re.escape, words))})(?![\w'’])", re.I)


def _change_of_share(
    text: str, before: Sequence[Found], contexts: Sequence[Context], fig: Found, ctx: Context
) -> Context:
    """Rule `point_change`: the context of the difference `fig` measured as the change of the
    last share (%, /10) before it in its sentence: the change as a noun (« hausse », « baisse »
    from a word of `point_before`, or « de plus », « de moins » after it, else « écart ») and the
    share's measure; `ctx` unchanged without such a share, or when a clause or a subject of its
    own stands between them (« tandis que le taux de … recule de deux points »)."""
    share = next(
        (
            (f, c)
            for f, c in zip(before[::-1], contexts[::-1], strict=True)
            if f.unit in ("%", "/10")
        ),
        None,
    )
    if share is None or not share[1].measure:
        return ctx
    if _SENTENCE_END_RE.search(text, share[0].end, fig.start):
        return ctx
    between = text[share[0].end : fig.start]
    if _OWN_CLAUSE_RE.search(between) or _own_subject_re().search(between):
        return ctx  # « 64 %, tandis que le taux de confiance recule de deux points »
    words = list(_change_re().finditer(text, share[0].end, fig.start))
    if words:
        change = _change_nouns().get(fold_lower(words[-1].group()), "écart")
    elif _UP_RE.match(text, fig.end):
        change = "hausse"
    elif _DOWN_RE.match(text, fig.end):
        change = "baisse"
    else:
        change = "écart"
    actor = share[1].actor
    of = indicator(share[1].measure.strip(" ▲▼■"), actor, share[0].unit, "")
    measure = f"{change} — {of}"
    if len(measure.split()) > MAX_MEASURE_WORDS:
        return ctx
    return replace(
        ctx, measure=measure, actor=ctx.actor or actor, category=ctx.category or share[1].category
    )
