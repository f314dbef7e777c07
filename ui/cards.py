"""Pure rendering of the sources panel: one card per citation (highlighted quote, ✓/⚠, page
preview, PDF link, « hors catalogue » for a PDF the catalogue does not list), conflicting
figures side by side, a refusal's nearest documents."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .fmt import (
    OFF_CATALOGUE,
    OFF_CATALOGUE_WHY,
    Cite,
    catalogued,
    esc,
    figure_display,
    format_date,
    kind_label,
    page_text,
    pdf_url,
    preview_url,
)


def off_catalogue_html(c: Cite) -> str:
    """« hors catalogue » for a PDF without a catalogue entry, with why it matters; else ""."""
    if catalogued(c):
        return ""
    return f' · <strong class="off-catalogue" title="{esc(OFF_CATALOGUE_WHY)}">{OFF_CATALOGUE}</strong>'


def _figure_pattern(text: str) -> re.Pattern[str] | None:
    tokens = [re.escape(t) for t in re.split(r"\s+", text.strip()) if t]
    if not tokens:
        return None
    # Not inside a longer number: "1" must not light up the "1" of "12" or of "2,1".
    return re.compile(
        r"(?<![\d,.])(?<!\d[\s\u00a0\u202f])"
        + r"[\s\u00a0\u202f]*".join(tokens)
        + r"(?![\d]|[.,]\d|[\s\u00a0\u202f]\d{3}(?!\d))"
    )


def highlight(quote_text: str, figures: Iterable[str]) -> str:
    """The quote escaped, each occurrence of a figure wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    for fig in figures:
        pattern = _figure_pattern(fig)
        if pattern:
            spans += [m.span() for m in pattern.finditer(quote_text)]
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out += [esc(quote_text[pos:start]), f"<mark>{esc(quote_text[start:end])}</mark>"]
        pos = end
    out.append(esc(quote_text[pos:]))
    return "".join(out)


def source_card(c: Cite, figures: Sequence[Mapping[str, Any]] = (), preview: bool = True) -> str:
    """One citation: title, kind, date, page, highlighted quote, ✓/⚠ per figure, preview, link."""
    n, page = int(c["n"]), int(c.get("page") or 0)
    mine = list(
        {
            (f.get("text"), bool(f.get("verified"))): f for f in figures if f.get("citation") == n
        }.values()
    )  # once each, however often cited
    checks = "".join(
        f'<li class="{"ok" if f.get("verified") else "warn"}">'
        f"{'✓' if f.get('verified') else '⚠'} {esc(f.get('text', ''))} — "
        f"{'retrouvé sur la page citée' if f.get('verified') else 'non retrouvé sur la page citée'}"
        "</li>"
        for f in mine
    )
    title = esc(c.get("title") or c.get("source", ""))
    img = ""
    if preview:
        img = (
            f'<a href="{esc(pdf_url(c["source"], page))}" target="_blank" rel="noopener" '
            f'class="preview-link"><img class="preview" src="'
            f'{esc(preview_url(c["source"], page, str(c.get("chunk_id", ""))))}" '
            f'alt="Aperçu de la page {page} de « {title} », passage cité surligné"></a>'
        )
    return (
        f'<article class="source-card" id="source-{n}" tabindex="-1" aria-label="Source {n}">'
        f'<h3><span class="num">[{n}]</span> {title}</h3>'
        f'<p class="meta">{esc(kind_label(str(c.get("kind", ""))))} · '
        f"{esc(format_date(str(c.get('date', ''))))} · {esc(page_text(c))}"
        f"{off_catalogue_html(c)}</p>"
        f"<blockquote>{highlight(str(c.get('quote', '')), [str(f.get('text', '')) for f in mine])}"
        "</blockquote>"
        + (f'<ul class="checks">{checks}</ul>' if checks else "")
        + img
        + f'<p><a class="open-pdf" href="{esc(pdf_url(c["source"], page))}" target="_blank" '
        f'rel="noopener">Ouvrir le PDF à la page {page}</a></p></article>'
    )


