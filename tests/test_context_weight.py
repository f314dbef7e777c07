"""A sentence is read in its context: the figure that answers often leaves its subject to the
sentence before it and to the publication's title (« … ont été interrogés sur leur envie de
trouver un mécène. Près de la moitié d'entre eux, 46 %, ne le souhaitent pas. »). Its support
reads the question's words with that context for `generation.context_weight` of it."""

from __future__ import annotations

from assistant.answer.extractive import candidates
from assistant.answer.generators import ExtractiveGenerator
from assistant.reading.query import read
from assistant.settings import GenerationSettings
from assistant.text import analyze
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(
    source="clubs.pdf",
    title="Les clubs sportifs amateurs face au mécénat",
    kind="etude",
    date="2024",
)
TEXT = (
    "Un tiers des clubs sportifs amateurs a déjà un partenaire privé dans sa commune (33 %). "
    "Les autres clubs ont été interrogés sur leur envie de trouver un mécène. "
    "Près de la moitié d'entre eux, 46 %, ne le souhaitent pas. "
    "Les subventions publiques restent leur première ressource."
)
QUESTION = "Quelle part des clubs sportifs amateurs ne souhaite pas avoir de mécène ?"
# Words every passage of such a corpus holds weigh less than what this question asks.
IDF = {t: 1.0 for t in analyze("clubs sportifs amateurs part")} | {
    t: 2.0 for t in analyze("souhaite mécène")
}


def _hits() -> list[Hit]:
    return [Hit(Chunk("c0", DOC, 2, "2", 0, len(TEXT), TEXT), 1.0)]


def _best(weight: float) -> str:
    rules = GenerationSettings(context_weight=weight)
    return candidates(read(QUESTION), _hits(), IDF, rules=rules)[0].text


def test_the_figure_whose_subject_the_sentence_before_names_ranks_first():
    assert _best(GenerationSettings().context_weight) == (
        "Près de la moitié d'entre eux, 46 %, ne le souhaitent pas."
    )
    # Read alone, the sentence that repeats the question's subject but answers something else
    # wins: what the default weight is there for.
    assert _best(0.3).startswith("Un tiers des clubs")


def test_the_answer_opens_with_that_figure():
    gen = ExtractiveGenerator(GenerationSettings())
    gen.idf = IDF
    text = "".join(gen.generate(read(QUESTION), _hits()))
    body = text.split("), ", 1)[1]
    assert body.startswith("près de la moitié d'entre eux, 46 %")
