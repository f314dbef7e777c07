"""Page layout of the demo documents: French typography, styles, page furniture, flowables.

Used by ``make_demo_corpus.py``. Everything here is deterministic: no clock, no randomness.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from xml.sax.saxutils import escape

from demo_blocks import Doc, KeyFigures, Tbl, Toc
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1  # fixed document id, no random salt: reproducible bytes

AUTHOR = "Démonstration — Observatoire des partenariats"
DEMO_NOTICE = "Document de démonstration rédigé pour ce projet à partir de chiffres publiés"

PAGE_W, PAGE_H = A4
MARGIN_X = 56.0
GUTTER = 20.0
BODY_TOP = PAGE_H - 66.0
BODY_BOTTOM = 104.0  # leaves room for footnotes above the footer
NOTES_TOP = 94.0
FOOTER_Y = 34.0
FULL_W = PAGE_W - 2 * MARGIN_X
COL_W = (FULL_W - GUTTER) / 2
COVER_BAND = 150.0

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip

THEMES = {
    "fiche": {"color": "#00707a", "body": "Helvetica", "size": 9.6, "leading": 13.2},
    "bulletin": {"color": "#8a1c2b", "body": "Times-Roman", "size": 10.4, "leading": 13.2},
    "étude": {"color": "#1f3a68", "body": "Times-Roman", "size": 10.8, "leading": 14.2},
}
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}
ITALIC = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}


# ---------------------------------------------------------------- French text


def french_date(iso: str, with_day: bool = True) -> str:
    d = dt.date.fromisoformat(iso)
    month = f"{MONTHS[d.month - 1]} {d.year}"
    if not with_day:
        return month
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {month}"


def roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


NBSP = "\u00a0"
_TYPO_RULES = (
    (re.compile(r"'"), "’"),
    (re.compile(r"«\s*"), "«" + NBSP),
    (re.compile(r"\s*»"), NBSP + "»"),
    (re.compile(r"(?<=\d) (?=\d{3}\b)"), NBSP),  # 148 000
    (re.compile(r"(?<=\d)\s*%"), NBSP + "%"),
    (re.compile(r"(?<=\d) (?=(?:M€|€|k€|habitants\b))"), NBSP),
    (re.compile(r" (?=[;:!?])"), NBSP),
    # « Associations & Territoires » stays on one line (reportlab otherwise leaves a stray
    # space at the end of the line next to the & entity).
    (re.compile(r" & "), NBSP + "&" + NBSP),
    (re.compile(r"\bn° ?(?=\d)"), "n°"),
    (re.compile(r"(?<=\b\d) (?=(?:" + "|".join(MONTHS) + r")\b)"), NBSP),  # 5 juillet
    (re.compile(r"(?<=\b\d\d) (?=(?:" + "|".join(MONTHS) + r")\b)"), NBSP),  # 30 novembre
    (re.compile(r"(?<=\b1er) (?=(?:" + "|".join(MONTHS) + r")\b)"), NBSP),
)


def fr_typo(text: str) -> str:
    """French typography: curly apostrophes and no-break spaces where a printer puts them."""
    for pattern, repl in _TYPO_RULES:
        text = pattern.sub(repl, text)
    return text


_NOTE_RE = re.compile(r"\[\^(.+?)\]")
_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
_ITAL_RE = re.compile(r"__(.+?)__")


def markup(text: str) -> str:
    text = escape(fr_typo(text))
    text = _BOLD_RE.sub(r"<b>\1</b>", text)
    return _ITAL_RE.sub(r"<i>\1</i>", text)


class Notes:
    """Footnotes of one document, numbered in reading order."""

    def __init__(self) -> None:
        self.texts: dict[int, str] = {}

    def inline(self, text: str) -> tuple[str, list[int]]:
        """Return reportlab markup for ``text`` and the footnote numbers it calls."""
        calls: list[int] = []
        parts = _NOTE_RE.split(text)
        out = []
        for i, part in enumerate(parts):
            if i % 2 == 0:
                out.append(markup(part))
            else:
                if re.search(r"[\d%€]\W?$", parts[i - 1]):
                    raise ValueError(f"footnote call right after a figure: {parts[i - 1][-30:]!r}")
                n = len(self.texts) + 1
                self.texts[n] = markup(part)
                calls.append(n)
                out.append(f'<super rise="3.5" size="6.5">{n}</super>')
        return "".join(out), calls


# ---------------------------------------------------------------- styles


def make_styles(kind: str) -> dict[str, ParagraphStyle]:
    t = THEMES[kind]
    body, size, leading = t["body"], t["size"], t["leading"]
    color = colors.HexColor(t["color"])
    base = ParagraphStyle(
        "body", fontName=body, fontSize=size, leading=leading, alignment=TA_JUSTIFY,
        spaceAfter=size * 0.55,
    )  # fmt: skip
    s = {"body": base}
    s["lead"] = ParagraphStyle(
        "lead", parent=base, fontName=BOLD[body] if body == "Helvetica" else ITALIC[body],
        fontSize=size + 1.2, leading=leading + 1.6, spaceAfter=size, textColor=colors.HexColor("#222222"),
    )  # fmt: skip
    s["small"] = ParagraphStyle("small", parent=base, fontSize=size - 1.4, leading=leading - 2)
    s["h1"] = ParagraphStyle(
        "h1", fontName="Helvetica-Bold", fontSize=14 if kind == "étude" else 12.5,
        leading=17 if kind == "étude" else 15, textColor=color, spaceBefore=9, spaceAfter=6,
        keepWithNext=1,
    )  # fmt: skip
    s["h2"] = ParagraphStyle(
        "h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=colors.HexColor("#333333"),
        spaceBefore=6, spaceAfter=3, keepWithNext=1,
    )  # fmt: skip
    s["bullet"] = ParagraphStyle(
        "bullet", parent=base, alignment=TA_LEFT, leftIndent=13, bulletIndent=3, spaceAfter=2.5,
        bulletFontName=body, bulletColor=color,
    )  # fmt: skip
    s["cell"] = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6, leading=10.6)
    s["cell_num"] = ParagraphStyle("cell_num", parent=s["cell"], alignment=TA_RIGHT)
    s["cell_head"] = ParagraphStyle(
        "cell_head", parent=s["cell"], fontName="Helvetica-Bold", textColor=colors.white
    )
    s["cell_head_num"] = ParagraphStyle("cell_head_num", parent=s["cell_head"], alignment=TA_RIGHT)
    s["caption"] = ParagraphStyle(
        "caption", fontName="Helvetica-Bold", fontSize=8.8, leading=11, textColor=color, spaceBefore=4,
        spaceAfter=3, keepWithNext=1,
    )  # fmt: skip
    s["source"] = ParagraphStyle(
        "source", fontName="Helvetica-Oblique", fontSize=7.6, leading=9.4, spaceBefore=2, spaceAfter=8,
        textColor=colors.HexColor("#444444"),
    )  # fmt: skip
    s["kf_num"] = ParagraphStyle(
        "kf_num",
        fontName="Helvetica-Bold",
        fontSize=19,
        leading=22,
        textColor=color,
        alignment=TA_CENTER,
    )
    s["kf_label"] = ParagraphStyle(
        "kf_label", fontName="Helvetica", fontSize=8.2, leading=10, alignment=TA_CENTER
    )
    s["quote"] = ParagraphStyle(
        "quote", parent=base, fontName=ITALIC[body], alignment=TA_LEFT, leftIndent=4
    )
    s["quote_author"] = ParagraphStyle("quote_author", parent=s["small"], alignment=TA_RIGHT)
    s["box_title"] = ParagraphStyle(
        "box_title",
        fontName="Helvetica-Bold",
        fontSize=9.6,
        leading=12,
        textColor=color,
        spaceAfter=3,
    )
    s["box"] = ParagraphStyle("box", parent=base, fontSize=size - 0.6, leading=leading - 1)
    s["note"] = ParagraphStyle(
        "note", fontName="Helvetica", fontSize=7.4, leading=9, alignment=TA_LEFT
    )
    s["toc"] = ParagraphStyle("toc", fontName="Helvetica", fontSize=9.6, leading=13)
    s["toc_num"] = ParagraphStyle("toc_num", parent=s["toc"], alignment=TA_RIGHT)
    s["toc_title"] = ParagraphStyle(
        "toc_title",
        fontName="Helvetica-Bold",
        fontSize=10,
        leading=13,
        textColor=color,
        spaceAfter=4,
    )
    s["cover_title"] = ParagraphStyle(
        "cover_title", fontName="Helvetica-Bold", fontSize=23, leading=28, textColor=colors.HexColor("#111111"),
        spaceAfter=10,
    )  # fmt: skip
    s["cover_sub"] = ParagraphStyle(
        "cover_sub",
        fontName="Helvetica-Oblique",
        fontSize=12.5,
        leading=16,
        textColor=color,
        spaceAfter=14,
    )
    s["cover_meta"] = ParagraphStyle("cover_meta", fontName="Helvetica", fontSize=9.8, leading=13.5)
    s["notice"] = ParagraphStyle("notice", fontName="Helvetica-Bold", fontSize=10, leading=13)
    s["notice_text"] = ParagraphStyle(
        "notice_text", fontName="Helvetica", fontSize=8.4, leading=10.8, spaceBefore=3
    )
    s["url"] = ParagraphStyle("url", fontName="Helvetica", fontSize=7.2, leading=9.2, leftIndent=8)
    return s


# ---------------------------------------------------------------- flowables


class Marker(Flowable):
    """Zero-size mark whose page the document template records."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class DemoParagraph(Paragraph):
    """Paragraph that may carry footnotes and a drawn bullet.

    Its footnotes are queued for the foot of the page where its last line is drawn; the bullet
    is a small square drawn on the canvas, so no bullet glyph ends up in the extracted text.
    """

    MARK = "•"  # bulletText of the first fragment only (reportlab drops it on split parts)

    def __init__(self, text, style, bulletText=None, notes=(), **kw):
        super().__init__(text, style, bulletText=bulletText, **kw)
        self.notes = list(notes)

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.notes = []
        if parts:
            parts[-1].notes = self.notes
        return parts

    def draw(self):
        first = self.bulletText == self.MARK
        if first:
            self.bulletText = None
        try:
            super().draw()
        finally:
            if first:
                self.bulletText = self.MARK
        if first:
            st = self.style
            size = st.fontSize * 0.36
            baseline = self.height - st.fontSize - (st.leading - st.fontSize) * 0.25
            self.canv.saveState()
            self.canv.setFillColor(st.bulletColor)
            self.canv.rect(
                st.bulletIndent, baseline + st.fontSize * 0.22, size, size, stroke=0, fill=1
            )
            self.canv.restoreState()
        self.canv._demo_notes.extend(self.notes)


