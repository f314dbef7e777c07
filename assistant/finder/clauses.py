"""What a figure measures, read from its clause: without the qualifiers (« plus de »), its own
population and the other figures' « N % des X », with the clause readers that widen or move it
(a bracketed list's label, a relative clause's antecedent, « Pour N % des X, clause »), else a
list's lead, the sentence's shared predicate or its head."""

from __future__ import annotations

import re
from functools import cache

from ..text import analyze, fold_in_place, fold_lower
from .detect import Found, qualifier_before
from .measure import (
    BOUNDARY_RE,
    CLAUSE_END_RE,
    FILLER_RE,
    SHORT_ITEM_WORDS,
    clean,
    content_words,
    paired,
    without_source,
)
from .parts import Actor
from .rows import SHARE_UNITS
from .thresholds import class_bounds
from .vocabulary import folded_words, vocabulary

# « Parmi celles dont … , »: the population a sentence opens with
_PARMI_RE = re.compile(r"^\s*parmi\b[^,]*,?", re.I)


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


# « … 45 % - éducation 30 % », « …, qualité de la coopération 30 % »: a part's label between the
# figure before it and its own
_LISTED_LABEL_RE = re.compile(r"(?:\s*[-–,;/]|\s+et)\s*([^\W\d_][^,;:()\d]{0,50}?)\s*$")


def listed_label(sentence: str, a: int, b: int) -> re.Match[str] | None:
    """The label of a listed part between the figure before it (ending at `a`) and its own
    (starting at `b`): « - éducation », «, qualité de la coopération »; None otherwise."""
    return _LISTED_LABEL_RE.fullmatch(sentence, a, b)


def _listed_part(sentence: str, fig: Found, figs: list[Found]) -> str:
    """Rule `listed_parts`: the measure of a share in a list of labelled parts after a colon
    (« Domaines : insertion 45 % - éducation 30 % - environnement 25 % »): the list's lead and
    its own label (« Domaines : éducation »); "" when the share is no such part."""
    if fig.unit not in SHARE_UNITS:
        return ""
    before = [f for f in figs if f.end <= fig.start]
    if not before:
        return ""
    m = listed_label(sentence, before[-1].end, fig.start)
    colon = sentence.rfind(":", 0, figs[0].start)
    if m is None or colon < 0 or not content_words(m.group(1)):
        return ""
    lead = clean(sentence[:colon])
    return f"{lead} : {m.group(1).strip()}" if content_words(lead) else ""


