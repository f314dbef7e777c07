"""Reading benchmark: what reading tables of words a row per line (assistant/ingest/
text_tables.py: pypdf's layout mode on the pages with a run of short word-only lines) adds to
reading PDFs, against reading without it, in this process, rounds alternating.

    python -m evals.bench_reading [--corpus DIR ...] [--rounds 5]

Prints, per corpus, the median time to read every PDF each way, their ratio, and how many
pages were read again in layout mode and how many tables of words were rewritten."""

from __future__ import annotations

import argparse
import statistics
import time
from contextlib import suppress
from pathlib import Path

from pypdf import PdfReader

from assistant.errors import PdfReadError
from assistant.ingest import pdf, text_tables

REPO = Path(__file__).resolve().parents[1]


def read_all(files: list[Path], tables: bool) -> float:
    """Seconds to read every file with read_pdf, tables of words on or off."""
    text_tables.ENABLED = tables
    try:
        start = time.perf_counter()
        for path in files:
            with suppress(PdfReadError):  # a broken file costs the same either way
                pdf.read_pdf(path)
        return time.perf_counter() - start
    finally:
        text_tables.ENABLED = True


def counts(files: list[Path]) -> tuple[int, int, int]:
    """(pages, pages read again in layout mode, tables of words written a row per line)."""
    pages = candidates = found = 0
    for path in files:
        try:
            reader = PdfReader(path)
            numbers = len(reader.pages)
        except Exception:  # a broken file: nothing to count
            continue
        for number in range(numbers):
            try:
                page = reader.pages[number]
                text, side_by_side = text_tables.plain_text(page)
            except Exception:  # a broken page: counted as read
                pages += 1
                continue
            pages += 1
            if text_tables.has_word_run(text, side_by_side):
                candidates += 1
                layout = page.extract_text(extraction_mode="layout")
                if text_tables.as_rows(text, layout) != text:  # written, not only found
                    found += len(text_tables.tables(text, layout))
    return pages, candidates, found


def bench(corpus: Path, rounds: int) -> None:
    files = sorted(corpus.glob("*.pdf"))
    pages, candidates, found = counts(files)
    read_all(files, True)  # warm the file cache and pypdf's imports
    on, off = [], []
    for _ in range(rounds):
        off.append(read_all(files, False))
        on.append(read_all(files, True))
    base, with_tables = statistics.median(off), statistics.median(on)
    print(
        f"{corpus} : {len(files)} PDF, {pages} pages ; relues en mode mise en page : "
        f"{candidates} ; tableaux de mots : {found}\n"
        f"  lecture sans : {base:.2f} s, avec : {with_tables:.2f} s (médianes sur {rounds}) ; "
        f"rapport {with_tables / base:.3f}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    corpora = args.corpus or [REPO.parent / "shared" / "realworld-pdfs", REPO / "corpus"]
    for corpus in corpora:
        bench(corpus, args.rounds)


if __name__ == "__main__":
    main()