class Heading(Paragraph):
    """A paragraph that is also a table-of-contents entry."""

    def __init__(self, text, style, toc_text: str):
        super().__init__(text, style)
        self.toc_text = toc_text


# ---------------------------------------------------------------- document template


class DemoDocTemplate(BaseDocTemplate):
    def __init__(self, target, spec: Doc, styles, notes: Notes, **kw):
        self.spec = spec
        self.styles = styles
        self.notes = notes
        self.toc_found: list[tuple[str, str]] = []
        self.markers: dict[str, int] = {}
        super().__init__(target, **kw)

    def label(self, index: int) -> str:
        return page_label(self.spec, index)

    def beforeDocument(self):
        self.canv._demo_notes = []
        if self.spec.front_matter:
            self.canv.addPageLabel(0, "ROMAN_LOWER", 1)
            self.canv.addPageLabel(self.spec.front_matter, "ARABIC", 1)
        else:
            self.canv.addPageLabel(0, "ARABIC", self.spec.first_label)

    def afterFlowable(self, flowable):
        if isinstance(flowable, Heading):
            self.toc_found.append((flowable.toc_text, self.label(self.page - 1)))
        elif isinstance(flowable, Marker):
            self.markers[flowable.name] = self.page - 1


def page_label(spec: Doc, index: int) -> str:
    """Printed page number of the PDF page ``index`` (0-based), as set in /PageLabels."""
    if index < spec.front_matter:
        return roman(index + 1)
    return str(index - spec.front_matter + spec.first_label)


