"""Who a figure counts, what it measures and when, read from its sentence.

Rules, in order, for the actor: « dont N % de … » keeps the population already named; a
population right after the figure (« 58 % des commerçants », « 40 % des opinions des
répondants »); « d'entre eux », « ils sont N % » → the nearest population before (in the
sentence, else in the sentences before); « Parmi les X, N % »; else the nearest population
before the figure in the sentence. Counts whose noun is a population are their own actor."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..checks.figures import figure_matches
from ..text import STOP_WORDS, YEAR, fold, fold_in_place
from .detect import Found, qualifier_before
from .vocabulary import ActorMatch, vocabulary

_LINK_RE = re.compile(r"\s*(?:des|de|du|d')\s*", re.I)
_BASE_AFTER_RE = re.compile(r"\s*(?:des|de|du|d')\s*[^\W\d_]")
_PRONOUN_AFTER_RE = re.compile(r"\s*d'entre (?:eux|elles)\b")
_PRONOUN_BEFORE_RE = re.compile(r"\b(?:ils|elles)\b[^.;:]{0,30}$")
_DONT_RE = re.compile(r"\bdont\s*(?:\(?\s*)$")
_BOUNDARY_RE = re.compile(r"[;:!?()]|[.,](?!\d)|\s[–—-]\s")
_NAME_BEFORE_RE = re.compile(
    r"\b(?:loi|lois|décret|directive|ordonnance|article|règlement|programme|plan)\b[^.;]{0,60}$"
)
_SINCE_RE = re.compile(r"\b(?:depuis|dès)\s*$")
MAX_MEASURE_WORDS = 25
# Words around a figure that say nothing of what it measures.
_FILLER_RE = re.compile(
    r"\b(?:d['’]entre (?:eux|elles)|c['’]est (?:aussi |également )?(?:le cas|l['’]avis) (?:de|d['’])"
    r"|(?:ils|elles) (?:sont|étaient|seraient) (?:encore |aussi |même )?)",
    re.I,
)


@dataclass(frozen=True)
class Context:
    actor: str
    category: str
    measure: str
    year: str
    year_source: str


@dataclass(frozen=True)
class Actor:
    text: str
    category: str
    start: int  # span in the sentence ("" actors from earlier sentences: -1)
    end: int


def _years(sentence: str, doc_year: str) -> list[tuple[int, str]]:
    """(position, year or period) of the years the sentence dates something with."""
    out: list[tuple[int, str]] = []
    for m, kind, key in figure_matches(sentence):
        if kind in ("date", "month"):
            out.append((m.start(), key[:4]))
        elif kind == "range":
            out.append((m.start(), key))
    taken = {p for p, _ in out}
    for m in YEAR.finditer(sentence):
        if any(p <= m.start() < p + 20 for p in taken):
            continue
        before = sentence[max(0, m.start() - 80) : m.start()]
        if _NAME_BEFORE_RE.search(fold_in_place(before)):
            continue  # « la loi … de 2007 » names a law, it does not date the figure
        year = m.group()
        if _SINCE_RE.search(before.lower()) and doc_year and doc_year > year:
            year = f"{year}-{doc_year}"
        out.append((m.start(), year))
    return sorted(out)


def _segment(sentence: str, fig: Found, others: list[Found]) -> tuple[int, int]:
    """The clause of a figure: between punctuation and the neighbouring figures."""
    start, end = 0, len(sentence)
    for m in _BOUNDARY_RE.finditer(sentence):
        if m.end() <= fig.start:
            start = m.end()
        elif m.start() >= fig.end:
            end = min(end, m.start())
            break
    for o in others:
        if o.end <= fig.start:
            start = max(start, o.end)
        elif o.start >= fig.end:
            end = min(end, o.start)
    return start, end


def _after_actor(sentence: str, folded: str, fig: Found, actors: list[ActorMatch]) -> Actor | None:
    """« N % des X », « N % des opinions des X » (at most three words in between)."""
    link = _LINK_RE.match(folded, fig.end)
    if not link:
        return None
    for a in actors:
        if a.start < link.end():
            continue
        between = folded[link.end() : a.start]
        if len(between.split()) <= 3 and not re.search(r"[,;:.()]|\d", between):
            return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
        break
    return None


def _before_actor(sentence: str, pos: int, actors: list[ActorMatch]) -> Actor | None:
    before = [a for a in actors if a.end <= pos]
    if not before:
        return None
    a = before[-1]
    return Actor(sentence[a.start : a.end], a.category, a.start, a.end)


def _clean(words: str) -> str:
    words = re.sub(r"\s+", " ", words).strip(" ,;:-–—«»\"'")
    tokens = words.split()
    while tokens and fold(tokens[-1].lower().strip("«»")) in STOP_WORDS | {"et", "ou"}:
        tokens.pop()
    while tokens and fold(tokens[0].lower()) in STOP_WORDS | {"et", "ou", "soit", "puis"}:
        tokens.pop(0)
    return " ".join(tokens[:MAX_MEASURE_WORDS])


def _content(words: str) -> int:
    return sum(1 for w in re.findall(r"[^\W\d_]{3,}", words) if fold(w.lower()) not in STOP_WORDS)


def _without(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`ranges` minus `holes` (another figure's « 86 % des responsables associatifs » is not
    part of this figure's measure)."""
    out = []
    for x, y in ranges:
        for h0, h1 in sorted(holes):
            if h1 <= x or h0 >= y:
                continue
            out.append((x, h0))
            x = max(x, h1)
        out.append((x, y))
    return [(x, y) for x, y in out if y > x]


