"""Building blocks of the demo documents: plain data, no layout code.

Text conventions inside block strings (handled by the layout engine):
- straight apostrophes and plain spaces are fine: French typography (’, no-break spaces before
  « » ; : ? ! %, in 148 000 and before €) is applied when the PDF is drawn;
- ``**bold**`` and ``__italic__``;
- ``[^note text]`` places a numbered footnote call there and prints the note at the foot of
  the page where the paragraph ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class H1:
    """Section heading, listed in the table of contents unless ``toc`` is false."""

    text: str
    toc: bool = True


@dataclass(frozen=True)
class H2:
    """Sub-section heading."""

    text: str


@dataclass(frozen=True)
class P:
    """Body paragraph."""

    text: str
    style: str = "body"  # body | lead (chapeau) | small


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Tbl:
    """A table of figures drawn as a real table (header row + rows)."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # fractions of the available width
    source: str = ""


@dataclass(frozen=True)
class KeyFigures:
    """A row of highlighted figures, each with its caption."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Quote:
    text: str
    author: str = ""


@dataclass(frozen=True)
class Box:
    """A framed aside with a title (« Encadré »)."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ColumnBreak:
    """Continue in the next column (or the next page in one-column layout)."""


@dataclass(frozen=True)
class NewPage:
    """Start a new page, optionally switching the number of columns."""

    columns: int | None = None


@dataclass(frozen=True)
class Toc:
    """Table of contents of the H1 headings, with printed page numbers."""

    title: str = "Sommaire"


@dataclass(frozen=True)
class ArabicStart:
    """Marks the first page numbered 1 in arabic numerals (after roman front matter)."""


@dataclass(frozen=True)
class Doc:
    """One PDF of the demo corpus."""

    file: str
    kind: str  # fiche | bulletin | étude
    series: str  # printed series name, e.g. "Fiche Repère"
    number: str
    title: str
    subtitle: str
    date: str  # ISO date of publication
    url: str  # main published source of the facts
    sources: tuple[str, ...]  # every URL the document draws on
    body: tuple[object, ...]
    columns: int = 1  # layout of the first body page
    intro_height: float = 0  # >0: first body page opens with a full-width band of this height
    first_label: int = 1  # printed number of the cover page (bulletins of a yearly volume)
    front_matter: int = 0  # pages numbered in roman numerals, cover included
    volume: str = ""  # e.g. "Veille des alliances 2022"
    subject: str = ""
    cover_toc: bool = True
    extra: dict[str, str] = field(default_factory=dict)
