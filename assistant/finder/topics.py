"""Ranked topics: shares that rank the topics of one question (« L'emploi arrive encore en
tête : 49 % des répondants y voient un impact fort. Vient ensuite le développement économique.
Pour lui, la part atteint 46 %. L'environnement suit avec 42 % », « Interrogés sur les
domaines où les partenariats peuvent avoir un impact fort, les Français citent d'abord l'emploi
(49 %), puis … »). Each measures what the ranking is about, then its own topic: « voient un
impact fort : le développement économique ». Ranking words in figure_words.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..text import STOP_WORDS, fold_lower
from .anaphora import restating_words
from .detect import Found
from .levels import level_reading
from .measure import MAX_MEASURE_WORDS, clean, content_words
from .parts import Context
from .pointing import question_in
from .vocabulary import folded_words, vocabulary

# where the clause of a share starts (« …, tandis que la précarité et l'éducation obtiennent
# chacune 36 % », « (49 %), puis le développement économique (46 %) »)
_CLAUSE_RE = re.compile(r"[.;!?)]|,\s*(?:tandis que|alors que)\s|\s[–—]\s")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
# a sentence's opening phrase before its clause (« Selon notre enquête, », « En 2015, »)
_OPENING_RE = re.compile(r"(?:selon|d['’]après|pour|parmi|dans|en|chez|interrog\w*)\b", re.I)


@cache
def _ranking() -> frozenset[str]:
    return folded_words("ranking_words")


@dataclass
class Ranking:
    """What the ranked topics of one section share: where the section starts and what its
    ranking is about (`predicate`, from its first ranked share or the question before)."""

    section: int = -1
    predicate: str = ""


@cache
def _ranking_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("ranking_words"), key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, words)) + r")(?![\w'’])", re.I)


def _ranks(words: list[str]) -> list[int]:
    return [i for i, w in enumerate(words) if fold_lower(w) in _ranking()]


def topic_of(clause: str, last: bool = False) -> str:
    """The topic a clause ranks: the words before its first ranking word (« L'environnement
    suit avec »), or after the ranking words that open it (« Vient ensuite le développement
    économique »), or, `last`, after its last one (« les Français citent d'abord l'emploi »
    before « (49 %) »); "" when it has no ranking word or no content word there."""
    words = _WORD_RE.findall(clause)
    ranks = _ranks(words)
    if not ranks:
        return ""
    if last:
        topic = words[ranks[-1] + 1 :]
    elif ranks[0] > 0:
        topic = words[: ranks[0]]
    else:
        k = 0
        while k < len(words) and (k in ranks or fold_lower(words[k]) in STOP_WORDS):
            k += 1
        more = [i for i in ranks if i >= k]
        topic = words[k : more[0] if more else len(words)]
    text = clean(" ".join(topic))
    return text if content_words(text) >= 1 else ""


def _own(measure: str, topic: str, actor: str) -> str:
    """A share's measure without its topic's, population's and ranking words."""
    drop = {fold_lower(w) for w in _WORD_RE.findall(f"{topic} {actor}")} | _ranking()
    kept = [w for w in measure.split() if fold_lower(w.strip(",;:")) not in drop]
    return clean(" ".join(kept))


def _lead_words(clause: str, actor: str) -> str:
    """The words of a ranking clause before its first ranking word, its population left out
    (« impacts jugés forts portent » in « Les impacts jugés forts portent d'abord sur
    l'emploi », « citent » in « Les Français citent d'abord l'emploi »), when they hold a
    content word; else ""."""
    found = list(_WORD_RE.finditer(clause))
    ranks = _ranks([m.group() for m in found])
    if not ranks:
        return ""
    before = clause[: found[ranks[0]].start()]
    # the ranking word's own clause, after an opening phrase (« Selon notre enquête auprès
    # des usagers, les lecteurs empruntent d'abord … »), not after a list's comma
    head, _, rest = before.rpartition(",")
    if head and _OPENING_RE.match(head.strip()):
        before = rest
    own = _own(" ".join(_WORD_RE.findall(before)), "", actor)
    return own if content_words(own) >= 1 else ""


def _says_nothing(clause: str) -> bool:
    """Whether a share's clause names no topic of its own (« Pour lui, la part atteint », « Il
    est cité par »): at most one content word once pointing and level words are left out."""
    words, pointing, _ = level_reading(fold_lower(clause), restating_words())
    return content_words(" ".join(w for i, w in enumerate(words) if i not in pointing)) <= 1


def ranked(
    sentence: str,
    figs: list[Found],
    contexts: list[Context],
    state: Ranking,
    where: tuple[int, str, str],
) -> list[Context]:
    """Rule `ranked_topics`: the contexts of a sentence's shares that rank a topic, measured as
    « what the ranking is about : the topic ». `where`: the section's start, its text before
    the sentence (where the question is looked for) and the sentence just before in the
    section (a ranking sentence without a share: « Vient ensuite le développement économique. »)."""
    section, lead, said_before = where
    if section != state.section:
        state.section, state.predicate = section, ""
    if not _ranking_re().search(f"{said_before} {sentence}"):
        return contexts  # most sentences: no ranking word, nothing to read
    out, ranking = [], False
    lead_words = ""  # this sentence's own lead (`ranking_lead`), not carried to the next one
    for fig, c in zip(figs, contexts, strict=True):
        cuts = [m.end() for m in _CLAUSE_RE.finditer(sentence, 0, fig.start)]
        clause = sentence[cuts[-1] if cuts else 0 : fig.start]
        inside = clause.rstrip().endswith("(")  # « … citent d'abord l'emploi (49 %) »
        topic = topic_of(clause.rstrip(" ("), last=inside) if fig.unit == "%" else ""
        if fig.unit == "%" and not topic and inside and ranking:
            topic = clean(clause.rstrip(" ("))  # « … (46 %) et l'environnement (42 %) »
        if fig.unit == "%" and not topic and said_before and _says_nothing(clause):
            topic = "" if re.search(r"\d\s*%", said_before) else topic_of(said_before)
        if not topic or content_words(topic) < 1:
            out.append(c)
            continue
        ranking = True
        own = "" if inside else _own(c.measure, topic, c.actor)  # « (46 %) »: the topic only
        if content_words(own) >= 2:
            state.predicate = state.predicate or own
            measure = f"{own} : {topic}"
        else:
            state.predicate = state.predicate or question_in(f"{lead} {sentence[: fig.start]}")
            if not state.predicate and inside and not lead_words:
                # rule `ranking_lead`: « Les impacts jugés forts portent d'abord sur l'emploi
                # (49 %), puis … »: what the clause says before its ranking word
                lead_words = _lead_words(clause, c.actor)
            predicate = state.predicate or lead_words
            if not predicate:
                out.append(c)
                continue
            said = f"{own} — {predicate}" if own else predicate
            measure = f"{said} : {topic}"
        out.append(replace(c, measure=" ".join(measure.split()[:MAX_MEASURE_WORDS])))
    return out
