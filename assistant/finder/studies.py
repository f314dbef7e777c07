"""The study a survey's headcount belongs to (rule `headcount_study`): « 302 maires interrogés »
in a methods box, « Échantillon : 2 000 personnes » on a slide, a table of fieldwork lines —
a figure one cites as « commerçants interrogés (enquête VIGIE-Commerces) ».
The sentence path names the study printed shortly before (names.py, `with_name`); this pass,
over a whole document, names it for every headcount still without one (`with_study` says
which). Words that say a count took part in a survey: data/sample.toml (`sample_words`) and
data/figure_words.toml (`survey_reach`, `respondent_nouns`, `weak_survey_cues`)."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache

from ..datafiles import read_data
from ..text import MONTHS, fold_in_place, fold_lower
from .measure import MAX_MEASURE_WORDS, clean
from .names import NAME_PATTERN, RESTART_RE, Name
from .rows import FigureRow
from .vocabulary import folded_words, vocabulary

HEADCOUNT_UNITS = ("count", "people")
# Characters before a figure and after it in its clause where a word saying that the count
# took part in a survey is looked for (« Échantillon : 302 maires », « auprès de 1 380
# responsables », « 2 000 personnes interrogées »), up to another number.
CUE_BEFORE = 30
CUE_AFTER = 40
NEAR = 400  # characters before a headcount where the mention of its study is looked for
MAX_NAME_WORDS = 8  # a longer run of capitalised words after a survey noun is no name
# A name in a sentence: capitalised words joined by « - », « – » or « & » (« ARCO-Villes »)
_NAME_RUN = r"[A-ZÀ-Ý][\w’']*(?:\s*[-–&]\s*[A-ZÀ-Ý0-9][\w’']*)+"
_NAME_TOKEN_RE = re.compile(rf"(?<![\w]){_NAME_RUN}(?![\w])")
_BY_RE = re.compile(r"\bpar\s+$")  # « conduite par Halles & Marchés »: who ran the survey
# A name opening a sentence or a table's row as its label, after an optional « Source : »
_LABEL_NAME_RE = re.compile(
    # « Source : HALLES & MARCHÉS – Bourgs ruraux, mai 2023 ; … »: after « Source : »,
    # the name and up to two words, then a comma, a semicolon or a colon
    rf"\s*Sources?\s*:\s*(?P<source>{_NAME_RUN}(?:\s+[A-ZÀ-Ýa-zà-ÿ][\w’']*){{0,2}}?)\s*[:,;]"
    # « CAPRA-Habitants : 640 … », « CAPRA-Habitants en mars 2019 : 640 … », « CAPRA-Habitants —
    # 640 … », « CAPRA-Habitants 03/2019 640 … » (a table's row)
    rf"|\s*(?P<name>{_NAME_RUN})(?:\s+(?:en|de|du)\s+(?:(?:{MONTHS})\s+)?(?:19|20)\d\d)?"
    rf"\s*(?:[:;]|[–—]\s|(?=\d))"
)
# A measure ending on a name in brackets credits its figure already (names.py, `with_name`).
_CREDITED_RE = re.compile(r"\([^()]*[A-ZÀ-Ý][^()]*\)\s*$")
_TRAILING_NUMBER_RE = re.compile(r"(?:\s+\d+)+$")


def _alternation(words: set[str]) -> re.Pattern[str]:
    """Folded words as a pattern; one ending on an apostrophe (« aupres d' ») is a prefix."""
    ends = (
        re.escape(w) + ("" if w[-1] in "'’" else r"(?![\w])")
        for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(r"(?<![\w])(?:" + "|".join(ends) + ")")


@cache
def _cue_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Folded words saying a count took part in a survey: the strong ones (« interrogees »,
    « echantillon », a survey noun: « a l'enquete »), then the weak ones (« participe »,
    « aupres de »: data file `weak_survey_cues`, `survey_reach`)."""
    words = {fold_lower(w) for e in read_data("sample.toml")["sample_words"] for w in e["words"]}
    vocab = vocabulary()
    weak = {fold_lower(w) for w in vocab.words("weak_survey_cues") + vocab.words("survey_reach")}
    surveys = {fold_lower(w) for w in vocab.survey_nouns}  # « ont répondu à l'enquête »
    return _alternation((words - weak) | surveys), _alternation(weak)


@cache
def _printed_kinds() -> dict[str, str]:
    """Each survey noun folded → as printed (« etude » → « étude »)."""
    return {fold_lower(w): w for w in sorted(vocabulary().survey_nouns, key=len)}


@cache
def _respondents() -> frozenset[str]:
    return folded_words("respondent_nouns")


def _counts_a_population(row: FigureRow) -> bool:
    """People, or bodies the actors' file knows (« 42 fondations »), not meals or visits."""
    return row.unit == "people" or bool(row.noun and vocabulary().actors(fold_in_place(row.noun)))


def _headcount(row: FigureRow) -> int:
    """2 for a count of a population that its own noun (« 2 460 répondants »), its measure, or
    the words right before it or after it in its clause say took part in a survey with a
    strong word (« interrogés », « échantillon »); 1 with a weak one only (« ont participé »,
    « auprès de »); 0 for any other figure."""
    if row.unit not in HEADCOUNT_UNITS or not _counts_a_population(row):
        return 0
    if row.noun and fold_lower(row.noun).split()[0] in _respondents():
        return 2
    at = row.sentence.find(row.text)
    if at < 0:
        return 0
    before = re.split(r"\d", row.sentence[max(0, at - CUE_BEFORE) : at])[-1]
    end = at + len(row.text)
    after = re.split(r"[\d.;!?]", row.sentence[end : end + CUE_AFTER])[0]
    texts = [fold_lower(t) for t in (row.measure, before, after)]
    if row.noun:  # « 250 participants » alone says nothing of a survey; « … interrogées » does
        head = re.compile(r"(?<![\w])" + re.escape(fold_lower(row.noun).split()[0]) + r"(?![\w])")
        texts = [head.sub(" ", t) for t in texts]
    strong, weak = _cue_res()
    if any(strong.search(t) for t in texts):
        return 2
    return int(any(weak.search(t) for t in texts))


@cache
def _study_re() -> re.Pattern[str]:
    """A survey noun, then on its line a name (« l'enquête VIGIE-Commerces », « Baromètre
    CAPRA-Habitants »): the names of `names.page_names` that follow a survey noun, looked for
    alone (reading every name of every page cost a seventh of the finder's time)."""
    nouns = "|".join(map(re.escape, sorted(vocabulary().survey_nouns, key=len, reverse=True)))
    return re.compile(rf"(?<![\w])(?i:(?P<kind>{nouns}))[ \t]+(?:«\s*)?(?P<name>{NAME_PATTERN})")


def _studies(text: str) -> list[Name]:
    """The studies a text names after a survey noun, in order: the name ends at a line break
    unless the line ends on « & » or a dash (« HALLES & » / « MARCHÉS »), and the
    search goes on from there; it loses a year after it (« VIGIE-Commerces 2023 »). Not a
    heading in capitals (« ENQUÊTE AUPRÈS DES MAIRES »), not a table's head (« Enquête /
    Population / Terrain », one word a line, or « Enquête Population Terrain Répondants »)."""
    out, pos = [], 0
    while (m := _study_re().search(text, pos)) is not None:
        name, start = m.group("name"), m.start("name")
        pos = m.end()
        cuts = list(RESTART_RE.finditer(name))  # « … VIGIE-Commerces Le réseau »: a new sentence
        if cuts:
            name = name[: cuts[0].start()]
            pos = start + len(name)
        for brk in re.finditer(r"\n", name):
            if not re.search(r"[&–-]\s*$", name[: brk.start()]):
                name = name[: brk.start()]
                pos = start + brk.start()  # the next line may name a study
                break
        name = _TRAILING_NUMBER_RE.sub("", " ".join(name.split()))
        words = name.split()
        if (
            not re.search(r"[^\W\d_]{2,}", name)
            or len(words) > MAX_NAME_WORDS
            or (m.group("kind").isupper() and not re.search(r"[-–&\d]", name))  # a heading
            or (len(words) >= 3 and all(w.isalpha() and w[:1].isupper() for w in words))
        ):
            continue
        out.append(Name(name, start, False, fold_lower(m.group("kind"))))
    return out


def _named_before(sentence: str, at: int, studied: list[tuple[int, int]]) -> str:
    """The name that opens the sentence of a count, as its label, when it mentions none of the
    document's studies (« Source : CAPRA-Habitants, 2019 ; 640 habitants interrogés »,
    « CAPRA-Habitants : 640 habitants interrogés »): the survey the count is said of there and
    then; "". A place, a person or an event named on the way (« En Auvergne-Rhône-Alpes, »,
    « Selon Jean-Marc Durand, », « Depuis la crise Covid-19 ») is none."""
    m = _LABEL_NAME_RE.match(sentence, 0, at)
    group = "source" if m is not None and m.group("source") else "name"
    if m is None or any(x <= m.start(group) < y for x, y in studied):
        return ""
    return " ".join(m.group(group).split())


def _names_another(sentence: str, at: int, studied: list[tuple[int, int]]) -> bool:
    """Whether the sentence names, before the figure at `at`, something that is none of the
    document's studies (« Le programme ARCO-Villes a interrogé 640 habitants », « En
    Auvergne-Rhône-Alpes, 640 … »): the count may be that body's, or that place's; better no
    study than the wrong one. Who ran the survey (« conduite par Halles & Marchés ») is no
    such body. `studied`: the spans of the sentence that mention a study."""
    return any(
        not any(x <= t.start() < y for x, y in studied)
        and not _BY_RE.search(sentence, max(0, t.start() - 6), t.start())
        for t in _NAME_TOKEN_RE.finditer(sentence, 0, at)
    )


def _label(name: Name) -> str:
    kind = _printed_kinds().get(name.kind, "")
    return f"{kind} {name.text}".strip()


def with_study(
    rows: Sequence[FigureRow], pages: Mapping[int, str], title: str = ""
) -> list[FigureRow]:
    """`rows` with each survey headcount whose measure credits no name yet followed by its
    study's name (« nombre de commerçants interrogés (enquête VIGIE-Commerces) »). `pages`: the document's cleaned page texts by page number. The study is the
    name that opens the count's sentence as its label (`_named_before`); else the study
    mentioned nearest before the figure (NEAR characters at most) or after it in its sentence,
    by any mention of its name; else — for a count a strong word marks (« interrogés »,
    « échantillon »), not a weak one (« ont participé ») — the one the title names, else the
    one the document mentions most when no other is mentioned as often."""
    strengths = [_headcount(r) for r in rows]
    if not any(strengths):
        return list(rows)
    studies: dict[str, Name] = {}
    for text in pages.values():
        for n in _studies(text):
            studies.setdefault(n.text, n)
    titled = _studies(title)
    for n in titled:
        studies.setdefault(n.text, n)
    if not studies:
        return list(rows)
    names = sorted(studies, key=len, reverse=True)
    spaced = (r"\s+".join(map(re.escape, n.split())) for n in names)
    mention = re.compile(r"(?<![\w])(?:" + "|".join(spaced) + r")(?![\w])")
    mentions = {number: list(mention.finditer(text)) for number, text in pages.items()}
    starts = {number: [m.start() for m in found] for number, found in mentions.items()}
    times = Counter(" ".join(m.group().split()) for found in mentions.values() for m in found)
    ranked = times.most_common(2)
    # the study the title names, else the one the document speaks of most, when no other is
    # mentioned as often
    main = (
        titled[0]
        if titled
        else studies[ranked[0][0]]
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        else None
    )
    named = [re.compile(r"(?<![\w])" + re.escape(fold_lower(n)) + r"(?![\w])") for n in names]
    out = []
    for row, strength in zip(rows, strengths, strict=True):
        measure = fold_lower(row.measure)
        if (
            not strength
            or any(rx.search(measure) for rx in named)
            or _CREDITED_RE.search(row.measure)
        ):
            out.append(row)
            continue
        at = max(0, row.sentence.find(row.text))
        studied = [m.span() for m in mention.finditer(row.sentence, 0, at)]
        said = _named_before(row.sentence, at, studied)
        if (said and fold_lower(said) in measure) or (
            not said and _names_another(row.sentence, at, studied)
        ):
            out.append(row)
            continue
        found, at_page = mentions.get(row.page, []), starts.get(row.page, [])
        k = bisect.bisect_left(at_page, row.start)  # the mentions before the figure
        before = found[k - 1] if k and found[k - 1].start() >= row.start - NEAR else None
        after = mention.search(row.sentence, at) if row.text in row.sentence else None
        hit = before or after
        fallback = main if strength == 2 else None  # a weak cue needs a mention near it
        study = studies.get(" ".join(hit.group().split())) if hit else fallback
        if study is None and not said:
            out.append(row)
            continue
        label = said if said or study is None else _label(study)
        words = row.measure.split()
        if row.noun and fold_lower(row.noun) not in measure:
            # « Méthodologie : Échantillon » over « 302 maires »: what is counted first
            words = [*f"nombre de {row.noun} —".split(), *words]
        words = words[: max(1, MAX_MEASURE_WORDS - len(label.split()))]
        out.append(dataclasses.replace(row, measure=clean(f"{' '.join(words)} ({label})")))
    return out
