"""An enumeration of figures that goes on in the next sentence (« … suivent, à 36 % chacune »)
is quoted whole in the answer window (data/enumeration.toml)."""

from __future__ import annotations

from assistant.answer.candidate import Candidate
from assistant.answer.choice import select
from assistant.answer.extractive import candidates
from assistant.answer.lists import continues_enumeration
from assistant.answer.window import widen
from assistant.reading.query import Query
from assistant.text import analyze
from assistant.types import Chunk, DocInfo, Hit

# Invented examples.
DOC = DocInfo(source="note.pdf", title="Note de travail", kind="autre", date="2022")
TEXT = (
    "Les habitants ont été interrogés sur les domaines où les jardins partagés changent le plus "
    "la vie du quartier. Ils citent d'abord le lien entre voisins (61 %), devant "
    "l'alimentation (48 %) et le cadre de vie (44 %). La santé et l'éducation suivent, à 31 % "
    "chacune. Les écarts entre quartiers sont faibles."
)


def unit(text: str, position: int = 0) -> Candidate:
    return Candidate(0, text, 1.0, frozenset(analyze(text)), position=position)


def test_a_sentence_ranking_its_figures_after_those_before_continues_them():
    before = unit("Ils citent d'abord le lien entre voisins (61 %), devant l'alimentation (48 %).")
    assert continues_enumeration(unit("La santé et l'éducation suivent, à 31 % chacune."), before)
    assert continues_enumeration(unit("La culture ferme la marche, à 12 %."), before)
    # « Enfin », a verb of order with an object, a figure of another unit: no continuation
    assert not continues_enumeration(
        unit("Enfin, une évaluation coûtant 15 000 € est prévue."), before
    )
    assert not continues_enumeration(
        unit("Les bénévoles suivent une formation, prise en charge à 100 %."), before
    )
    assert not continues_enumeration(unit("Les écoles suivent, avec 2 000 €."), before)
    # no figure of its own, no ranking word, or nothing enumerated before it: no continuation
    assert not continues_enumeration(unit("La santé et l'éducation suivent."), before)
    assert not continues_enumeration(unit("La santé recueille 31 % des réponses."), before)
    alone = unit("Le lien entre voisins est cité par 61 % des habitants.")
    assert not continues_enumeration(unit("La santé suit, à 31 %."), alone)


def test_the_window_quotes_the_rest_of_an_enumeration():
    question = "Dans quels domaines les jardins partagés changent-ils la vie du quartier, selon les habitants ?"
    cands = candidates(Query(question), [Hit(Chunk("c0", DOC, 2, "2", 0, len(TEXT), TEXT), 1.0)])
    quoted = [c.text for c in widen(select(cands, 3)[0], cands, Query(question), {})]
    assert any("31 %" in t for t in quoted), quoted
