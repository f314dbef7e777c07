"""Page-aware chunking: passages never cross a page, so every citation points at one page."""

from __future__ import annotations

import hashlib
import re

from langchain_text_splitters import RecursiveCharacterTextSplitter

from ..headings import find_headings
from ..types import Chunk, DocInfo, Page

# Paragraphs, then sentence ends (pypdf wraps prose line by line, so a line end is weaker
# than a full stop), then lines, clauses, words.
SEPARATORS = ["\n\n", ".\n", ". ", "?\n", "? ", "!\n", "! ", "\n", " ; ", "; ", ": ", ", ", " ", ""]
MIN_CHARS = 120  # shorter pieces (headings, captions) join the next passage
# A passage may grow by this share of the size to end at its sentence's end.
STRETCH = 0.5
_SENTENCE_END = re.compile(r"[.!?…][»”)]*(?=\s|$)")


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


def _whole_sentences(
    text: str, spans: list[tuple[int, int]], stretch: int
) -> list[tuple[int, int]]:
    """Move the start of a passage that opens mid-sentence (on a lowercase word) to its first
    sentence end, the cut-off words going back to the passage before, when that one grows by
    at most `stretch` characters: no passage is quoted from a sentence's tail."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and text[start : start + 1].islower():
            m = _SENTENCE_END.search(text, start, end)
            if m and m.end() - start <= stretch:
                prev_start, _ = out.pop()
                out.append((prev_start, m.end()))
                start = m.end()
                while start < end and text[start].isspace():
                    start += 1
                if start >= end:
                    continue
        out.append((start, end))
    return out


def _headings_go_down(
    text: str, spans: list[tuple[int, int]], headings: list[tuple[int, str]]
) -> list[tuple[int, int]]:
    """A passage that ends on a heading gives it to the passage after it on the page: a
    heading heads what follows it, it is no sentence of the passage above."""
    out = list(spans)
    for k in range(len(out) - 1):
        start, end = out[k]
        for offset, heading in headings:
            last = " ".join(text[offset:end].split())
            if start < offset < end and last == " ".join(heading.split()):
                out[k] = (start, len(text[:offset].rstrip()))
                out[k + 1] = (min(offset, out[k + 1][0]), out[k + 1][1])
                break
    return out


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
        spans = _spans(splitter, page.text, overlap)
        whole = _whole_sentences(page.text, spans, int(size * STRETCH))
        for start, end in _headings_go_down(page.text, whole, headings):
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