def _measure(
    sentence: str,
    fig: Found,
    seg: tuple[int, int],
    actor: Actor | None,
    figs: list[Found],
    actor_ends: list[int],
    earlier: str,
    carried: str,
    foreign: list[tuple[int, int]],
) -> str:
    a, b = seg
    start = qualifier_before(sentence, fig.start)
    cut = [(a, start), (fig.end, b)]
    if actor and a <= actor.start < b and actor.start >= fig.end and not fig.noun:
        cut = [(a, start), (actor.end, b)]
    inside_parens = sentence[max(0, a - 1) : a] == "("
    text = " ".join(sentence[x:y] for x, y in _without(cut, foreign) if y > x)
    if inside_parens:  # « l'emploi (49 %) », « le MESRI (91% de défiance) »
        head = sentence[: a - 1]
        k = max((m.end() for m in _BOUNDARY_RE.finditer(head)), default=0)
        text = head[k:] + " " + text
    text = _clean(_FILLER_RE.sub(" ", text))
    if _content(text) >= 2 and not (
        _content(text) < 3 and fig.unit == "%" and text.startswith(("sur ", "avec "))
    ):
        return text
    if earlier:  # « 86 % … jugeaient urgent … en 2008, et 84 % en 2012 »
        return earlier
    # Lists share one predicate: after the last figure's population, else before the first.
    tail_start = max([f.end for f in figs] + actor_ends + [y for _, y in foreign])
    tail = _clean(sentence[tail_start:])
    if _content(tail) >= 2:
        return _clean(f"{text} {tail}") if text else tail
    first = qualifier_before(sentence, figs[0].start)
    head = _clean(_FILLER_RE.sub(" ", sentence[:first]))
    if _content(head) < 2 and _content(text) < 2:
        return carried or head or text
    if not _content(head) or text in head:
        return head or text
    return _clean(f"{head} {text}")


_BREAKDOWN_RE = re.compile(r"\s*(?:de|d')\s*((?:[^\W\d_][\w'-]*)(?: [^\W\d_][\w'-]*){0,2})")
_AUXILIARY_RE = re.compile(r"^(?:ont été|a été|sont|est)\s+", re.I)  # passive only


def _phrased(sentence: str, folded: str, fig: Found, actor: Actor | None, measure: str) -> str:
    """The measure as one would cite it: « dont 53 % de femmes » → « part de femmes parmi les
    collaborateurs »; « 2 000 personnes ont été interrogées » → « nombre de personnes
    interrogées »."""
    if fig.unit == "%" and _DONT_RE.search(folded[max(0, fig.start - 40) : fig.start]):
        base = _BREAKDOWN_RE.match(sentence, fig.end)
        if base:
            words = _clean(base.group(1))
            return f"part de {words} parmi les {actor.text}" if actor else f"part de {words}"
    if fig.unit in ("count", "people") and fig.noun and measure.startswith(fig.noun):
        rest = _AUXILIARY_RE.sub("", measure[len(fig.noun) :].strip())
        return _clean(f"nombre de {fig.noun} {rest}")
    return measure


