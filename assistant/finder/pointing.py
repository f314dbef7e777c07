"""Shares that only point back, re-read with what they point at: a restating clause (« C'est
le cas de 74 % des Français »: the sentence before), a level clause (« Le résultat de 2012
s'établissait à 84 % », « elle tombe à 20 % »: the measure of the share before, in its
section), an answer (« 86 % répondaient par l'affirmative », « La quasi-totalité répond oui.
Elles sont 98 % dans ce cas »: the question asked before). A share whose sentence does not
name whom it counts takes the population of what it points at, unless its clause gives the
level for a subgroup (« Côté associations, la proportion était proche : 38 % »)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..text import fold_in_place, fold_lower
from .anaphora import restates, restating_words, sentence_before
from .dating import sentence_years
from .detect import Found
from .levels import is_level, level_reading
from .measure import clean, content_words, segment
from .parts import Context
from .relations import counted_actors
from .rows import SHARE_UNITS
from .vocabulary import folded_words, vocabulary

_SAME_RE = re.compile(r"\b(?:le|la|les) mêmes? [^\W\d_]{4,}", re.I)  # « les mêmes termes »
MAX_QUESTION_BACK = 4  # sentences before an answer where its question is looked for


@dataclass(frozen=True)
class Before:
    """What a page said before a sentence, in the sentence's section: the page's text and
    sentences, the sentence's index `k`, where the section starts, and the last share or mark
    read in the section (`last`, its measure and population) and whether it is in the sentence
    just before (`last_is_next`)."""

    text: str
    sentences: list[tuple[int, int]]
    k: int
    section: int
    last: Context | None
    last_is_next: bool


@cache
def answer_words() -> frozenset[str]:
    return folded_words("answer_words")


def answers(words: str) -> bool:
    """Whether a clause says it is an answer (« répondaient par l'affirmative », « répond
    oui »): it measures the question, not its own words."""
    return any(w in answer_words() for w in re.findall(r"[^\W\d_]+", fold_lower(words)))


def clause(sentence: str, fig: Found, figs: list[Found]) -> str:
    """The figure's own clause, the figure left out (« elle tombe à »)."""
    a, b = segment(sentence, fig, [f for f in figs if f is not fig])
    return f"{sentence[a : fig.start]} {sentence[fig.end : b]}"


_RATE_RE = re.compile(r"^[\s,]*(?:il|elle)\s", re.I)


def _rate_points_back(words: str) -> bool:
    """Whether a share's own clause is a rate standing for the one said before and a level
    word (« À l'autre bout de l'échelle, sous le seuil de 10 000 €, elle tombe à 20 % »: « il »,
    « elle » is the rate, not a population; not « il concerne 47 % », where « il » is what is
    measured) with nothing else to say."""
    if _RATE_RE.match(words) is None:
        return False
    return is_level(fold_lower(words)) and restates(words, "", "%")


# « demandait aux Français s'il était urgent … », « On a demandé aux personnes interrogées si
# … », « sur quels sujets … »: an indirect question, from its question word on.
_INDIRECT_RE = re.compile(
    r"\b(?:demand\w*|interrog\w*|question\w*)\b[^.?!]*?\b(?:si|s['’]|quels?|quelles?|comment"
    r"|combien|dans quels?|dans quelles?|dans lesquel(?:le)?s|où)\b",
    re.I,
)
# « Interrogés sur les domaines où …, les Français citent … »: the main clause after a question
_MAIN_CLAUSE_RE = re.compile(r",\s+(?:les|la|le|l['’]|ils|elles|on)\s")
_SENTENCE_RE = re.compile(r"[^.?!]+[.?!]?")


def asked(said: str) -> tuple[str, str] | None:
    """A sentence read as a question: what it asks, as a measure, and the text before that
    (which names whom it was asked); None when it asks nothing."""
    said = " ".join(said.split())
    if said.endswith("?"):
        question = said.rstrip(" ?").rsplit(":", 1)[-1]
        return clean(question), question
    m = _INDIRECT_RE.search(said)
    if m is None:
        return None
    rest = said[m.end() :].rstrip(". ")
    main = _MAIN_CLAUSE_RE.search(rest)
    return clean(rest[: main.start()] if main else rest), said[: m.end()]


def question_in(text: str) -> str:
    """What the last question of `text` asks (« les partenariats ont, selon les citoyens, un
    impact fort »), or ""."""
    for m in reversed(list(_SENTENCE_RE.finditer(text))):
        found = asked(m.group())
        if found:
            return found[0]
    return ""


def question_before(before: Before) -> tuple[str, str]:
    """The question an answer answers, as a measure, and the text that names whom it was
    asked last (« demandait aux Français »): the nearest sentence of the section, a few back, that
    ends on « ? » or asks indirectly; ("", "") when there is none."""
    for j in range(before.k - 1, max(-1, before.k - 1 - MAX_QUESTION_BACK), -1):
        a, b = before.sentences[j]
        if a < before.section:
            break
        found = asked(before.text[a:b])
        if found:
            return found
    return "", ""


def _population(words: str, last: bool = False) -> tuple[str, str]:
    """The first (or `last`) population `words` name that is not inside a relation (`entre`),
    or ("", "")."""
    folded = fold_in_place(words)
    found = counted_actors(folded, vocabulary().actors(folded))
    if not found:
        return "", ""
    a = found[-1] if last else found[0]
    return words[a.start : a.end], a.category


