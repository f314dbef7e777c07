"""What kind of sentence answers what kind of question: an amount for « combien », a date for
« quand », a name for « qui », a definition for « qu'est-ce que ». Each bonus is a named rule
(assistant/answer/rules.py) with its switch."""

from __future__ import annotations

import re

from ..reading.sample import counted
from ..settings import GenerationSettings
from ..text import MONTHS, STOP_WORDS, analyze, fold
from .counting import counts, quantity
from .focus import (
    gives_mark,
    not_counted,
    not_focus,
)
from .people import names_person

_PERCENT = re.compile(r"\d\s?%|\bpour cent\b")
# A mark out of 10 (« 7,1 », « 6/10 », « 7 sur 10 »), for a question asking for one.
MARK = re.compile(
    r"(?<![\d,])\d(?:,\d{1,2})?\s?(?:/\s?10|sur 10)\b|(?<![\d,])\d,\d{1,2}(?![\d,]|\s?(?:%|k?M?€|mil))"
    # or a letter grade, which raters give (« le Groupe a obtenu la note A- », « noté B+ »)
    r"|\b[Nn]ot(?:e|ée|é|ées|és)\s?:?\s?(?:de\s)?[A-E][+-]?(?![\w+-])"
)
# A sum of money (rule `money`): « 1,5 M€ », « 800 000€ », « 2 millions d'euros », « 10 k€ »,
# « 100 francs suisses », « 5 CHF », « 3 M$ ».
MONEY = re.compile(r"[€$£]|\b(?:euros?|EUR|CHF|USD|francs?|dollars?|livres sterling)\b", re.I)
# A share (rule `share`): « 42 % », « 42 pour cent », « la moitié », « un tiers », « une
# association sur quatre ».
SHARE = re.compile(
    rf"{_PERCENT.pattern}|\bpourcent\b|\b(?:moitié|tiers|quarts?)\b"
    r"|\bsur (?:deux|trois|quatre|cinq|dix)\b",
    re.I,
)
# Not « la note de réflexion », « la note du 29 février », « la note que le ministère a
# envoyée » (a document): the best mark, a mark as what was obtained, or the mark someone gives
# (« la note que les Français mettent à … »).
_ASKS_MARK = re.compile(
    r"\bsur (?:10|dix)\b|/\s?10\b|\bquelle note\b|\bnote moyenne\b"
    r"|\bnote (?:que|qu[’'])[^?]{0,40}\b(?:mett|mis|donn|attribu|accord)\w*|\bcomme note\b"
    r"|\b(?:meilleure|moins bonne|plus basse|plus haute) note\b",
    re.I,
)


# « combien de temps », « quelle durée », « pendant combien de mois »: the answer is a span.
_ASKS_DURATION = re.compile(
    r"\bcombien de (?:temps|mois|annees|ans|semaines|jours)\b|\bquelle (?:est la |a ete la )?duree\b"
    r"|\bpendant combien\b|\bdure(?:ra|nt|e|ra-t-il|-t-il)? combien\b"
)
_MONTH_NAMES = MONTHS.replace("é", "[ée]").replace("û", "[uû]")
# A span: « 3 ans », « dix-huit mois », « de mars à octobre 2023 », « du 30 sept. au 28 oct. »
_DURATION = re.compile(
    r"\b\d+(?:,\d+)?\s?(?:ans?|années?|mois|semaines?|jours?|heures?)\b"
    r"|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|dix-huit|vingt)\s+"
    r"(?:ans|années|mois|semaines|jours)\b"
    rf"|\bde (?:{_MONTH_NAMES})(?: \d{{4}})? à (?:{_MONTH_NAMES})"
    r"|\bdu \d{1,2}(?:er)? \w+\.?(?: \d{4})? au \d{1,2}\b|\bdurée\b",
    re.I,
)


def asks_duration(question: str) -> bool:
    """Whether the question asks how long (« combien de temps », « quelle durée »)."""
    return bool(_ASKS_DURATION.search(fold(question.lower())))


def gives_duration(sentence: str) -> bool:
    """Whether the sentence gives a span (« 18 mois », « du 30 sept. au 28 oct. »)."""
    return bool(_DURATION.search(sentence))


# « quelle note à l'emploi / au logement / aux transports » : what the mark is given to (« a »
# without its accent only before an article: « a reçu » is a verb); a name there says where
# the mark was given (« au CDP »), not what it marks.
_MARKED = re.compile(r"\b(?:à\s+(?:la\s+|l['’]\s*)?|a\s+(?:la\s+|l['’]\s*)|aux?\s+)([^\W\d_]+)")


