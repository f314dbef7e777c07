"""Cited page → PNG with the quoted passage highlighted, rendered offline with pypdfium2 and
cached on disk. pdfium is not thread-safe, so every call holds one lock."""

from __future__ import annotations

import hashlib
import os
import re
import threading
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageDraw

WIDTH = 700  # pixels: sharp in a source card, small enough to load fast on a phone
MIN_PIECE = 12  # letters and digits: shorter pieces of a quote match anywhere on a page
HIGHLIGHT = (255, 214, 0, 96)
OUTLINE = (214, 150, 0, 200)
MARK = (249, 115, 22, 45)  # the figure itself, inside its highlighted sentence
MARK_OUTLINE = (194, 65, 12, 255)

_LOCK = threading.Lock()

Rect = tuple[float, float, float, float]  # left, bottom, right, top in PDF points


def _key(text: str) -> tuple[str, list[int]]:
    """Lowercase letters and digits only, with the index of each in `text`: spacing,
    hyphenation and line breaks then differ freely between pypdf's text and pdfium's."""
    out, where = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).lower():
            if c.isalnum():
                out.append(c)
                where.append(i)
    return "".join(out), where


def match_spans(page: str, quote: str, min_len: int = MIN_PIECE) -> list[tuple[int, int]]:
    """Ranges [start, end) of `page` covered by the pieces of `quote` found on it: from each
    point of the quote, the longest piece that occurs on the page (at least `min_len` letters
    and digits, or the quote's tail right where the previous piece ended)."""
    page_key, where = _key(page)
    q, _ = _key(quote)
    found: list[tuple[int, int]] = []
    s, cursor = 0, 0
    while s < len(q):
        size = min(min_len, len(q) - s)
        at = page_key.find(q[s : s + size], cursor)
        if at < 0:
            at = page_key.find(q[s : s + size])
        if at < 0 or (size < min_len and at != cursor):
            s += 1
            continue
        good, bad = size, len(q) - s + 1  # q[s:s+good] occurs, q[s:s+bad] does not
        while bad - good > 1:
            mid = (good + bad) // 2
            if q[s : s + mid] in page_key:
                good = mid
            else:
                bad = mid
        piece = q[s : s + good]
        at = page_key.find(piece, cursor)
        at = at if at >= 0 else page_key.find(piece)
        found.append((at, at + good))
        s, cursor = s + good, at + good
    merged: list[list[int]] = []
    for a, b in sorted(found):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(where[a], where[b - 1] + 1) for a, b in merged]


def mark_spans(page: str, quote: str, mark: str) -> list[tuple[int, int]]:
    """Ranges of `page` where `mark` (a figure: « 58 % ») is printed inside the quote's text,
    not inside a longer number (« 58 » is not the « 58 » of « 1 583 »)."""
    key, _ = _key(mark)
    if not key:
        return []
    spans = []
    for start, end in match_spans(page, quote):
        region, where = _key(page[start:end])
        at = region.find(key)
        while at >= 0:
            last = at + len(key)
            before = region[at - 1 : at] if at else ""
            after = region[last : last + 1]
            if not (key[0].isdigit() and before.isdigit()) and not (
                key[-1].isdigit() and after.isdigit()
            ):
                a, b = start + where[at], start + where[last - 1] + 1
                tail = re.match(r"[\s\u00a0\u202f]*[%€]", page[b:])  # its unit, when printed
                spans.append((a, b + (tail.end() if tail else 0)))
            at = region.find(key, at + 1)
    return spans


def _page_chars(textpage: pdfium.PdfTextPage) -> str:
    """The page text indexed exactly like pdfium's character boxes (one char per index)."""
    n = textpage.count_chars()
    chars = []
    for i in range(n):
        code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
        chars.append(chr(code) if 0 < code < 0x110000 else " ")
    return "".join(chars)


def passage_rects(textpage: pdfium.PdfTextPage, quote: str, mark: str = "") -> list[Rect]:
    """Line rectangles covering the quote's text on the page (with `mark`: only where that
    figure is printed inside it)."""
    rects: list[Rect] = []
    chars = _page_chars(textpage)
    for start, end in mark_spans(chars, quote, mark) if mark else match_spans(chars, quote):
        count = textpage.count_rects(start, end - start)
        rects += [textpage.get_rect(i) for i in range(count)]
    return rects


def render_page(
    pdf: Path, page: int, quote: str = "", width: int = WIDTH, focus: bool = False, mark: str = ""
) -> Image.Image:
    """Page `page` (1-based) as an RGB image `width` pixels wide, the quote highlighted (and in
    it, `mark`, a figure, boxed); with `focus`, cut to the band of the page that holds the
    passage (full width, some context)."""
    with _LOCK:
        doc = pdfium.PdfDocument(str(pdf))
        try:
            if not 1 <= page <= len(doc):
                raise IndexError(f"page {page} hors du document ({len(doc)} pages)")
            pg = doc[page - 1]
            left, _bottom, right, top = pg.get_cropbox()
            scale = width / max(right - left, 1.0)
            image = pg.render(scale=scale).to_pil().convert("RGBA")
            image = image.crop((0, 0, min(width, image.width), image.height))  # pdfium rounds up
            rects, marks = [], []
            if quote and not pg.get_rotation():
                textpage = pg.get_textpage()
                rects = passage_rects(textpage, quote)
                marks = passage_rects(textpage, quote, mark) if mark else []
        finally:
            doc.close()
    if not rects:
        return image.convert("RGB")
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)

    def box(rect: Rect) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = rect
        return (
            (x0 - left) * scale - 2,
            (top - y1) * scale - 2,
            (x1 - left) * scale + 2,
            (top - y0) * scale + 2,
        )

    boxes = [box(r) for r in rects]
    for b in boxes:
        draw.rectangle(b, fill=HIGHLIGHT)
        draw.line([(b[0] - 3, b[1]), (b[0] - 3, b[3])], fill=OUTLINE, width=3)
    for r in marks:  # a frame around the figure, clear of its digits
        x0, y0, x1, y1 = box(r)
        draw.rectangle((x0 - 3, y0 - 3, x1 + 3, y1 + 3), fill=MARK, outline=MARK_OUTLINE, width=2)
    image = Image.alpha_composite(image, overlay).convert("RGB")
    if focus:
        margin = 0.06 * image.height
        y0 = max(0, int(min(b[1] for b in boxes) - margin))
        y1 = min(image.height, int(max(b[3] for b in boxes) + margin))
        if y1 - y0 < width // 3:  # a one-line passage still gets some of its surroundings
            y0, y1 = max(0, y0 - width // 6), min(image.height, y1 + width // 6)
        image = image.crop((0, y0, image.width, y1))
    return image


def cached_preview(
    pdf: Path,
    page: int,
    quote: str,
    cache_dir: Path,
    width: int = WIDTH,
    focus: bool = False,
    mark: str = "",
) -> Path:
    """The PNG for (file version, page, quote, mark, width, focus), rendered once, kept on disk."""
    stat = pdf.stat()
    ident = f"{pdf.resolve()}|{stat.st_mtime_ns}|{stat.st_size}|{page}|{width}|{focus}|{quote}"
    ident += f"|{mark}" if mark else ""  # previews cached before marks keep their names
    target = cache_dir / f"{hashlib.sha256(ident.encode()).hexdigest()[:32]}.png"
    if target.is_file():
        return target
    image = render_page(pdf, page, quote, width, focus, mark)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    image.save(tmp, format="PNG", optimize=False)
    tmp.replace(target)
    return target
