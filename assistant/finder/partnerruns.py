"""Rule `partner_runs`: a run of shares each labelled with a kind of partner (« Collectivités
74 % · associations/fondations 72 % · enseignement 47 % », a bar chart under « Avec qui les
associations employeuses sont-elles partenaires ? (%) », « Les collectivités sont citées par
74 % d'entre elles, les associations et fondations par 72 % … ») after words that announce
partners (`partner_cues`). Whatever layout the sentence and table readers saw, such a share
counts the organisations that cite those partners, not the partner its label names: the
holder the announcing line names (« Types de partenaires des associations »), else the one a
share just before the run counts (« 98 % des associations employeuses ont des partenariats »),
else the last one named before that line. A share whose label was its only words measures the
label (« partenaires : Collectivités »)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..text import fold_in_place
from .cells import SAMPLE_BRACKET_RE
from .partners import COUNTED_AFTER_RE, holders
from .relations import partner_kinds
from .rows import FigureRow
from .vocabulary import folded_alternation, vocabulary

MIN_RUN = 3  # shares in a run: a list, not one finding
MIN_LABELLED = 2  # of them labelled with a partner kind (the others name no one)
MAX_GAP = 400  # characters between two shares of one run
CUE_REACH = 600  # characters before a run where the words announcing it are looked for
HOLDER_REACH = 1500  # characters before the announcing line where its holder is looked for
_RIGHT_AFTER_RE = re.compile(r"\s*(?:les|des|d')?\s*")  # « Avec qui les associations … »
# « Avec quels partenaires votre association travaille-t-elle ? »: the one the question asks
_ADDRESSED_RE = re.compile(r"\b(?:votre|vos|notre|nos)\s+$")
# « sont 45 % à financer », on the share's line (« 52 %\nÀ quelle échelle ? » is a heading)
_OWN_CLAUSE_RE = re.compile(r"[ \t]*a[ \t]+(?!quel|l'|la\b|le\b|les\b|un\b|une\b)[a-z]")
# « 28 % des associations », « part des associations employeuses », « cités par les
# associations », and a group (« Parmi les associations dont le budget … », « chez les … »)
_COUNTED_BEFORE_RE = re.compile(
    r"(?:\bdes|\bde|\bd'|\bpar\s+les|\baux|\b(?:parmi|chez|pour|cote)(?:\s+les)?)\s*$"
)
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|$)")


@cache
def _cue_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{folded_alternation('partner_cues')})\b")


def announces_partners(text: str) -> bool:
    """Whether a text says partners follow (« Avec quels types de partenaires ? », data
    `partner_cues`), not answers broken down by the kind of partner who answers (« … selon
    le type de structure », data `partner_breakdowns`)."""
    folded = fold_in_place(text)
    return _cue_re().search(folded) is not None and _breakdown_words_re().search(folded) is None


@cache
def _kinds_only() -> frozenset[str]:
    """Kinds that label partners and never hold them (« acteurs », « structures »)."""
    return frozenset(vocabulary().words("partner_label_kinds"))


def _printed(actor: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r"\s+".join(map(re.escape, fold_in_place(actor).split())))


def _counted(folded: str, start: int) -> bool:
    """Whether a population printed at `start` is whom a share counts (« 28 % des
    entreprises », « Part des associations employeuses », « cités par les associations »)."""
    return _COUNTED_BEFORE_RE.search(folded, max(0, start - 12), start) is not None


def _sampled(folded: str, end: int) -> bool:
    """Whether a population printed up to `end` gives its sample size and ends its line
    (« Fondations (n = 208) » heading a column): a population surveyed, whom its column's
    shares count, not a partner (not « Collectivités (n = 512) : 74 % », a partner's row)."""
    sample = SAMPLE_BRACKET_RE.match(folded, end)  # « Associations (n = 416) »
    return sample is not None and _LINE_END_RE.match(folded, sample.end()) is not None


def _candidates(rows: list[FigureRow], folded: str) -> list[list[int]]:
    """Runs of shares close to one another, each naming no one or a partner kind not counted
    right after it (« 28 % des entreprises » counts them)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, row in enumerate(rows):
        if row.unit != "%":
            continue
        after = COUNTED_AFTER_RE.match(folded, row.end)
        fits = not row.actor or (
            row.actor_category in partner_kinds()
            and (after is None or _printed(row.actor).match(folded, after.end()) is None)
        )
        if fits and current and row.start - rows[current[-1]].end <= MAX_GAP:
            current.append(i)
            continue
        runs.append(current)
        current = [i] if fits else []
    runs.append(current)
    return [r for r in runs if len(r) >= MIN_RUN]


@cache
def _breakdown_words_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{folded_alternation('partner_breakdowns')})\b")


@cache
def _breakdown_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{folded_alternation('partner_breakdowns')})\s*$")


@cache
def _money_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{folded_alternation('partner_money')})\b")


def _cues(folded: str, rows: list[FigureRow], run: list[int]) -> list[re.Match[str]]:
    """The words announcing the run: the cues before its first share, nearest first, else
    the first one inside it. None when the nearest one says the shares are broken down by
    the partners who answer (`partner_breakdowns`) or split a budget (`partner_money`)."""
    first, last = rows[run[0]], rows[run[-1]]
    cues = list(_cue_re().finditer(folded, max(0, first.start - CUE_REACH), first.start))
    inside = _cue_re().search(folded, first.start, last.end)
    found = cues[::-1] if cues else [inside] if inside else []
    if found and (
        _breakdown_re().search(folded, max(0, found[0].start() - 30), found[0].start())
        or _money_re().match(folded, found[0].end())
    ):
        return []
    return found


def _labelled(row: FigureRow, folded: str, after_cue: int) -> bool:
    """Whether a share's population is a label printed after the cue (« Collectivités /
    … / 74 % », « collectivités 89 % ; structures … 73 % »), never as whom a share counts."""
    # from the cue, at most CUE_REACH characters back: a long run costs linear time
    found = list(
        _printed(row.actor).finditer(folded, max(after_cue, row.start - CUE_REACH), row.start)
    )
    return bool(found) and not any(
        _counted(folded, m.start()) or _sampled(folded, m.end()) for m in found
    )


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def _holder(
    text: str, folded: str, rows: list[FigureRow], first: int, cues: list[re.Match[str]]
) -> tuple[str, str] | None:
    """The population the run's shares count (see the module docstring), or None."""
    holding = holders() - _kinds_only()
    for cue in cues:
        lo, hi = _line(text, cue.start())
        named = [
            (lo + m.start, lo + m.end, m.category)
            for m in vocabulary().actors(folded[lo : min(hi, rows[first].start)])
            if m.category in holding
        ]
        # the one nearest before the cue (« … 1 380 responsables associatifs. Une association
        # compte en moyenne 2,5 partenaires »), else one after it that the cue's words count
        before = [n for n in named if n[0] < cue.start()]
        after = [
            n
            for n in named
            if n[0] >= cue.start()
            and (
                _counted(folded, n[0])
                or _RIGHT_AFTER_RE.fullmatch(folded, cue.end(), n[0])
                or _ADDRESSED_RE.search(folded, max(0, n[0] - 8), n[0])
            )
        ]
        if before or after:
            at, end, category = before[-1] if before else after[0]
            return text[at:end], category
    for row in reversed(rows[:first]):
        if rows[first].start - row.end > CUE_REACH:
            break
        if row.actor and row.actor_category in holding:
            return row.actor, row.actor_category
    lo = _line(text, cues[-1].start())[0]
    base = max(0, lo - HOLDER_REACH)
    earlier = [m for m in vocabulary().actors(folded[base:lo]) if m.category in holding]
    if earlier:
        return text[base + earlier[-1].start : base + earlier[-1].end], earlier[-1].category
    return None


