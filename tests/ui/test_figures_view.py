"""The « Chiffres » tab's pure parts and its search handler on a real SQLite figures table (rows
written directly, no ingest), the facets the filters offer, and the page preview that boxes a
figure inside its sentence (no server, no browser)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from pdf_factory import make_text_pdf
from PIL import ImageChops

from assistant.finder.browse import facets, row_at
from assistant.finder.rows import FigureQuery, FigureResults, FigureRow
from assistant.finder.search import find_series
from assistant.finder.table import FigureTable
from ui import figures_view as view
from ui.figures_tab import run_search
from ui.preview import MARK_OUTLINE, mark_spans, render_page

BASE = FigureRow(
    text="78 %",
    value=78.0,
    unit="%",
    measure="pensent qu'il existe un devoir d'alliance",
    actor="Français",
    actor_category="Français",
    year="2019",
    year_source="document",
    sentence="Selon le baromètre, 78 % des Français pensent qu'il existe un devoir d'alliance.",
    noun="",
    source="fiche.pdf",
    title="Fiche repère : le devoir d'alliance",
    kind="fiche",
    date="2019-06-12",
    url="",
    page=2,
    page_label="2",
    start=20,
    end=24,
)
LATER = replace(
    BASE, text="82 %", value=82.0, year="2023", source="bulletin.pdf", title="Bulletin 2023",
    kind="bulletin", date="2023-03", page=1, page_label="1", start=3, end=7,
    sentence="En 2023, 82 % des Français pensent qu'il existe un devoir d'alliance.",
)  # fmt: skip
MAIRES = replace(
    BASE, text="302", value=302.0, unit="people", measure="maires interrogés",
    actor="maires", actor_category="maires", start=90, end=93,
    sentence='=302 maires <img src=x onerror="alert(1)"> interrogés.',
)  # fmt: skip


@pytest.fixture
def table(tmp_path) -> FigureTable:
    t = FigureTable(tmp_path / "index")
    t.replace_document("fiche.pdf", "k1", [BASE, MAIRES])
    t.replace_document("bulletin.pdf", "k2", [LATER])
    return t


def test_filters_offer_what_the_table_holds_with_counts(table):
    f = facets(table)
    assert f.total == 3 and f.years == [2019, 2023]
    choices = view.filter_choices(f)
    assert choices["actor"] == [
        ("toutes", ""),
        ("Français (2)", "Français"),
        ("maires (1)", "maires"),
    ]
    assert choices["kind"][0] == ("tous", "") and ("bulletin (1)", "bulletin") in choices["kind"]
    assert choices["unit"] == [
        ("toutes", ""),
        ("pourcentages (%) (2)", "%"),
        ("personnes (1)", "people"),
    ]
    assert choices["since"] == [("indifférent", ""), ("2019", "2019"), ("2023", "2023")]


def test_search_handler_recent_words_filters_and_errors(table, tmp_path):
    results, sentence = run_search(table, "", "", "", "", "", "")
    assert [r.text for r in results.figures] == ["82 %", "78 %", "302"]  # newest first
    assert sentence.startswith("3 chiffres (les plus récents d'abord)")
    results, sentence = run_search(table, "devoir alliance", "Français", "", "%", "2020", "")
    assert [r.text for r in results.figures] == ["82 %"] and "plus pertinents" in sentence
    results, sentence = run_search(table, "", "", "", "", "2024", "2020")
    assert not results.figures and sentence == "Période vide : depuis 2024 jusqu'à 2020."
    results, sentence = run_search(table, "tarte Tatin", "", "", "", "", "")
    assert not results.figures and sentence == view.NOTHING
    # An index built before the finder, then one whose PDFs print no figure.
    empty = FigureTable(tmp_path / "other")
    assert run_search(empty, "", "", "", "", "", "")[1] == view.NO_TABLE
    empty.replace_document("sans-chiffres.pdf", "k", [])
    assert run_search(empty, "", "", "", "", "", "")[1] == view.NO_FIGURES
    assert run_search(empty, "devoir", "", "", "", "", "")[1] == view.NOTHING


def test_rows_detail_and_row_found_again(table):
    results = FigureResults([LATER, BASE, MAIRES], 3)
    assert view.table_rows(results)[1] == [
        2, "78 %", BASE.measure, "Français", "2019", BASE.title, "2"
    ]  # fmt: skip
    assert row_at(table, "fiche.pdf", 2, 90) == MAIRES
    assert row_at(table, "fiche.pdf", 2, 91) is None
    html = view.detail_html(MAIRES, 3)
    assert "<img src=x" not in html and "&lt;img src=x" in html  # PDF text is shown as text
    assert "<mark>302</mark>" in html and 'href="pdf/fiche.pdf#page=2"' in html
    assert 'src="preview/fiche.pdf/2.png?figure=90&amp;focus=1"' in html
    assert "Ouvrir le PDF à la page 2" in html and "Population : maires · 2019" in html


def test_series_chart_and_its_words():
    series = find_series([LATER, BASE, MAIRES])
    assert len(series) == 1
    frame = view.series_frame(series)
    assert frame.to_dict("list") == {
        "Année": [2019, 2023],
        "Valeur": [78.0, 82.0],
        "Série": [f"{series[0].measure} (Français)"] * 2,
    }
    assert "78 % (2019) → 82 % (2023)" in view.series_markdown(series)
    assert view.axis_title(series) == "Valeur (%)"
    # One axis, a few lines: the unit most series share, the first CHART_SERIES of them.
    many = [replace(series[0], measure=f"mesure {i}") for i in range(7)]
    many.insert(1, replace(series[0], unit="people"))
    frame = view.series_frame(many)
    assert frame["Série"].nunique() == view.CHART_SERIES and "mesure 0 (Français)" in set(
        frame["Série"]
    )
    assert view.axis_title([replace(series[0], unit="count")]) == "Valeur (nombre)"
    assert view.series_frame([]).empty and view.series_markdown([]) == ""


def test_exports_are_the_rows_shown_csv_neutralised():
    data = json.loads(view.exports(FigureResults([BASE, MAIRES], 10)))
    assert data["count"] == 2  # what is shown, not the 10 that matched
    assert data["csv"].startswith("\ufeff")  # a download: Excel reads its accents
    rows = list(csv.DictReader(io.StringIO(data["csv"].removeprefix("\ufeff"))))
    assert [r["text"] for r in rows] == ["78 %", "302"]
    assert rows[1]["sentence"].startswith("'=302")
    assert "[^1]:" in data["md"] and "| 302 |" in data["md"]
    assert json.loads(view.exports(FigureResults([], 0))) == {"count": 0}


def test_form_values_make_the_query():
    assert view.make_query(" devoir ", "", "", "", "", None) == FigureQuery(
        words="devoir", limit=view.LIMIT
    )
    query = view.make_query("", "maires", "fiche", "%", "2019", 2023)
    assert (query.actor, query.kind, query.unit, query.since, query.until) == (
        "maires", "fiche", "%", 2019, 2023
    )  # fmt: skip


@pytest.mark.parametrize(
    "page, mark, expected",
    [
        ("Selon le baromètre, 78 % des Français pensent", "78 %", [(20, 24)]),
        ("Selon le baromètre, 78% des Français pensent", "78 %", [(20, 23)]),
        ("Selon le baromètre, 1 578 % des Français pensent", "78 %", []),  # in a longer number
        ("Selon le baromètre, 78 des Français pensent", "78 %", [(20, 22)]),
    ],
)
def test_mark_spans_find_the_figure_inside_its_sentence(page, mark, expected):
    assert mark_spans(page, page, mark) == expected


def test_preview_boxes_the_figure_in_its_sentence(tmp_path):
    sentence = "Selon le baromètre, 78 % des Français pensent qu'il existe un devoir."
    pdf = make_text_pdf(tmp_path / "a.pdf", [["Titre", "", "Les 78 % du titre.", sentence]])

    def boxed(image) -> int:
        return sum(1 for p in image.getdata() if p == MARK_OUTLINE[:3])

    plain = render_page(pdf, 1, sentence)
    marked = render_page(pdf, 1, sentence, mark="78 %")
    assert boxed(plain) == 0 and boxed(marked) > 50
    # Only the figure of the sentence is boxed, not the same figure one line above.
    box = ImageChops.difference(plain, marked).getbbox()
    line = ImageChops.difference(render_page(pdf, 1), plain).getbbox()
    assert box and line and line[1] - 4 <= box[1] and box[3] <= line[3] + 4
    assert box[2] - box[0] < (line[2] - line[0]) / 4  # the figure, not the whole sentence
