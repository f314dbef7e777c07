"""Populations printed next to a figure, read by `context._actor` in its order of rules:
right after it (« 58 % des commerçants »), a group after it (« 53 % parmi les associations
employeuses »), the population a bracketed share is compared to, who gives a mark, a share of
listed agents (« 65 % des pionniers »), and the nearest population before it."""

from __future__ import annotations

import re

from ..text import fold_in_place
from .counted import listed_agent
from .detect import Found
from .parts import Actor
from .rows import SHARE_UNITS
from .vocabulary import ActorMatch, vocabulary

_LINK_RE = re.compile(r"\s*(?:des|de|du|d')\s*", re.I)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
# « 91 % des 302 maires interrogés »: the headcount of the population the share is taken of
_HEADCOUNT_RE = re.compile(
    r"^\d{1,3}(?:[ \u00a0\u202f]\d{3})*\s+(?=$|(?!(?:euros?|millions?|milliards?|k€|M€)\b)[^\W\d_])"
)  # not « 5 000 € »


def after_actor(sentence: str, folded: str, fig: Found, actors: list[ActorMatch]) -> Actor | None:
    """« N % des X », « N % des opinions des X » (at most three words in between)."""
    link = _LINK_RE.match(folded, fig.end)
    if not link:
        return None
    for a in actors:
        if a.start < link.end():
            continue
        between = _HEADCOUNT_RE.sub("", folded[link.end() : a.start], count=1)
        if len(between.split()) <= 3 and not re.search(r"[,;:.()]|\d", between):
            return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
        break
    word = _WORD_RE.match(sentence, link.end())
    if word and _elided(folded, [a for a in actors if a.end <= fig.start], word.group()):
        # « Les associations de moins de 10 salariés représentent 71 % des employeuses »: the
        # associations « employeuses », named by their adjective (rule `elided_population`)
        return Actor(word.group(), "", word.start(), word.end())
    return None


# « 53 % parmi les associations employeuses », « 38% pour les associations »: the group a share
# is taken in, printed right after it.
_GROUP_AFTER_RE = re.compile(r"\s*(?:parmi|chez|pour)\s+(?:les|des|ces)\s+")


def group_after(sentence: str, folded: str, fig: Found, actors: list[ActorMatch]) -> Actor | None:
    """Rule `group_after`: the population after « parmi / chez / pour les » right after a share
    or mark (« Elle montait à 53 % parmi les associations employeuses »)."""
    m = _GROUP_AFTER_RE.match(folded, fig.end) if fig.unit in SHARE_UNITS else None
    a = next((a for a in actors if m and a.start == m.end()), None)
    if a is None and m is not None:  # « 65 % chez les pionniers »: agents, though unlisted
        word = agent_word(sentence, m.end())
        if word and not _elided(folded, actors, word.text):
            return word
    return Actor(sentence[a.start : a.end], a.category, a.start, a.end) if a else None


def agent_word(sentence: str, pos: int) -> Actor | None:
    """The word at `pos` when it is listed as agents or people (data lists `agent_nouns`,
    `people`: « pionniers », « candidats »), as an actor; else None."""
    word = _WORD_RE.match(sentence, pos)
    if word is None or not listed_agent(word.group()):
        return None
    return Actor(word.group(), "", word.start(), word.end())


_OPEN_BRACKET_RE = re.compile(r"\s*\(\s*$")
# « plus … que les X (67 %) », « 9 points de moins que les X (67 %) »: not « ainsi que »
_COMPARED_TO_RE = re.compile(
    r"\b(?:plus|moins|autant|davantage|mieux)\b[^.;:()]{0,60}?\bqu(?:e\s+|['’])\s*(?:les|des|ces|aux)?\s*$"
)


def bracketed_after(
    sentence: str, folded: str, fig: Found, actors: list[ActorMatch]
) -> Actor | None:
    """Rule `bracketed_share`: a share in brackets right after the population it is compared
    to (« … soit 9 points de moins que les responsables associatifs (67 %) ») is that
    population's."""
    if fig.unit not in SHARE_UNITS:
        return None
    m = _OPEN_BRACKET_RE.search(folded, max(0, fig.start - 4), fig.start)
    if m is None:
        return None
    a = next((a for a in actors if a.end == m.start()), None)
    if a is None or not _compared_to(folded, a, actors):
        return None  # « … avec les collectivités (89 %) »: a partner cited, not who answers
    return Actor(sentence[a.start : a.end], a.category, a.start, a.end)


