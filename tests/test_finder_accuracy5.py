"""The finder's fifth accuracy round, one behaviour per test (each fails without its rule):
tables read one cell per line with or without a caption (« stacked » tables)."""

from __future__ import annotations

import pytest
from finder_page import FinderPage

from assistant.finder.extract import elided
from assistant.finder.stacks import stacked_cells
from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Note", kind="note", date="2021-04-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- stacked tables: a label line, then one line per value -------------------------------------

MARKS = (
    "Les priorités des Français\n"
    "Les personnes interrogées devaient noter sur 10 plusieurs enjeux. Le tableau reprend ces\n"
    "notes.\n"
    "Enjeu\n"
    "Note /10\n"
    "Emploi\n"
    "7,1\n"
    "Pouvoir d'achat\n"
    "6,6 *\n"
    "Sécurité\n"
    "6,6\n"
    "Environnement\n"
    "6,3\n"
)


def test_a_stacked_table_without_caption_gives_its_bare_cells_the_header_unit():
    row = one(MARKS, "7,1")
    assert (row.unit, row.value) == ("/10", 7.1)
    assert row.measure.startswith("Note /10 : Emploi (Enjeu)")
    # no population in the headers: the one named last before the table (a role yields)
    assert row.actor == "Français"
    # the figure's sentence is its row, so that two « 6,6 » of one page stay apart
    assert sorted(r.sentence for r in rows(MARKS) if r.text == "6,6") == [
        "Pouvoir d'achat 6,6 *",
        "Sécurité 6,6",
    ]


TWO_COLUMNS = (
    "Tableau 1 — Priorités et impacts attendus des partenariats\n"
    "(enquête nationale, septembre 2015)\n"
    "Domaine\n"
    "Note de priorité (sur\n"
    "10)\n"
    "Part des\n"
    "habitants\n"
    "Emploi\n"
    "7,1\n"
    "49 %\n"
    "Sécurité\n"
    "6,6\n"
    "n.c.\n"
    "Précarité\n"
    "n.c.\n"
    "36 %\n"
)


def test_each_column_of_a_stacked_table_has_its_own_header_unit_and_population():
    mark, share = one(TWO_COLUMNS, "7,1"), one(TWO_COLUMNS, "49 %")
    assert (mark.unit, share.unit) == ("/10", "%")
    assert mark.measure.startswith("Note de priorité (sur 10) : Emploi (Domaine) — Priorités")
    assert share.measure.startswith("Part des habitants : Emploi")
    assert share.actor == "habitants"
    assert (mark.year, mark.year_source) == ("2015", "tableau")
    # « n.c. » holds its column's place: 36 % is a share, not a mark
    assert one(TWO_COLUMNS, "36 %").measure.startswith("Part des habitants : Précarité")


def test_a_population_in_the_title_counts_the_rows_named_by_the_label_column():
    text = (
        "Elles ont été classées ainsi :\n"
        "Position des entreprises (enquête régionale, janvier\n"
        "2011)\n"
        "Part\n"
        "développent déjà des partenariats\n"
        "21 %\n"
        "souhaitent en développer\n"
        "33 %\n"
        "ne souhaitent pas en développer\n"
        "46 %\n"
    )
    row = one(text, "33 %")
    assert (row.actor, row.year) == ("entreprises", "2011")
    assert row.measure.startswith("Part : souhaitent en développer — Position des entreprises")


def test_two_lines_of_values_are_not_a_table_nor_prose_a_header():
    assert stacked_cells("Emploi\n7,1\nSécurité\n6,6\n") == {}
    cells = stacked_cells("Un constat.\nA\n1 %\nB\n2 %\nC\n3 %\n")
    assert {c.header for c in cells.values()} == {""}


# --- years: an older survey, a dated note -----------------------------------------------------


def test_an_older_survey_quoted_for_comparison_does_not_date_the_whole_document():
    from assistant.finder.extract import extract_figures
    from assistant.types import Page

    pages = [
        Page(1, "1", "Résultats\nLa part des associations qui coopèrent s'élève à 98 %.\n"),
        Page(
            2,
            "2",
            "Pour comparaison : l'enquête de 2016\n"
            "Les réponses avaient été recueillies lors de l'enquête de 2016. En moyenne, 74 % "
            "des associations coopéraient avec une collectivité.\n",
        ),
    ]
    first, second = extract_figures(DOC, pages)
    assert (first.year, first.year_source) == ("2021", "document")  # the publication's
    assert second.year == "2016"  # its own section's survey


def test_a_dated_note_dates_the_figures_of_its_section():
    text = (
        "Un panorama\n"
        "Une note datée du 29 février 2016 a fait le point sur les partenariats. Pour les "
        "associations, la proportion est de 38 %.\n"
    )
    assert one(text, "38 %").year == "2016"


# --- key-figure lines ---------------------------------------------------------------------------


PROSE = (
    "Cette note présente l'enquête menée auprès des maires et la replace dans la série des études\n"
    "que l'Observatoire consacre aux élus depuis près de dix ans, avec les mêmes questions posées.\n"
)


