"""Rule `answer_options`: the answers listed under a survey's question (« Q7. Quels effets
avez-vous observés ? » / « Nouveaux bénévoles : 43 % » / « Nouvelles ressources : 61 % », « Q2.
Quels sujets … ? » / « Emploi des jeunes : 57 % »). A population an option's label names after
other words (« bénévoles » in « Trouver des bénévoles ») is part of the answer, not whom the
share counts: those shares count the people asked (the question's base, the document's
population), like shares naming no one. A label that opens on a population (« Maires : 72 % »
under « Êtes-vous satisfait ? ») still names who answered."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..text import fold_in_place
from .measure import MAX_MEASURE_WORDS, clean
from .partnerruns import announces_partners
from .relations import after_share_noun, partner_kinds
from .rows import FigureRow
from .vocabulary import ActorMatch, vocabulary

# A question line: « Q7. Quels effets avez-vous observés ? (plusieurs réponses possibles) »
_QUESTION_RE = re.compile(r"\?[ \t]*(?:\([^()\n]*\))?[ \t]*$")
MAX_BRACKET_LINES = 2  # lines a question's bracket may run on
MAX_OPTION_WORDS = 8  # an option line's label is short; a longer line is prose: the list ends
# the label ends on a character that is neither a space nor a colon: one way to read a line
_OPTION_LINE_RE = re.compile(
    r"^(?P<label>[^\d\n]*[^\d\s:])[ \t]*:?[ \t]*[+−–-]?\d[\d \u00a0\u202f]*(?:,\d+)?[ \t]*%[ \t]*$"
)
_SHARE_LINE_RE = re.compile(r"^[ \t]*[+−–-]?\d[\d \u00a0\u202f]*(?:,\d+)?[ \t]*%[ \t]*$")
_OPENING_RE = re.compile(r"(?:(?:les|des|la|le|de|du)\s+|l'|d')")
MIN_QUESTION_WORDS = 4  # words of a question an option answers (« Le saviez-vous ? » has 3)
# « Q7. », « Question 3 : » before the question's words
_NUMBER_RE = re.compile(r"^\s*(?:Q(?:uestion)?\s*\d+\s*[.:)–-]?\s*)", re.I)
_BRACKET_RE = re.compile(r"\s*\([^()]*\)\s*$")
_LINK_WORD_RE = re.compile(r"les|des|la|le|de|du|d'.*|l'.*|aux?|a|en|pour|par|sur|avec|et|ou")
_GROUP_RE = re.compile(r"\b(?:parmi|chez|pour|selon|cote)$")


def _option_blocks(
    text: str,
) -> list[tuple[str, str, int, int, list[tuple[int, int, str]]]]:
    """Each question's option list: the question as printed and its words, (start, end) of
    the lines under the question and, per option, the span of its share's line and its
    label."""
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    blocks = []
    k = 0
    while k < len(lines):
        asked, j = _question(lines, k)
        if not asked:
            k += 1
            continue
        options: list[tuple[int, int, str]] = []
        while j < len(lines):
            start, line = lines[j]
            m = _OPTION_LINE_RE.match(line)
            if m and _is_label(m.group("label")) and len(line.split()) <= MAX_OPTION_WORDS + 2:
                options.append((start, start + len(line), m.group("label").strip()))
                j += 1
                continue
            nxt = lines[j + 1] if j + 1 < len(lines) else None
            if (
                nxt is not None
                and _is_label(line)
                and not _caption_after(lines, j + 2)
                and len(line.split()) <= MAX_OPTION_WORDS
                and not _QUESTION_RE.search(line)
                and _SHARE_LINE_RE.match(nxt[1])
            ):  # « Oui, tout à fait » / « 48 % »
                options.append((nxt[0], nxt[0] + len(nxt[1]), line.strip()))
                j += 2
                continue
            break
        if options:
            question = _BRACKET_RE.sub("", _NUMBER_RE.sub("", asked)).rstrip(" ?")
            blocks.append((asked, clean(question), lines[k][0], options[-1][1], options))
        k = max(j, k + 1)
    return blocks


def _question(lines: list[tuple[int, str]], k: int) -> tuple[str, int]:
    """The question a line asks, its bracket continued on the next lines (« Q2. Avec quels
    types de partenaires ? (plusieurs réponses possibles ; base : 334 répondants ayant un » /
    « partenaire) »), and the index of the line after it; ("", k) when it asks none."""
    line = lines[k][1]
    if _QUESTION_RE.search(line):
        return line, k + 1
    if "?" not in line or line.rfind("(") < line.rfind("?") or line.count("(") <= line.count(")"):
        return "", k
    for j in range(k + 1, min(k + 1 + MAX_BRACKET_LINES, len(lines))):
        line = f"{line} {lines[j][1].strip()}"
        if line.count("(") <= line.count(")"):
            return (line, j + 1) if _QUESTION_RE.search(line) else ("", k)
    return "", k


def _is_label(line: str) -> bool:
    """Whether a line may be an option's label: it opens on a capital or a quote (« Oui,
    plutôt », « Nouveaux bénévoles », « De 10 000 à 150 000 € »), not on a page marker (« 3 /
    4 », « — 4 — ») nor in lower case (the caption of a key figure above)."""
    first = next((c for c in line if not c.isspace()), "")
    return bool(first) and (first.isupper() or first in '«"“')


def _caption_after(lines: list[tuple[int, str]], k: int) -> bool:
    """Whether the line at `k` goes on in lower case: the share above is a key figure's,
    captioned under it (« 21 % » / « des entreprises développent »), not an option's."""
    return k < len(lines) and lines[k][1].strip()[:1].islower()