def _own_clause(row: FigureRow, folded: str) -> bool:
    """Whether a share opens its own clause about its population (« Les entreprises, elles,
    sont 45 % à financer un club »): it counts them, whatever words came before."""
    return _OWN_CLAUSE_RE.match(folded, row.end) is not None


def _lists(rows: list[FigureRow], folded: str, run: list[int], after_cue: int) -> list[list[int]]:
    """The run cut into lists of partner items: consecutive shares each naming no one or a
    partner label; a share opening its own clause (`_own_clause`) ends a list."""
    lists: list[list[int]] = []
    current: list[int] = []
    for i in run:
        row = rows[i]
        if not row.actor or (_labelled(row, folded, after_cue) and not _own_clause(row, folded)):
            current.append(i)
            continue
        lists.append(current)
        current = []
    lists.append(current)
    out = []
    for items in lists:
        if len(items) >= MIN_RUN and sum(bool(rows[i].actor) for i in items) >= MIN_LABELLED:
            out.append(items)
    return out


def with_partner_holders(rows: list[FigureRow], text: str) -> list[FigureRow]:
    """The rows of one page (offsets in `text`), the shares of each partner run counting
    its holder (rule `partner_runs`)."""
    folded = fold_in_place(text)
    out = list(rows)
    for run in _candidates(rows, folded):
        cues = _cues(folded, rows, run)
        if not cues:
            continue
        for members in _lists(rows, folded, run, cues[0].end()):
            holder = _holder(text, folded, rows, members[0], cues)
            if holder is None:
                continue
            for i in members:
                row = rows[i]
                if row.actor_category == holder[1]:
                    continue  # « associations et fondations 72 % » under « … des associations »
                measure = row.measure
                if not measure.strip() and row.actor:
                    measure = f"partenaires : {row.actor}"
                out[i] = replace(row, actor=holder[0], actor_category=holder[1], measure=measure)
    return out
