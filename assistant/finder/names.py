"""The named thing a sentence speaks of when it only points at it: « Il dispose d'une dotation
de 1,5 M€ » (il = « le Fonds ODD 17 » of the sentence before), « Son montant est de 44 euros »,
« Cette initiative regroupe 13 … », « Le programme a permis la collecte de … »; and the study a
count of respondents belongs to (« Plus de 2 000 personnes ont été interrogées » under « l'étude
PHARE-Citoyens … »). Amounts, durations and counts carry that name in their measure, since
their sentence names no population. Kind nouns in assistant/data/figure_words.toml."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..text import fold_lower
from .detect import Found
from .measure import MAX_MEASURE_WORDS, clean
from .rows import FigureRow
from .vocabulary import folded_words, vocabulary

_CAP = r"[A-ZÀ-Ý](?:[\w’']|\.(?=\w))*"  # « M.E.D.O.C », not the full stop after a word
_LINK = r"(?:\s*[&–-]\s*|\s+(?:de|du|des|d['’])\s*|\s+)"
NAME_PATTERN = rf"{_CAP}(?:{_LINK}(?:{_CAP}|\d+))+|[A-Z]{{2,}}[A-Z0-9-]*"
_NAME_RES = (
    # « l'allocation journalière du proche aidant (AJPA) »: a phrase and its acronym
    # (anchored on the acronym: a phrase before it is tried only where « (ABC) » is printed)
    re.compile(r"(?P<name>(?:[\w’'&-]+\s+){1,6}\((?=[A-Z][A-Z0-9]{1,9}\))(?P<acr>\w+)\))"),
    # « “Donemos sonrisas” », « « parcours d'expérience » »: a short quoted name
    re.compile(r"(?:«\s*|“)(?P<name>[^«»“”.;:]{3,60}?)(?:\s*»|”)"),
    # « Fonds ODD 17 », « IMPACTS & TRAJECTOIRES – Elus », « PHARE-Citoyens »
    re.compile(rf"(?P<name>{NAME_PATTERN})"),
)
_LAST_DETERMINER_RE = re.compile(r".*(?:^|\s)(?:le|la|les|l['’])(?:\s+|(?<=['’]))", re.I)
# A capitalised determiner or pronoun inside a run of capitalised words starts a new sentence.
RESTART_RE = re.compile(
    r"(?<=\s)(?:Le|La|Les|L['’]|Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Un|Une|Plus)\b"
)
_DETERMINERS = ("le ", "la ", "les ", "l'", "l’", "un ", "une ", "des ", "du ")
# What the text before a subject looks like: a sentence start or a comma, a determiner, an
# optional kind noun (« , le Fonds ODD 17 soutient », « Publiée …, l'étude IMPACT … est »).
_SUBJECT_BEFORE_RE = re.compile(
    r"(?:^|[.!?:]\s+|,\s*)(?:le|la|les|l['’])\s*(?:[^\W\d_]+\s+)?$", re.I
)
# A name coordinated with another one (« Le RAMEAU et la Fondation TotalEnergies ont co-créé
# … »): the pair is plural, no antecedent of « il », « elle », « son », « sa » or « ses ».
# A determiner after « et » tells two bodies from one name (« Entreprises et Territoires »).
_AND_AFTER_RE = re.compile(r"\s+et\s+(?:le|la|les|l['’])\s*[A-ZÀ-Ý]")
_AND_BEFORE_RE = re.compile(r"[A-ZÀ-Ý][\w’'.-]*\s+et\s+(?:le|la|les|l['’])\s*$")
# « Celle-ci comporte 21 mesures »: what the sentence before named last
_DEMONSTRATIVE_RE = re.compile(r"^(?:celle|celui|celles|ceux)-ci\b", re.I)
_PRONOUN_RE = re.compile(
    r"^(?:[^,.;]{0,60},\s*)?(?:il|elle)\s+(?!y\b|est\s+(?:un|une|le|la))", re.I
)
_POSSESSIVE_RE = re.compile(r"^(?:son|sa|ses|leur|leurs)\s", re.I)
_PLURAL_POSSESSIVE_RE = re.compile(r"^(?:leur|leurs)\s", re.I)
_DEFINITE_RE = re.compile(r"^(?:le même|la même|cette|cet|ce|le|la|l['’])\s*([^\W\d_]+)", re.I)
_RESPONDENTS_RE = re.compile(r"\binterrog|\brépond|\bsondé", re.I)
LOOK_BACK = 1200  # characters before a sentence where its antecedent is looked for
NEAR = 300  # … and where a name that is not a subject may still be it (the sentence before)


# Where a phrase and its acronym may end: « (ABC) » (see `_acronym_phrases`)
_ACRONYM_OPEN_RE = re.compile(r"\((?=[A-Z][A-Z0-9]{1,9}\))")
_NOT_PHRASE_RE = re.compile(r"[^\w’'&\s-]")  # a character no word before « (ABC) » holds


def _acronym_phrases(flat: str) -> list[re.Match[str]]:
    """The matches of `_NAME_RES[0]` in `flat`, as its `finditer` gives them, looked for only
    in the run of words before each « (ABC) »: a match holds one parenthesis, the acronym's,
    and only word characters and spaces before it, so no match starts before that run. (The
    pattern tried at every word of a page was a fifth of the figure finder's time.)"""
    out: list[re.Match[str]] = []
    if "(" not in flat:
        return out
    backwards, pos = flat[::-1], 0
    for opening in _ACRONYM_OPEN_RE.finditer(flat):
        at = opening.start()
        if at < pos:
            continue
        stop = _NOT_PHRASE_RE.search(backwards, len(flat) - at)
        words = len(flat) - stop.start() if stop else 0  # where the words before it start
        m = _NAME_RES[0].search(flat, max(pos, words), flat.index(")", at) + 1)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    subject: bool  # printed where a subject stands (« , le Fonds ODD 17 soutient »)
    kind: str  # the folded kind noun just before it (« étude », « programme »), or ""
    joined: bool = False  # coordinated with another name (« Le RAMEAU et la Fondation X »)


@cache
def _kinds() -> frozenset[str]:
    return folded_words("name_nouns")


def page_names(text: str) -> list[Name]:
    """The names printed on a page, in order."""
    flat = text.replace("\n", " ")
    found: dict[int, Name] = {}
    for i, rx in enumerate(_NAME_RES):
        for m in _acronym_phrases(flat) if i == 0 else rx.finditer(flat):
            name, start = m.group("name").strip(), m.start("name")
            if i == 0:  # a phrase and its acronym: from its last determiner on
                cut = _LAST_DETERMINER_RE.search(name[: name.rfind("(")])
                if cut:
                    name, start = name[cut.end() :], start + cut.end()
            if i == 2:  # « Synthèse L'étude IMPACT … »: a heading runs into the sentence
                cuts = list(RESTART_RE.finditer(name))
                if cuts:
                    name, start = name[cuts[-1].start() :], start + cuts[-1].start()
            low = fold_lower(name)
            for det in _DETERMINERS:
                if low.startswith(det):
                    name, start, low = name[len(det) :], start + len(det), low[len(det) :]
            kind = ""
            first = re.match(r"([^\W\d_]+)\s+", name)
            if i == 2 and first and first.group(1).islower():  # « L'étude IMPACT … »
                if fold_lower(first.group(1)) not in _kinds():
                    continue
                kind = fold_lower(first.group(1))
                name, start = name[first.end() :], start + first.end()
            elif i == 2 and first and fold_lower(first.group(1)) in _surveys():
                # « Étude IMPACT Fondations & Territoires, publiée le 23 septembre »
                kind = fold_lower(first.group(1))
                name, start = name[first.end() :], start + first.end()
            if not re.search(r"[^\W\d_]{2,}", name) or name[:1].isdigit():
                continue  # « L'enquête 302 »: a heading and a number, not a name
            if any(a <= start < a + len(n.text) for a, n in found.items()):
                continue
            before = flat[max(0, start - 60) : start]
            words = re.findall(r"[^\W\d_]+", fold_lower(before))[-6:]
            kind = kind or next((w for w in reversed(words) if w in _kinds()), "")
            joined = bool(
                _AND_AFTER_RE.match(flat, start + len(name)) or _AND_BEFORE_RE.search(before)
            )
            subject = bool(_SUBJECT_BEFORE_RE.search(before))
            found[start] = Name(name, start, subject, kind, joined)
    return [found[k] for k in sorted(found)]


def _antecedent(sentence: str, names: list[Name], at: int) -> Name | None:
    """The name a sentence (starting at `at` on the page) points at with « il », « son »,
    « cette initiative », or None: the last subject named before (a paragraph back at most),
    else a name of the sentence just before."""
    head = sentence.lstrip()
    if _PRONOUN_RE.match(head) or _POSSESSIVE_RE.match(head):
        if not _PLURAL_POSSESSIVE_RE.match(head):
            # rule `singular_pointer`: « Il », « Sa dotation » stand for one name, not a pair
            # (« Le RAMEAU et la Fondation X ont co-créé le Fonds ODD 17. Sa dotation … »): when
            # the last subject is a pair, the first single name after it
            near = [n for n in names if n.start >= at - NEAR]
            last = next((n for n in reversed(near) if n.subject), None)
            if last is not None and last.joined:
                after = [n for n in near if n.start > last.start and not n.joined]
                if after:
                    return after[0]
            names = [n for n in names if not n.joined]
        studied = [n for n in names if n.start >= at - NEAR and n.kind in _surveys()]
        if studied:  # « L'étude IMPACT Fondations & Territoires est parue … Elle s'appuie … »
            return studied[-1]
        subject = next((n for n in reversed(names) if n.subject), None)
        if subject is None and names and names[-1].start >= at - NEAR:
            return names[-1]  # the sentence before names no subject: its last name
        return subject
    m = _DEFINITE_RE.match(head)
    if m and fold_lower(m.group(1)) in _kinds():
        kind = fold_lower(m.group(1))
        return next(
            (n for n in reversed(names) if n.kind == kind or kind in fold_lower(n.text)), None
        )
    return None


@cache
def _surveys() -> frozenset[str]:
    return frozenset(fold_lower(w) for w in vocabulary().survey_nouns)


def _study(names: list[Name]) -> Name | None:
    """The study a count of respondents belongs to: the last name after a survey noun."""
    surveys = {fold_lower(w) for w in vocabulary().survey_nouns} | {"volet"}
    return next((n for n in reversed(names) if n.kind in surveys), None)


def may_name(measure: str, fig: Found, sentence: str) -> bool:
    """Whether `with_name` may change this figure's measure (else the page's names need not
    be read): an amount, duration or count in a sentence that points at something, or a
    count of respondents."""
    if fig.unit not in ("€", "years", "count", "people"):
        return False
    head = sentence.lstrip()
    if _PRONOUN_RE.match(head) or _POSSESSIVE_RE.match(head) or _DEMONSTRATIVE_RE.match(head):
        return True  # « Il dispose … », « Sa dotation … », « Celle-ci comporte … »
    definite = _DEFINITE_RE.match(head)
    if definite and fold_lower(definite.group(1)) in _kinds():
        return True
    return fig.unit in ("count", "people") and _RESPONDENTS_RE.search(measure) is not None


_DETERMINERS_NP = frozenset({"le", "la", "les", "un", "une", "des", "du", "d'un", "d'une"})
MAX_OWNER_WORDS = 6


def demonstrative_owner(sentence: str, said_before: str) -> str:
    """Rule `demonstrative_owner`: what « Celle-ci », « Celui-ci » opening a sentence stands
    for: the last noun phrase of the sentence before (« Le ministère a traduit les propositions
    dans une feuille de route. Celle-ci comporte 21 mesures » → « feuille de route »), or ""."""
    if not _DEMONSTRATIVE_RE.match(sentence.lstrip()):
        return ""
    tokens = said_before.replace("’", "'").replace("«", " ").replace("»", " ").split()
    starts = [i + 1 for i, t in enumerate(tokens) if t.lower() in _DETERMINERS_NP]
    if not starts or len(tokens) - starts[-1] > MAX_OWNER_WORDS:
        return ""
    return clean(" ".join(tokens[starts[-1] :]).rstrip(".;!? "))


def with_name(
    measure: str, fig: Found, sentence: str, names: list[Name], at: int, said_before: str = ""
) -> str:
    """`measure` followed by the name its sentence points at (amounts, durations and counts
    only), « … (Fonds ODD 17) »; unchanged when there is none or it is already there.
    `said_before`: the sentence just before (what « Celle-ci » stands for)."""
    if fig.unit not in ("€", "years", "count", "people"):
        return measure
    owner = demonstrative_owner(sentence, said_before)
    name = None if owner else _antecedent(sentence, names, at)
    if name is None and fig.unit in ("count", "people") and _RESPONDENTS_RE.search(measure):
        name = _study(names)
    owner = owner or (name.text if name else "")
    if not owner or fold_lower(owner) in fold_lower(measure):
        return measure
    words = measure.split()[: max(1, MAX_MEASURE_WORDS - len(owner.split()))]
    return f"{' '.join(words)} ({owner})"


def owns(name: Name) -> bool:
    """Whether a name printed before a figure may own it: a subject or a name after its kind
    noun (« Le programme ARPEA … », « le Fonds ODD 17, doté de … »), not one of a pair."""
    return bool(name.subject or name.kind) and not name.joined


OWN_NAME_UNITS = ("€", "years", "count", "people")
_ANY_NAME_RE = re.compile(rf"{NAME_PATTERN}|[«“(]")


def with_own_names(rows: list[FigureRow], texts: Mapping[int, str]) -> list[FigureRow]:
    """Rule `own_name`: an amount, duration or count whose measure credits no name yet, followed
    by the name its own sentence prints before it, the last one standing as a subject or after
    a kind noun, not one of a pair (« Le programme ARPEA (2008-2012) comptait dix volets » →
    « nombre de volets (programme ARPEA) »). Runs after the headcounts took their study."""
    names: dict[int, list[Name]] = {}
    out = []
    for r in rows:
        at = r.sentence.find(r.text)
        if (
            r.unit not in OWN_NAME_UNITS
            or at < 0
            or r.measure.rstrip().endswith(")")
            or not _ANY_NAME_RE.search(r.sentence, 0, at)  # most sentences: no name to read
        ):
            out.append(r)
            continue
        if r.page not in names:
            names[r.page] = page_names(texts.get(r.page, ""))
        start = r.start - at
        printed = [n for n in names[r.page] if start <= n.start < r.start]
        measure = fold_lower(r.measure)
        if any(fold_lower(" ".join(n.text.split()[:2])) in measure for n in printed):
            # its own clause names its owner (« … et le Fonds Ormeau de 1 M€ »): no other one
            out.append(r)
            continue
        own = [n for n in printed if n.start + len(n.text) <= r.start]
        name = next(
            (n for n in reversed(own) if owns(n) and len(n.text.split()) <= MAX_OWNER_WORDS),
            None,
        )
        if name is not None:
            words = r.measure.split()[: max(1, MAX_MEASURE_WORDS - len(name.text.split()))]
            r = dataclasses.replace(r, measure=f"{' '.join(words)} ({name.text})")
        out.append(r)
    return out
