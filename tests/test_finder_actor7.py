"""The finder's seventh round on who a figure counts, one behaviour per test (each fails
without its rule)."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Note", kind="note", date="2021-04-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- a counted noun wrapped onto the next line ----------------------------------------------------


def test_a_counted_noun_goes_on_past_a_line_break():
    row = one(
        "Les réponses ont été recueillies. Plus de 1 380 responsables\nassociatifs y ont participé.",
        "1 380",
    )
    assert (row.noun, row.actor) == ("responsables associatifs", "responsables associatifs")
