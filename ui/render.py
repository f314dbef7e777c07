"""Pure rendering of answers: escaped HTML with each [n] a link to its source card, the plain
text to copy, the coverage note. Everything from a PDF or a question goes through `esc`.
The card functions live in `ui.cards` and the helpers in `ui.fmt`; both are re-exported here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from assistant.checks.summary import verified_summary

from .cards import (
    conflict_groups,
    conflicts_html,
    filter_note,
    highlight,
    nearest_html,
    off_catalogue_html,
    source_card,
    sources_html,
)
from .fmt import (
    OFF_CATALOGUE,
    catalogued,
    esc,
    esc_md,
    figure_display,
    format_date,
    kind_label,
    page_text,
    pdf_url,
    preview_url,
)

CITATION_RE = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")


def answer_html(text: str, known: Iterable[int] = ()) -> str:
    """The answer escaped, each known `[n]` a link to its source card."""
    known = set(known)
    out, pos = [], 0
    for m in CITATION_RE.finditer(text):
        out.append(esc_md(text[pos : m.start()]))
        nums = [int(x) for x in re.findall(r"\d+", m.group(1))]
        links = [
            f'<a href="#source-{n}" class="cite" aria-label="source {n}">&#91;{n}&#93;</a>'
            if n in known
            else f"&#91;{n}&#93;"
            for n in nums
        ]
        out.append("".join(links))
        pos = m.end()
    out.append(esc_md(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def excerpt(text: str, limit: int = 60) -> str:
    """A question too long to echo: its opening and its length, escaped for the chat."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return esc_md(text)
    return f"{esc_md(text[:limit].rstrip())}… ({len(text)} caractères)"


def figures_line(figures: Sequence[Mapping[str, Any]]) -> str:
    """One line under the answer: the figures and, apart, the dates found on a cited page
    (« ✓ 3 chiffres vérifiés, 2 dates »), then those found on none."""
    if not figures:
        return ""
    bad = [f for f in figures if not f.get("verified")]
    summary = verified_summary(
        (str(f.get("category", "quantity")), bool(f.get("verified"))) for f in figures
    )
    parts = [f"✓ {summary}"] if summary else []
    if bad:
        listed = ", ".join(esc_md(str(f.get("text", ""))) for f in bad)
        parts.append(f"⚠ non retrouvé sur la page citée : {listed}")
    return '<br><small class="figures-line">' + " · ".join(parts) + "</small>"


def understood_line(answer: Mapping[str, Any]) -> str:
    """« Question comprise : … » when the assistant read the question otherwise than typed (a
    follow-up made whole, a slip or missing accents corrected), so the user can check it."""
    understood = " ".join(str((answer.get("retrieval") or {}).get("understood") or "").split())
    typed = " ".join(str(answer.get("question", "")).split())
    if not understood or understood.lower() == typed.lower():
        return ""
    return f'<br><small class="understood">Question comprise : « {esc_md(understood)} »</small>'


def chat_html(answer: Mapping[str, Any]) -> str:
    """The chat bubble of a finished answer (the `Answer.to_dict()` shape)."""
    known = [int(c["n"]) for c in answer.get("citations", [])]
    return (
        answer_html(str(answer.get("answer", "")), known)
        + figures_line(answer.get("figures", []))
        + understood_line(answer)
    )


def plain_text(answer: Mapping[str, Any]) -> str:
    """The answer with its sources, as plain text to paste in an e-mail or a note."""
    lines = [str(answer.get("answer", "")).strip()]
    cites = answer.get("citations", [])
    if cites:
        lines += ["", "Sources :"]
        for c in cites:
            lines.append(
                f"[{c['n']}] {c.get('title', '')} ({kind_label(str(c.get('kind', '')))}, "
                f"{format_date(str(c.get('date', '')))}), {page_text(c)}"
                + (f" — {c['url']}" if c.get("url") else "")
                + ("" if catalogued(c) else f" — {OFF_CATALOGUE}")
            )
            lines.append(f"    « {' '.join(str(c.get('quote', '')).split())} »")
    elif answer.get("nearest"):
        lines += ["", "Documents les plus proches :"]
        lines += [
            f"- {d.get('title', '')} ({format_date(str(d.get('date', '')))}), {page_text(d)}"
            + ("" if catalogued(d) else f" — {OFF_CATALOGUE}")
            for d in answer["nearest"]
        ]
    return "\n".join(lines)


def coverage_note(documents: Sequence[Mapping[str, Any]]) -> str:
    """What the assistant covers: number of publications, kinds and date range."""
    if not documents:
        return "Aucune publication n'est encore indexée."
    years = sorted(
        str(d.get("date", ""))[:4] for d in documents if str(d.get("date", ""))[:4].isdigit()
    )
    counts: dict[str, int] = {}
    for d in documents:
        counts[str(d.get("kind", "autre"))] = counts.get(str(d.get("kind", "autre")), 0) + 1
    kinds = ", ".join(
        f"{v} {kind_label(k).lower()}{'s' * (v > 1)}" for k, v in sorted(counts.items())
    )
    span = ""
    if years:
        span = (
            f", publiées en {years[0]}"
            if years[0] == years[-1]
            else f", publiées de {years[0]} à {years[-1]}"
        )
    n = len(documents)
    which = f"des {n} publications indexées" if n > 1 else "de la seule publication indexée"
    return (
        f"Cet assistant répond uniquement à partir {which} "
        f"de l'Observatoire des partenariats ({esc(kinds)}{span}). Chaque réponse "
        "cite ses sources ; s'il ne trouve pas l'information, il le dit."
    )


__all__ = [
    "answer_html",
    "catalogued",
    "chat_html",
    "conflict_groups",
    "conflicts_html",
    "coverage_note",
    "esc",
    "esc_md",
    "excerpt",
    "figure_display",
    "figures_line",
    "filter_note",
    "format_date",
    "highlight",
    "kind_label",
    "nearest_html",
    "off_catalogue_html",
    "page_text",
    "pdf_url",
    "plain_text",
    "preview_url",
    "source_card",
    "sources_html",
    "understood_line",
]