def marked_item(question: str) -> set[str]:
    """Analysed words of what a mark question asks the mark of (« quelle note les Français
    donnent-ils au logement ? » → log), or an empty set when it does not say."""
    verbs = gives_mark()
    found = [
        m.group(1)
        for m in _MARKED.finditer(question)
        if not m.group(1)[:1].isupper()
        and verbs & set(re.findall(r"\w+", question[: m.start()].lower()))
    ]
    return set(analyze(" ".join(found))) - not_focus()


def asks_mark(question: str) -> bool:
    """Whether the question asks for a mark out of 10 (« quelle note », « sur 10 »)."""
    return bool(_ASKS_MARK.search(question))


# A year, or a day and its month, the month written out or shortened as slides and tables
# write it (« 30 sept. », « 28 oct. 2024 »).
_MONTH_SHORT = r"janv|févr|fév|avr|juil|sept|oct|nov|déc"
_DATE = re.compile(
    rf"\b(1[89]\d{{2}}|20\d{{2}})\b|\b\d{{1,2}}(?:er)? (?:{MONTHS}|(?:{_MONTH_SHORT})\.)(?!\w)"
    r"|\b(?:[0-2]?\d|3[01])([/.])(?:0?[1-9]|1[0-2])\2(?:1[89]|20)\d{2}\b"  # « 14/06/2022 »
    # « de mars à octobre 2023 » (lowercase, as in prose: « Novembre 2023 » is often a footer)
    rf"|\b(?:{MONTHS})(?: (?:à|et) (?:{MONTHS}))? (?:1[89]|20)\d{{2}}\b"
)
_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-ZÀ-Ö][a-zà-ÿ]+(?:[- ][A-ZÀ-Ö][a-zà-ÿ]+)+\b")
# A name opening the sentence (« Anne Robin, fondatrice … »), unless its first word is a
# determiner or a pronoun (« Les Français », « Elle Aussi »).
_LEAD_NAME = re.compile(r"([A-ZÀ-Ö][a-zà-ÿ]+)[- ][A-ZÀ-Ö][a-zà-ÿ]+\b")
_DEFINITION = re.compile(
    r"\b(?:est|sont|désigne|désignent|signifie|correspond|consiste|regroupe|réunit|"
    r"c[’']est-à-dire|on (?:parle|appelle|entend))\b|\bpour «|:"
)


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_STARTS = re.compile(r"(?:^|[.!?…:;]\s+|\n)$")


def proper_names(sentence: str) -> set[str]:
    """Folded capitalised words that name someone or something (« Anne Robin », « COMISIS »,
    « confiée à Comisis »): not a stop word, nor a sentence's first word unless the next word
    is capitalised too (« Anne Robin, fondatrice … » but not « Elle a … »)."""
    words = list(_WORD.finditer(sentence))
    out = set()
    for i, m in enumerate(words):
        word = m.group(0).split("’")[-1].split("'")[-1]
        if not word[:1].isupper() or fold(word.lower()) in STOP_WORDS:
            continue
        if _STARTS.search(sentence[: m.start()]):
            nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
            if not nxt[:1].isupper() or fold(nxt.lower()) in STOP_WORDS:
                continue
        out.update(fold(word.lower()).split("-"))  # « Re-Co » is named by « re co »
    return out


# A place: a capitalised name after a preposition of place (« à Saint-Maurice », « En
# Normandie », « au Brésil », « sur le territoire de Paris-Est »), not a month, a body (« au
# Conseil », « en Assemblée générale ») nor a word in capitals (« en PDF »); a street after
# its number (« 12 rue … »); a postcode before its town (« 69003 Lyon »).
_PLACE = re.compile(
    r"(?:\b|^)(?:[àÀ]|[Aa]ux?|[Ee]n|[Dd]ans|[Ss]ur le territoire de|[Pp]rès de)\s+"
    r"(?:l['’]|la |le |les )?"
    rf"(?!(?i:{MONTHS}|conseil|comit[ée]|assembl[ée]e|bureau|commission)\b)"
    r"[A-ZÀ-ÖŒ][a-zà-ÿœ]"
    r"|\b\d+(?:\s(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|place|quai|all[ée]e|chemin)\b"
    r"|\b\d{5}\s[A-ZÀ-Ö]"
)