def header_text(spec: Doc) -> str:
    if spec.kind == "étude":
        return (
            f"Observatoire des partenariats — {spec.series} {spec.extra.get('short', '')}".rstrip()
        )
    return f"Observatoire des partenariats — {spec.series} n°{spec.number}"


def footer_text(spec: Doc) -> str:
    if spec.volume:
        return f"{spec.volume} — document de démonstration"
    return "Document de démonstration rédigé à partir de chiffres publiés"


def draw_header(canv, doc: DemoDocTemplate):
    spec, color = doc.spec, colors.HexColor(THEMES[doc.spec.kind]["color"])
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#333333"))
    canv.drawString(MARGIN_X, PAGE_H - 40, fr_typo(header_text(spec)))
    canv.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 40, french_date(spec.date, with_day=False))
    canv.setStrokeColor(color)
    canv.setLineWidth(0.8)
    canv.line(MARGIN_X, PAGE_H - 46, PAGE_W - MARGIN_X, PAGE_H - 46)
    canv.restoreState()


def draw_notes_and_footer(canv, doc: DemoDocTemplate):
    numbers, canv._demo_notes = canv._demo_notes, []
    if numbers:
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, NOTES_TOP, MARGIN_X + 60, NOTES_TOP)
        y = NOTES_TOP - 2
        for n in numbers:
            para = Paragraph(
                f'<super rise="2.5" size="5.8">{n}</super> {doc.notes.texts[n]}', doc.styles["note"]
            )
            _, h = para.wrap(FULL_W, 200)
            y -= h
            para.drawOn(canv, MARGIN_X, y)
        if y < FOOTER_Y + 12:
            raise ValueError(f"{doc.spec.file}: too many footnotes on page {doc.page}")
        canv.restoreState()
    color = colors.HexColor(THEMES[doc.spec.kind]["color"])
    canv.saveState()
    canv.setStrokeColor(color)
    canv.setLineWidth(0.5)
    canv.line(MARGIN_X, FOOTER_Y + 11, PAGE_W - MARGIN_X, FOOTER_Y + 11)
    canv.setFont("Helvetica-Oblique", 7.5)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(MARGIN_X, FOOTER_Y, fr_typo(footer_text(doc.spec)))
    canv.setFont("Helvetica-Bold", 9)
    canv.setFillColor(color)
    canv.drawRightString(PAGE_W - MARGIN_X, FOOTER_Y, doc.label(doc.page - 1))
    canv.restoreState()


