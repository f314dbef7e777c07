"""The row of one figure: its fields from the document, the page, the figure and what the
finder read around it (`Context`), with its sentence cut around it when tables run on."""

from __future__ import annotations

from ..types import DocInfo, Page
from .detect import Found
from .parts import Context
from .rows import FigureRow

MAX_SENTENCE_CHARS = 600  # a row keeps at most this much of its sentence (tables run on)
# A value scaled by its header's unit is a float product (« 4,1 » under « (en millions
# d'euros) » is 4099999.9999999995): six decimals are more than any printed figure carries.
VALUE_DECIMALS = 6


def figure_row(
    doc: DocInfo, page: Page, fig: Found, ctx: Context, sentence: str, at: int
) -> FigureRow:
    """The row of `fig`, printed in `sentence`, which starts at `at` on the page."""
    return FigureRow(
        text=" ".join(fig.text.split()),  # « La moitié\n(50 %) » (restated.py) on one line
        value=round(fig.value, VALUE_DECIMALS),
        unit=fig.unit,
        measure=ctx.measure,
        actor=ctx.actor,
        actor_category=ctx.category,
        year=ctx.year,
        year_source=ctx.year_source,
        sentence=_window(sentence, fig, at),
        noun=fig.noun,
        source=doc.source,
        title=doc.title,
        kind=doc.kind,
        date=doc.date,
        url=doc.url,
        page=page.number,
        page_label=page.label,
        start=fig.start,
        end=fig.end,
    )


def _window(sentence: str, fig: Found, a: int) -> str:
    """The sentence, or MAX_SENTENCE_CHARS of it around the figure."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return sentence
    mid = fig.start - a
    lo = max(0, min(mid - MAX_SENTENCE_CHARS // 2, len(sentence) - MAX_SENTENCE_CHARS))
    return "…" + sentence[lo : lo + MAX_SENTENCE_CHARS].strip() + "…"