def read_sentence(
    sentence: str,
    figs: list[Found],
    doc_year: str,
    previous: list[Actor],
    carried: str = "",
    nearby: Actor | None = None,
) -> list[Context]:
    """Actor, measure and year of each figure of one sentence (figure spans relative to it).
    `previous`: populations of the sentences before, nearest last (for « ils », « d'entre eux »);
    `carried`: the last measure before (« C'est aussi l'avis de 81 % des … »);
    `nearby`: the population named last in the section before the sentence, the actor of its
    shares and marks when the sentence names none (« L'emploi … avec une note de 7,1/10 »)."""
    vocab = vocabulary()
    folded = fold_in_place(sentence)
    actors = vocab.actors(folded)
    years = _years(sentence, doc_year)
    out: list[Context] = []
    last: Actor | None = None
    actor_ends: list[int] = []
    earlier = ""
    # Each figure's own « N % des X »: left out of the other figures' measures.
    owned = []
    for fig in figs:
        after = _after_actor(sentence, folded, fig, actors)
        owned.append((fig.start, after.end) if after else None)
    for i, fig in enumerate(figs):
        others = figs[:i] + figs[i + 1 :]
        foreign = [span for j, span in enumerate(owned) if span and j != i]
        seg = _segment(sentence, fig, others)
        actor = _actor(sentence, folded, fig, actors, last, previous, vocab.variants)
        if actor is None and not actors and nearby and _may_carry(folded, fig, nearby):
            actor = nearby
        if actor and actor.start >= fig.end:
            actor_ends.append(actor.end)
        if fig.unit not in ("€", "years"):
            last = actor or last
        measure = _measure(sentence, fig, seg, actor, figs, actor_ends, earlier, carried, foreign)
        measure = _phrased(sentence, folded, fig, actor, measure)
        if fig.unit == figs[max(i - 1, 0)].unit:
            earlier = measure
        year, source = _year(fig, figs, i, years, doc_year)
        out.append(
            Context(
                actor.text if actor else "", actor.category if actor else "", measure, year, source
            )
        )
    return out


def _may_carry(folded: str, fig: Found, nearby: Actor) -> bool:
    """Whether a share or mark takes the population of the section: not when the figure names
    its own base (« 60 % d'opinions positives », « 91 % de défiance ») and not a singular
    mention (« l'entreprise », the company itself rather than a population)."""
    if fig.unit not in ("%", "/10") or _BASE_AFTER_RE.match(folded, fig.end):
        return False
    return nearby.text.rstrip().endswith(("s", "x", "S", "X"))


def _actor(
    sentence: str,
    folded: str,
    fig: Found,
    actors: list[ActorMatch],
    last: Actor | None,
    previous: list[Actor],
    variants: dict[str, str],
) -> Actor | None:
    if fig.unit in ("count", "people"):
        noun = fold_in_place(fig.noun)
        for a in vocabulary().actors(noun):
            if a.start == 0:
                return Actor(
                    fig.noun[: a.end] if a.end < len(noun) else fig.noun,
                    a.category,
                    fig.end,
                    fig.end + len(fig.noun),
                )
        return None
    if fig.unit in ("€", "years"):
        return None
    before = folded[max(0, fig.start - 40) : fig.start]
    if _DONT_RE.search(before):
        return (
            last
            or _before_actor(sentence, fig.start, actors)
            or (previous[-1] if previous else None)
        )
    if _PRONOUN_AFTER_RE.match(folded, fig.end) or _PRONOUN_BEFORE_RE.search(before):
        found = last or _before_actor(sentence, fig.start, actors)
        return found or (previous[-1] if previous else None)
    after = _after_actor(sentence, folded, fig, actors)
    if after:
        return after
    parmi = re.search(r"\bparmi (?:les |des )?", folded[: fig.start])
    if parmi:
        inside = [a for a in actors if a.start >= parmi.end() and a.end <= fig.start]
        if inside:
            a = inside[0]
            return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
        if previous and re.search(r"\bparmi (?:celles|ceux|elles|eux)\b", folded[: fig.start]):
            return previous[-1]
    return last or _before_actor(sentence, fig.start, actors)


def _year(
    fig: Found, figs: list[Found], i: int, years: list[tuple[int, str]], doc_year: str
) -> tuple[str, str]:
    lo = figs[i - 1].end if i > 0 else 0
    hi = figs[i + 1].start if i + 1 < len(figs) else 10**9
    own = [(abs(p - fig.start), y) for p, y in years if lo <= p < hi]
    if own:
        return min(own)[1], "phrase"
    if years:
        return min((abs(p - fig.start), y) for p, y in years)[1], "phrase"
    return (doc_year, "document") if doc_year else ("", "")


def sentence_actors(sentence: str) -> list[Actor]:
    """The populations a sentence names, in order (the antecedents of the next sentences)."""
    folded = fold_in_place(sentence)
    return [
        Actor(sentence[a.start : a.end], a.category, -1, -1) for a in vocabulary().actors(folded)
    ]