def draw_cover(canv, doc: DemoDocTemplate):
    spec, color = doc.spec, colors.HexColor(THEMES[doc.spec.kind]["color"])
    canv.saveState()
    canv.setFillColor(color)
    canv.rect(0, PAGE_H - COVER_BAND, PAGE_W, COVER_BAND, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 10)
    canv.drawString(MARGIN_X, PAGE_H - 48, "OBSERVATOIRE DES PARTENARIATS")
    canv.setFont("Helvetica", 9)
    canv.drawString(MARGIN_X, PAGE_H - 62, "Le RAMEAU — co-construction et alliances en territoire")
    series = (
        spec.series.upper() if spec.kind == "étude" else f"{spec.series.upper()} N°{spec.number}"
    )
    canv.setFont("Helvetica-Bold", 26)
    canv.drawString(MARGIN_X, PAGE_H - 112, fr_typo(series))
    canv.setFont("Helvetica", 11)
    canv.drawRightString(
        PAGE_W - MARGIN_X, PAGE_H - 48, french_date(spec.date, with_day=False).capitalize()
    )
    canv.restoreState()
    canv.saveState()
    canv.setFont("Helvetica-Oblique", 7.5)
    canv.setFillColor(colors.HexColor("#555555"))
    canv.drawString(MARGIN_X, FOOTER_Y, fr_typo(footer_text(spec)))
    canv.restoreState()


def make_doc(target, spec: Doc, styles, notes: Notes) -> DemoDocTemplate:
    date = dt.datetime.fromisoformat(spec.date).replace(hour=9, tzinfo=dt.UTC)
    # reportlab reads SOURCE_DATE_EPOCH for CreationDate/ModDate: the publication date.
    os.environ["SOURCE_DATE_EPOCH"] = str(int(date.timestamp()))
    doc = DemoDocTemplate(
        target, spec, styles, notes, pagesize=A4, title=spec.title, author=AUTHOR,
        subject=spec.subject or f"{spec.series} — {DEMO_NOTICE.lower()}",
        creator="corpus/_source/make_demo_corpus.py", keywords="démonstration, Observatoire des partenariats",
        invariant=1, lang="fr-FR",
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=PAGE_H - BODY_TOP, bottomMargin=BODY_BOTTOM,
    )  # fmt: skip
    body_h = BODY_TOP - BODY_BOTTOM
    cover = Frame(
        MARGIN_X, 52, FULL_W, PAGE_H - COVER_BAND - 70, id="cover", leftPadding=0, rightPadding=0
    )
    one = Frame(MARGIN_X, BODY_BOTTOM, FULL_W, body_h, id="one", leftPadding=0, rightPadding=0)
    left = Frame(MARGIN_X, BODY_BOTTOM, COL_W, body_h, id="left", leftPadding=0, rightPadding=0)
    right = Frame(
        MARGIN_X + COL_W + GUTTER,
        BODY_BOTTOM,
        COL_W,
        body_h,
        id="right",
        leftPadding=0,
        rightPadding=0,
    )
    templates = [
        PageTemplate("cover", [cover], onPage=draw_cover),
        PageTemplate("one", [one], onPage=draw_header, onPageEnd=draw_notes_and_footer),
        PageTemplate("two", [left, right], onPage=draw_header, onPageEnd=draw_notes_and_footer),
    ]
    if spec.intro_height:
        h = spec.intro_height
        band = Frame(MARGIN_X, BODY_TOP - h, FULL_W, h, id="band", leftPadding=0, rightPadding=0)
        lcol = Frame(
            MARGIN_X, BODY_BOTTOM, COL_W, body_h - h, id="left", leftPadding=0, rightPadding=0
        )
        rcol = Frame(
            MARGIN_X + COL_W + GUTTER,
            BODY_BOTTOM,
            COL_W,
            body_h - h,
            id="right",
            leftPadding=0,
            rightPadding=0,
        )
        templates.append(
            PageTemplate("intro2", [band, lcol, rcol], onPage=draw_header, onPageEnd=draw_notes_and_footer,
                         autoNextPageTemplate="two")
        )  # fmt: skip
    doc.addPageTemplates(templates)
    return doc


