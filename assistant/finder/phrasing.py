"""A figure's measure worded as one would cite it: « dont 53 % de femmes » → « part de femmes
parmi les collaborateurs »; « 2 000 personnes ont été interrogées » → « nombre de personnes
interrogées »; a count after a possession verb with its owner."""

from __future__ import annotations

import re
from functools import cache

from ..text import fold
from .detect import Found
from .measure import BOUNDARY_RE, DONT_RE, clean
from .parts import Actor
from .vocabulary import vocabulary

_BREAKDOWN_RE = re.compile(r"\s*(?:de|d')\s*((?:[^\W\d_][\w'-]*)(?: [^\W\d_][\w'-]*){0,2})")
_AUXILIARY_RE = re.compile(r"^(?:ont été|a été|sont|est)\s+", re.I)  # passive only


def phrased(sentence: str, folded: str, fig: Found, actor: Actor | None, measure: str) -> str:
    """The measure as one would cite it: « dont 53 % de femmes » → « part de femmes parmi les
    collaborateurs »; « 2 000 personnes ont été interrogées » → « nombre de personnes
    interrogées »."""
    if fig.unit == "%" and DONT_RE.search(folded[max(0, fig.start - 40) : fig.start]):
        base = _BREAKDOWN_RE.match(sentence, fig.end)
        if base:
            words = clean(base.group(1))
            return f"part de {words} parmi les {actor.text}" if actor else f"part de {words}"
    if (
        fig.unit == "%"
        and actor is not None
        and actor.start >= fig.end
        and sentence[actor.start : actor.end] == actor.text
        and _OF_RE.fullmatch(sentence, fig.end, actor.start)
        and measure
        and measure in sentence[: fig.start]
    ):
        # « Le Groupe emploie 39 % de collaborateurs de moins de 30 ans et 14 % de … »: what
        # follows the figure is the part it measures; what comes before, its whole
        stop = _PART_END_RE.search(sentence, actor.end)
        end = stop.start() if stop else len(sentence)
        if _QUALIFIER_RE.match(sentence, actor.end, end):  # no predicate after the population
            part = clean(sentence[actor.start : end])
            return clean(f"part de {part} ({measure})")
    if fig.unit in ("count", "people") and fig.noun:
        owner = _owner(sentence, fig)
        if owner and not measure.startswith("nombre de"):
            rest = measure[measure.find(fig.noun) + len(fig.noun) :] if fig.noun in measure else ""
            return clean(f"nombre de {fig.noun} {clean(rest)} ({owner})")
    if fig.unit in ("count", "people") and not fig.noun and actor is not None:
        # « Elles sont 148 000 en France » (the associations): the count of its antecedent
        return clean(f"nombre de {actor.text} {measure}")
    if (
        fig.unit in ("count", "people")
        and fig.noun
        and fold(measure.lower()).startswith(fold(fig.noun.lower()))
    ):  # « 2 000 personnes ont été interrogées », « Bénévoles actifs : 38 » (`field_values`)
        rest = _AUXILIARY_RE.sub("", measure[len(fig.noun) :].strip())
        return clean(f"nombre de {fig.noun} {rest}")
    if (
        fig.unit in ("count", "people")
        and fig.noun
        and not _printed_after(sentence, fig)
        and fold(fig.noun.lower()) not in fold(measure.lower())
    ):
        # « … et 2026 ont finalisé leur réponse », « La note en recense 19 »: the noun the
        # number stands for is printed elsewhere (rule elided_noun)
        return clean(f"nombre de {fig.noun} — {measure}")
    return measure


def _printed_after(sentence: str, fig: Found) -> bool:
    """Whether a count's noun is printed right after it (« 11 territoires »)."""
    return sentence[fig.end :].lstrip(" «“").startswith(fig.noun.split()[0])


@cache
def _possession_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("possession_verbs"), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"(?<![\w-])(?:{alternation})\s+(?:plus de\s+|près de\s+|environ\s+|au moins\s+)?$",
        re.I,
    )


# « 39 % de collaborateurs de moins de 30 ans »: a partitive « de », the make-up of a whole
# (« 81 % des dirigeants » is a population's share, read as usual)
_OF_RE = re.compile(r"\s*(?:de|d['’])\s*")
_PART_END_RE = re.compile(
    r"[;:!?()]|[.,](?!\d)|\s[–—-]\s|\set\s+(?:de\s+|près de\s+|plus de\s+)?\d"
)
# What may follow a population without being a predicate: nothing, or a qualifier
# (« de moins de 30 ans », « âgés de 50 ans et plus », « issus des quartiers »).
_QUALIFIER_RE = re.compile(
    r"\s*(?:$|(?:de|d['’]|du|des|en|sous|âgés?|âgées?|issus?|issues?)\s[^;:!?]*$)", re.I
)
_WHO_RE = re.compile(r",?\s+qui\s*$", re.I)


def _owner(sentence: str, fig: Found) -> str:
    """What owns a count after a possession verb (« L'objectif …, consacré aux partenariats,
    compte 19 cibles » → « L'objectif de développement durable n°17 »; « un même programme,
    qui a compté 10 volets » → « un même programme »), or ""."""
    verb = _possession_re().search(sentence, max(0, fig.start - 40), fig.start)
    if verb is None:
        return ""
    before = sentence[: verb.start()].rstrip()
    who = _WHO_RE.search(before)
    if who:  # the antecedent of « qui »: the phrase before it
        head = before[: who.start()]
        k = max((m.end() for m in BOUNDARY_RE.finditer(head)), default=0)
        return clean(head[k:])
    k = next((m.start() for m in BOUNDARY_RE.finditer(before)), len(before))
    owner = clean(before[:k])  # the subject, without its apposition
    return owner if 0 < len(owner.split()) <= 8 else ""
