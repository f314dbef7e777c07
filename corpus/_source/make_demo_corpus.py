"""Generate the shipped demo corpus: ``corpus/*.pdf`` and ``corpus/catalogue.toml``.

Run from the repository root:  ``.venv/bin/python corpus/_source/make_demo_corpus.py``

The documents (their text is in ``demo_content.py``, the page layout in ``demo_layout.py``) are
demonstration documents written for this project from figures published by Le RAMEAU /
l'Observatoire des partenariats; every cover says so and lists its sources. Output is
byte-for-byte reproducible: reportlab runs in invariant mode and each file's creation date is
its publication date.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tomllib
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import FrameBreak, NextPageTemplate, PageBreak, Paragraph, Spacer

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_blocks import (
    H1,
    H2,
    ArabicStart,
    Box,
    Bullets,
    ColumnBreak,
    Doc,
    KeyFigures,
    NewPage,
    P,
    Quote,
    Tbl,
    Toc,
)
from demo_content import DOCS
from demo_layout import (
    COL_W,
    DEMO_NOTICE,
    FULL_W,
    THEMES,
    DemoParagraph,
    Heading,
    Marker,
    Notes,
    boxed,
    fr_typo,
    french_date,
    key_figures_flowable,
    make_doc,
    make_styles,
    markup,
    paragraph,
    table_flowable,
    toc_flowable,
)

HERE = Path(__file__).resolve().parent


def cover_flowables(spec: Doc, styles, entries: list[tuple[str, str]], pages: int | None) -> list:
    color = colors.HexColor(THEMES[spec.kind]["color"])
    out: list = [Paragraph(markup(spec.title), styles["cover_title"])]
    if spec.subtitle:
        out.append(Paragraph(markup(spec.subtitle), styles["cover_sub"]))
    meta = f"<b>Date de publication :</b> {french_date(spec.date)}"
    if spec.kind == "étude":
        meta += f"<br/><b>Collection :</b> Les études de l'Observatoire, n°{spec.number}"
    else:
        meta += f"<br/><b>{escape(spec.series)} :</b> n°{spec.number}"
    if spec.volume:
        meta += f"<br/><b>Volume :</b> {escape(spec.volume)}"
        if pages:
            meta += f", pages {spec.first_label} à {spec.first_label + pages - 1}"
    out += [Paragraph(fr_typo(meta), styles["cover_meta"]), Spacer(1, 14)]
    if spec.cover_toc and entries:
        out += toc_flowable(Toc("Au sommaire"), entries, styles, FULL_W * 0.8)
    notice = [
        Paragraph(fr_typo(DEMO_NOTICE) + ".", styles["notice"]),
        Paragraph(
            fr_typo(
                "Ce document n'est pas une publication du RAMEAU ni de l'Observatoire des partenariats. "
                "Il a été rédigé par l'équipe du projet pour servir de corpus de démonstration : "
                "les phrases sont les nôtres, les chiffres, dates et faits reprennent ceux publiés "
                "aux adresses suivantes."
            ),
            styles["notice_text"],
        ),
        Paragraph("<b>Sources :</b>", styles["notice_text"]),
    ]
    for url in spec.sources:
        # Long addresses get a smaller font rather than a line break inside the URL.
        size = min(7.2, 7.2 * (FULL_W - 44) / stringWidth(url, "Helvetica", 7.2))
        if size < 5.6:
            raise ValueError(f"{spec.file}: source URL too long for one line: {url}")
        style = (
            styles["url"]
            if size == 7.2
            else ParagraphStyle("url_small", parent=styles["url"], fontSize=size)
        )
        notice.append(Paragraph(escape(url), style))
    out.append(Spacer(1, 6))
    out.append(boxed(notice, FULL_W, color, background="#fbf7e8"))
    out.append(Marker("cover-end"))
    return out


def story_for(
    spec: Doc, styles, entries: list[tuple[str, str]], pages: int | None, notes: Notes
) -> list:
    color = colors.HexColor(THEMES[spec.kind]["color"])
    story = cover_flowables(spec, styles, entries, pages)
    columns = spec.columns
    first = "intro2" if spec.intro_height else ("two" if columns == 2 else "one")
    story += [NextPageTemplate(first), PageBreak()]
    for block in spec.body:
        width = COL_W if columns == 2 else FULL_W
        if isinstance(block, H1) and block.toc:
            story.append(Heading(markup(block.text), styles["h1"], toc_text=fr_typo(block.text)))
        elif isinstance(block, H1):
            story.append(Paragraph(markup(block.text), styles["h1"]))
        elif isinstance(block, H2):
            story.append(Paragraph(markup(block.text), styles["h2"]))
        elif isinstance(block, P):
            story += paragraph(block.text, styles[block.style], notes)
        elif isinstance(block, Bullets):
            for item in block.items:
                story += paragraph(item, styles["bullet"], notes, bullet=DemoParagraph.MARK)
            story.append(Spacer(1, 4))
        elif isinstance(block, Tbl):
            story += table_flowable(block, styles, width, color)
        elif isinstance(block, KeyFigures):
            story += key_figures_flowable(block, styles, width, color)
        elif isinstance(block, Quote):
            inner = paragraph(f"« {block.text} »", styles["quote"], notes)
            if block.author:
                inner.append(Paragraph(markup(block.author), styles["quote_author"]))
            story += [boxed(inner, width, color), Spacer(1, 8)]
        elif isinstance(block, Box):
            inner = [Paragraph(markup(block.title), styles["box_title"])]
            for text in block.paragraphs:
                inner += paragraph(text, styles["box"], notes)
            story += [boxed(inner, width, color), Spacer(1, 8)]
        elif isinstance(block, ColumnBreak):
            story.append(FrameBreak())
        elif isinstance(block, NewPage):
            if block.columns and block.columns != columns:
                columns = block.columns
                story.append(NextPageTemplate("two" if columns == 2 else "one"))
            story.append(PageBreak())
        elif isinstance(block, Toc):
            story += toc_flowable(block, entries, styles, width)
        elif isinstance(block, ArabicStart):
            story.append(Marker("arabic-start"))
        else:
            raise TypeError(f"unknown block {block!r}")
    return story


# ---------------------------------------------------------------- build


def build_pdf(spec: Doc) -> tuple[bytes, int]:
    """Lay out one document in two passes (the first finds the pages of the headings)."""
    styles = make_styles(spec.kind)
    h1s = [fr_typo(b.text) for b in spec.body if isinstance(b, H1) and b.toc]
    entries, pages = [(t, "00") for t in h1s], None
    for _ in range(4):
        notes = Notes()
        buf = io.BytesIO()
        doc = make_doc(buf, spec, styles, notes)
        doc.build(story_for(spec, styles, entries, pages, notes))
        if doc.markers.get("cover-end") != 0:
            raise ValueError(f"{spec.file}: cover content does not fit on one page")
        if spec.front_matter and doc.markers.get("arabic-start") != spec.front_matter:
            raise ValueError(
                f"{spec.file}: arabic numbering starts at PDF page {doc.markers.get('arabic-start')}, "
                f"expected {spec.front_matter}"
            )
        if doc.toc_found == entries and doc.page == pages:
            return buf.getvalue(), pages
        entries, pages = doc.toc_found, doc.page
    raise RuntimeError(f"{spec.file}: table of contents did not settle")


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    text = str(value)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_table(name: str, fields: dict[str, object]) -> list[str]:
    return [f"[{toml_value(name)}]", *(f"{k} = {toml_value(v)}" for k, v in fields.items()), ""]


def write_catalogue(docs: list[Doc], path: Path) -> None:
    """Write the demo entries; entries that users added for their own PDFs are kept."""
    demo = {spec.file for spec in docs}
    kept = {}
    if path.exists():
        kept = {k: v for k, v in tomllib.loads(path.read_text("utf-8")).items() if k not in demo}
    lines = [
        "# Catalogue du corpus (les entrées des documents de démonstration sont générées par",
        "# corpus/_source/make_demo_corpus.py ; les autres entrées sont conservées).",
        "# Une table par fichier PDF : titre, type (fiche | bulletin | étude), numéro, date de",
        "# publication (AAAA-MM-JJ, AAAA-MM ou AAAA) et adresse de la principale source publiée.",
        "# Ajoutez une table du même modèle pour chaque PDF que vous déposez dans ce dossier.",
        "",
    ]
    for spec in sorted(docs, key=lambda d: d.file):
        fields = {"title": spec.title, "kind": spec.kind, "number": spec.number}
        lines += toml_table(spec.file, {**fields, "date": spec.date, "url": spec.url})
    if kept:
        lines += ["# ---- Documents ajoutés", ""]
        for name in sorted(kept):
            lines += toml_table(name, kept[name])
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=HERE.parent, help="output folder (default: corpus/)"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    files = [spec.file for spec in DOCS]
    if len(set(files)) != len(files) or any(not re.fullmatch(r"[a-z0-9-]+\.pdf", f) for f in files):
        raise ValueError("file names must be unique, lowercase ascii with hyphens")
    total = 0
    for spec in DOCS:
        data, pages = build_pdf(spec)
        (args.out / spec.file).write_bytes(data)
        total += pages
        print(f"{spec.file:60s} {pages:3d} pages")
    write_catalogue(list(DOCS), args.out / "catalogue.toml")
    print(f"{len(DOCS)} documents, {total} pages -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