# ---------------------------------------------------------------- blocks -> flowables


def table_flowable(block: Tbl, styles, width: float, color) -> list:
    n = len(block.header)
    if block.widths:
        fractions = block.widths
    elif n > 1:
        fractions = (0.55,) + (0.45 / (n - 1),) * (n - 1)
    else:
        fractions = (1.0,)
    widths = [f * width for f in fractions]

    def numeric(text: str) -> bool:
        return bool(re.fullmatch(r"[\d\s,./%€M+<>≈-]+", text.strip())) and any(
            c.isdigit() for c in text
        )

    data = [
        [
            Paragraph(markup(h), styles["cell_head_num" if i and numeric_col else "cell_head"])
            for i, (h, numeric_col) in enumerate(
                zip(
                    block.header,
                    [all(numeric(r[j]) for r in block.rows) for j in range(n)],
                    strict=True,
                )
            )
        ]
    ]
    for row in block.rows:
        data.append(
            [
                Paragraph(markup(c), styles["cell_num" if i and numeric(c) else "cell"])
                for i, c in enumerate(row)
            ]
        )
    for row in (block.header, *block.rows):
        for text, w in zip(row, widths, strict=True):
            for word in re.sub(r"\*\*|__", "", fr_typo(text)).split():
                if stringWidth(word, "Helvetica-Bold", 8.6) > w - 12:
                    raise ValueError(
                        f"table {block.caption!r}: word {word!r} is wider than its column"
                    )
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), color),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, color),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, color),
        ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8c8c8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f1f3f5")))
    table.setStyle(TableStyle(style))
    # Caption, table and source line are chained with keepWithNext (a KeepTogether wrapper
    # would break the keepWithNext chain of a heading placed just before the table).
    table.keepWithNext = 1
    parts = [Paragraph(markup(block.caption), styles["caption"]), table]
    if block.source:
        parts.append(Paragraph(markup(block.source), styles["source"]))
    else:
        parts.append(Spacer(1, 8))
    return parts


def key_figures_flowable(block: KeyFigures, styles, width: float, color) -> list:
    cells = [[Paragraph(markup(num), styles["kf_num"]), Paragraph(markup(lbl), styles["kf_label"])]
             for num, lbl in block.items]  # fmt: skip
    n = len(cells)
    table = Table([cells], colWidths=[width / n] * n)
    table.setStyle(
        TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef4f5")),
            ("LINEABOVE", (0, 0), (-1, 0), 1.5, color),
            ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ])
    )  # fmt: skip
    return [table, Spacer(1, 9)]


def boxed(flowables: list, width: float, color, background="#f6f6f2") -> Table:
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(
        TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(background)),
            ("LINEBEFORE", (0, 0), (0, -1), 2.2, color),
            ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ])
    )  # fmt: skip
    return table


def toc_flowable(block: Toc, entries: list[tuple[str, str]], styles, width: float) -> list:
    rows = [
        [Paragraph(markup(t), styles["toc"]), Paragraph(lbl, styles["toc_num"])]
        for t, lbl in entries
    ]
    table = Table(rows, colWidths=[width - 40, 40], hAlign="LEFT")
    table.setStyle(
        TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ])
    )  # fmt: skip
    return [Paragraph(markup(block.title), styles["toc_title"]), table, Spacer(1, 10)]


def paragraph(text: str, style: ParagraphStyle, notes: Notes, bullet: str | None = None) -> list:
    markup, calls = notes.inline(text)
    return [DemoParagraph(markup, style, bulletText=bullet, notes=calls)]
