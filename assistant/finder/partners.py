"""Rule `partner_items`: a list of partner kinds and their shares (« Partenaires cités :
collectivités 74 %, associations et fondations 72 %, enseignement 47 % »). Each item names a
partner, not whom its share counts: the share counts the population the text named before
the list (the associations that cite those partners, or no one), and measures the lead with
its own item (« Partenaires cités : enseignement »)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from ..text import fold_in_place
from .detect import Found
from .measure import MAX_MEASURE_WORDS, clean
from .parts import Actor, Context
from .rows import SHARE_UNITS
from .vocabulary import folded_alternation, vocabulary

_CITED_RE = re.compile(
    r"(?:^|[.;]\s*)(?:les\s+)?(?:plus\s+)?(?:cites|citees)\s*:"
)  # « Les plus cités : »
_ITEM_EDGE = " ,;:()–—-"
MAX_LEAD_OPENING = 2  # words before the partner noun in its clause (« Leurs partenaires : »)
MIN_ITEMS = 2  # shares after the lead: a list, not one finding
MAX_ITEM_WORDS = 5  # « structures d'intérêt général », not a clause
_GROUP_RE = re.compile(r"(?:chez|parmi|pour|selon|cote|côte)\b")  # a group, not a partner


@cache
def _lead_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{folded_alternation('partner_leads')})\s*:")


def _lead(folded: str, said_before: str) -> re.Match[str] | None:
    m = _lead_re().search(folded)
    if m is None and "partenaire" in fold_in_place(said_before):
        m = _CITED_RE.search(folded)
    return m


def partner_items(
    sentence: str,
    figs: list[Found],
    contexts: list[Context],
    before: list[Actor],
    said_before: str = "",
) -> list[Context]:
    """The contexts of a sentence's shares, those that follow a partner list's lead counting
    the population named before the lead (in the sentence, else earlier) instead of the
    partner their item names."""
    folded = fold_in_place(sentence)
    m = _lead(folded, said_before)
    listed = [f for f in figs if m is not None and f.start >= m.end() and f.unit in SHARE_UNITS]
    if m is None or len(listed) < MIN_ITEMS:
        return contexts  # « Mot des partenaires : les habitants sont 62 % à … »: no list
    start = max(folded.rfind(c, 0, m.start()) for c in ".;,") + 1
    if len(folded[start : m.start()].split()) > MAX_LEAD_OPENING:
        return contexts  # « … travailler avec au moins un partenaire : la proportion atteint 98 % »
    lead = clean(sentence[start : m.end() - 1])
    named = vocabulary().actors(folded[:start])
    population = (
        (sentence[named[-1].start : named[-1].end], named[-1].category)
        if named
        else ((before[-1].text, before[-1].category) if before else ("", ""))
    )
    out, edge = [], m.end()
    for f, c in zip(figs, contexts, strict=True):
        if f.start < m.end() or f.unit not in SHARE_UNITS:
            out.append(c)
            edge = max(edge, f.end)
            continue
        raw = sentence[edge : f.start].strip(_ITEM_EDGE)
        item = clean(raw)
        edge = f.end
        if not item or len(item.split()) > MAX_ITEM_WORDS or _GROUP_RE.match(fold_in_place(raw)):
            # « les maires les jugent fiables à 62 % », « chez les bénévoles, 74 % »: a clause
            # or a group, not a partner kind
            return contexts
        measure = " ".join(f"{lead} : {item}".split()[:MAX_MEASURE_WORDS])
        out.append(replace(c, actor=population[0], category=population[1], measure=measure))
    return out


HEADING_LINES = 2  # short lines of a heading block (« Leurs partenaires » / « Their partners »)
MAX_HEADING_WORDS = 3  # « Leurs partenaires », « Partenaires très variés »
MAX_ABOVE = 2000  # characters of a section before a sentence where its list is looked at
_LABEL_EDGE = " ,;:()–—-·▪•.\n"
# A share noun naming the population over a list (« Part des associations employeuses »)
_SHARE_OF_RE = re.compile(r"\b(?:part|proportion|pourcentage)\s+d(?:es\b|e\s+l|')")
_BRACKETED_RE = re.compile(r"\(\s*$")  # a share printed in brackets (« … en tête (81 %) »)
COUNTED_AFTER_RE = re.compile(r"\s*\)?\s*(?:des|de|d['’])\s*")  # « 28 % des associations »
_DETERMINER_RE = re.compile(r"^(?:les|leurs?|nos|ses|des)\s+", re.I)
_WITH_WHOM = "avec qui"  # a heading that is only this question (« Avec qui ? ») asks for partners


@cache
def _heading_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{folded_alternation('partner_headings')})(?![\w])")


@cache
def holders() -> frozenset[str]:
    """The categories of `partner_holders`: organisations that cite partners, and those who
    answer for them."""
    return frozenset(vocabulary().words("partner_holders"))


def partner_heading(text: str, section: int, is_heading_line: Callable[[int], bool]) -> str:
    """Rule `partner_heading`: the words a section's heading announces a list of partner kinds
    with (« Leurs partenaires », « Partenaires très variés », « Avec qui ? »): its line, or the
    short line right above it (a bilingual sheet's « Leurs partenaires » over « Their
    partners »), when it opens on a partner noun and has at most MAX_HEADING_WORDS words, or
    is « Avec qui ? » alone (« Avec qui roulez-vous ? » asks something else); "" otherwise.
    « Avec qui ? » gives « partenaires »."""
    start = section
    for _ in range(HEADING_LINES):
        end = text.find("\n", start)
        printed = text[start : end if end >= 0 else len(text)].strip(" :?")
        words = _DETERMINER_RE.sub("", printed)  # « Leurs partenaires » → « partenaires »
        folded = fold_in_place(words).lower()
        if folded == _WITH_WHOM:
            return "partenaires"
        if len(printed.split()) <= MAX_HEADING_WORDS and _heading_re().match(folded):
            return clean(words)
        if not is_heading_line(start) or start == 0:
            return ""
        above = text.rfind("\n", 0, start - 1) + 1
        if not is_heading_line(above) or text.count("\n", above, start) != 1:
            return ""
        start = above
    return ""


def partner_section(
    sentence: str,
    figs: list[Found],
    contexts: list[Context],
    heading: str,
    above: str,
    population: Actor | None,
) -> list[Context]:
    """The contexts of a sentence's shares under a partner heading (`partner_heading`): a
    share after a short label, a partner kind (« Collectivités : 89 % », « · structures
    d'intérêt général 73 % »), counts the population named before the heading (`population`,
    one of `partner_holders`), not that partner, and measures the heading with its label
    (« partenaires : Collectivités »); in prose, a share in brackets after the partner it ranks
    (« Les collectivités arrivent en tête (81 %), devant les entreprises (44 %) ») counts them
    too, its measure kept. A share counting the population named right after it (« 30 % des
    associations préparent … ») or one the list does not name (`above`, the section's text
    before the sentence up to MAX_ABOVE characters, or the sentence before the share) is left
    alone."""
    if population is None or population.category not in holders():
        return contexts  # « Partenaires financiers » of the habitants: shares of a budget
    folded = fold_in_place(sentence)
    listed = fold_in_place(above[-MAX_ABOVE:])
    if _lead(folded, "partenaire") or _SHARE_OF_RE.search(listed):
        # a lead of its own (`partner_items`), or « Part des associations employeuses » over
        # the list, which says whom the shares count
        return contexts
    out, edge = [], 0
    for f, c in zip(figs, contexts, strict=True):
        label = sentence[edge : f.start].strip(_LABEL_EDGE)
        edge = f.end
        partner = not c.actor or fold_in_place(c.actor) in f"{listed} {folded[: f.start]}"
        if (
            f.unit not in SHARE_UNITS
            or not partner
            or not label
            or _counted_after(folded, f.end, c.actor)
            or _GROUP_RE.match(fold_in_place(label))  # « chez les bénévoles 74 % »: a group
        ):
            out.append(c)
            continue
        if len(label.split()) > MAX_ITEM_WORDS:
            # prose: a share in brackets right after the partner it ranks (« Les collectivités
            # arrivent en tête (81 %) ») counts the organisations; one the partners say or do
            # (« les collectivités jugent à 62 % que … ») counts them
            if c.actor and _BRACKETED_RE.search(sentence, 0, f.start):
                c = replace(c, actor=population.text, category=population.category)
            out.append(c)
            continue
        measure = " ".join(f"{heading} : {clean(label)}".split()[:MAX_MEASURE_WORDS])
        out.append(replace(c, actor=population.text, category=population.category, measure=measure))
    return out


def _counted_after(folded: str, end: int, actor: str) -> bool:
    """Whether the population right after a share is whom it counts (« 28 % des
    associations »)."""
    m = COUNTED_AFTER_RE.match(folded, end)
    return bool(actor) and m is not None and folded.startswith(fold_in_place(actor), m.end())
