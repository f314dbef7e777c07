"""Session 53, figures table: a fieldwork date written after a label (« terrain : automne
2023 ») dates the figures that follow it; a table whose rows are labelled by years reads each
row's year. Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Veille des clubs", kind="bulletin", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


BRIEFS = (
    "Brève datée du 6 février 2025\n"
    "Fédération des rameurs — « Les clubs face aux coûts » (terrain :\n"
    "automne 2023 ; parution : février 2024).\n"
    "Sur 812 clubs interrogés, 61 % disent avoir vu leurs charges augmenter.\n"
    "Brève datée du 20 mars 2025\n"
    "Institut Sillage — Baromètre des pagayeurs, 2e vague (terrain : octobre 2021 ;\n"
    "parution : mars 2022).\n"
    "Parmi les pagayeurs licenciés, 47 % jugent les bassins trop chers.\n"
)


def test_a_labelled_fieldwork_date_dates_the_figures_after_it() -> None:
    # rule `labelled_fieldwork`: each brief's own fieldwork, not the bulletin's year
    years = {r.text.strip(): r.year for r in _rows(BRIEFS)}
    assert years["61 %"] == "2023"
    assert years["47 %"] == "2021"


def test_a_labelled_fieldwork_month_range_and_bare_year() -> None:
    for label, year in (("janvier-février 2022", "2022"), ("2021", "2021")):
        text = (
            f"Cabinet Trame — « Clubs et communes » (terrain : {label} ;\n"
            "parution : juin 2024).\n"
            "Les dirigeants de clubs sont 41 % à soutenir une fête de leur commune.\n"
        )
        assert {r.text.strip(): r.year for r in _rows(text)}["41 %"] == year


def test_a_publication_label_is_no_fieldwork() -> None:
    # « parution : juin 2024 » alone says when it came out, not when it was asked
    text = (
        "Cabinet Trame — « Clubs et communes » (parution : juin 2023).\n"
        "Les dirigeants de clubs sont 41 % à soutenir une fête de leur commune.\n"
    )
    assert {r.text.strip(): r.year for r in _rows(text)}["41 %"] != "2022"


YEAR_ROWS = (
    "Tableau 2 – Part des associations sportives ayant au moins une convention avec\n"
    "une commune (%)\n"
    "Année\n"
    "Vallée haute\n"
    "Vallée basse\n"
    "Plateau\n"
    "2017\n"
    "38\n"
    "44\n"
    "29\n"
    "2023\n"
    "46\n"
    "51\n"
    "33\n"
    "Sources : enquêtes des ligues.\n"
)


def test_a_table_whose_rows_are_years_dates_each_row() -> None:
    # rule `year_rows`: « 2017 / 38 / 44 / 29 / 2023 / 46 / … » under « Année / Vallée haute / … »
    rows = {r.text.strip(): r for r in _rows(YEAR_ROWS)}
    assert rows["38"].year == "2017"
    assert rows["33"].year == "2023"
    assert "Plateau" in rows["33"].measure and "Vallée" in rows["46"].measure
    assert rows["46"].actor.startswith("associations")
    assert "2023" not in rows["46"].measure  # the row's year dates it, it measures nothing


def test_two_dates_with_values_of_other_widths_are_no_year_table() -> None:
    text = YEAR_ROWS.replace("33\n", "")  # 3 values, then 2: no table of year rows
    rows = {r.text.strip(): r for r in _rows(text)}
    assert not (
        rows.get("38")
        and rows["38"].year == "2017"
        and rows.get("46")
        and rows["46"].year == "2023"
        and "Vallée haute" in rows["46"].measure
    )


def test_a_year_after_a_compared_figure_dates_only_that_figure() -> None:
    # rule `compared_figure_year`: « contre 44 % …, en 2021 » dates 44 %, not the 58 % before
    text = (
        "Parmi les présidents de clubs, 58 % jugent les conventions utiles, contre 44 % lors "
        "de la vague précédente, en 2021.\n"
    )
    years = {r.text.strip(): r.year for r in _rows(text, date="2024")}
    assert years["44 %"] == "2021"
    assert years["58 %"] == "2024"


def test_a_year_before_contre_still_dates_the_first_figure() -> None:
    text = "En 2023, 58 % des bénévoles jugent les conventions utiles, contre 44 % en 2019.\n"
    years = {r.text.strip(): r.year for r in _rows(text, date="2024")}
    assert years == {"58 %": "2023", "44 %": "2019"}