def reread(
    sentence: str, figs: list[Found], contexts: list[Context], before: Before
) -> list[Context]:
    """The contexts of a sentence's shares that only point back, re-read with what they point
    at (the sentence must open its span and follow one of its own section)."""
    out = []
    for i, (fig, c) in enumerate(zip(figs, contexts, strict=True)):
        if fig.unit not in SHARE_UNITS:
            out.append(c)
            continue
        own = clause(sentence, fig, figs)
        first = not any(f.unit in SHARE_UNITS for f in figs[:i])
        if not (
            restates(c.measure, c.actor, fig.unit)
            or (first and _rate_points_back(own))
            or _level_lead(sentence, fig, own, c.actor)
        ):
            out.append(c)
            continue
        prior = [k for k in range(i) if figs[k].unit in SHARE_UNITS]
        if prior and restates(c.measure, c.actor, fig.unit):
            # rule `clause_before`: « … estimait que 38 % des associations avaient un
            # partenariat ; chez les associations employeuses, la proportion atteignait 53 % »:
            # the share before it in its own sentence
            last = out[prior[-1]]
            measure, actor = last.measure, (last.actor, last.category)
        else:
            measure, actor = _pointed_at(c, own, before)
            c = _dated_before(c, before)
        if not measure:
            out.append(c)
            continue
        c = replace(c, measure=measure)
        if actor[0] and not keeps_population(c, sentence, fig):
            c = replace(c, actor=actor[0], category=actor[1])
        out.append(c)
    return out


def _level_lead(sentence: str, fig: Found, own: str, actor: str) -> bool:
    """Rule `level_lead`: whether a share's clause names only whom it counts or a subgroup
    after a lead that only gives a level (« Du côté associatif, la proportion était voisine :
    38 % des associations, et 53 % parmi celles qui emploient des salariés »): it points back,
    whatever the sentence says after another figure."""
    head = sentence[: fig.start]
    if ":" not in head:
        return False
    lead = head.split(":", 1)[0]
    if not is_level(fold_lower(lead)) or not restates(lead, "", "%"):
        return False
    words, pointing, _ = level_reading(fold_lower(own), restating_words())
    drop = set(fold_lower(actor).split())
    kept = [w for i, w in enumerate(words) if i not in pointing and w not in drop]
    return content_words(" ".join(kept)) < 2


def keeps_population(c: Context, sentence: str, fig: Found) -> bool:
    """Rule `pointed_population`: whether a pointing share keeps its own population rather
    than that of what it points at: when its sentence names it (« Chez les dirigeants de TPE et
    de PME, la proportion monte à 84 % ») or gives the level of a subgroup (« Côté associations,
    la proportion était proche : 38 % », « Chez ces derniers, le taux atteignait 65 % »); not
    a population read from a pronoun or the section (« Elles sont 98 % dans ce cas »)."""
    if c.actor and fold_lower(c.actor) in fold_lower(sentence):
        return True
    return level_reading(fold_lower(sentence[: fig.start]), frozenset())[2]


def _pointed_at(c: Context, own: str, before: Before) -> tuple[str, tuple[str, str]]:
    """The measure and population a pointing share takes, or ("", …) when none is found."""
    last = before.last
    said = sentence_before(before.text, before.sentences, before.k)
    if answers(own) or answers(c.measure) or (not before.last_is_next and answers(said)):
        question, asked = question_before(before)
        if question:
            return question, _population(asked, last=True)
    if last is not None and (before.last_is_next or points_back_too(said)):
        # the share just before (« … (81 %) et chez les responsables associatifs (86 %) »)
        return last.measure, (last.actor, last.category)
    if _says_nothing(said):
        return "", ("", "")  # keep the share's own words (« … rejoignaient ce constat »)
    a, b = before.sentences[before.k - 1]
    return said, _population(before.text[a:b])


# A speaker's turn in an interview or a transcript: « Mathilde Carrel — », « 00:04:38 L. M. — »
_SPEAKER_RE = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?(?:[A-ZÀ-Ý][\w’'.-]*\s+){1,3}[—–]\s+")


def _says_nothing(said: str) -> bool:
    """Rule `empty_before`: whether the sentence before a pointing share is an answer that says
    nothing it could measure: it holds an answer word, and fewer than two content words once a
    speaker's name and the answer words are left out
    (« Mathilde Carrel — Oui, et c'est ce qui a frappé. Dans les volets suivants, 81 % des
    dirigeants … rejoignaient ce constat »)."""
    words = re.findall(r"[^\W\d_]+", _SPEAKER_RE.sub("", said))
    kept = [w for w in words if fold_lower(w) not in answer_words()]
    return len(kept) < len(words) and content_words(" ".join(kept)) < 2  # an answer, empty


def points_back_too(said: str) -> bool:
    """Rule `pointer_chain`: whether the sentence before a pointing share points back itself,
    so that the share means the share said before it in the section (« la question a été
    reposée dans les mêmes termes. Le résultat de 2012 s'établissait à 84 % », « Il grimpait
    nettement chez celles qui emploient des salariés. Pour ces dernières, il atteignait 53 % »)."""
    return restates(said, "", "%") or _SAME_RE.search(said) is not None


def _dated_before(c: Context, before: Before) -> Context:
    """Rule `pointed_year`: a pointing share its sentence does not date takes the one year the
    sentence it points at prints (« En 2008, une très large majorité de Français jugeait urgent
    … La proportion atteignait 86 % »)."""
    if c.year_source != "document" or before.k <= 0:
        return c
    a, b = before.sentences[before.k - 1]
    years = {y for _, y in sentence_years(before.text[a:b], "")}
    return replace(c, year=years.pop(), year_source="phrase") if len(years) == 1 else c
