"""The answer window: the best unit, widened to the units beside it in its passage that hold
what the question still asks — the figure after its context sentence, the other half of a
two-part question, the items a sentence announces with a colon."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..reading.query import Query
from ..reading.question import question_type
from ..search.retrieve import content_terms
from ..types import Chunk
from .asked import question_words, same_meaning
from .candidate import MAX_WORDS, Candidate, weighted_cover, word_count
from .focus import answer_kind_nouns, asks_share
from .kinds import SHARE, answer_kind_fits, asks_duration, gives_duration
from .lists import list_window, reached_list
from .wanted import gives, replaces_kind, wanted, wanted_by_part

# A neighbour joins when it adds this much of the question's weighted words.
MIN_GAIN = 0.15


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

    def filled_by(self, unit: Candidate, before: Candidate | None = None) -> bool:
        """Whether `unit` gives what this part asks for, with its words, if any, in it or in
        the sentence `before` it that says what it is (« Le rapport de la mission a été
        remis au printemps suivant. » / « La date retenue est le 7 mai 2020. »)."""
        if gives(self.wanted, unit.text) or (self.duration and gives_duration(unit.text)):
            return True  # « par téléphone » for « de quelle façon ont-ils été interrogés »
        if replaces_kind(self.wanted):
            return False  # « tous les combien » asks how often: an amount is no answer
        said = unit.terms | (before.terms if before is not None else frozenset())
        if self.share and not SHARE.search(unit.text):
            return False
        return answer_kind_fits(self.kind, unit.text, self.known) and (
            not self.words or bool(self.words & said)
        )


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
        parts = [
            Part(
                question_type(p),
                _part_words(p),
                known,
                asks(p),
                asks_duration(p),
                question_type(p) == "figure" and asks_share(p),
            )
            for p in query.parts
        ]
    out, named = [], set()  # the units that already give the person of a « qui » part
    for part in parts:
        # A part of a two-part question (with its words) is looked for whatever it asks.
        if not (part.words or part.wanted or part.kind in ("figure", "when", "who")):
            continue
        filling = [i for i, u in enumerate(window) if part.filled_by(u)]
        if part.kind == "who":
            # « Qui a lancé la mission, à qui l'a-t-il confiée ? »: two people, two sentences.
            filling = [i for i in filling if i not in named]
            named.update(filling[:1])
        if not filling:
            out.append(part)
    return out


def widen(
    best: Candidate,
    cands: list[Candidate],
    query: Query,
    idf: Mapping[str, float],
    max_units: int = 3,
    lists: bool = True,
    wants: bool = True,
) -> list[Candidate]:
    """`best` first, then the adjacent units of its passage that add to it, in text order;
    a unit further on joins when it gives a part of the question still asked for."""
    beside = {c.position: c for c in cands if c.hit_index == best.hit_index}
    terms = content_terms(query.asked)  # in a follow-up, what it adds
    qtype = query.kind
    if lists and (best.own or best.text.rstrip().endswith(":")):
        whole = qtype == "list"
        listed = list_window(best, beside, whole, terms)
        # An item asked for alone stays alone, or with the items the question names, unless
        # the question still asks for more (the date of a slide whose item gives the count):
        # then the usual window applies.
        named = best.own and not whole
        if listed is not None and (
            (listed is not best and not named) or not lacking(query, [listed], wants)
        ):
            return [listed]
    window = [best]
    budget = MAX_WORDS - word_count(best.text)

    def cover(units: list[Candidate]) -> float:
        return weighted_cover(terms, same_meaning(set().union(*(u.terms for u in units))), idf)

    def announced(position: int) -> bool:
        """The unit at `position` ends with a colon, or is an item of a list that does."""
        while position >= best.position:
            unit = beside.get(position)
            if unit is None:  # a gap (a banner skipped, another passage of the page): no list
                return False
            if unit.text.rstrip().endswith(":"):
                return True
            if position == best.position or word_count(unit.text) > 25:
                return False
            position -= 1
        return False

    def worth(unit: Candidate, after: bool) -> float:
        """How much the unit adds to the window; 0 when it adds nothing worth its words."""
        if word_count(unit.text) > budget:
            return 0.0
        if after and announced(high):
            return 1.0  # the items a sentence announces
        gain = cover([*window, unit]) - cover(window)
        if any(part.filled_by(unit, beside.get(unit.position - 1)) for part in missing):
            # the amount or the date the context sentence leads to; of two neighbours that
            # give a part, the one holding more of the question's words
            return 1.0 + max(gain, 0.0)
        return gain if gain >= MIN_GAIN else 0.0

    low = high = best.position
    while len(window) < max_units:
        missing = lacking(query, window, wants)  # what the window still lacks, read once per step
        after, before = beside.get(high + 1), beside.get(low - 1)
        gains = [
            (worth(after, True) if after else 0.0, 1, after),
            (worth(before, False) if before else 0.0, 0, before),
        ]
        gain, is_after, unit = max(gains, key=lambda g: (g[0], g[1]))
        step = 1
        if gain < 1.0 or unit is None:
            # The part still asked for may sit one sentence further (« Le travail a abouti
            # au printemps suivant. Le rapport a été remis le 7 mai 2020 »): it goes before a
            # neighbour that only adds words of the question.
            further, far_after, far = _one_further(beside, low, high, missing)
            if further is not None and word_count(further.text) <= budget:
                unit, is_after, step = further, far_after, far
            elif not gain or unit is None:
                break
        listed = reached_list(unit, beside, lists, budget) if is_after else None
        if listed is not None:  # a list it reaches is quoted whole, its lead said once
            window.append(listed)
            break
        window.append(unit)
        high, low = (high + step, low) if is_after else (high, low - step)
        budget -= word_count(unit.text)
    return [best, *sorted(window[1:], key=lambda u: u.position)]


def _one_further(
    beside: Mapping[int, Candidate],
    low: int,
    high: int,
    missing: list[Part],
) -> tuple[Candidate | None, bool, int]:
    """The nearest unit beyond the window that gives a part still asked for, with whether it
    comes after the window and how far: two places for any amount or date; anywhere in the
    passage for the part of a two-part question that it names by its words (« Budget total :
    1,638M€ » a few rows above « principal cofinanceur : … »). (None, …) when there is none."""
    reach = max(beside, default=0) - min(beside, default=0)
    for step in range(2, max(reach, 2) + 1):
        for position, after in ((high + step, True), (low - step, False)):
            unit = beside.get(position)
            if unit is None:
                continue
            before = beside.get(position - 1)
            if any(part.filled_by(unit, before) for part in missing if part.words or step == 2):
                return unit, after, step
    return None, False, 1


def complete(
    window: list[Candidate],
    extra: list[tuple[Candidate, bool]],
    query: Query,
    idf: Mapping[str, float],
    wants: bool = True,
) -> Candidate | None:
    """The one unit of `extra` that adds most of what the window still lacks: the other half of
    a two-part question (by the question's weighted words), or the figure or date a figure or
    "when" question asks for when no unit of the window has one. `extra` pairs each unit
    with whether it stands right beside the window in the page (the first sentence of the next
    passage): only such a unit may join for its figure alone."""
    terms = content_terms(query.asked)  # in a follow-up, what it adds
    budget = MAX_WORDS - sum(word_count(u.text) for u in window)
    quoted = " ".join(u.text for u in window)
    missing = lacking(query, window, wants)

    def cover(units: list[Candidate]) -> float:
        return weighted_cover(terms, same_meaning(set().union(*(u.terms for u in units))), idf)

    base = cover(window)
    best, best_gain = None, 0.0
    for unit, beside in extra:
        if word_count(unit.text) > budget or (unit.own or unit.text) in quoted:
            continue
        gain = cover([*window, unit]) - base
        fits = any(part.filled_by(unit) for part in missing)
        if fits and (beside or gain > 0):
            gain += 1.0  # the amount or the date the window's sentences lead to
        elif gain < MIN_GAIN:
            continue
        if gain > best_gain:
            best, best_gain = unit, gain
    return best


def beside(
    window: list[Candidate],
    cands: list[Candidate],
    chunks: tuple[Chunk | None, Chunk | None],
    scored: Callable[[Chunk], list[Candidate]],
) -> list[tuple[Candidate, bool]]:
    """The units at the edges of the passages just before and after the best one on its page
    (`chunks`, scored by `scored`), cited like it; each with whether it continues the window
    (the first unit of the next passage after a window that reaches the end of its own)."""
    best = window[0]
    ours = [c.position for c in cands if c.hit_index == best.hit_index]
    reaches_end = max(u.position for u in window) >= max(ours, default=0)
    out: list[tuple[Candidate, bool]] = []
    for chunk, after in zip(chunks, (False, True), strict=True):
        units = scored(chunk) if chunk is not None else []
        if not units:
            continue
        edge = min(u.position for u in units) if after else max(u.position for u in units)
        for u in units:
            if abs(u.position - edge) <= 1:
                moved = dataclasses.replace(u, hit_index=best.hit_index)
                out.append((moved, after and reaches_end and u.position == edge))
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
    gives it, in place of the last unit
    past the first `fixed` (the window) that gives no part still needed; None when nothing
    changes (rule `parts_first`)."""
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
