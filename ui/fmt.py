"""Small formatting helpers shared by the renderers: escaping, French dates and labels, URLs."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

from assistant.export import french_date as format_date  # noqa: F401  (re-exported)

KIND_LABELS = {"fiche": "Fiche", "bulletin": "Bulletin", "étude": "Étude", "autre": "Document"}


# One pass over the text: HTML's special characters and those Markdown would act on become
# entities, so the chat bubble shows them as typed (a second pass would double-escape "&").
_MD = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        **{c: f"&#{ord(c)};" for c in "\\`*_[]#|~$"},
    }
)

Cite = Mapping[str, Any]


def esc(text: object) -> str:
    """HTML-escape anything shown to the user (quotes included)."""
    return html.escape(str(text), quote=True)


def esc_md(text: str) -> str:
    """Escape for the chat bubble, which renders Markdown before sanitizing HTML."""
    return str(text).translate(_MD)


def pdf_url(source: str, page: int) -> str:
    """Relative link that opens the PDF in the browser's own viewer at a page."""
    return f"pdf/{quote(source)}#page={int(page)}"


def preview_url(source: str, page: int, chunk_id: str = "") -> str:
    """The page image; with a passage id, cut to the highlighted passage and its surroundings."""
    query = f"?{urlencode({'chunk': chunk_id, 'focus': 1})}" if chunk_id else ""
    return f"preview/{quote(source)}/{int(page)}.png{query}"


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, str(kind).capitalize() or "Document")


def page_text(c: Cite) -> str:
    label, page = str(c.get("page_label") or c.get("page")), int(c.get("page") or 0)
    return f"p. {label}" if label == str(page) else f"p. {label} (page {page} du PDF)"


OFF_CATALOGUE = "hors catalogue"
OFF_CATALOGUE_WHY = (
    "Ce PDF n'a pas d'entrée dans le catalogue du corpus : son titre, son type et sa date "
    "viennent du fichier lui-même, et rien ne dit que l'Observatoire l'a publié."
)


def catalogued(c: Cite) -> bool:
    """Whether a citation or document comes from the catalogue (records without the field,
    older than it, count as catalogued)."""
    return c.get("catalogued", True) is not False


def figure_display(key: str) -> str:
    """A normalised figure key ("78%", "1.5") as French readers write it ("78 %", "1,5")."""
    return re.sub(r"\s*%", "\u00a0%", str(key)).replace(".", ",")