def measure_of(
    sentence: str,
    fig: Found,
    seg: tuple[int, int],
    actor: Actor | None,
    figs: list[Found],
    actor_ends: list[int],
    earlier: str,
    carried: str,
    foreign: list[tuple[int, int]],
    lead: str = "",
) -> str:
    a, b = seg
    start = qualifier_before(sentence, fig.start)
    cut = [(a, start), (fig.end, b)]
    if actor and a <= actor.start < b and actor.start >= fig.end and not fig.noun:
        cut = [(a, start), (actor.end, b)]
    cut[1] = _past_threshold(sentence, cut[1], figs)
    if fig.noun and fig.unit in ("count", "people"):
        cut[1] = _with_relative(sentence, cut[1], figs)
    inside_parens = sentence[max(0, a - 1) : a] == "("
    # the other figure of a range or pair, and the link to it (« environ 70 à 80 % des … »)
    pairs = [(fig.end, o.end) for o in figs if paired(sentence, fig, o)]
    pairs += [(o.start, fig.start) for o in figs if paired(sentence, o, fig)]
    text = " ".join(sentence[x:y] for x, y in _without(cut, foreign + pairs) if y > x)
    listed_lead = ""
    if inside_parens:  # « l'emploi (49 %) », « le MESRI (91% de défiance) »
        head = sentence[: a - 1]
        k = _clause_start(head, len(head))
        label = _listed_label(sentence, head[k:], k)
        text = label + " " + text
        if label == head[k:]:
            listed_lead = _bracket_list_lead(sentence, a)
    text = clean(FILLER_RE.sub(" ", without_source(text)))
    if listed_lead and content_words(text) >= 1:
        return clean(f"{text} — {listed_lead}")
    text = clean(f"{text} {_antecedent(sentence, a)}")
    framed = _framed_clause(sentence, fig, seg, figs)
    if framed:
        return framed
    if lead.endswith("?"):  # a survey's answer (« Oui, chaque semaine 27 % »): its words, then
        # the question it answers, which says what its share measures (lists.py)
        own = _item_words(sentence, text, figs)
        return clean(f"{own.rstrip(' ,;:')} — {lead}") if own else clean(lead)
    if content_words(text) >= 2 and not (
        content_words(text) < 3 and fig.unit == "%" and text.startswith(("sur ", "avec "))
    ):
        return text
    if b < len(sentence) and sentence[b] == ":" and content_words(text) < 2:
        # a key figure « 84 % des répondants : communes de moins de 2 000 habitants », « dont
        # 35 % : fortement »: what it measures is after the colon
        stop = BOUNDARY_RE.search(sentence, b + 1)
        after = clean(sentence[b + 1 : stop.start() if stop else len(sentence)])
        if content_words(after) >= 1:
            return clean(f"{text} {after}") if content_words(text) else after
    if lead:  # a list item: its own words (« les collectivités territoriales : 89 % »), else
        # with its list's lead (« le mécénat : 75 % » — « Quatre formes de relation dominent »)
        own = _item_words(sentence, text, figs)
        labelled = sentence[: figs[0].start].rstrip().endswith(":")
        if content_words(own) >= (2 if labelled else SHORT_ITEM_WORDS):
            # « les collectivités territoriales : 89 % »: a label says what it measures
            return own
        if content_words(own) >= 2:
            # « l'innovation sociétale, pour 73 % » under « Quant aux formes prises par ces
            # relations, quatre se détachent »: a short item says what it is with its lead
            return clean(f"{own.rstrip(' ,;:')} — {lead}")
        if content_words(own) + content_words(lead) >= 2:
            return clean(f"{own.rstrip(' ,;:')} — {lead}") if own else clean(lead)
    own_population = actor is not None and a <= actor.start < b and actor.start >= fig.end
    label = "" if own_population else _colon_label(sentence, a, fig, figs)
    if label:  # « Coût de la vague 2020 : 185 k€, financés par … »: the label says it
        return clean(f"{label} {text}") if content_words(text) else label
    listed = _listed_part(sentence, fig, figs)
    if listed:  # « Domaines : insertion 45 % - éducation 30 % »: « Domaines : éducation »
        return listed
    if earlier:  # « 86 % … jugeaient urgent … en 2008, et 84 % en 2012 »
        return earlier
    # Lists share one predicate: after the last figure's population, else before the first.
    tail_start = max([f.end for f in figs] + actor_ends + [y for _, y in foreign])
    tail = clean(without_source(sentence[tail_start:]))
    if content_words(tail) >= 2:
        return clean(f"{text} {tail}") if text else tail
    first = qualifier_before(sentence, figs[0].start)
    # « Parmi celles dont le budget est inférieur à 10 000 €, elles ne sont que 20 % »: the
    # population the sentence opens with is not what it measures.
    head = clean(FILLER_RE.sub(" ", without_source(_PARMI_RE.sub("", sentence[:first]))))
    if content_words(head) < 2 and content_words(text) < 2:
        return carried or head or text
    if not content_words(head) or text in head:
        return head or text
    return clean(f"{head} {text}")


