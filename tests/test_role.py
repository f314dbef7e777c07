"""Rule `role`: « qui préside … ? » asks for a person, named in the passage that answers — the
president another passage names is another body's."""

from __future__ import annotations

from assistant.answer.generators import ExtractiveGenerator
from assistant.reading.query import read
from assistant.settings import REFUSAL, GenerationSettings
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="rapport.pdf", title="Rapport annuel", kind="etude", date="2018")


def _hit(n: int, text: str, score: float) -> Hit:
    return Hit(Chunk(f"c{n}", DOC, n + 1, str(n + 1), 0, len(text), text, position=n), score)


COUNCIL = "En 2017, le Groupe a créé son Conseil des jeunes pousses, un espace de dialogue ouvert."
OTHER = "Le Conseil scientifique du Groupe, présidé par Jeanne Martin, s'est réuni trois fois."


def _ask(hits: list[Hit], role: bool = True) -> tuple[str, list[str]]:
    gen = ExtractiveGenerator(GenerationSettings(role=role))
    query = read("Qui préside le Conseil des jeunes pousses du Groupe ?")
    return "".join(gen.generate(query, hits)), gen.assess(query, hits)["rules"]


def test_the_president_of_another_body_named_elsewhere_is_no_answer():
    hits = [_hit(0, COUNCIL, 1.0), _hit(1, OTHER, 0.4)]
    text, rules = _ask(hits)
    assert text == REFUSAL
    assert "role" in rules
    text, _ = _ask(hits, role=False)
    assert text != REFUSAL


def test_the_president_named_in_the_answering_passage_answers():
    named = COUNCIL + " Il est présidé par Paul Durand, ancien maire de la ville."
    text, rules = _ask([_hit(0, named, 1.0), _hit(1, OTHER, 0.4)])
    assert "Paul Durand" in text
    assert "role" not in rules
