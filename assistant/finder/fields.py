"""Forms and identity cards (rule `field_values`): a value printed after its label and a colon,
on the label's line or alone on the next one (« Bénévoles actifs : 38 », « Budget annuel de la
structure (2024) : » / « 131 400 € », « Montant » / « demandé : » / « 24 000 € »). The label is
what the value measures and, for a bare number, what it counts; the line under the value is
the next field, not the value's noun."""

from __future__ import annotations

import re
from functools import cache

from ..text import STOP_WORDS, fold_lower
from .vocabulary import Vocabulary, folded_words

MAX_LABEL_WORDS = 8
MAX_WRAP_WORDS = 4  # the first line of a label wrapped over two (« Coût total du » / « projet : »)
# A label: words and at most a year (« Familles accueillies en 2024 », « Budget (2024) »).
_YEAR_RE = re.compile(r"\(?(?:19|20)\d\d\)?")
# « plus de », « près d' », « environ » before a value. Runs of spaces are possessive (`*+`):
# a long run before a character that fails the pattern is not tried again at each length.
_QUALIFIER = r"(?:(?:plus|près|moins)[ \t]++d(?:e[ \t]++|['’])|environ[ \t]++)?"
# A value alone on its line: a number, its unit, a bracket (« 2 (1,6 ETP) », « 27,7 % »).
_VALUE_LINE_RE = re.compile(
    rf"[ \t]*+{_QUALIFIER}[-+–]?\d[\d \u00a0\u202f.,]*+"
    r"(?:(?:%|€|[kKM]€|pts|points?|/[ \t]?10|ans)[ \t]*+)?(?:\([^)\n]*\)[ \t]*+)?\.?[ \t]*+",
    re.I,
)
# What may stand between a label's colon and its value on one line.
_LABEL_BEFORE_RE = re.compile(
    rf"^[ \t]*+(?:[•·▪–-][ \t]*+)?(?P<label>[^\n:;.!?]{{2,80}}?)[ \t]*:[ \t]*+{_QUALIFIER}$",
    re.I,
)
_AFTER_VALUE_RE = re.compile(r"[ \t]*+(?:\([^)\n]*\)[ \t]*+)?\.?[ \t]*+$")
# Rule `dated_fields`: a label's values listed with their years (« Projets soutenus : 41 en
# 2020, 52 en 2022 et 64 en 2024. », « Bénévoles : près de 2 300 en 2024, contre 1 700 en
# 2020. »): each value counts the label as a lone one does.
_DATED = r"[ \t]+en[ \t]+(?:19|20)\d\d"
_SEP = r"(?:,[ \t]*+(?:et[ \t]+|contre[ \t]+)?|[ \t]+(?:et|contre)[ \t]+)"
_ITEM = rf"{_QUALIFIER}\d[\d \u00a0\u202f]*(?:,\d+)?{_DATED}"
_AFTER_DATED_RE = re.compile(rf"{_DATED}(?:{_SEP}{_ITEM})*[ \t]*\.?[ \t]*$", re.I)
_BEFORE_DATED_RE = re.compile(
    rf"^[ \t]*+(?:[•·▪–-][ \t]*+)?(?P<label>[^\n:;.!?]{{2,80}}?)[ \t]*:[ \t]*+"
    rf"(?:{_ITEM}{_SEP})+{_QUALIFIER}$",
    re.I,
)
_LABEL_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _is_label(line: str) -> bool:
    bare = _YEAR_RE.sub("", line)
    return 0 < len(bare.split()) <= MAX_LABEL_WORDS and not any(c.isdigit() for c in bare)


def join_fields(text: str) -> str:
    """`text` with each label line ending on a colon joined to the value alone on the next line,
    and a label wrapped over two lines joined too: a line break becomes a space, so offsets
    are unchanged."""
    if ":" not in text:
        return text
    lines = text.split("\n")
    chars = list(text)
    at = 0  # offset of the current line
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for i in range(len(lines) - 1):
        label = lines[i].rstrip()
        if not label.endswith(":") or not _is_label(label[:-1]):
            continue
        if not _VALUE_LINE_RE.fullmatch(lines[i + 1]) or not any(c.isdigit() for c in lines[i + 1]):
            continue
        caption = lines[i + 2].lstrip(" \t«“") if i + 2 < len(lines) else ""
        if caption[:1].islower():
            continue  # « Trois publics : » / « 81 % » / « des Français … »: a key figure's caption
        chars[starts[i] + len(lines[i])] = " "
        wrap = lines[i - 1].strip() if i else ""
        if (
            label.lstrip()[:1].islower()
            and wrap
            and not wrap.endswith((".", ":", ";", "!", "?"))
            and len(wrap.split()) <= MAX_WRAP_WORDS
            and not any(c.isdigit() for c in wrap)
        ):
            chars[starts[i - 1] + len(lines[i - 1])] = " "
    return "".join(chars)


def field_label(text: str, start: int, end: int) -> str:
    """The label of the value printed at `start`…`end` (« Salariés : 2 (1,6 ETP) » →
    « Salariés »): the words before a colon opening its line, when nothing but a bracket follows
    the value on it, or when the line lists the label's values with their years (rule
    `dated_fields`); "" otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    if _AFTER_VALUE_RE.match(text, end, line_end):
        m = _LABEL_BEFORE_RE.match(before)
    elif _AFTER_DATED_RE.match(text, end, line_end):
        m = _LABEL_BEFORE_RE.match(before) or _BEFORE_DATED_RE.match(before)
    else:
        return ""
    if m is None or not _is_label(m.group("label")):
        return ""
    return m.group("label").strip()


@cache
def _not_counted() -> frozenset[str]:
    return folded_words("field_not_counted") | folded_words("money_nouns")


def label_noun(label: str, vocab: Vocabulary) -> str:
    """What a bare value counts, read from its label: the label's first word when it is a plural
    noun, with the lowercase words after it (« Bénévoles actifs » → « bénévoles actifs »,
    « Familles accueillies en 2024 » → « familles accueillies »), or the noun after a head
    saying a count (`count_heads`: « Nombre de projets soutenus » → « projets soutenus »); ""
    for any other label (« Version », « Dossier n° »)."""
    words = _LABEL_WORD_RE.findall(label)
    headed = bool(words) and fold_lower(words[0]) in folded_words("count_heads")
    if headed:
        words = [re.sub(r"^[dD]['’]", "", w) for w in words[1:]]  # « Nombre d'adhérents »
        while words and fold_lower(words[0]) in STOP_WORDS:
            words = words[1:]
    if not words:
        return ""
    first = fold_lower(words[0])
    phrase = fold_lower(" ".join(words)) + " "  # « pièces jointes » as well as « chiffres »
    if (
        len(first) < 3
        or not first.endswith(("s", "x"))
        or first in STOP_WORDS
        or first in vocab.not_counted
        or first in vocab.name_words
        or first in vocab.years  # « Années : » names dates, not a duration
        or any(phrase.startswith(f"{w} ") for w in _not_counted())
        or words[0][1:] != words[0][1:].lower()  # « ONG », « OSC »: a name, not a noun
    ):
        return ""
    if len(words) == 1 and not headed and first not in vocab.people:
        # « Méthodes : 7 », « Annexes : 45 » (a contents page): one word counts people only
        return ""
    noun = [words[0][0].lower() + words[0][1:] if words[0][0].isupper() else words[0]]
    for word in words[1:3]:
        if fold_lower(word) in STOP_WORDS or not word.islower():
            break
        noun.append(word)
    return " ".join(noun)
