"""One page read by the figure finder, for the tests of its rules: every figure row the page
gives, or the single row printed as a given text (the test fails, listing the rows, if there is
none or more than one)."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.finder.extract import page_rows
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


@dataclass(frozen=True)
class FinderPage:
    doc: DocInfo  # the publication a page belongs to, unless a test gives another

    def rows(self, text: str, doc: DocInfo | None = None) -> list[FigureRow]:
        return page_rows(doc or self.doc, Page(1, "1", text))

    def one(self, text: str, printed: str, doc: DocInfo | None = None) -> FigureRow:
        found = [r for r in self.rows(text, doc) if r.text == printed]
        assert len(found) == 1, [(r.text, r.unit) for r in self.rows(text, doc)]
        return found[0]