def _colon_label(sentence: str, a: int, fig: Found, figs: list[Found]) -> str:
    """Rule `colon_label`: the label a figure's clause follows (« Coût de la vague 2020 :
    185 k€ », « volet « Consolidation » : 900 000 € »), from the boundary before it up to the
    colon, a number inside it included (« Coût des 12 régates : »); ""  for a list of figures
    after the colon, which share the predicate after them (« Taux : 81 % des présidents, 84 %
    des trésoriers jugent … »), and for a source (« Source : … : »)."""
    head = sentence[:a].rstrip()
    if not head.endswith(":") or _listed(sentence, fig, figs):
        return ""
    colon = len(head) - 1
    start = _clause_start(sentence, colon)
    if _SOURCE_BEFORE_RE.search(sentence, 0, start):
        return ""
    label = clean(without_source(sentence[start:colon]))
    shares = fig.unit in SHARE_UNITS
    if content_words(label) < (2 if shares else 1):  # « dépenses : 15 000 € »
        return ""
    if shares and not _share_of_re().match(fold_lower(label)):
        # « la proportion restait élevée : 84 % » only points back (rule `restates`); a share
        # takes a label that names it: « Part des Français jugeant … », « taux de réponse »
        return ""
    return label


_SOURCE_BEFORE_RE = re.compile(r"\bsources?\s*:\s*$", re.I)
_RESTATED_RE = re.compile(r"\bsoit\b", re.I)
_LIST_GAP_RE = re.compile(r"[^;:.!?]{0,40}?(?:,|\bet\b)\s*(?:[^\W\d_]+\s+){0,1}$")


def _listed(sentence: str, fig: Found, figs: list[Found]) -> bool:
    """Whether another figure of the same unit follows `fig` as the next item of a list that
    shares the predicate after its last figure: a comma or « et » between them and a few
    words (« 81 % des présidents, 84 % des trésoriers jugent … », « 12 000 €, 8 000 € et
    3 000 €, financés par … »), not a clause of its own (« 450 000 €, avec une aide
    plafonnée à 30 000 € »)."""
    nxt = next((f for f in figs if f.start >= fig.end), None)
    if nxt is None or nxt.unit != fig.unit:
        return False
    stop = CLAUSE_END_RE.search(sentence, fig.end)
    end = stop.start() if stop else len(sentence)
    last = max(f.end for f in figs if f.end <= end)
    if content_words(without_source(sentence[last:end])) < 2:
        return False  # « Part des Français … : 86 % en 2008, 84 % en 2012 »: no predicate
    gap = sentence[fig.end : qualifier_before(sentence, nxt.start)]
    if _RESTATED_RE.search(gap):
        return False  # « 9 € par élève, soit 9 200 € au total »: the same cost, restated
    return len(gap.split()) <= 4 and _LIST_GAP_RE.fullmatch(gap) is not None


