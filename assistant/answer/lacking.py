"""What a question still asks of the units an answer quotes: each part of it (an amount, a
date, a name, with its own words in a multi-part question) that no unit gives (`lacking`),
and a unit of a passage already quoted that gives it (rule `parts_first`)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..reading.numbers import stated_years, years
from ..reading.parts import asks_again
from ..reading.query import Query
from ..reading.question import asks_where, question_type
from ..search.retrieve import content_terms
from ..text import analyze
from .asked import question_words
from .candidate import Candidate
from .focus import answer_kind_nouns, asks_share
from .kinds import SHARE, answer_kind_fits, asks_duration, gives_duration
from .wanted import gives, replaces_kind, wanted, wanted_by_part


@dataclass(frozen=True)
class Part:
    """A part of the question the window must give: an amount, a date or a name (`kind`), with
    its own words in a two-part question; `known` are the question's folded words (a name it
    holds is no answer to « qui »)."""

    kind: str
    words: frozenset[str]
    known: frozenset[str] = frozenset()
    wanted: frozenset[str] = frozenset()  # what it wants beyond its question word (`wanted`)
    duration: bool = False  # it asks how long (« et sur quelle durée ? »)
    share: bool = False  # it asks for a share (« quelle part … ? »): a count is no answer
    # the year that tells it from another part asking the same of another year (« … en 2008,
    # et en 2012 ? »): its answer is dated to it, in the unit or the sentence before it
    years: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()  # the years of the other parts: no answer to this one

    def filled_by(self, unit: Candidate, before: Candidate | None = None) -> bool:
        """Whether `unit` gives what this part asks for, with its words, if any, in it or in
        the sentence `before` it that says what it is (« Le rapport de la mission a été
        remis au printemps suivant. » / « La date retenue est le 7 mai 2020. »)."""
        if gives(self.wanted, unit.text) or (self.duration and gives_duration(unit.text)):
            return True  # « par téléphone » for « de quelle façon ont-ils été interrogés »
        if replaces_kind(self.wanted):
            return False  # « tous les combien » asks how often: an amount is no answer
        if self.share and not SHARE.search(unit.text):
            return False
        if self.years:
            dated = _dated(unit, before) & (self.years | self.others)
            if not dated & self.years:
                return False
            if not dated <= self.years and len(_FIGURE.findall(unit.text)) < len(dated):
                # dated to another part's year too, with one figure for both (« lancé en
                # 2019, renouvelé en 2022, il compte 45 bénévoles »); not a row giving each
                # year its figure (« 35 % (2018), 52 % (2022) »)
                return False
        lines = unit.text.split("\n")
        if self.words and len(lines) > 1:
            # A unit that carries the sentence its pronoun points to: the date of the one (« En
            # 2019, … a confié une mission ») is not that of the other (« Leur rapport a été
            # remis au printemps suivant »): the part's words sit with its answer, or just
            # before it.
            said = before.terms if before is not None else frozenset()
            for line in lines:
                words = frozenset(analyze(line))
                if answer_kind_fits(self.kind, line, self.known) and self.words & (said | words):
                    return True
                said = words
            return False
        said = unit.terms | (before.terms if before is not None else frozenset())
        return answer_kind_fits(self.kind, unit.text, self.known) and (
            not self.words or bool(self.words & said)
        )


def _dated(unit: Candidate, before: Candidate | None) -> set[str]:
    """The years a unit, or the sentence before it, dates its facts to (`stated_years`: not
    the base year of a change), and a year alone in brackets (« 52 % (2022) »), which dates a
    figure of a slide or a table."""
    return {
        year
        for u in (unit, before)
        if u is not None
        for year in stated_years(u.text) | set(_BRACKETED_YEAR.findall(u.text))
    }


_BRACKETED_YEAR = re.compile(r"\(((?:19|20)\d\d)\)")
# A figure that is not a year (« 35 % », « 1 200 », « 2,5 »).
_FIGURE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?")


def _part_words(part: str) -> frozenset[str]:
    """The words a part of a question must find with its answer; for a « when » part, not the
    noun that names the date it asks for (« à quelles dates » is answered by « du 30 septembre
    au 28 octobre 2024 », without the word)."""
    words = frozenset(content_terms(part))
    return words - answer_kind_nouns(part) if question_type(part) == "when" else words


def lacking(query: Query, window: list[Candidate], wants: bool = True) -> list[Part]:
    """Each part of the question that no unit of the window gives. One part: an amount, a
    date or a name it asks for (any will do). In a two-part question (« qui a confié la
    mission, et quand le rapport a-t-il été rendu ? »), each part must sit with its own words
    (and be an amount, a date or a name if it asks for one): the first part's date is not the
    second's. `wants`: a part wanting what its question word does not say (rule `wanted`) is
    given by a unit that says it."""
    known = question_words(query.text)

    def asks(part: str) -> frozenset[str]:
        return wanted_by_part(part, query.text) if wants else frozenset()

    if len(query.parts) == 1:
        parts = [
            Part(query.kind, frozenset(), known, wanted(query.asked) if wants else frozenset())
        ]
    else:
        parts = []
        for i, p in enumerate(query.parts):
            kind = question_type(p)
            if i and kind == "other" and asks_again(p):
                # « …, et qu'en était-il en 2008 ? » asks what the part before it asked
                parts.append(dataclasses.replace(parts[-1], words=_part_words(p)))
                continue
            words = _part_words(p)
            if kind == "other" and asks_where(p):
                kind = "where"  # « Quand et où … ? »: a place
                if i and not words:
                    words = parts[-1].words  # « …, et où ? »: where what the part before asks
            parts.append(
                Part(
                    kind,
                    words,
                    known,
                    asks(p),
                    asks_duration(p),
                    kind == "figure" and asks_share(p),
                )
            )
        dated = [frozenset(years(p)) for p in query.parts]
        if len(set(dated)) == len(dated) and all(dated):
            # each part asks of its own year: the year is what tells its answer apart
            every = frozenset().union(*dated)
            parts = [
                dataclasses.replace(p, years=y, others=every - y)
                for p, y in zip(parts, dated, strict=True)
            ]
    out, named = [], set()  # the units that already give the person of a « qui » part
    for part in parts:
        # A part of a two-part question (with its words) is looked for whatever it asks.
        if not (part.words or part.wanted or part.kind in ("figure", "when", "who", "where")):
            continue
        filling = [i for i, u in enumerate(window) if part.filled_by(u)]
        if part.kind == "who":
            # « Qui a lancé la mission, à qui l'a-t-il confiée ? »: two people, two sentences.
            filling = [i for i in filling if i not in named]
            named.update(filling[:1])
        if not filling:
            out.append(part)
    return out


def fill_parts(
    quoted: list[Candidate],
    fixed: int,
    cands: list[Candidate],
    query: Query,
    floor: float,
    wants: bool = True,
) -> list[Candidate] | None:
    """`quoted` with, for each part of a multi-part question that none of its units gives, the
    best unit of `cands` scoring at least `floor`, from a passage `quoted` already cites, that
    gives it, in place of the last unit past the first `fixed` (the window) that gives no part
    still needed; None when nothing changes (rule `parts_first`)."""
    if len(query.parts) < 2:
        return None
    out, changed = list(quoted), False
    cited = {u.hit_index for u in quoted}  # a part is taken from a passage already quoted
    for part in lacking(query, out, wants):
        giving = next(
            (
                c
                for c in cands
                if c.score >= floor
                and c.hit_index in cited
                and not c.near_miss
                and c not in out
                and not any((c.own or c.text) in u.text for u in out)
                and part.filled_by(c)
            ),
            None,
        )
        if giving is None:
            continue
        # the last runner-up whose going leaves no more part lacking than before
        before = len(lacking(query, out, wants))
        spare = next(
            (
                i
                for i in range(len(out) - 1, fixed - 1, -1)
                if len(lacking(query, out[:i] + out[i + 1 :], wants)) <= before
            ),
            None,
        )
        if spare is None:
            continue
        out[spare] = giving
        changed = True
    return out if changed else None
