"""Tables of words (no figure in them) read a row per line: pypdf's plain mode gives one cell
per line, and nothing there tells a row from the next; its layout mode, read only for pages
with a run of such short lines, cuts the run into rows (assistant/ingest/text_tables.py)."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import make_table_pdf
from pypdf import PdfReader

from assistant.answer.generators import ExtractiveGenerator
from assistant.answer.units import units
from assistant.headings import find_headings
from assistant.ingest.pdf import read_pdf
from assistant.ingest.text_tables import has_word_run, plain_text, tables
from assistant.reading.query import Query
from assistant.types import Chunk, DocInfo, Hit

BEFORE = [
    "Le programme réunit plusieurs partenaires, chacun dans son rôle propre.",
    "Qui porte le programme ?",
]
ROWS = [
    ("Fonction", "Personne"),
    ("Présidence de l'association", "Hélène Marchal"),
    ("Direction générale", "Bruno Lefort"),
    ("Direction scientifique", "Agnès Vidal, sociologue, à titre bénévole"),
]
AFTER = ["Chacun apporte ses moyens et son regard sur les territoires qui s'engagent."]


def _text(path: Path) -> str:
    return read_pdf(path).pages[0].text


def test_a_table_of_words_is_read_a_row_per_line_with_its_column_titles(tmp_path: Path):
    text = _text(make_table_pdf(tmp_path / "t.pdf", BEFORE, ROWS, AFTER))
    lines = text.split("\n")
    assert "Fonction / Personne" in lines
    assert "Direction générale — Personne : Bruno Lefort" in lines
    assert "Direction scientifique — Personne : Agnès Vidal, sociologue, à titre bénévole" in lines
    # the prose around it is untouched, and a row is no heading of the row below it
    assert BEFORE[0] in lines and AFTER[0] in lines
    assert not any("Personne :" in heading for _, heading in find_headings(text))


def test_who_holds_a_role_is_answered_from_its_row_not_the_next(tmp_path: Path):
    text = _text(make_table_pdf(tmp_path / "t.pdf", BEFORE, ROWS, AFTER))
    doc = DocInfo(source="t.pdf", title="Programme", kind="autre", date="2021")
    hit = Hit(Chunk("c0", doc, 1, "1", 0, len(text), text), 1.0)
    question = Query("Qui assure la direction générale ?")
    answer = "".join(ExtractiveGenerator().generate(question, [hit]))
    # The row asked comes first, with its column's title; the row above it is not quoted
    # (cells one per line gave « Hélène Marchal » / « Direction générale » / « Bruno Lefort »).
    assert "Direction générale — Personne : Bruno Lefort" in answer
    assert "Hélène Marchal" not in answer
    other = answer.find("Agnès Vidal")  # the row below may follow it, never come first
    assert other == -1 or other > answer.index("Bruno Lefort")


def test_each_row_is_one_unit_under_the_sections_heading(tmp_path: Path):
    text = _text(make_table_pdf(tmp_path / "t.pdf", BEFORE, ROWS, AFTER))
    found = [u for u in units(text) if "Bruno Lefort" in u.text]
    # one unit, the row as an item of its table (not also a sentence running into the next row)
    assert len(found) == 1
    assert found[0].own == "Direction générale — Personne : Bruno Lefort"
    assert found[0].heading == "Qui porte le programme ?"


def test_a_column_of_values_is_left_to_the_readers_of_tables_of_figures():
    text = "Public\nPart\nFrançais\n74 %\nMaires\n87 %\n"
    layout = " Public      Part\n Français    74 %\n Maires      87 %\n"
    assert tables(text, layout) == []
    words = text.replace("74 %", "un quart").replace("87 %", "la moitié")
    layout = layout.replace("74 %", "un quart").replace("87 %", "la moitié")
    assert len(tables(words, layout)) == 1


def test_a_wrapped_cell_is_found_in_either_order_pypdf_gives_it():
    layout = (
        " Fonction          Personne\n"
        " Direction         Bruno Lefort\n"
        " générale adjointe\n"
        " Présidence        Hélène Marchal\n"
    )
    by_line = (
        "Fonction\nPersonne\nDirection\nBruno Lefort\ngénérale adjointe\nPrésidence\nHélène Marchal"
    )
    by_cell = (
        "Fonction\nPersonne\nDirection\ngénérale adjointe\nBruno Lefort\nPrésidence\nHélène Marchal"
    )
    for text in (by_line, by_cell):
        [(_, rows)] = tables(text, layout)
        assert rows[1] == ["Direction générale adjointe", "Bruno Lefort"]
        assert rows[2] == ["Présidence", "Hélène Marchal"]


def test_a_label_holding_a_dash_or_a_colon_ends_the_table(tmp_path: Path):
    rows = [*ROWS[:2], ("Direction — bureau", "Bruno Lefort"), ROWS[3]]
    text = _text(make_table_pdf(tmp_path / "t.pdf", BEFORE, rows, AFTER))
    # written, « Direction — bureau — Personne : … » would not read back as one row
    assert "Direction — bureau\nBruno Lefort" in text


def test_titles_side_by_side_are_what_sends_a_page_to_layout_mode(tmp_path: Path):
    stacked = ["Fonction", "Personne", "Présidence", "Hélène Marchal", "Direction", "Bruno Lefort"]
    path = make_table_pdf(tmp_path / "list.pdf", BEFORE, [(line,) for line in stacked], AFTER)
    text, side_by_side = plain_text(PdfReader(path).pages[0])
    assert has_word_run(text) and not has_word_run(text, side_by_side)
    path = make_table_pdf(tmp_path / "table.pdf", BEFORE, ROWS, AFTER)
    assert has_word_run(*plain_text(PdfReader(path).pages[0]))


def test_the_column_titles_are_no_heading(tmp_path: Path):
    text = _text(make_table_pdf(tmp_path / "t.pdf", BEFORE, ROWS, AFTER))
    headings = [heading for _, heading in find_headings(text)]
    assert "Fonction / Personne" not in headings
    after = next(u for u in units(text) if u.text.startswith("Chacun apporte"))
    assert after.heading == "Qui porte le programme ?"


def test_a_cell_wrapped_on_two_lines_is_one_cell_of_its_row(tmp_path: Path):
    rows = [*ROWS[:3], ("Direction scientifique", "Agnès Vidal, sociologue,\nà titre bénévole")]
    text = _text(make_table_pdf(tmp_path / "t.pdf", BEFORE, rows, AFTER))
    lines = text.split("\n")
    assert "Direction scientifique — Personne : Agnès Vidal, sociologue, à titre bénévole" in lines
    assert AFTER[0] in lines


def test_two_columns_of_prose_are_not_a_table(tmp_path: Path):
    left = ["Les alliances se nouent", "d'abord entre voisins", "puis entre réseaux", "et enfin"]
    right = ["Sur les territoires", "avec les élus locaux", "et les entreprises", "partout"]
    rows = list(zip(left, right, strict=True))
    text = _text(make_table_pdf(tmp_path / "t.pdf", BEFORE, rows, AFTER, column_x=(60, 320)))
    # their first lines pair as column titles, but the lines under them open in lower case,
    # as wrapped prose does, never a table's row: each line stays as pypdf reads it
    assert not any(" — " in line or " / " in line for line in text.split("\n"))
    assert "Les alliances se nouent\nSur les territoires" in text


def test_a_table_with_a_date_in_every_row_is_left_to_the_headed_tables(tmp_path: Path):
    rows = [
        ("Programme", "Période", "Repère"),
        ("ARPEA", "2008-2012", "dix volets d'étude"),
        ("PHARE", "2013-2018", "six volets"),
        ("IMPACT", "2018-2022", "lancé en novembre 2017"),
    ]
    text = _text(make_table_pdf(tmp_path / "t.pdf", BEFORE, [*ROWS, *rows], AFTER))
    assert "Direction générale — Personne : Bruno Lefort" in text  # the table of words
    assert "Programme\nPériode\nRepère\nARPEA\n2008-2012" in text  # the table of dates


def test_a_title_holding_a_slash_keeps_its_columns(tmp_path: Path):
    rows = [("Rôle / fonction", "Personne"), *ROWS[1:]]
    text = _text(make_table_pdf(tmp_path / "t.pdf", BEFORE, rows, AFTER))
    assert "Rôle/fonction / Personne" in text.split("\n")
    found = [u for u in units(text) if "Bruno Lefort" in u.text]
    assert [u.own for u in found] == ["Direction générale — Personne : Bruno Lefort"]