MAX_QUALIFIER_WORDS = 2  # « Très petites associations »


@cache
def _label_actors(label: str) -> tuple[ActorMatch, ...]:
    """The populations an option's label names (read once per label)."""
    return tuple(vocabulary().actors(fold_in_place(label)))


def _names_respondents(label: str) -> bool:
    """Whether an option's label names a population as who answered: opening on it, or on
    adjectives before it (« Maires », « Petites associations », « Jeunes dirigeants »), not
    as an object after a link word (« Trouver des bénévoles », « Emploi des jeunes »)."""
    found = _label_actors(label)
    if not found:
        return False
    before = fold_in_place(label)[: found[0].start].lstrip()
    article = _OPENING_RE.match(before)  # « Les maires », « L'association »
    opening = before[article.end() if article else 0 :].split()
    return len(opening) <= MAX_QUALIFIER_WORDS and not any(
        _LINK_WORD_RE.fullmatch(w) for w in opening
    )


def _inner_population(label: str) -> str:
    """The category of a population the label names after other words (« Trouver des
    bénévoles », « Emploi des jeunes »), not after a share noun (« Part des jeunes »), "" if
    none or if the label opens on it (« Maires », « Les jeunes de 16 à 25 ans »)."""
    found = _label_actors(label)
    if not found:
        return ""
    folded = fold_in_place(label)
    first = found[0]
    opening = _OPENING_RE.sub("", folded[: first.start]).strip()
    if not opening or after_share_noun(folded, first.start) or _GROUP_RE.search(opening):
        return ""  # « Parmi les répondants, 84 % »: a group, who answered
    if first.category in vocabulary().generic:
        return ""
    return first.category


def _asked(question: str, label: str, measure: str, actor: str = "") -> str:
    """An option's measure: the question and the option (« Quels effets avez-vous observés :
    Nouveaux bénévoles »), unless its measure already says both (an option naming who
    answered, « Français : 74 % », is said by the row's population)."""
    asked = set(fold_in_place(question).lower().split())
    said = set(fold_in_place(f"{measure} {actor}").lower().split())
    answered = set(fold_in_place(label).lower().split()) <= said
    if not asked or (len(asked & said) * 2 >= len(asked) and answered):
        return measure
    return " ".join(f"{question} : {label}".split()[:MAX_MEASURE_WORDS])


def _asked_population(printed: str, labels: list[str]) -> tuple[str, str] | None:
    """A plural population the question names that no option opens on, whom its options
    count (« Avec quels partenaires les associations travaillent-elles ? », « … base : 334
    répondants »), or None."""
    opening = {
        found[0].category
        for label in labels
        if (found := _label_actors(label)) and not _inner_population(label)
    }
    for m in vocabulary().actors(fold_in_place(printed)):
        text = printed[m.start : m.end]
        if m.category not in opening and text.rstrip().endswith(("s", "x")):
            return text, m.category
    return None


def answer_options(rows: list[FigureRow], text: str) -> tuple[list[FigureRow], list[int]]:
    """The rows of one page (offsets in `text`) with the shares of answer options measuring
    their question and option, and counting no one when their population came from an
    option's label; and the indexes of those rows (open shares, given the question's base or
    the document's population)."""
    if "?" not in text:
        return rows, []
    out = list(rows)
    opened = []
    for printed, question, start, end, options in _option_blocks(text):
        said = fold_in_place(printed).lower()
        labels = [label for _, _, label in options]
        # « Petites associations : 72 % » / « Grandes associations : 64 % »: options naming
        # populations, half of them at least, are who answered, not answers (« Trouver des
        # bénévoles », « Mobiliser les jeunes » name them as objects)
        naming = sum(_names_respondents(label) for label in labels)
        inner = (
            {c for label in labels if (c := _inner_population(label))}
            if naming * 2 < len(labels)
            else set()
        )
        if announces_partners(printed):
            # « Avec quels types de partenaires ? » / « Collectivités : 74 % »: partners named,
            # the answer of those asked
            inner |= partner_kinds()
        asker = _asked_population(printed, labels) if inner else None
        if len(_NUMBER_RE.sub("", printed).split()) < MIN_QUESTION_WORDS:
            question = ""  # « Le saviez-vous ? »: no question the options answer
        for i, row in enumerate(rows):
            if not start <= row.start < end or row.unit != "%":
                continue
            label = next((lab for a, b, lab in options if a <= row.start < b), None)
            if label is None:
                continue
            measure = _asked(question, label, row.measure, row.actor) if question else row.measure
            # « Avec quels partenaires ? (% des associations employeuses) »: the question
            # names whom its options count
            if row.actor_category in inner and fold_in_place(row.actor).lower() not in said:
                if asker is not None:  # « Avec quels partenaires les associations … ? »
                    out[i] = replace(row, actor=asker[0], actor_category=asker[1], measure=measure)
                    continue
                out[i] = replace(row, actor="", actor_category="", measure=measure)
                opened.append(i)
            else:
                out[i] = replace(row, measure=measure)
    return out, opened
