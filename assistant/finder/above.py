"""Key-figure lines and list items too short to say what they measure (« Français : 74 % »
under « Partenariats = source d'innovation ? », « • 91 % au total » under « Territoire en
mouvement »): the heading just above them says it, and their measure starts with it. A
heading that only names a population says whom they count (rule `population_cell`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..text import STOP_WORDS, fold_in_place, fold_lower
from .detect import Found, detect
from .headed import is_item
from .headings import DATE_LINE_RE, MAX_HEADING_CHARS
from .labels import colon_label
from .measure import MAX_MEASURE_WORDS, content_words
from .parts import Context
from .pointing import answer_words, asked
from .rows import SHARE_UNITS
from .vocabulary import folded_words, vocabulary

MAX_LINES_UP = 8  # lines looked at above a figure's line
_DIGIT_RE = re.compile(r"\d")
_LETTER_RE = re.compile(r"[^\W\d_]")
_MARKER_RE = re.compile(r"^[•·▪◦‣○●■□➢→–—*-]\s*$")
_BULLET_RE = re.compile(r"^[•·▪◦‣○●■□➢➤►▸▶→]\s+")


def heading_above(text: str, pos: int) -> str:
    """The nearest line above `pos` that holds no figure and reads as a heading (short, not
    ending a sentence, opening in upper case), skipping the other key-figure lines; ""."""
    return heading_line_above(text, pos)[0]


# A field of a form or an identity card whose value is a date or a code, no figure (« Année de
# création : 2011 », « Création : mars 2017 »); not a slide title (« Programme IMPACT : le
# partenariat, source d'innovation »)
_FIELD_LINE_RE = re.compile(r"[^\W\d_][^:?\n]{1,40}?\s:\s(?:[^\W\d_]+\s)?\d[\w/.-]*")


def heading_line_above(text: str, pos: int, wrapped: bool = True) -> tuple[str, int]:
    """`heading_above` and where its line starts (-1 when there is none); `wrapped`: a row
    label wrapped over lines may be it (rule `wrapped_heading`)."""
    end = text.rfind("\n", 0, pos)
    for _ in range(MAX_LINES_UP):
        if end < 0:
            return "", -1
        start = text.rfind("\n", 0, end) + 1
        line = _BULLET_RE.sub("", text[start:end].strip())  # « ▸ Question posée : … ? »
        end = start - 1
        if not line or _MARKER_RE.match(line) or _holds_figure(line):
            continue  # another key figure (« Fonds ODD 17 » holds none), a lone bullet
        if not _LETTER_RE.search(line):
            continue  # a unit column's cell (« % », « € ») between a label and its value
        if _DIGIT_RE.search(line) and is_item(line):
            continue  # another item of the list (« Emploi : 7,1 », rule `heading_unit`)
        if DATE_LINE_RE.fullmatch(fold_lower(line)):
            continue  # « Novembre 2024 » under a box's title
        if _FIELD_LINE_RE.fullmatch(line):
            continue  # another field of the card (« Année de création : 2011 », `card_fields`)
        if len(line) > MAX_HEADING_CHARS or line.endswith((".", ";", ",", ":")):
            return "", -1
        # rule `quoted_heading`: « « Mon territoire est en mouvement » » heads a slide too
        if line.lstrip("«“\"' ")[:1].isupper():
            return line, start
        return _wrapped_heading(text, start, line) if wrapped else ("", -1)
    return "", -1


MAX_WRAPPED_LINES = 2  # lines above a heading's last one that it may have wrapped from


def _wrapped_heading(text: str, start: int, line: str) -> tuple[str, int]:
    """Rule `wrapped_heading`: a row label wrapped over lines (« Français jugeant urgent de
    créer des » / « partenariats associations-entreprises » above « 84 % »): the last line
    opens in lower case; the lines above it, up to one opening in upper case, hold no figure
    and end no sentence; the label joined, and where it starts; ("", -1) otherwise."""
    parts = [line]
    for _ in range(MAX_WRAPPED_LINES):
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
        above = text[start : text.find("\n", start)].strip()
        if not above or _holds_figure(above) or above.endswith((".", ";", ":", "!", "?")):
            break
        if ", " in above or ", " in line:
            break  # « Cette année encore, nos équipes … »: running text, no row label
        parts.insert(0, above)
        joined = " ".join(parts)
        if len(joined) > 2 * MAX_HEADING_CHARS:
            break
        if above.lstrip("«“\"' ")[:1].isupper():
            return joined, start
    return "", -1


def _figure_above(text: str, at: int) -> bool:
    """Whether the line just above the one starting at `at` holds a figure: a key-figure slide
    whose labels sit under their values (« 64 % / Habitants / 71 % / Commerçants »), where a
    population line names the figure above it, not the one below."""
    end = at - 1
    start = text.rfind("\n", 0, max(0, end)) + 1
    return end > 0 and _holds_figure(text[start:end])


def _holds_figure(line: str) -> bool:
    """Whether a line holds a figure (« Fonds ODD 17 » holds none)."""
    return bool(_DIGIT_RE.search(line)) and bool(detect(line))


@cache
def _verdict() -> frozenset[str]:
    return answer_words() | folded_words("verdict_words")


def only_an_answer(measure: str) -> bool:
    """Whether a measure says only an answer or a verdict (« Oui », « La réponse est
    largement positive »): its words, short words left out, are all answer or verdict words."""
    words = [w for w in re.findall(r"[^\W\d_]+", fold_lower(measure)) if w not in STOP_WORDS]
    return bool(words) and all(w in _verdict() for w in words)


QUESTION_REACH = 300  # characters before a sentence where the question it answers ends
_QUESTION_START_RE = re.compile(r"[.!?]|\n(?=[A-ZÀ-Ý])")


def with_question_before(text: str, a: int, contexts: list[Context]) -> list[Context]:
    """Rule `verdict_question`: the contexts of a sentence right after a question (« … les
    partenariats sont-ils une source d'innovation ? La réponse est largement positive : 74 %
    des Français ; 81 % … »), those whose measure is only an answer or a verdict measuring
    what the question asks, then that verdict (`_answered`)."""
    before = text[max(0, a - QUESTION_REACH) : a].rstrip()
    if not before.endswith("?"):
        return contexts
    # the question's sentence: after the last stop, or the last line opening in upper case
    stops = [m.end() for m in _QUESTION_START_RE.finditer(before, 0, len(before) - 1)]
    found = asked(before[stops[-1] if stops else 0 :])
    if found is None:
        return contexts
    return [
        replace(c, measure=_answered(found[0], c.measure)) if only_an_answer(c.measure) else c
        for c in contexts
    ]


def _answered(question: str, measure: str) -> str:
    """The question with the answer or verdict a share gives, its polarity and degree kept
    (« … après le Covid : Oui », « … le dimanche : pas du tout favorables »)."""
    return " ".join(f"{question.rstrip(' ?:')} : {measure.strip()}".split()[:MAX_MEASURE_WORDS])


def says_only_the_answer(contexts: list[Context]) -> bool:
    """Rule `answer_heading`: whether a measure is only an answer (« Oui pour 74 % des
    Français … pour 81 % des dirigeants » under « L'alliance, source d'innovation ? », « La
    réponse est largement positive : 74 % des Français ; … » under « Les partenariats,
    source d'innovation »): the heading above says what the shares measure, however many
    lines the sentence runs on."""
    return any(c.measure and only_an_answer(c.measure) for c in contexts)


def population_line(line: str) -> tuple[str, str] | None:
    """(population, category) when a line names a population and nothing else
    (« Dirigeants d'entreprise », « Maires : »), else None."""
    core = line.strip(" :–—-")
    folded = fold_in_place(core)
    found = vocabulary().actors(folded)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(folded):
        return core, found[0].category
    return None


def _only(measure: str, actor: str) -> bool:
    own = set(fold_lower(actor).split())
    return content_words(" ".join(w for w in fold_lower(measure).split() if w not in own)) == 0


def thin(measure: str, actor: str) -> bool:
    """Whether a measure says too little on its own: fewer than two content words once the
    population's are left out (« Français », « au total », « fortement »)."""
    own = set(fold_lower(actor).split())
    words = [w for w in fold_lower(measure).split() if w not in own]
    return content_words(" ".join(words)) < 2


def with_heading(measure: str, heading: str, actor: str = "") -> str:
    """« Territoire en mouvement : fortement »; the heading alone when the measure only
    repeats the population."""
    if _only(measure, actor):
        return heading
    joined = f"{heading.rstrip(' ?:')} : {measure}"
    return " ".join(joined.split()[:MAX_MEASURE_WORDS])


def _bare_label(sentence: str, fig: Found, measure: str) -> str:
    """The label of a « label : N % » line when the measure is that label alone or lacks it
    (« Réponse positive : 91 % », « … dont « fortement » : 35 % » given the measure before),
    else "" (rule `label_heading`)."""
    label = colon_label(sentence, fig)
    if not label or fig.unit not in SHARE_UNITS:
        return ""
    own, got = fold_lower(label), fold_lower(measure)
    return label if got == own or own not in got else ""


def with_heading_above(
    text: str, a: int, sentence: str, figs: list[Found], contexts: list[Context]
) -> list[Context]:
    """The contexts of a key-figure line or list item at `a` whose measure says too little
    (`thin`) or is only its label, with the heading above it in front of the measure."""
    labels = [_bare_label(sentence, f, c.measure) for f, c in zip(figs, contexts, strict=True)]
    weak = [thin(c.measure, c.actor) or only_an_answer(c.measure) for c in contexts]
    if not any(w or lab for w, lab in zip(weak, labels, strict=True)):
        return contexts
    # « Taux d'insertion : 62 % » says what it measures: no wrapped label above it
    heading, at = heading_line_above(text, a, wrapped=not any(labels))
    if not heading:
        return contexts
    whom = population_line(heading)
    if whom is not None and not _figure_above(text, at):
        return _under_population(text, at, sentence, figs, contexts, labels, whom)
    # a population alone under a figure is that figure's caption (« 64 % / Habitants / 71 % »)
    opens = None if whom is not None else _opening_population(heading)
    out = []
    for f, c, lab, w in zip(figs, contexts, labels, weak, strict=True):
        if lab or w:
            c = replace(c, measure=with_heading(lab or c.measure, heading, c.actor))
            if opens is not None and f.unit in SHARE_UNITS and not _printed(c.actor, sentence):
                # rule `heading_population`: « Français jugeant urgent … » / « 84 % » counts
                # the population its row label opens on, not one named elsewhere on the page
                c = replace(c, actor=opens[0], category=opens[1])
        out.append(c)
    return out


def _printed(actor: str, sentence: str) -> bool:
    """Whether a figure's population is printed on its own line (not carried from elsewhere)."""
    return bool(actor) and fold_lower(actor) in fold_lower(sentence)


def _opening_population(heading: str) -> tuple[str, str] | None:
    """(population, category) a heading opens on (« Dirigeants d'entreprise : les … »)."""
    folded = fold_in_place(heading)
    found = vocabulary().actors(folded)
    if not found or found[0].start != len(folded) - len(folded.lstrip("«“\"' ")):
        return None
    # « Habitants jugeant … », « Dirigeants qui … », « Maires : … » say who answers; « Jeunes
    # en recherche d'emploi », « Associations sportives » may be what the share is about
    if not _RESPONDENTS_RE.match(folded, found[0].end):
        return None
    return heading[found[0].start : found[0].end], found[0].category


_RESPONDENTS_RE = re.compile(r"\s*(?::|[^\W\d_]+ants?\b|qui\b|interroge)", re.I)


def _under_population(
    text: str,
    at: int,
    sentence: str,
    figs: list[Found],
    contexts: list[Context],
    labels: list[str],
    whom: tuple[str, str],
) -> list[Context]:
    """Rule `population_cell`: a share whose line sits under a line naming only a population
    (a table read one cell per line: « Ressentent un « devoir d'alliance » / Français / 81 % »)
    counts that population, and the heading above the population's line says what it
    measures. A population the share's own line names stays."""
    above = heading_above(text, at) if at > 0 else ""
    out = []
    for f, c, lab in zip(figs, contexts, labels, strict=True):
        own = _printed(c.actor, sentence)
        if f.unit not in SHARE_UNITS or own:
            if lab or thin(c.measure, c.actor):
                c = replace(c, measure=with_heading(lab or c.measure, whom[0], c.actor))
            out.append(c)
            continue
        measure = c.measure
        if above and (lab or thin(measure, whom[0])):
            measure = with_heading(lab or measure, above, whom[0])
        out.append(replace(c, actor=whom[0], category=whom[1], measure=measure))
    return out