# « … (86 %) et les », « … (86 %), les »: a population listed after one bracketed before it
_LISTED_AFTER_BRACKET_RE = re.compile(r"%\s*\)\s*(?:,|et|ou)\s*(?:les|des|aux)?\s*$")
MAX_COMPARED = 4  # populations listed after the comparison


def _compared_to(folded: str, a: ActorMatch, actors: list[ActorMatch]) -> bool:
    """Whether the population `a` is what a comparison compares to (« plus que les
    responsables associatifs (86 %) »), or is listed after one that is (« … (86 %) et les
    dirigeants d'entreprise (81 %) »)."""
    for _ in range(MAX_COMPARED):
        if _COMPARED_TO_RE.search(folded, max(0, a.start - 90), a.start):
            return True
        listed = _LISTED_AFTER_BRACKET_RE.search(folded, max(0, a.start - 30), a.start)
        if listed is None:
            return False
        bracket = folded.rfind("(", 0, listed.start())
        prev = next(
            (b for b in actors if b.end <= bracket and not folded[b.end : bracket].strip()), None
        )
        if prev is None:
            return False
        a = prev
    return False


# « 7,4/10 note moyenne accordée par les Français », « 6,1/10, attribuée par les maires »
_GIVEN_BY_RE = re.compile(
    r"\s*,?\s*(?:(?:une\s+|la\s+)?notes?\s+(?:moyennes?\s+)?)?"
    r"(?:accord|attribu|donn|decern)ee?s?\s+par\s+(?:les|des|ces)\s+"
)


def mark_givers(sentence: str, folded: str, fig: Found, actors: list[ActorMatch]) -> Actor | None:
    """Rule `mark_givers`: the population a mark out of 10 is given by, after it in its clause
    (« 7,4/10 note moyenne accordée par les Français »)."""
    m = _GIVEN_BY_RE.match(folded, fig.end) if fig.unit == "/10" else None
    a = next((a for a in actors if m and a.start == m.end()), None)
    return Actor(sentence[a.start : a.end], a.category, a.start, a.end) if a else None


def _elided(folded: str, actors: list[ActorMatch], word: str) -> bool:
    """Whether `word` completes a population the sentence named before (« 38 % des associations
    … 53 % chez les employeuses »: « associations employeuses »): that population's carried
    form stands, not the bare word."""
    variants = vocabulary().variants
    tail = fold_in_place(word)
    return any(f"{folded[a.start : a.end]} {tail}" in variants for a in actors)


# « les élus des communes de moins de 3 500 habitants »: a population whose complement names
# another one (rule `complement_population`)
_OF_RE = re.compile(r"\s+(?:des|du|de la|de l['’]|de|d['’])\s*$", re.I)
# « 65 % des pionniers »: a share and the noun it is taken of (rule `share_of_agents`)
_OF_AGENTS_RE = re.compile(r"\s+(?:des|de|d['’])\s*([^\W\d_][\w'’-]*)")


def agents_after(sentence: str, fig: Found) -> Actor | None:
    """Rule `share_of_agents`: « 65 % des pionniers », « 40 % des lauréats »: a share of a noun
    listed as agents or people (data lists `agent_nouns`, `people`) counts them, even absent
    from the actor vocabulary; not a share of things (« 40 % des dépenses », « 35 % des
    extincteurs »: agents' endings are not enough here)."""
    m = _OF_AGENTS_RE.match(sentence, fig.end) if fig.unit == "%" else None
    if m is None or not listed_agent(m.group(1)):
        return None
    return Actor(m.group(1), "", m.start(1), m.end(1))


def before_actor(sentence: str, pos: int, actors: list[ActorMatch]) -> Actor | None:
    """The population named last before `pos`; the head of « élus des communes … » when the
    last one only completes the population before it (rule `complement_population`)."""
    before = [a for a in actors if a.end <= pos]
    if not before:
        return None
    a = before[-1]
    if len(before) > 1 and _OF_RE.fullmatch(sentence, before[-2].end, a.start):
        a = before[-2]
    return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
