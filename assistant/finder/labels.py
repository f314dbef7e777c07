"""Items « label : N % » announced by a lead ending in a colon (« Les partenaires les plus cités
sont les suivants : • les collectivités : 74 % ; • les entreprises : 28 % », « Quatre modes de
relation sont distingués : le mécénat : 75 % ; l'innovation sociétale : 73 % »): the label is
what the share measures, even when it names a population (« les collectivités », « les
entreprises »); the population counted is the one named before the lead."""

from __future__ import annotations

import re
from dataclasses import replace

from .detect import Found
from .measure import MAX_MEASURE_WORDS, clean, content_words
from .parts import Actor, Context
from .pointing import clause
from .rows import SHARE_UNITS
from .surround import PagePopulations

MAX_LABEL_WORDS = 6
# The label right before « : N % »: back to the previous colon, semicolon or bullet; or
# (rule `comma_items`) an item's head, a noun phrase, before a comma and a few words leading to
# its figure (« … : le mécénat, cité par 75 % … ; l'innovation sociétale, qui en concerne 73 % »).
_LABEL_RE = re.compile(
    r"(?:^|[;:•]\s*)(?P<label>[^;:•\d]{2,80}?)\s*:\s*$"
    r"|[;:•]\s*(?P<head>(?:les?|la|l['’]|une?|des|du)\s*[^;:•\d,]{2,80}?)\s*,[^;:•\d,]{0,40}$"
)
_LEAD_RE = re.compile(r"^(?P<lead>[^:]{3,200}?)\s*:\s")


def colon_label(sentence: str, fig: Found) -> str:
    """The label of « label : N % », "" when the figure has none."""
    m = _LABEL_RE.search(sentence, 0, fig.start)
    label = m.group("label") or m.group("head") if m is not None else ""
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return ""
    return clean(label)


def labelled(
    text: str,
    a: int,
    sentence: str,
    figs: list[Found],
    contexts: list[Context],
    list_lead: str,
    populations: PagePopulations,
) -> list[Context]:
    """`contexts` with each labelled item's measure (its label, with the lead) and population
    (the one named before the lead), when a lead announces the items."""
    lead, lead_at = list_lead, -1
    if lead:
        lead_at = text.rfind(lead.split("\n")[0][:30], 0, a)
    else:
        m = _LEAD_RE.match(sentence)
        # the lead may hold its own count (« Quatre modes de relation sont distingués : »)
        first = next((f for f in figs if f.unit in SHARE_UNITS), figs[0])
        if m is None or colon_label(sentence, first) == "":
            return contexts
        lead, lead_at = clean(m.group("lead")), a
    if lead_at < 0:
        return contexts
    before: Actor | None = None
    out = []
    for fig, ctx in zip(figs, contexts, strict=True):
        label = colon_label(sentence, fig)
        if not label or fig.unit not in SHARE_UNITS or label == lead:
            out.append(ctx)
            continue
        if label.lower() not in ctx.measure.lower():
            ctx = replace(ctx, measure=clean(f"{label} — {lead}"))
        if not ctx.actor or ctx.actor not in sentence[fig.end :]:  # not « 74 % des associations »
            before = before or populations.named_last(lead_at)
            if before is not None:
                ctx = replace(ctx, actor=before.text, category=before.category)
        out.append(ctx)
    return out


MAX_LEAD_GAP = 3  # characters between a lead's colon and the share it announces
_DONT_RE = re.compile(r",\s*dont\s")  # « 91 % au total, dont 35 % … »: the parts of a total


def with_colon_lead(sentence: str, figs: list[Found], contexts: list[Context]) -> list[Context]:
    """Rule `colon_lead`: a total right after a lead ending on a colon, then its parts after
    « dont » (« La grande majorité perçoit du mouvement sur son territoire : 91 % au total, dont
    35 % qui le jugent fort et 56 % qui l'estiment ni plus ni moins marqué »): the total, whose
    own clause says nothing (« au total »), measures the lead; each part its clause with it."""
    m = _LEAD_RE.match(sentence)
    shares = [f for f in figs if f.unit in SHARE_UNITS]
    if m is None or len(shares) < 2 or not 0 <= shares[0].start - m.end() <= MAX_LEAD_GAP:
        return contexts
    total = shares[0]
    parts = _DONT_RE.search(sentence, total.end, shares[1].start)
    lead = clean(m.group("lead"))
    if parts is None or any(f.start < m.end() for f in figs) or content_words(lead) < 2:
        return contexts
    out = []
    for fig, ctx in zip(figs, contexts, strict=True):
        if fig.unit not in SHARE_UNITS or colon_label(sentence, fig) or lead in ctx.measure:
            out.append(ctx)
            continue
        own = clean(clause(sentence, fig, figs))
        said = [w for w in own.split() if w not in ctx.actor.split()]
        if fig is total:
            measure = lead if content_words(" ".join(said)) < 2 else ctx.measure
        else:
            measure = f"{own} — {lead}"
        out.append(replace(ctx, measure=" ".join(measure.split()[:MAX_MEASURE_WORDS])))
    return out
