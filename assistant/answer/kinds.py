"""What kind of sentence answers what kind of question: an amount for « combien », a date for
« quand », a name for « qui », a definition for « qu'est-ce que ». Each bonus is a named rule
(assistant/answer/rules.py) with its switch."""

from __future__ import annotations

import re

from ..settings import GenerationSettings
from ..text import MONTHS, analyze

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d+)*")
_NOT_QUANTITY_AFTER = re.compile(rf"\s?(?:e|er|re|ère|ème|è|nd|nde|{MONTHS})\b")
_NUMBER_WORDS = (
    "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|"
    "cinquante|soixante|cent|cents|mille|millions?|milliards?|dizaines?|centaines?|milliers?|"
    "moitié|tiers|quart|majorité"
)
_WORD_NUMBER = re.compile(rf"\b(?:{_NUMBER_WORDS})\b", re.I)
# Any figure, for counting: "11 territoires", "cinq profils", "quinze fondations".
_FIGURE = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.I)
_PERCENT = re.compile(r"\d\s?%|\bpour cent\b")
_DATE = re.compile(rf"\b(1[89]\d{{2}}|20\d{{2}})\b|\b\d{{1,2}}(?:er)? (?:{MONTHS})\b")
_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-ZÀ-Ö][a-zà-ÿ]+(?:[- ][A-ZÀ-Ö][a-zà-ÿ]+)+\b")
_DEFINITION = re.compile(
    r"\b(?:est|sont|désigne|désignent|signifie|correspond|consiste|regroupe|réunit|"
    r"c[’']est-à-dire|on (?:parle|appelle|entend))\b|\bpour «|:"
)


def quantity(sentence: str) -> bool:
    """Whether the sentence states an amount: a share, a sum, a count; not only a year, a date,
    an ordinal ("3e dîner") or a footnote call glued to a word ("méritent1")."""
    if _WORD_NUMBER.search(sentence):
        return True
    for m in _NUMBER.finditer(sentence):
        after = sentence[m.end() : m.end() + 12]
        if re.fullmatch(r"(?:19|20)\d{2}", m.group(0)) and not re.match(r"\s?%", after):
            continue  # a year
        if not _NOT_QUANTITY_AFTER.match(after):
            return True
    return False


def answer_kind_fits(qtype: str, sentence: str) -> bool:
    """A figure question wants an amount, a "when" question a date; the others anything."""
    if qtype == "figure":
        return quantity(sentence)
    if qtype == "when":
        return bool(_DATE.search(sentence))
    return True


def counted_noun(question: str) -> str:
    """The stem of what a "combien de …" question counts ("profils", "volets"), or ""."""
    m = re.search(r"\bcombien (?:de |d['’])\s*(\w+)", question, re.I)
    stems = analyze(m.group(1)) if m else []
    return stems[0] if stems else ""


def counts(sentence: str, stem: str) -> bool:
    """Whether a number stands right before the counted noun in the sentence."""
    for m in _FIGURE.finditer(sentence):
        after = analyze(sentence[m.end() : m.end() + 40])[:3]
        if stem in after:
            return True
    return False


# Changes of score, applied in order (float sums must not move: answers stay byte-identical),
# each with the rules that made it.
Steps = list[tuple[float, list[str]]]


def _figure(sentence: str, counted: str, conf: GenerationSettings) -> Steps:
    """A figure question: an amount (rule `figure`), a percentage (`percent`), a number right
    before what « combien de … » counts (`counted`)."""
    if not quantity(sentence):
        return [(-0.25, ["figure"])] if conf.kind_figure else []
    percent = conf.kind_percent and bool(_PERCENT.search(sentence))
    first = (0.2 if conf.kind_figure else 0.0) + (0.1 if percent else 0.0)
    fired = ["figure"] * conf.kind_figure + ["percent"] * percent
    steps = [(first, fired)] if fired else []
    if conf.kind_counted and counted and counts(sentence, counted):
        steps.append((0.3, ["counted"]))
    return steps


def kind_bonus(qtype: str, sentence: str, counted: str, conf: GenerationSettings) -> Steps:
    """What the sentence's kind adds to its score for this kind of question."""
    if qtype == "figure":
        return _figure(sentence, counted, conf)
    if qtype == "when" and conf.kind_when:
        return [(0.25 if _DATE.search(sentence) else -0.25, ["when"])]
    if qtype == "who" and conf.kind_who and _NAME.search(sentence):
        return [(0.25, ["who"])]
    if qtype == "definition" and conf.kind_definition:
        return [(0.2 if _DEFINITION.search(sentence[:160]) else -0.1, ["definition"])]
    return []
