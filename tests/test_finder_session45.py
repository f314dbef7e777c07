"""Session 45, figures table: a four-digit number right after a month (« conduite en
mai-juin 2016 auprès de … ») is a date, even before a word ending in « s » that reads like a
plural noun; the sentence's date then dates its figures. Every example is invented."""

from __future__ import annotations

from assistant.checks.figures import reads_as_count
from assistant.finder.detect import detect
from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

NOTE = DocInfo(source="note.pdf", title="Une note sur le vélo", kind="note", date="2021")


def test_a_year_after_a_month_range_is_no_figure_and_dates_the_sentence():
    text = "Sondage conduit en avril-mai 2018 auprès de plus de 900 cyclistes urbains."
    assert [f.text for f in detect(text)] == ["900"]
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    assert [(r.text, r.year, r.year_source) for r in rows] == [("900", "2018", "phrase")]


def test_a_solid_number_before_a_plural_noun_still_counts():  # guards what must stay
    text = "Le réseau fédère 2000 associations sportives."
    at = text.index("2000")
    assert reads_as_count(text, at, at + 4)
    assert [f.text for f in detect(text)] == ["2000"]
