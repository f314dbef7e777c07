"""The figures table on a real ingest of a small corpus (real PDFs, real SQLite): search,
filters, formats, and the table following the corpus as PDFs change or go."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from pdf_factory import make_text_pdf
from small_corpus import write_small_corpus

from assistant.cli import EXIT_ERROR, EXIT_OK, run
from assistant.errors import IndexMissingError, InputError
from assistant.finder.export import safe_cell, to_csv
from assistant.finder.rows import FigureQuery, FigureResults
from assistant.finder.search import search
from assistant.finder.table import TABLE_NAME, FigureTable
from assistant.ingest.run import ingest


@pytest.fixture
def indexed(make_settings, tmp_path):
    settings = make_settings(write_small_corpus(tmp_path / "corpus"))
    ingest(settings)
    return settings


def figures(settings, *args: str, capsys) -> tuple[int, str, str]:
    code = run(
        ["figures", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir), *args]
    )
    out, err = capsys.readouterr()
    return code, out, err


def test_search_ranks_by_words_then_newest_and_finds_the_series(indexed, capsys):
    code, out, _ = figures(indexed, "devoir", "d'alliance", "--format", "json", capsys=capsys)
    assert code == EXIT_OK
    data = json.loads(out)
    texts = [(f["text"], f["actor"], f["year"]) for f in data["figures"]]
    assert texts[:2] == [("81 %", "Français", "2021"), ("69 %", "Français", "2015")]
    assert data["total"] >= 2
    first = data["figures"][0]
    for key in (
        "text",
        "value",
        "unit",
        "measure",
        "actor",
        "year",
        "source",
        "title",
        "kind",
        "date",
        "page",
        "page_label",
        "sentence",
    ):
        assert key in first
    assert first["source"] == "fiche-2021.pdf" and first["page"] == 2 and first["value"] == 81.0
    labels = [s["label"] for s in data["series"]]
    assert any("69 % (2015) → 81 % (2021)" in label for label in labels), labels


def test_filters_and_empty_search_lists_most_recent(indexed):
    table = FigureTable(indexed.index_dir)
    recent = search(table, FigureQuery())
    assert recent.figures[0].date == "2022-07"  # the newest document first
    maires = search(table, FigureQuery(actor="maires"))
    assert [r.text for r in maires.figures] == ["92 %"]
    assert search(table, FigureQuery(unit="count")).figures[0].text == "21"
    assert all(r.kind == "fiche" for r in search(table, FigureQuery(kind="fiche")).figures)
    assert [r.year for r in search(table, FigureQuery(until=2016)).figures] == ["2015"]
    assert search(table, FigureQuery(words="alliance", since=2030)).total == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            FigureQuery(actor="martiens"),
            "Populations acceptées : Français, dirigeants, maires, organisations",
        ),
        (FigureQuery(unit="litres"), "Unités acceptées : %, pts, €, /10, people, years, count"),
        (FigureQuery(kind="roman"), "Types acceptés : fiche, bulletin, étude, autre"),
        (FigureQuery(limit=0), "« limit » doit être entre 1 et 1000"),
    ],
)
def test_unknown_filter_values_list_the_accepted_ones(indexed, query, message):
    with pytest.raises(InputError, match=message):
        search(FigureTable(indexed.index_dir), query)


def test_cli_csv_md_and_errors(indexed, capsys):
    code, out, _ = figures(indexed, "alliance", "--format", "csv", capsys=capsys)
    table = list(csv.reader(io.StringIO(out)))
    assert code == EXIT_OK and table[0][:3] == ["text", "value", "unit"] and len(table) > 2
    code, out, _ = figures(indexed, "--actor", "maires", "--format", "md", capsys=capsys)
    assert "| 92 % |" in out and "[^1]: *Le devoir d'alliance en 2021*, fiche, 2021-03" in out
    assert "https://exemple.org/fiche-2021.pdf" in out
    code, _, err = figures(indexed, "--unit", "litres", capsys=capsys)
    assert code == EXIT_ERROR and "Unités acceptées" in err
    code, out, _ = figures(indexed, "zzzinconnu", capsys=capsys)
    assert code == EXIT_OK and "Aucun chiffre" in out


def test_csv_cells_cannot_start_a_formula():
    assert [safe_cell(v) for v in ("=1+1", "+33", "-2", "@SUM(A1)", "69 %")] == [
        "'=1+1",
        "'+33",
        "'-2",
        "'@SUM(A1)",
        "69 %",
    ]
    from dataclasses import replace

    from assistant.finder.extract import page_rows
    from assistant.types import DocInfo, Page

    row = page_rows(DocInfo("a.pdf", '=HYPERLINK("x")'), Page(1, "1", "69 % des Français."))[0]
    out = to_csv(FigureResults([replace(row, measure="@cmd")], 1))
    cells = list(csv.reader(io.StringIO(out)))[1]
    assert '\'=HYPERLINK("x")' in cells and "'@cmd" in cells


def test_changed_and_removed_pdfs_update_the_rows(indexed):
    table = FigureTable(indexed.index_dir)
    make_text_pdf(
        indexed.corpus_dir / "fiche-2021.pdf",
        ["Couverture", "En 2021, 77 % des maires veulent coopérer davantage."],
    )
    (indexed.corpus_dir / "bulletin-2022.pdf").unlink()
    ingest(indexed)
    texts = {r.text for r in search(table, FigureQuery(limit=100)).figures}
    assert "77 %" in texts and "81 %" not in texts and "21" not in texts
    assert set(table.sources()) == {"fiche-2016.pdf", "fiche-2021.pdf", "etude-2019.pdf"}


def test_index_without_the_table_says_to_ingest_and_ingest_builds_it(indexed, capsys):
    (indexed.index_dir / TABLE_NAME).unlink()
    with pytest.raises(IndexMissingError, match="relancez « assistant ingest »"):
        search(FigureTable(indexed.index_dir), FigureQuery())
    code, _, err = figures(indexed, capsys=capsys)
    assert code == EXIT_ERROR and "relancez « assistant ingest »" in err
    report = ingest(indexed)  # files unchanged: only their figures are read again
    assert all(f.status == "unchanged" for f in report.files)
    assert search(FigureTable(indexed.index_dir), FigureQuery(actor="maires")).total == 1


def test_corpus_without_figures_says_so(make_settings, tmp_path, capsys):
    corpus = tmp_path / "corpus"
    make_text_pdf(corpus / "note.pdf", ["Une note sans aucun chiffre, seulement des mots."])
    settings = make_settings(corpus)
    ingest(settings)
    code, out, _ = figures(settings, capsys=capsys)
    assert code == EXIT_OK and "Aucun chiffre" in out
    shutil.rmtree(corpus)