def conflict_groups(conflicts: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Conflicts that share a publication page merged into one group of distinct items,
    oldest first: "69 % (2015), 69 % (2016), 81 % (2021)" rather than two pairs."""
    groups: list[dict[tuple, Mapping[str, Any]]] = []
    for conflict in conflicts:
        items = {
            (i.get("source"), i.get("page"), tuple(i.get("figures", []))): i
            for i in conflict.get("items", [])
        }
        joined = [g for g in groups if g.keys() & items.keys()]
        merged = {k: v for g in joined for k, v in g.items()} | items
        groups = [g for g in groups if g not in joined] + [merged]
    return [sorted(g.values(), key=lambda i: str(i.get("date", ""))) for g in groups]


def conflicts_html(conflicts: Sequence[Mapping[str, Any]]) -> str:
    """Publications giving different figures, side by side, oldest first, with their dates."""
    blocks = []
    for items in conflict_groups(conflicts):
        cells = "".join(
            f'<div class="conflict-item"><p class="figure">'
            f"{esc(' / '.join(figure_display(x) for x in item.get('figures', [])))}</p>"
            f'<p>{esc(item.get("title", ""))}<br><span class="meta">'
            f"{esc(format_date(str(item.get('date', ''))))} · {esc(page_text(item))}</span></p>"
            + (
                f'<a href="#source-{int(item["citation"])}" class="cite">'
                f"&#91;{int(item['citation'])}&#93;</a>"
                if item.get("citation")
                else ""
            )
            + "</div>"
            for item in items
        )
        blocks.append(f'<div class="conflict-pair">{cells}</div>')
    if not blocks:
        return ""
    return (
        '<section class="conflicts" aria-label="Chiffres divergents"><h3>⚠ Les publications '
        "ne donnent pas le même chiffre</h3>" + "".join(blocks) + "</section>"
    )


def nearest_html(nearest: Sequence[Mapping[str, Any]]) -> str:
    """A refusal's closest documents, each a link to its page."""
    if not nearest:
        return '<p class="empty">Aucun document proche n\'a été trouvé.</p>'
    items = "".join(
        f'<li><a href="{esc(pdf_url(d["source"], int(d.get("page") or 1)))}" target="_blank" '
        f'rel="noopener">{esc(d.get("title") or d["source"])}</a> — '
        f"{esc(kind_label(str(d.get('kind', ''))))}, {esc(format_date(str(d.get('date', ''))))}, "
        f"{esc(page_text(d))}{off_catalogue_html(d)}</li>"
        for d in nearest
    )
    return f'<h3>Documents les plus proches</h3><ul class="nearest">{items}</ul>'


def filter_note(
    kinds: Sequence[str] = (), year_min: int | None = None, year_max: int | None = None
) -> str:
    """Why a filtered search may find nothing: the filters chosen, and how to widen them."""
    parts = []
    if kinds:
        names = ", ".join(f"« {esc(k)} »" for k in kinds)
        parts.append(f"au type {names}" if len(kinds) == 1 else f"aux types {names}")
    if year_min is not None and year_max is not None:
        span = f"de {year_min}" if year_min == year_max else f"de {year_min} à {year_max}"
        parts.append(f"aux publications {span}")
    elif year_min is not None:
        parts.append(f"aux publications parues à partir de {year_min}")
    elif year_max is not None:
        parts.append(f"aux publications parues jusqu'en {year_max}")
    if not parts:
        return ""
    return (
        f'<p class="filter-note">La recherche était limitée {" et ".join(parts)} : élargissez '
        "ou retirez ces filtres (« Filtrer les publications ») pour chercher dans toutes les "
        "publications.</p>"
    )


def sources_html(
    citations: Sequence[Cite],
    answer: Mapping[str, Any] | None = None,
    note: str = "",
    streaming: bool = False,
) -> str:
    """The sources panel: the passages cited so far while the answer streams (`streaming`),
    then the cited ones; `note` (the `filter_note` of the filters chosen) follows a refusal."""
    if answer is not None and answer.get("refused"):
        body = (
            '<p class="refused">Aucune publication ne répond assez précisément à cette '
            "question.</p>" + note + nearest_html(answer.get("nearest", []))
        )
    elif not citations and streaming:
        body = '<p class="pending" role="status">Rédaction en cours…</p>'
    elif not citations:
        body = '<p class="empty">Les sources de la réponse s\'afficheront ici.</p>'
    else:
        figures = answer.get("figures", []) if answer else []
        status = "" if answer else '<p class="pending" role="status">Rédaction en cours…</p>'
        body = (
            status
            + conflicts_html(answer.get("conflicts", []) if answer else [])
            + "".join(source_card(c, figures) for c in citations)
        )
    return f'<section class="sources" aria-label="Sources"><h2>Sources</h2>{body}</section>'
