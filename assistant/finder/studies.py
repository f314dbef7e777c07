"""The study a survey's headcount belongs to (rule `headcount_study`): « 302 maires interrogés »
in a methods box, « Échantillon : 2 000 personnes » on a slide, a table of fieldwork lines —
a figure one cites as « maires interrogés (enquête IMPACTS & TRAJECTOIRES – Elus locaux) ».
The sentence path names the study printed shortly before (names.py, `with_name`); this pass,
over a whole document, names it for every headcount still without one: the study named last
before it on its page, else the one the document names most often, else the one its title
names. Words that say a count took part in a survey: data/sample.toml, `sample_words`."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache

from ..datafiles import read_data
from ..text import fold_lower
from .measure import MAX_MEASURE_WORDS, clean
from .names import NAME_PATTERN, RESTART_RE, Name
from .rows import FigureRow
from .vocabulary import vocabulary

HEADCOUNT_UNITS = ("count", "people")
# Characters of the row's sentence on each side of the figure where a word saying that the
# count took part in a survey is looked for (« Échantillon : 302 maires », « 2 000 personnes
# interrogées en septembre 2015 »), not the rest of a long table row.
CUE_REACH = 60
NEAR = 400  # characters before a headcount where the mention of its study is looked for


@cache
def _cue_re() -> re.Pattern[str]:
    """Folded words saying a count took part in a survey (« interrogees », « aupres de »)."""
    words = {fold_lower(w) for e in read_data("sample.toml")["sample_words"] for w in e["words"]}
    reach = {fold_lower(w) for w in vocabulary().words("survey_reach")}
    cues = sorted(words | reach, key=len, reverse=True)
    ends = (re.escape(w) + ("" if w[-1] in "'’" else r"(?![\w])") for w in cues)
    return re.compile(r"(?<![\w])(?:" + "|".join(ends) + ")")


@cache
def _printed_kinds() -> dict[str, str]:
    """Each survey noun folded → as printed (« etude » → « étude »)."""
    return {fold_lower(w): w for w in sorted(vocabulary().survey_nouns, key=len)}


def _is_headcount(row: FigureRow) -> bool:
    """A count of people or of bodies whose measure, or the words around it in its sentence,
    say it took part in a survey."""
    if row.unit not in HEADCOUNT_UNITS:
        return False
    at = row.sentence.find(row.text)
    near = row.sentence if at < 0 else row.sentence[max(0, at - CUE_REACH) : at + CUE_REACH]
    return bool(_cue_re().search(fold_lower(row.measure)) or _cue_re().search(fold_lower(near)))


@cache
def _study_re() -> re.Pattern[str]:
    """A survey noun, then on its line a name (« l'enquête VIGIE-Commerces », « Baromètre
    CAPRA-Habitants »): the names of `names.page_names` that follow a survey noun, looked for
    alone (reading every name of every page cost a seventh of the finder's time)."""
    nouns = "|".join(map(re.escape, sorted(vocabulary().survey_nouns, key=len, reverse=True)))
    return re.compile(rf"(?<![\w])(?i:(?P<kind>{nouns}))[ \t]+(?:«\s*)?(?P<name>{NAME_PATTERN})")


def _studies(text: str) -> list[Name]:
    """The studies a text names after a survey noun, in order; not a table's head
    (« Enquête / Population / Terrain / Répondants », one word a line)."""
    out = []
    for m in _study_re().finditer(text):
        name, start = m.group("name"), m.start("name")
        cuts = list(RESTART_RE.finditer(name))  # « … VIGIE-Commerces Le réseau »: a new sentence
        if cuts:
            name = name[: cuts[0].start()].rstrip()
        if name.count("\n") > 1 or not re.search(r"[^\W\d_]{2,}", name):
            continue
        out.append(Name(" ".join(name.split()), start, False, fold_lower(m.group("kind"))))
    return out


def _label(name: Name) -> str:
    kind = _printed_kinds().get(name.kind, "")
    return f"{kind} {name.text}".strip()


def with_study(
    rows: Sequence[FigureRow], pages: Mapping[int, str], title: str = ""
) -> list[FigureRow]:
    """`rows` with each survey headcount whose measure names no study of the document
    followed by the study's name (« nombre de maires interrogés (enquête IMPACTS &
    TRAJECTOIRES – Elus locaux) »). `pages`: the document's cleaned page texts by page
    number. The study is the one printed nearest before the figure (NEAR characters at most)
    or after it in its sentence, by any of its names' mentions; else the document's only
    study; else none (a report citing several studies names no default)."""
    if not any(_is_headcount(r) for r in rows):
        return list(rows)
    studies: dict[str, Name] = {}
    for text in [*pages.values(), title]:
        for n in _studies(text):
            studies.setdefault(n.text, n)
    if not studies:
        return list(rows)
    mention = re.compile("|".join(map(re.escape, sorted(studies, key=len, reverse=True))))
    mentions = {number: list(mention.finditer(text)) for number, text in pages.items()}
    times = Counter(m.group() for found in mentions.values() for m in found)
    ranked = times.most_common(2)
    # the study the document speaks of most, when no other is mentioned as often
    main = (
        studies[ranked[0][0]]
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        else None
    )
    out = []
    for row in rows:
        measure = fold_lower(row.measure)
        if not _is_headcount(row) or any(fold_lower(k) in measure for k in studies):
            out.append(row)
            continue
        found = mentions.get(row.page, [])
        before = [m for m in found if row.start - NEAR <= m.start() < row.start]
        at = row.sentence.find(row.text)
        after = mention.search(row.sentence, at) if at >= 0 else None
        name = before[-1].group() if before else (after.group() if after else "")
        study = studies.get(name, main)
        if study is None:
            out.append(row)
            continue
        label = _label(study)
        words = row.measure.split()
        if row.noun and fold_lower(row.noun) not in measure:
            # « Méthodologie : Échantillon » over « 302 maires »: what is counted first
            words = [*f"nombre de {row.noun} —".split(), *words]
        words = words[: max(1, MAX_MEASURE_WORDS - len(label.split()))]
        out.append(dataclasses.replace(row, measure=clean(f"{' '.join(words)} ({label})")))
    return out
