"""« Et l'AFD, elle met combien dedans ? » after a question on a project's budget: the everyday
words ask for a sum (data/everyday.toml), a sentence spelling out the acronym (« l'Agence
Française de Développement ») holds it, and a sentence giving a sum comes before sentences that
only name the funder."""

from __future__ import annotations

from assistant.answer.generators import ExtractiveGenerator
from assistant.reading.query import read
from assistant.settings import GenerationSettings
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="delta.pdf", title="Projet Delta", kind="autre", date="2023")
PASSAGES = [
    # The best passage names the AFD often, and gives no sum.
    "Un rapport d'exécution technique et financier est remis à l'AFD à la fin de chaque tranche. "
    "Un projet AFD de 3 ans compte deux tranches de dix-huit mois.",
    "Budget total : 1,6 M€.\nPrincipal cofinanceur : l'Agence Française de Développement "
    "(800 000 €).",
]
HITS = [Hit(Chunk(f"c{i}", DOC, 2 + i, str(2 + i), 0, len(t), t), 1.0 - 0.2 * i) for i, t in
        enumerate(PASSAGES)]  # fmt: skip


def _answer(question: str, history: list[str]) -> str:
    gen = ExtractiveGenerator(GenerationSettings())
    return "".join(gen.generate(read(question, history), HITS))


def test_the_funders_sum_answers_the_everyday_follow_up():
    text = _answer(
        "et l'AFD elle met combien dedans ?", ["Quel est le budget total du projet Delta ?"]
    )
    assert "800 000 €" in text.split("[1]")[0]


def test_the_sum_spelled_out_answers_the_formal_question():
    text = _answer("Combien l'AFD apporte-t-elle au financement du projet Delta ?", [])
    assert "800 000 €" in text.split("[1]")[0]


def test_what_a_fund_disposes_of_is_what_it_has():
    """« disposer de » says « avoir » (data/focus.toml, `not_focus`): what is asked is the
    budget, which the page gives as a dotation."""
    text = (
        "Lancé en 2020, le Fonds Delta est né d'une initiative commune. "
        "Quant à sa dotation, elle s'élève à 1,5 M€ sur l'ensemble de la période."
    )
    hits = [Hit(Chunk("c0", DOC, 2, "2", 0, len(text), text), 1.0)]
    gen = ExtractiveGenerator(GenerationSettings())
    assert "1,5 M€" in "".join(gen.generate(read("Le Fonds Delta dispose de quel budget ?"), hits))