def test_a_worded_line_of_a_key_figure_box_is_read_as_a_sentence_not_a_bare_cell():
    text = (
        "Chiffres clés de l'enquête de 2024\n"
        "302 maires interrogés par téléphone\n"
        "91% jugent leur territoire en mouvement\n" + PROSE
    )
    assert one(text, "91%").measure == "jugent leur territoire en mouvement"


def test_a_threshold_after_a_population_does_not_make_a_table_row():
    row = one("• 84 % des répondants : communes de moins de 2 000 habitants\n", "84 %")
    assert row.actor == "répondants"


def test_a_key_figure_measures_what_follows_its_colon():
    text = (
        "• échantillon : 302 maires\n• 84 % des répondants : communes de moins de 2 000 habitants\n"
    )
    assert one(text, "84 %").measure == "communes de moins de 2 000 habitants"


def test_a_key_figure_too_short_to_say_what_it_measures_takes_the_heading_above():
    text = (
        "L'innovation, vue par chacun\n"
        "Partenariats = source d'innovation ?\n"
        "Français : 74 %\n"
        "Maires : 87 %\n"
        "Sortie de crise\n"
        "Co-construire pour rebondir après le Covid ?\n"
        "Oui pour 81 % des Français\n"
    )
    assert one(text, "74 %").measure == "Partenariats = source d'innovation ?"
    assert one(text, "87 %").actor == "Maires"
    assert one(text, "81 %").measure.startswith("Co-construire pour rebondir après le Covid : Oui")


def test_a_heading_with_a_name_is_a_heading_a_date_line_is_skipped():
    from assistant.finder.above import heading_above

    assert heading_above("Fonds ODD 17\n3 ans d'expérimentation\n", 13) == "Fonds ODD 17"
    text = "IMPACTS – ÉLUS LOCAUX\nNovembre 2024\n• échantillon : 302 maires\n"
    assert heading_above(text, text.index("•")) == "IMPACTS – ÉLUS LOCAUX"


def test_the_measure_before_a_heading_is_not_carried_past_it():
    text = (
        "• 84 % des répondants : communes de moins de 2 000 habitants\n"
        "Territoire en mouvement\n"
        "• 91 % au total\n"
    )
    assert one(text, "91 %").measure == "Territoire en mouvement : total"


# --- shares that restate the sentence before ----------------------------------------------------


def test_a_share_that_points_back_measures_what_the_sentence_before_says():
    text = (
        "Tous les publics interrogés voient dans les partenariats un levier pour innover. "
        "C'est le cas de 74 % des Français et de 81 % des dirigeants. Les responsables "
        "associatifs sont 86 % à le penser."
    )
    for printed in ("74 %", "81 %", "86 %"):
        assert "voient dans les partenariats un levier pour innover" in one(text, printed).measure


def test_an_older_measure_is_not_carried_over_a_sentence_without_figures():
    text = (
        "L'échelon local concerne 73 % des associations employeuses. L'échelon régional vient "
        "ensuite. Il en concerne 47 %."
    )
    assert one(text, "47 %").measure == "L'échelon régional vient ensuite"


def test_a_list_item_that_names_what_it_measures_keeps_it():
    text = (
        "Les partenaires les plus fréquents (part des associations employeuses) :\n"
        "• les collectivités territoriales : 89 % ;\n"
        "• les collectifs d'associations : 56 %.\n"
    )
    assert one(text, "56 %").measure.startswith("collectifs d'associations")


# --- « label : N % » items under a lead ---------------------------------------------------------


def test_labelled_items_under_a_lead_count_the_population_named_before_it():
    text = (
        "Une association travaille avec plusieurs partenaires. Les partenaires les plus cités "
        "sont les suivants :\n"
        "• les collectivités : 74 % ;\n"
        "• l'enseignement : 47 % ;\n"
        "• les entreprises : 28 %.\n"
    )
    for printed in ("74 %", "47 %", "28 %"):
        assert one(text, printed).actor == "association"
    assert one(text, "28 %").measure.startswith("entreprises")


def test_items_run_into_one_sentence_each_measure_their_own_label():
    text = (
        "L'échelon local concerne 73 % des associations employeuses.\n"
        "Sous quelle forme ?\n"
        "Quatre modes de relation sont distingués :\n"
        "le mécénat : 75 % ;\n"
        "l'innovation sociétale : 71 % ;\n"
        "la coopération économique : 58 %.\n"
    )
    row = one(text, "71 %")
    assert row.measure == "l'innovation sociétale — Quatre modes de relation sont distingués"
    assert row.actor == "associations employeuses"


def test_a_label_without_a_lead_is_the_population():
    text = "Partenariats = source d'innovation ?\nFrançais : 74 %\nMaires : 87 %\n"
    assert one(text, "74 %").actor == "Français"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("• terrain : du 30 septembre au 28 octobre 2024", "2024"),  # a labelled period
        ("L'étude IMPACT-Elus locaux de novembre 2020 avait été réalisée par Comisis.", "2020"),
    ],
)
def test_fieldwork_stated_as_a_labelled_period_or_by_the_study_s_date(text, year):
    from assistant.finder.fieldwork import survey_years

    assert [y for _, y in survey_years(text, "2025")] == [year]


