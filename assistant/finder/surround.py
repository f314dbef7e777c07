"""What a page says around its sentences: the populations it names and where its sections
start, so that a figure whose sentence names no population (« L'emploi arrive en tête, avec une
note de 7,1/10 ») takes the one named just before it in the same section, and a pronoun
(« Ils sont 49 % … ») finds its antecedent in any sentence before, not only in those with figures."""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..layout import Kinds, line_kinds
from ..line_forms import LEADING_NUMBER, is_heading
from ..text import fold_in_place, fold_lower
from .cells import MAX_TABLE_LINES, NUMBERED_CAPTION_RE
from .detect import detect
from .parts import Actor
from .relations import after_share_noun, counted_actors
from .thresholds import in_population
from .vocabulary import vocabulary

# a number alone on its line (« 1 870 », « 41 »), maybe with « + » or « plus de »
_BARE_NUMBER_RE = re.compile(
    r"(?:\+\s*|plus de\s+)?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?", re.I
)

# the number right before a population's name (« … de moins de 2 000 habitants »)
_NUMBER_BEFORE_RE = re.compile(r"\d(?:[\d \u00a0\u202f]*\d)?\s+$")


def _bounds_a_class(folded: str, start: int) -> bool:
    """Rule `class_unit`: whether the population named at `start` is the unit of a class
    bounding another one (« une commune de moins de 2 000 habitants »): no one the section
    speaks of."""
    m = _NUMBER_BEFORE_RE.search(folded, max(0, start - 16), start)
    return m is not None and in_population(folded, m.start(), m.end())


SHARE_LEAD_REACH = 120  # characters between the population after a share noun and the nearest one


@cache
def _same_time_words() -> tuple[str, ...]:
    return tuple(fold_lower(w) for w in vocabulary().words("same_time_words"))


