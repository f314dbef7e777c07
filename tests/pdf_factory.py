"""Small PDF makers for tests (reportlab for text, pypdf for labels, blanks and encryption)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

# (first page index, last page index, style "/D" "/r" "/R" "/a" "/A", start number), 0-based.
LabelRange = tuple[int, int, str, int]

PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def _lines(page: str | Sequence[str]) -> list[str]:
    return page.split("\n") if isinstance(page, str) else list(page)


def make_text_pdf(
    path: Path,
    pages: Sequence[str] | Sequence[Sequence[str]],
    header: str | None = None,
    footer: str | None = None,
    labels: Sequence[LabelRange] | None = None,
    title: str | None = None,
    author: str | None = None,
    creation_date: str | None = None,
) -> Path:
    """One PDF page per item (a string with line breaks, or a list of lines). `header` and
    `footer` may use {page} and {pages}; an empty page ("") gets no text at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    height = A4[1]
    for number, page in enumerate(pages, start=1):
        lines = [line for line in _lines(page) if line is not None]
        if any(line.strip() for line in lines):
            pdf.setFont("Helvetica", 9)
            if header:
                pdf.drawString(60, height - 40, header.format(page=number, pages=len(pages)))
            if footer:
                pdf.drawString(60, 30, footer.format(page=number, pages=len(pages)))
            pdf.setFont("Helvetica", 11)
            y = height - 80
            for line in lines:
                pdf.drawString(60, y, line)
                y -= 15
        pdf.showPage()
    pdf.save()
    if labels or creation_date:
        _rewrite(path, labels or (), creation_date)
    return path


def _rewrite(path: Path, labels: Sequence[LabelRange], creation_date: str | None) -> None:
    writer = PdfWriter(clone_from=PdfReader(path))
    for first, last, style, start in labels:
        writer.set_page_label(first, last, style=style, start=start)  # type: ignore[arg-type]
    if creation_date:
        writer.add_metadata({"/CreationDate": creation_date})
    with path.open("wb") as out:
        writer.write(out)


def make_blank_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages carry no text layer at all (like a scan without OCR)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        writer.write(out)
    return path


def make_scanned_pdf(path: Path, pages: int = 1) -> Path:
    """Pages that only draw a picture (what a scan without OCR looks like to pypdf)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "Texte dans une image", fill=0)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(pages):
        pdf.drawImage(ImageReader(image), 60, 400, width=400, height=200)
        pdf.showPage()
    pdf.save()
    return path


def merge_pdfs(dst: Path, *sources: Path) -> Path:
    """The pages of every source, in order, in one file."""
    writer = PdfWriter()
    for source in sources:
        writer.append(str(source))
    with dst.open("wb") as out:
        writer.write(out)
    return dst


def encrypt_pdf(src: Path, dst: Path, user_password: str, algorithm: str = "AES-256") -> Path:
    """Copy `src` to `dst` encrypted; an empty user password opens without asking."""
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password=user_password, owner_password="proprietaire", algorithm=algorithm)
    with dst.open("wb") as out:
        writer.write(out)
    return dst


def truncate_file(src: Path, dst: Path, fraction: float = 0.5) -> Path:
    """The first `fraction` of the bytes of `src`, as a broken download would leave it."""
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * fraction)])
    return dst


def make_fake_pdf(path: Path, kind: str = "png") -> Path:
    """A file named .pdf that is not one: "png", "text" or "empty" (0 bytes)."""
    content = {"png": PNG_BYTES, "text": b"Ceci n'est pas un PDF.\n", "empty": b""}[kind]
    path.write_bytes(content)
    return path


LONG_PARA = (
    "Le partenariat entre associations et entreprises progresse sur le territoire {n}. "
    "Selon l'enquête, {p} % des personnes interrogées jugent ces alliances utiles."
)


def make_long_report(path: Path, pages: int, lines: int = 8, seed: int = 0) -> Path:
    """A long report (hundreds of pages) with a running header and footer: every page has its
    own section title and figures, so every page gives its own passages."""
    return make_text_pdf(
        path,
        [
            [
                f"Section {seed}.{page} — territoire {page % 97}",
                *(
                    LONG_PARA.format(n=page * lines + k, p=(seed + page + k) % 100)
                    for k in range(lines)
                ),
            ]
            for page in range(1, pages + 1)
        ],
        header="Rapport annuel de l'Observatoire — page {page}",
        footer="Page {page} / {pages}",
    )


def make_table_pdf(
    path: Path,
    before: Sequence[str],
    rows: Sequence[Sequence[str]],
    after: Sequence[str] = (),
    column_x: Sequence[float] = (60, 300, 450),
) -> Path:
    """One page: lines of prose, then a table drawn cell by cell (each cell its own text
    object, as report tools draw them: pypdf's plain mode gives one cell per line), then more
    prose. A cell holding "\\n" wraps onto a second line inside its column."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 11)
    y = A4[1] - 80
    for line in before:
        pdf.drawString(60, y, line)
        y -= 15
    y -= 6
    for row in rows:
        height = 1
        for x, cell in zip(column_x, row, strict=False):
            for k, part in enumerate(cell.split("\n")):
                pdf.drawString(x, y - 13 * k, part)
            height = max(height, cell.count("\n") + 1)
        y -= 13 * height + 6
    for line in after:
        pdf.drawString(60, y, line)
        y -= 15
    pdf.showPage()
    pdf.save()
    return path
