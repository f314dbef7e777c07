"""Session 58, figures table. Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Rapport des clubs", kind="rapport", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


def test_a_value_scaled_by_its_header_unit_is_the_printed_number() -> None:
    # « 4,1 » under « (en millions d'euros) » is 4 100 000, not the float product
    # 4099999.9999999995 a spreadsheet would show after an export
    rows = _rows(
        "Tableau 3 — Ressources du club (en millions d'euros)\n2023\n2024\n"
        "Subventions\n4,1\n4,3\nMécénat\n1,7\n2,2\nDons\n0,4\n0,5\nSource : club, 2025.\n"
    )
    values = {r.text: r.value for r in rows}
    assert values["4,1"] == 4_100_000
    assert repr(values["4,1"]) == "4100000.0"


def test_a_figure_said_of_today_keeps_the_document_date_after_two_editions() -> None:
    # rule `between_those_two` dates the sentence with the period of the two editions told
    # before; its clause « elle atteint aujourd'hui 75 % » is said of now (`today_clause`)
    rows = _rows(
        "Le baromètre a paru en 2019 puis en 2023. Entre ces deux éditions, la part des clubs "
        "qui coopèrent est passée de 52 % à 61 % ; elle atteint aujourd'hui 75 %.\n"
    )
    years = {r.text: r.year for r in rows}
    assert years["52 %"] == "2019" and years["61 %"] == "2023"
    assert years["75 %"] != "2019-2023"