class PagePopulations:
    """The populations named on one page, in order, and the starts of its sections (headings,
    captions, table cells: any line that is not running text)."""

    def __init__(self, text: str, kinds: Kinds | None = None) -> None:
        self.text = text
        folded = fold_in_place(text)
        self.folded = folded
        self.matches = [
            m
            for m in counted_actors(folded, vocabulary().actors(folded))
            if not _bounds_a_class(folded, m.start)
        ]
        self.ends = [m.end for m in self.matches]
        # A line opening in lower case (« tableau 1 reprend les notes … ») continues the
        # sentence above: it never starts a section, whatever its length.
        self.breaks = [
            s
            for s, e, kind in (line_kinds(text, ticks=True) if kinds is None else kinds)
            if kind == "short" and not text[s:e][:1].islower()
        ]
        self._short = set(self.breaks)
        self._blocks: dict[int, bool] = {}  # `_inside_block`, by line start
        self._dating: dict[int, int] = {}  # `dating_section`, by section start

    def _actor(self, i: int) -> Actor:
        m = self.matches[i]
        return Actor(self.text[m.start : m.end], m.category, -1, -1)

    def before(self, pos: int, limit: int = 6) -> list[Actor]:
        """The populations named before `pos`, nearest last (antecedents of « ils », « eux »)."""
        k = bisect.bisect_right(self.ends, pos)
        return [self._actor(i) for i in range(max(0, k - limit), k)]

    def is_cell(self, pos: int) -> bool:
        """Whether `pos` starts a line that is not running text (a cell, a key figure)."""
        return pos in self._short

    def section_start(self, pos: int) -> int:
        """Where the section holding `pos` starts (its heading or caption line), else 0."""
        j = bisect.bisect_right(self.breaks, pos) - 1
        return self.breaks[j] if j >= 0 else 0

    def dating_section(self, pos: int, tables: list[tuple[int, int]]) -> int:
        """Where the section that dates `pos` starts: each line of a stacked table (`tables`:
        start, end) starts a section, so its cells and the prose right after it take the
        section the table sits in."""
        walked: list[int] = []  # one page, one `tables`: each section is walked once
        section = self.section_start(pos)
        while (found := self._dating.get(section)) is None:
            walked.append(section)
            top = next((t for t, e in tables if t <= section <= e), None)
            if top is not None:
                found = self.section_start(max(0, top - 1))
                break
            if section > 0 and (self._same_time(section) or self._inside_block(section)):
                section = self.section_start(section - 1)
                continue
            found = section
            break
        for w in walked:
            self._dating[w] = found
        return found

    def _inside_block(self, section: int) -> bool:
        """Rule `block_dated_above`: a table's caption, header or row, a key figure's line,
        starts no time of its own: « 1. Les Français en 2015 » dates « Tableau 1 – Les enjeux »,
        its header « Enjeu Note Rang » and its rows « Emploi 7,1 ». A heading holding a number
        (« 2. Les 12 chantiers ») starts its own section. Read once per line."""
        known = self._blocks.get(section)
        if known is None:
            known = self._blocks[section] = self._block_line(section)
        return known

    def _block_line(self, section: int) -> bool:
        line = self._line(section).strip()
        if NUMBERED_CAPTION_RE.match(line):
            return True
        if detect(line) and not is_heading(LEADING_NUMBER.sub("", line)):
            return True
        # rule `key_figure_block`: a key figure printed alone on its line (« 1 870 ») and the
        # caption right under it (« bénévoles mobilisés ») start no time of their own: « L'exercice
        # 2024 en chiffres » above dates them
        j = bisect.bisect_left(self.breaks, section)
        if _BARE_NUMBER_RE.fullmatch(line) or (
            j > 0
            and self.text.count("\n", self.breaks[j - 1], section) == 1
            and _BARE_NUMBER_RE.fullmatch(self._line(self.breaks[j - 1]).strip())
        ):
            return True
        # a header or a row: the short lines right above it, with no running text between,
        # reach a caption
        for k in range(j - 1, max(-1, j - 1 - MAX_TABLE_LINES), -1):
            start = self.breaks[k]
            if self.text.count("\n", start, self.breaks[k + 1]) != 1:
                return False  # running text between: not the same block
            if NUMBERED_CAPTION_RE.match(self._line(start).strip()):
                return True
        return False

    def _line(self, start: int) -> str:
        end = self.text.find("\n", start)
        return self.text[start : end if end >= 0 else len(self.text)]

    def _same_time(self, section: int) -> bool:
        """Rule `same_time`: whether a section's heading says it speaks of the time of the
        section before (« Les autres publics, au même moment »): it is dated with that one."""
        heading = fold_lower(self._line(section))
        return any(w in heading for w in _same_time_words())

    def in_section(self, pos: int) -> Actor | None:
        """The nearest population named before `pos` since the start of its section (the
        heading or caption line above, which counts), else None. A role (« personnes
        interrogées ») yields to a population the section named before it (« Français »)."""
        return self.named_last(pos, self.section_start(pos))

    def named_last(self, pos: int, start: int = 0) -> Actor | None:
        """The nearest population named between `start` and `pos`, a role yielding to a
        population named before it; None when there is none."""
        k = bisect.bisect_right(self.ends, pos)
        inside = [i for i in range(k - 1, -1, -1) if self.matches[i].start >= start]
        if not inside:
            return None
        shared = self._after_share_noun(inside)
        if shared is not None:
            return self._actor(shared)
        generic = vocabulary().generic
        if self.matches[inside[0]].category not in generic:
            return self._actor(inside[0])
        # A role yields to a population a heading names (« Les priorités des Français »), not
        # to one a sentence mentions in passing (« un devoir d'alliance entre acteurs »).
        return self._actor(
            next(
                (
                    i
                    for i in inside
                    if self.matches[i].category not in generic and self._in_heading(i)
                ),
                inside[0],
            )
        )

    def _after_share_noun(self, inside: list[int]) -> int | None:
        """Rule `share_lead`: of the populations the nearest clause names (« Part des
        associations employeuses ayant des partenaires dans chaque famille d'acteurs : »), the
        one after a share noun, which the shares below count; None when there is none."""
        nearest = self.matches[inside[0]]
        for i in inside:
            m = self.matches[i]
            if (
                nearest.start - m.end > SHARE_LEAD_REACH
                or "." in self.folded[m.end : nearest.start]
            ):
                return None
            if after_share_noun(self.folded, m.start):
                return i
        return None

    def _in_heading(self, i: int) -> bool:
        return self.text.rfind("\n", 0, self.matches[i].start) + 1 in self._short
