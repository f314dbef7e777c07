"""A sentence is read in its context: the figure that answers often leaves its subject to the
sentence before it and to the publication's title (« … ont été interrogés sur leur envie de
trouver un mécène. Près de la moitié d'entre eux, 46 %, ne le souhaitent pas. »). Its support
reads the question's words with that context for `generation.context_weight` of it."""

from __future__ import annotations

from assistant.answer.extractive import candidates
from assistant.answer.generators import ExtractiveGenerator
from assistant.answer.units import units
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


def _best(weight: float, negation: bool = True) -> str:
    rules = GenerationSettings(context_weight=weight, negation=negation)
    return candidates(read(QUESTION), _hits(), IDF, rules=rules)[0].text


def test_the_figure_whose_subject_the_sentence_before_names_ranks_first():
    assert _best(GenerationSettings().context_weight) == (
        "Près de la moitié d'entre eux, 46 %, ne le souhaitent pas."
    )
    # Read alone, the sentence that repeats the question's subject but answers something else
    # wins: what the default weight is there for (the rule `negation`, which also reads the
    # « ne … pas » both say, set aside).
    assert _best(0.3, negation=False).startswith("Un tiers des clubs")


def test_the_answer_opens_with_that_figure():
    gen = ExtractiveGenerator(GenerationSettings())
    gen.idf = IDF
    text = "".join(gen.generate(read(QUESTION), _hits()))
    body = text.split("), ", 1)[1]
    assert body.startswith("près de la moitié d'entre eux, 46 %")


def test_a_pronoun_led_pair_is_read_with_the_sentence_before_it():
    """« Elle repose sur … Ceux-ci ont été joints … » is one unit; « L'enquête … » before it
    names what the pair speaks of, and is its context."""
    text = (
        "L'enquête auprès des élus locaux a été publiée en novembre 2024. "
        "Elle repose sur un échantillon de 302 maires. "
        "Ceux-ci ont été joints par téléphone, entre le 30 septembre et le 28 octobre 2024."
    )
    pair = next(u for u in units(text) if u.text.endswith("28 octobre 2024."))
    assert pair.text.startswith("Elle repose")
    assert pair.before == "L'enquête auprès des élus locaux a été publiée en novembre 2024."
    # A heading between them starts another section: no context across it.
    split = text.replace("2024. Elle", "2024.\n\nLe terrain\n\nElle")
    pair = next(u for u in units(split) if u.text.endswith("28 octobre 2024."))
    assert pair.before == ""
