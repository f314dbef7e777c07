"""The answer's conflict sentence finds its items through the figure finder's series (same
measure, same actor) when the figures table is there, and by comparing words without it."""

from __future__ import annotations

from assistant.answer.compose import conflict_sentence
from assistant.answer.conflicts import conflicts
from assistant.checks.verify import find_conflicts
from assistant.finder.extract import extract_figures
from assistant.finder.table import FigureTable
from assistant.types import Chunk, DocInfo, Hit, Page

TEXTS = {
    "fiche-2021.pdf": (
        "2021-03",
        "Aujourd'hui, 81 % des Français estiment qu'il existe un devoir d'alliance entre les acteurs.",
    ),
    "note-maires.pdf": (
        "2016-05",
        "Cette année-là, 92 % des maires estiment qu'il existe un devoir d'alliance entre les acteurs.",
    ),
    "fiche-2016.pdf": (
        "2016-05",
        "Cette année-là, 69 % des Français estiment qu'il existe un devoir d'alliance entre les acteurs.",
    ),
}
ANSWER = (
    "D'après la fiche de 2021, 81 % des Français estiment qu'il existe un devoir d'alliance "
    "entre les acteurs [1]."
)


def _hits(names):
    hits = []
    for name in names:
        date, text = TEXTS[name]
        doc = DocInfo(source=name, title=name[:-4], kind="fiche", date=date)
        hits.append(Hit(Chunk(f"{name}:2", doc, 2, "2", 0, len(text), text), 1.0))
    return hits


def _table(tmp_path, names):
    table = FigureTable(tmp_path)
    for name in names:
        date, text = TEXTS[name]
        doc = DocInfo(source=name, title=name[:-4], kind="fiche", date=date)
        table.replace_document(name, "k", extract_figures(doc, [Page(2, "2", text)]))
    return table


def test_another_population_is_no_conflict_through_the_series(tmp_path):
    names = ["fiche-2021.pdf", "note-maires.pdf"]
    hits = _hits(names)
    assert find_conflicts(ANSWER, hits)  # the words alone mistake 92 % of mayors for a conflict
    assert conflicts(ANSWER, hits, _table(tmp_path, names)) == []


def test_the_same_series_in_another_edition_is_a_conflict(tmp_path):
    names = ["fiche-2021.pdf", "note-maires.pdf", "fiche-2016.pdf"]
    hits = _hits(names)
    (found,) = conflicts(ANSWER, hits, _table(tmp_path, names))
    assert [(i.source, i.figures, i.citation) for i in found.items] == [
        ("fiche-2021.pdf", ("81%",), 1),
        ("fiche-2016.pdf", ("69%",), 3),
    ]
    sentence = conflict_sentence(found, hits)
    assert "81 %" in sentence and "69 %" in sentence and "92 %" not in sentence


def test_without_a_table_the_words_decide(tmp_path):
    hits = _hits(["fiche-2021.pdf", "fiche-2016.pdf"])
    assert conflicts(ANSWER, hits, None) == find_conflicts(ANSWER, hits) != []
    assert conflicts(ANSWER, hits, FigureTable(tmp_path / "none")) == find_conflicts(ANSWER, hits)
