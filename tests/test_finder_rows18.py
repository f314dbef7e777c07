"""The finder's round of 3 December, one behaviour per test (each fails without its rule): table
rows printed on one line, their label before their bare cells, and a source line that follows a
base note on the same line, « N ans plus tard » inside a sentence, captions of key-figure boxes
told apart by their openings, a heading over them that opens on a year, and shares in parallel."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Annexe", kind="note", date="2025-01-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one

SERIES = (
    "Tableau A.1 — Urgence des partenariats (en % des habitants)\n"
    "Indicateur Enquête 2008 2012\n"
    "Jugent urgent de créer des partenariats 86 84\n"
    "Lecture : la part reste élevée d'une enquête à l'autre.\n"
)

MARKS = (
    "Tableau A.2 — Note moyenne par enjeu (sur 10)\n"
    "Enjeu Note\n"
    "Emploi 7,1\n"
    "Pouvoir d'achat 6,6\n"
    "Base : plus de 2 000 personnes interrogées. Source : enquête nationale, septembre 2015.\n"
)


def test_a_row_label_then_bare_cells_gives_each_cell_the_caption_unit_and_its_column_year():
    first, second = one(SERIES, "86"), one(SERIES, "84")
    assert (first.unit, first.value, first.year) == ("%", 86.0, "2008")
    assert (second.unit, second.value, second.year) == ("%", 84.0, "2012")
    assert first.measure.startswith("Jugent urgent de créer des partenariats")


def test_a_cell_after_its_label_on_one_line_takes_that_label_not_the_line_above():
    assert one(MARKS, "7,1").measure.startswith("Emploi —")
    assert one(MARKS, "6,6").measure.startswith("Pouvoir d'achat —")


def test_a_source_line_after_a_base_note_dates_the_table():
    row = one(MARKS, "7,1")
    assert (row.year, row.year_source) == ("2015", "tableau")


SHARES = (
    "Tableau B.2 — Organisations engagées dans des partenariats, selon la note du\n"
    "29 février 2016\n"
    "Population Part (en %)\n"
    "Entreprises d'au moins 10 salariés 37\n"
    "Collectivités territoriales1 89\n"
)


def test_a_caption_going_on_with_a_date_leaves_the_header_under_it_its_unit():
    row = one(SHARES, "37")
    assert (row.unit, row.year) == ("%", "2016")
    assert row.measure.startswith("Entreprises d'au moins 10 salariés")


def test_a_footnote_call_stuck_to_the_label_leaves_the_cell_a_figure():
    assert "Collectivités territoriales" in one(SHARES, "89").measure


def test_the_total_row_of_a_table_of_shares_is_no_figure():
    table = (
        "Tableau B.1 — Répartition des entreprises (en %)\n"
        "Développent des partenariats 21\n"
        "Ne le souhaitent pas 79\n"
        "Total 100\n"
    )
    assert [r.text for r in rows(table)] == ["21", "79"]


def test_years_later_inside_a_sentence_dates_the_figure_after_it():
    text = (
        "En 2008, 86 % des Français jugeaient urgent de créer des partenariats ; quatre ans "
        "plus tard, ils étaient encore 84 %.\n"
    )
    assert one(text, "86 %").year == "2008"
    assert one(text, "84 %").year == "2012"


BOXES = (
    "En 2015, les autres publics\n"
    "69 %\n"
    "81 %\n"
    "86 %\n"
    "des Français parlent d'un\n"
    "« devoir d'alliance »\n"
    "des dirigeants d'entreprise\n"
    "voient dans les partenariats une\n"
    "source d'innovation\n"
    "des responsables associatifs\n"
    "partagent ce constat\n"
)


def test_box_captions_are_told_apart_by_their_openings():
    """Rule `box_caption_openings`: three lines open like a share's caption (« des … ») under
    three boxes; each caption runs to the next one, its lines read as one."""
    assert one(BOXES, "81 %").actor == "dirigeants d'entreprise"
    assert one(BOXES, "81 %").measure == "voient dans les partenariats une source d'innovation"
    assert one(BOXES, "86 %").actor == "responsables associatifs"


def test_a_heading_opening_on_a_year_dates_the_boxes_under_it():
    """Rule `heading_opens_year`: « En 2015, les autres publics » over three boxes."""
    assert {(r.text, r.year) for r in rows(BOXES)} == {
        ("69 %", "2015"),
        ("81 %", "2015"),
        ("86 %", "2015"),
    }
    # a heading without a year leaves them the document's
    plain = BOXES.replace("En 2015, les autres publics", "Les autres publics")
    assert {r.year for r in rows(plain)} == {"2025"}


def test_a_source_line_ending_with_a_full_stop_does_not_run_onto_the_footnote_under_it():
    table = (
        "Tableau C.1 — Partenaires cités (en % des associations)\n"
        "Type de partenaire %\n"
        "Collectivités territoriales 89\n"
        "Structures d'intérêt général 73\n"
        "Source : programme IMPACT, étude Associations & Territoires.\n"
        "1. L'enquête de 2016 donnait 74 % pour les collectivités.\n"
    )
    assert one(table, "89").year_source == "document"


def test_shares_in_parallel_measure_the_first_ones_predicate_on_their_own_complement():
    """Rule `parallel_measure`."""
    text = (
        "Ils sont 49 % à espérer un impact fort sur l'emploi, 46 % sur le développement "
        "économique, 42 % sur l'environnement et 36 % sur la précarité.\n"
    )
    assert one(text, "46 %").measure == "espérer un impact fort sur le développement économique"
    assert one(text, "42 %").measure == "espérer un impact fort sur l'environnement"
    assert one(text, "36 %").measure == "espérer un impact fort sur la précarité"


def test_a_table_whose_rows_are_populations_takes_each_rows_label_as_the_actor():
    """`population_column` (actors.toml): « Population | Part (en %) »."""
    table = (
        "Tableau B.2 — Organisations engagées dans des partenariats\n"
        "Population Part (en %)\n"
        "Entreprises d'au moins 10 salariés 37\n"
        "Associations 38\n"
    )
    assert one(table, "37").actor == "Entreprises d'au moins 10 salariés"
    assert one(table, "38").actor == "Associations"