def answer_kind_fits(qtype: str, sentence: str, known: frozenset[str] = frozenset()) -> bool:
    """A figure question wants an amount, a "when" question a date, a "who" question a name
    that it does not itself hold (`known`: its folded words) and a "where" part a place; the
    others anything."""
    if qtype == "where":
        return bool(_PLACE.search(sentence))
    if qtype == "figure":
        return quantity(sentence)
    if qtype == "when":
        # a date the question itself gives (« l'enquête de 2024 ») is no answer to « quand »
        return any(
            not known or not set(fold(m.group().lower()).split()) <= known
            for m in _DATE.finditer(sentence)
        )
    if qtype == "who":
        return bool(proper_names(sentence) - known)
    return True


def names_someone(sentence: str, known: frozenset[str] = frozenset()) -> bool:
    """A compound proper name, inside the sentence or opening it, that the question does not
    itself hold (`known`: its folded words): « Qui dirige Terre-Neuve ? » is not answered by
    a sentence whose only name is « Terre-Neuve »."""

    def new(name: str) -> bool:
        return not set(re.findall(r"[^\W_]+", fold(name.lower()))) <= known

    lead = _LEAD_NAME.match(sentence)
    return any(new(m.group()) for m in _NAME.finditer(sentence)) or bool(
        lead and fold(lead.group(1).lower()) not in STOP_WORDS and new(lead.group())
    )


def counted_noun(question: str) -> str:
    """The stem of what a "combien de …" question counts ("profils", "volets"), or ""."""
    stem = counted(question)
    # « combien de temps » asks for a duration: no « temps » is counted (data/focus.toml).
    return stem if stem not in not_counted() else ""


# Changes of score, applied in order (float sums must not move: answers stay byte-identical),
# each with the rules that made it.
Steps = list[tuple[float, list[str]]]


def _figure(
    sentence: str, counted: str, conf: GenerationSettings, mark: bool, duration: bool = False
) -> Steps:
    """A figure question: an amount (rule `figure`), a percentage or, for a question asking
    for a mark, a mark out of 10 (`percent`), a number right before what « combien de … »
    counts (`counted`)."""
    if not quantity(sentence) and not (mark and MARK.search(sentence)):
        return [(-0.25, ["figure"])] if conf.kind_figure else []
    percent = conf.kind_percent and bool((MARK if mark else _PERCENT).search(sentence))
    first = (0.2 if conf.kind_figure else 0.0) + (0.1 if percent else 0.0)
    fired = ["figure"] * conf.kind_figure + ["percent"] * percent
    steps = [(first, fired)] if fired else []
    if conf.kind_counted and counted and counts(sentence, counted):
        steps.append((0.3, ["counted"]))
    return steps + _span(sentence, conf, duration)


def _span(sentence: str, conf: GenerationSettings, duration: bool) -> Steps:
    """A question asking how long: a sentence that gives a span (rule `kind_duration`)."""
    return (
        [(0.3, ["duration"])]
        if duration and conf.kind_duration and _DURATION.search(sentence)
        else []
    )


def kind_bonus(
    qtype: str,
    sentence: str,
    counted: str,
    conf: GenerationSettings,
    mark: bool = False,
    duration: bool = False,
    money: bool = False,
    known: frozenset[str] = frozenset(),
) -> Steps:
    """What the sentence's kind adds to its score for this kind of question (`mark`: it asks
    for a mark out of 10; `duration`: how long; `money`: a sum, rule `money`; `known`: the
    question's folded words, whose names answer no « qui »)."""
    if money:  # a figure question asking for a sum (« quel budget », « quelle dotation »)
        steps = kind_bonus(qtype, sentence, counted, conf, mark, duration, known=known)
        return [*steps, (0.3, ["money"])] if MONEY.search(sentence) else steps
    if qtype == "figure":
        return _figure(sentence, counted, conf, mark, duration)
    if span := _span(sentence, conf, duration):
        return span  # « quelle est la durée du projet ? »
    if qtype == "when" and conf.kind_when:
        # a date the question itself gives (« l'enquête de 2024 ») is no answer to « quand »
        return [(0.25 if answer_kind_fits("when", sentence, known) else -0.25, ["when"])]
    if qtype == "who" and conf.kind_who and names_someone(sentence, known):
        # a person (« Anne Durand », data/people.toml) more than a body or a place (« Région
        # Normandie »): « qui … ? » asks for someone
        return [(0.35 if names_person(sentence, known) else 0.25, ["who"])]
    if qtype == "definition" and conf.kind_definition:
        return [(0.2 if _DEFINITION.search(sentence[:160]) else -0.1, ["definition"])]
    return []
