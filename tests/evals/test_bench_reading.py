"""evals.bench_reading on a corpus with a table of words: it counts the page read again in
layout mode and the table, and prints both medians and their ratio."""

from __future__ import annotations

import re

from pdf_factory import make_table_pdf, make_text_pdf

from evals import bench_reading


def test_bench_reading_counts_the_tables_and_prints_the_ratio(tmp_path, capsys):
    rows = [
        ("Fonction", "Personne"),
        ("Présidence", "Hélène Marchal"),
        ("Direction", "Bruno Lefort"),
    ]
    make_table_pdf(tmp_path / "table.pdf", ["Qui fait quoi dans l'équipe du programme ?"], rows)
    make_text_pdf(tmp_path / "prose.pdf", ["Une page de texte suivi, sans tableau.\nDeux lignes."])
    bench_reading.main(["--corpus", str(tmp_path), "--rounds", "1"])
    out = capsys.readouterr().out
    assert "2 PDF, 2 pages ; relues en mode mise en page : 1 ; tableaux de mots : 1" in out
    assert re.search(r"sans : \d+\.\d+ s, avec : \d+\.\d+ s .* rapport \d+\.\d{3}", out)
