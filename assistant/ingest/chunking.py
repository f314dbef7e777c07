"""Page-aware chunking: passages never cross a page, so every citation points at one page."""

from __future__ import annotations

import hashlib

from langchain_text_splitters import RecursiveCharacterTextSplitter

from ..layout import find_headings
from ..types import Chunk, DocInfo, Page

# Paragraphs, then sentence ends (pypdf wraps prose line by line, so a line end is weaker
# than a full stop), then lines, clauses, words.
SEPARATORS = ["\n\n", ".\n", ". ", "?\n", "? ", "!\n", "! ", "\n", " ; ", "; ", ": ", ", ", " ", ""]
MIN_CHARS = 120  # shorter pieces (headings, captions) join the next passage


def make_splitter(size: int, overlap: int) -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        chunk_size=size,
        chunk_overlap=overlap,
        separators=SEPARATORS,
        keep_separator="end",
        add_start_index=True,
        strip_whitespace=True,
    )


def _spans(
    splitter: RecursiveCharacterTextSplitter, text: str, overlap: int
) -> list[tuple[int, int]]:
    """(start, end) of the splitter's pieces, a short piece (a lone heading) merged into the next."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in splitter.split_text(text):
        start = text.find(piece, max(cursor - overlap, 0))
        if start < 0:
            start = max(text.find(piece), 0)
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and merged[-1][1] - merged[-1][0] < MIN_CHARS:
            start = merged.pop()[0]
        merged.append((start, end))
    return merged


def chunk_id(doc_sha: str, position: int, text: str) -> str:
    """Deterministic id: document hash + position + passage hash."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{doc_sha[:16]}-{position:04d}-{digest}"


def chunk_pages(
    doc: DocInfo, doc_sha: str, pages: list[Page], size: int, overlap: int
) -> list[Chunk]:
    """Cut each page into passages with their page, printed label, offsets and section."""
    splitter = make_splitter(size, overlap)
    chunks: list[Chunk] = []
    section = ""
    for page in pages:
        if not page.text.strip():
            continue
        headings = find_headings(page.text)
        for start, end in _spans(splitter, page.text, overlap):
            text = page.text[start:end]
            above = [h for off, h in headings if off <= start]
            if above:
                section = above[-1]
            position = len(chunks)
            chunks.append(
                Chunk(
                    id=chunk_id(doc_sha, position, text),
                    doc=doc,
                    page=page.number,
                    page_label=page.label,
                    start=start,
                    end=end,
                    text=text,
                    section=section,
                    position=position,
                )
            )
    return chunks