# --- text tables: a row's date cell -------------------------------------------------------------


def test_a_cell_under_its_row_s_date_cell_takes_its_period_and_row_label():
    text = (
        "Trois plans quinquennaux\n"
        "Plan\n"
        "Période\n"
        "Repère\n"
        "ARPEA\n"
        "2008-2012\n"
        "10 volets ; rapport\n"
        "quinquennal le 11\n"
        "décembre 2012\n"
        "PHARE\n"
        "2013-2018 (2013-2017 dans\n"
        "certaines présentations)\n"
        "6 volets publiés\n"
    )
    row = one(text, "10")
    assert (row.year, row.year_source) == ("2008-2012", "tableau")
    assert row.measure.endswith("(ARPEA)")
    assert one(text, "6").year == "2013-2018"


def test_a_year_opening_a_line_of_prose_is_no_date_cell():
    text = (
        "Sont les mieux perçues la loi de programmation de la recherche de\n"
        "2020 (5% d'opinions positives) et la loi orientation des étudiants.\n"
        "Sont les plus mal perçues les autres lois (85% d'opinions négatives).\n"
    )
    assert one(text, "85%").year_source != "tableau"


# --- numbers the grammar left bare --------------------------------------------------------------


def test_a_percent_sign_alone_on_the_next_line_before_a_full_stop_is_the_unit():
    row = one("Chez les plus petites, la proportion tombe à 20\n%.\n", "20 %")
    assert (row.unit, row.value) == ("%", 20)


@pytest.mark.parametrize(
    ("text", "printed", "actor"),
    [
        (
            "Le champ est celui des associations qui emploient des salariés. Elles sont "
            "148 000 en France.",
            "148 000",
            "associations",
        ),
        ("L'échantillon est composé de maires. Ils sont 302 à avoir répondu.", "302", "maires"),
        ("La France en compte 148 000.", "148 000", ""),
    ],
)
def test_a_number_after_en_compte_or_ils_sont_counts_what_the_pronoun_stands_for(
    text, printed, actor
):
    row = one(text, printed)
    assert (row.unit, row.actor) == ("count", actor)
    if actor:
        assert row.measure.startswith(elided(f"nombre de {actor}"))  # « nombre d'associations »


def test_a_year_after_ils_sont_is_no_count():
    assert rows("Ils sont 2024 à le dire.") == []


def test_a_short_list_item_is_read_with_its_lead():
    text = (
        "Quant aux formes prises par ces relations, quatre se détachent :\n"
        "• le mécénat, pour 75 % ;\n"
        "• l'innovation sociétale, pour 73 % ;\n"
        "• les pratiques responsables des entreprises partenaires locales, pour 70 %.\n"
    )
    assert one(text, "73 %").measure == (
        "l'innovation sociétale — Quant aux formes prises par ces relations, quatre se détachent"
    )
    assert "—" not in one(text, "70 %").measure  # long enough to stand alone


def test_a_threshold_inside_a_population_is_no_figure():
    text = "Pour les entreprises d'au moins 10 salariés, la proportion est de 37 %."
    assert [r.text for r in rows(text)] == ["37 %"]
    # an age bound stays a figure of its own unit (« collaborateurs de moins de 30 ans »)
    assert "30 ans" in [
        r.text for r in rows("Il emploie 39 % de collaborateurs de moins de 30 ans.")
    ]


def test_a_number_before_an_article_is_no_count():
    assert rows("Les personnes interrogées devaient noter sur 10 l'importance des enjeux.") == []


def test_an_object_pronoun_after_a_share_points_to_the_sentence_before():
    text = (
        "La question posée portait sur l'urgence de développer des partenariats. En 2008, "
        "86 % des Français la jugeaient urgente."
    )
    measure = one(text, "86 %").measure
    assert measure.startswith("jugeaient urgente — ")
    assert "l'urgence de développer des partenariats" in measure


def test_a_share_pointing_back_past_an_amount_takes_the_words_of_the_sentence_before():
    text = (
        "Parmi les associations dont le budget dépasse 150 000 €, la moitié ont noué un "
        "partenariat avec une entreprise. Chez celles qui disposent de moins de 10 000 €, la "
        "proportion tombe à 20 %."
    )
    # « la moitié » is a figure itself since session 27 (`proportions_in_words`): the words
    # are its measure, read as for « 50 % ont noué … » (without the auxiliary)
    assert "noué un partenariat avec une entreprise" in one(text, "20 %").measure


def test_a_key_figure_naming_no_one_counts_whom_the_figures_before_it_count():
    text = (
        "IMPACTS – ÉLUS LOCAUX\n"
        "• échantillon : 302 maires\n"
        "• 84 % des répondants : communes de moins de 2 000 habitants\n"
        "Territoire en mouvement\n"
        "• 91 % au total\n"
        "• dont 35 % : fortement\n"
    )
    # the role (« répondants ») yields to the population counted before it
    assert one(text, "91 %").actor == "maires"
    assert one(text, "35 %").actor == "maires"