@cache
def _share_of_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(sorted(folded_words('share_nouns')))})\s+(?:de|des|du|d')\b")


def _clause_start(text: str, end: int, stops: re.Pattern[str] = BOUNDARY_RE) -> int:
    """Where the clause ending at `end` starts: after the last stop before it, else 0."""
    return max((m.end() for m in stops.finditer(text, 0, end)), default=0)


def _item_words(sentence: str, text: str, figs: list[Found]) -> str:
    """A list item's own words: those before its first figure, with the figure's clause when
    that clause is not already among them."""
    before = clean(sentence[: qualifier_before(sentence, figs[0].start)])
    return before if text and f" {text} " in f" {before} " else clean(f"{before} {text}")


# « d'activité économique (77 %) », « et de commerce (65 %) »: an item that goes on the
# complement of the first one (« l'impact positif en matière d'emploi (83 %) »)
_NEW_CLAUSE_RE = re.compile(
    r"[;.!?]|\b(?:mais|alors que|alors qu['’]|tandis que|tandis qu['’]|quand|lorsque|car|donc)\b",
    re.I,
)


def _bracket_list_lead(sentence: str, a: int) -> str:
    """Rule `bracket_list_lead`: the clause of the first item of a list of bracketed figures,
    for a later item (« Ils attendent un impact fort sur l'emploi (49 %), le développement
    économique (46 %) et l'environnement (42 %) » → « l'environnement — attendent un impact
    fort sur l'emploi »): the later items print only their label; "" for the first item or a
    bracket no list leads to."""
    bracket = _FIRST_BRACKET_RE.search(sentence)
    if bracket is None or bracket.start() >= a - 1:
        return ""
    head = sentence[: bracket.start()]
    k = _clause_start(head, len(head))
    if _NEW_CLAUSE_RE.search(sentence, bracket.end(), a - 1):
        return ""  # « …, alors que les élus privilégient la santé (42 %) »: another clause
    lead = clean(FILLER_RE.sub(" ", without_source(head[k:])))
    if content_words(lead) < 2 and head[:k].rstrip().endswith(":"):
        # « … ont un impact fort, ça donne : l'emploi (49 %), … »: the clause the colon closes
        before = head[:k].rstrip()[:-1]
        j = _clause_start(before, len(before), CLAUSE_END_RE)
        lead = clean(FILLER_RE.sub(" ", without_source(before[j:])))
    return lead if content_words(lead) >= 2 else ""


# « de », « à », « en »…: prepositions, not « des », « du », « au » (also articles, « des
# commerçants (30 %) » names its own subject).
_GOES_ON_RE = re.compile(r"^\s*(?:et|ou)?\s*(de|d['’]|à|en|pour|sur)(?=\s|(?<=['’])\w)", re.I)
_LINK_RE = re.compile(r"(?<![\w'’])(?:d['’](?=\w)|(?:de|à|en|pour|sur)(?=\s))", re.I)
_LINK_CLASS = {"de": "de", "d'": "de", "d’": "de"}
_FIRST_BRACKET_RE = re.compile(r"\(\s*(?:près de |plus de |environ )?\d")


def _listed_label(sentence: str, label: str, at: int) -> str:
    """Rule `listed_label`: the label of a figure in brackets that continues a list of such
    labels (« l'impact positif en matière d'emploi (83 %), d'activité économique (77 %) »),
    read with the words the first label's own complement hangs on (« l'impact positif en
    matière d'activité économique »); another label as printed."""
    m = _GOES_ON_RE.match(label)
    bracket = _FIRST_BRACKET_RE.search(sentence)  # the list's first bracketed figure
    first = bracket.start() if bracket else -1
    if m is None or first < 0 or first >= at:
        return label
    link = _LINK_CLASS.get(m.group(1).lower(), m.group(1).lower())
    lead = sentence[:first]
    lead = lead[_clause_start(lead, len(lead)) :]
    cut = [
        x.start()
        for x in _LINK_RE.finditer(lead)
        if _LINK_CLASS.get(x.group().lower(), x.group().lower()) == link
    ]
    if not cut or not lead[: cut[-1]].strip():
        return label
    return f"{lead[: cut[-1]].rstrip()} {label[m.start(1) :]}"


# « des associations dont le budget dépasse 150 000 € ont un partenariat »: a relative clause
# that narrows the population with a threshold figure.
_RELATIVE_RE = re.compile(r"\s*(?:(?:de|d['’])\s*)?(?:celles|ceux)?\s*(?:dont|qui)\b", re.I)


# « …, avec lesquelles 89 % des associations … »: a clause that opens on a relative pronoun
# after a preposition, whose antecedent ends the clause before it
_WHICH_RE = re.compile(
    r"\s*(avec|pour|dans|chez|sur|par|contre|entre)\s+(?:lesquel(?:le)?s|lequel|laquelle)\b",
    re.I,
)
_DETERMINER_RE = re.compile(r"(?<![\w'’])(?:les|la|le|l['’]|des|du|ces|ses|leurs)(?=\s|\w)", re.I)
MAX_ANTECEDENT_WORDS = 8


def _antecedent(sentence: str, a: int) -> str:
    """Rule `relative_antecedent`: what a clause opening on « avec lesquelles », « pour
    lesquels »… is about, « avec » and the noun phrase ending the clause before it (« les
    collectivités locales ou territoriales, avec lesquelles 89 % des associations … »), ""."""
    m = _WHICH_RE.match(sentence, a)
    if m is None:
        return ""
    before = sentence[:a].rstrip(" ,")
    words = before.split()[-MAX_ANTECEDENT_WORDS:]
    tail = " ".join(words)
    found = list(_DETERMINER_RE.finditer(tail))
    # the head's article, not a complement's (« les associations du quartier »)
    heads = [d.start() for d in found if d.group().lower() not in ("des", "du")]
    det = heads or [d.start() for d in found]
    return f"{m.group(1)} {tail[det[-1] :]}" if det else ""


# « Pour 80 % des foyers fiscaux, la taxe … »: a share that frames the clause after it
_FOR_SHARE_RE = re.compile(r"\s*pour\s+(?:les\s+)?(?:(?:plus|près|moins) de\s+|environ\s+)?$", re.I)


def _framed_clause(sentence: str, fig: Found, seg: tuple[int, int], figs: list[Found]) -> str:
    """Rule `share_frame`: a share opening its sentence's first clause on « Pour » (« Pour 80
    % des foyers fiscaux, la taxe d'habitation sera supprimée ») measures the clause after the
    comma, up to the next punctuation or figure; ""."""
    a, b = seg
    if fig.unit != "%" or b >= len(sentence) or sentence[b] != ",":
        return ""
    if not _FOR_SHARE_RE.fullmatch(sentence, a, fig.start):
        return ""
    stop = CLAUSE_END_RE.search(sentence, b + 1)
    end = min([stop.start() if stop else len(sentence), *(f.start for f in figs if f.start > b)])
    clause = clean(sentence[b + 1 : end])
    return clause if content_words(clause) >= 1 else ""


# not « dont », which opens a part of the count (« 300 adhérents, dont la plupart … »)
_RELATIVE_AFTER_RE = re.compile(r",\s*(?:qui|que|qu['’])\b", re.I)


def _with_relative(sentence: str, part: tuple[int, int], figs: list[Found]) -> tuple[int, int]:
    """Rule `count_relative`: a count's clause with the relative clause that describes what
    it counts (« Il compte dix volets, qui dressent le premier état des lieux »), up to the
    next punctuation or figure; else the same words."""
    x, y = part
    if not _RELATIVE_AFTER_RE.match(sentence, y):
        return part
    stop = BOUNDARY_RE.search(sentence, y + 1)
    end = stop.start() if stop else len(sentence)
    if any(y < f.start < end for f in figs):
        return part  # another figure inside (« 45 salariés, qui accompagnent 300 familles »)
    return x, end


def _past_threshold(sentence: str, part: tuple[int, int], figs: list[Found]) -> tuple[int, int]:
    """The words after a figure (and its population): when they are a relative clause ended
    by another figure (a threshold of the population), the predicate after that figure, up to
    the next punctuation (« ont un partenariat avec une entreprise »), else the same words."""
    x, y = part
    if not _RELATIVE_RE.match(sentence, x):
        return part
    threshold = next((f.end for f in figs if y <= f.start <= y + 2), None)
    if threshold is None:  # an amount bounding the class, no figure (rule `class_bound`)
        bounds = class_bounds(sentence, x, y)
        if not bounds:
            return part
        threshold = bounds[0][1]
    stop = BOUNDARY_RE.search(sentence, threshold)
    end = stop.start() if stop else len(sentence)
    later = [f.start for f in figs if threshold <= f.start < end]
    return threshold, min([end, *later])


def only_whom(measure: str, actor: str) -> bool:
    """Whether a measure only names whom its figure counts (« Chez les dirigeants d'entreprise,
    81 % » → « dirigeants d'entreprise »): it says nothing of what is measured (rule
    `whom_only`: the measure carried from the sentence before stands instead). Not another
    population: « 72 % avec d'autres associations ou des fondations » says with whom."""
    said = {w for w in analyze(measure) if not w[:1].isdigit()}
    return bool(said) and said <= set(analyze(actor))


def without_whom(measure: str) -> str:
    """A carried measure without the population its own item opened on (« Français — La
    question : … » → « La question : … »)."""
    head, sep, rest = measure.partition(" — ")
    if not (sep and rest):
        return measure
    folded = fold_in_place(head)
    named = vocabulary().actors(folded)
    return (
        rest
        if len(named) == 1 and only_whom(head, head[named[0].start : named[0].end])
        else measure
    )
