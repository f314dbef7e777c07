"""Rule `base_line`: a survey's chart or table states its base on a line of its own (« Base :
1 204 répondants (responsables associatifs), terrain du 6 au 27 janvier 2025 », « Base : 578
associations ayant au moins un partenariat », « Champ : entreprises de 10 salariés et plus »),
or after the note that closes a chart on the same line (« … en 2023). Base : 1 204 répondants. »).
That base is whom the page's open shares and marks count (those naming no one, `deck.open_share`):
the population it names, the one in brackets when the first is only a role (« répondants
(responsables associatifs) »). A base applies to the figures above it on its page, the nearest
one below them; figures under the page's last base take that base; on a page whose bases head
their charts (the first stands above the first open share), the nearest base above. A base more
than MAX_BASE_LINES lines away is another chart's. The words that open a base line: data list
`base_labels`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from ..text import fold_in_place
from .rows import FigureRow
from .vocabulary import vocabulary

MAX_LABEL_CHARS = 30  # « Base baromètre : » (not « Base de données : », « Champ d'action : »)
MAX_BASE_WORDS = 6  # where a base names its population: « 1 204 répondants (responsables »


@cache
def _base_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in vocabulary().words("base_labels"))
    return re.compile(
        rf"(?:^[ \t]*|(?<=[.;] ))(?:{labels})\b(?![ \t]+(?:de|des|du|d['’]))[^:\n]{{0,{MAX_LABEL_CHARS}}}:"
        rf"[ \t]*(?P<base>[^\n]+)",
        re.I | re.M,
    )


def base_population(line: str) -> tuple[str, str] | None:
    """(population, category) a base line's text names in its first words (« 1 204 répondants
    (responsables associatifs), terrain … »): the first population that is no role, else the
    first role."""
    head = " ".join(line.split()[:MAX_BASE_WORDS])  # « 1 204 répondants (responsables …) »
    folded = fold_in_place(head)
    vocab = vocabulary()
    found = vocab.actors(folded)
    if not found:
        return None
    chosen = next((a for a in found if a.category not in vocab.generic), found[0])
    return head[chosen.start : chosen.end], chosen.category


@cache
def page_bases(text: str) -> list[tuple[int, tuple[str, str]]]:
    """(where the line starts, population) of each base line of a page naming a population."""
    out = []
    for m in _base_re().finditer(text):
        found = base_population(m.group("base"))
        if found is not None:
            out.append((m.start(), found))
    return out


def with_base_lines(
    rows: list[FigureRow],
    open_rows: set[tuple[int, int]],
    texts: Mapping[int, str],
    roles: bool = False,
    keep: bool = False,
) -> list[FigureRow]:
    """`rows` with the open ones (page, start) given their page's base; those are taken out of
    `open_rows` (the document's population no longer applies to them). A base naming only a
    role (« Base : 296 répondants ») says less than the population of people the document
    counts (its maires): such bases are given (`roles`), and then (`keep`) to the open rows
    still naming no one once the document's population is given."""
    generic = vocabulary().generic
    bases = {page: page_bases(text) for page, text in texts.items()}
    # bases that head their charts: the page's first base stands above its first open share
    first_open: dict[int, int] = {}
    for r in rows:
        if (r.page, r.start) in open_rows:
            first_open.setdefault(r.page, r.start)
    out = []
    for r in rows:
        on_page = bases.get(r.page) or []
        if (r.page, r.start) in open_rows and on_page and not (keep and r.actor):
            found = _base_of(texts.get(r.page, ""), on_page, r.start, first_open[r.page])
            if found is not None and (found[1] in generic) == roles:
                open_rows.discard((r.page, r.start))
                r = replace(r, actor=found[0], actor_category=found[1])
        out.append(r)
    return out


MAX_BASE_LINES = (
    40  # lines between a figure and the base of its chart (a dashboard: one cell a line)
)


def _base_of(
    text: str, on_page: list[tuple[int, tuple[str, str]]], at: int, first_open: int
) -> tuple[str, str] | None:
    """The base of the figure at `at`: the nearest one above it when the page's bases head
    their charts (the first stands above the first open share), else the nearest below it,
    else the page's last; None when it is more than MAX_BASE_LINES lines away."""
    starts = [s for s, _ in on_page]
    heading = starts[0] < first_open
    k = bisect.bisect_right(starts, at)
    if heading:
        if k == 0:
            return None
        where, found = on_page[k - 1]
    else:
        where, found = on_page[min(k, len(on_page) - 1)]
    lo, hi = sorted((where, at))
    return found if text.count("\n", lo, hi) <= MAX_BASE_LINES else None
