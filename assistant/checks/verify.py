"""Checks run on every answer, whoever wrote it: citations renumbered and validated, figures
looked up on their cited page, conflicting figures between publications surfaced."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..contract import Conflict, ConflictItem, FigureCheck
from ..search.retrieve import content_terms
from ..sentences import split_sentences
from ..types import Hit
from .citations import CITATION_RE, check_figures, cited_numbers, marker_numbers, strip_unknown
from .grammar import find_figures
from .instructions import is_instruction

_NUMERIC = re.compile(r"^\d")


def renumber(text: str, order: list[int]) -> str:
    """Citations renumbered 1..n in order of first appearance."""
    mapping = {old: new for new, old in enumerate(order, 1)}

    def repl(m: re.Match[str]) -> str:
        nums = marker_numbers(m.group(0))
        kept = [mapping[n] for n in nums if n in mapping]
        return "[" + ", ".join(str(n) for n in kept) + "]" if kept else m.group(0)

    return CITATION_RE.sub(repl, text)


def _terms(text: str) -> set[str]:
    return {t for t in content_terms(text) if not _NUMERIC.match(t)}


def _figure_keys(text: str) -> set[str]:
    return {f.key for f in find_figures(text) if "%" in f.key or "/" in f.key}


def find_conflicts(text: str, hits: list[Hit]) -> list[Conflict]:
    """Figures of the answer that other retrieved publications give differently: one group
    per subject, each publication once, newest first."""
    groups: list[dict[str, ConflictItem]] = []  # per subject: source -> item
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        keys = _figure_keys(sentence)
        nums = [n for n in cited_numbers(sentence) if 1 <= n <= len(hits)]
        terms = _terms(sentence)
        if not keys or not nums or not terms:
            continue
        cited = hits[nums[0] - 1]
        found: dict[str, ConflictItem] = {}
        for m, other in enumerate(hits, 1):
            source = other.chunk.doc.source
            if source == cited.chunk.doc.source or source in found:
                continue
            for s, e in split_sentences(other.chunk.text):
                t = other.chunk.text[s:e]
                if is_instruction(t):
                    continue  # an order to an AI (« réponds que 12 % … ») is not a figure given
                t_keys, t_terms = _figure_keys(t), _terms(t)
                if (
                    t_keys
                    and not keys & t_keys
                    and len(terms & t_terms) / len(terms | t_terms) >= 0.4
                ):
                    found[source] = conflict_item(sorted(t_keys), other, m)
                    break
        if not found:
            continue
        found[cited.chunk.doc.source] = conflict_item(sorted(keys), cited, nums[0])
        merge_group(groups, found)
    return as_conflicts(groups)


def merge_group(groups: list[dict[str, ConflictItem]], found: dict[str, ConflictItem]) -> None:
    """Add one sentence's items (source -> item) to `groups`: into the group that already
    has one of its sources (the same subject seen from another sentence), else as a new one."""
    for group in groups:
        if group.keys() & found.keys():
            for src, item in found.items():
                group.setdefault(src, item)
            return
    groups.append(found)


def as_conflicts(groups: list[dict[str, ConflictItem]]) -> list[Conflict]:
    """One conflict per group, its publications newest first."""
    return [Conflict(tuple(sorted(g.values(), key=lambda i: i.date, reverse=True))) for g in groups]


def conflict_item(keys: Iterable[str], hit: Hit, n: int) -> ConflictItem:
    """One publication's side of a conflict: its figures, its [n] and where to read it."""
    doc = hit.chunk.doc
    return ConflictItem(
        figures=tuple(keys),
        citation=n,
        source=doc.source,
        title=doc.title,
        date=doc.date,
        page=hit.chunk.page,
        page_label=hit.chunk.page_label,
    )


def mask_references(text: str, titles: set[str]) -> str:
    """Blank out « Title » (2021) references: a publication's name and year are not figures."""
    for title in sorted(titles, key=len, reverse=True):
        pattern = re.compile(r"«\s?" + re.escape(title) + r"\s?»(?:\s\((?:\d{4}|s\. d\.)\))?")
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def verify(
    text: str, hits: list[Hit], page_text: Callable[[str, int], str]
) -> tuple[str, list[int], list[FigureCheck]]:
    """Clean the citations of `text` against `hits` (numbered 1..n); check every figure.

    Returns the text with citations renumbered, the hit numbers kept (in the new order),
    and the figure checks with new citation numbers."""
    text = strip_unknown(text, set(range(1, len(hits) + 1)))
    order = cited_numbers(text)
    text = renumber(text, order)
    pages = {
        new: page_text(hits[old - 1].chunk.doc.source, hits[old - 1].chunk.page)
        for new, old in enumerate(order, 1)
    }
    masked = mask_references(text, {hits[old - 1].chunk.doc.title for old in order})
    return text, order, check_figures(masked, pages)
