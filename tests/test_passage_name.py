"""Rule `passage_name`: a sentence `absent_name` weakens keeps more of its score when its own
passage names what the question names; the refusal's support does not change; another year's
fact or another body of the same kind gets nothing back; the rule is recorded only when it
reaches the score. Invented texts."""

from __future__ import annotations

from assistant.answer.extractive import candidates
from assistant.answer.generators import ExtractiveGenerator
from assistant.reading.query import Query
from assistant.settings import GenerationSettings
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="note.pdf", title="Note de travail", kind="autre", date="2020")
QUESTION = "Qui assure la direction générale de la Fondation Alpha ?"


def hits(*passages: tuple[str, float]) -> list[Hit]:
    return [
        Hit(Chunk(f"c{i}", DOC, 2, "2", 0, len(text), text), score)
        for i, (text, score) in enumerate(passages)
    ]


def best(question: str, found: list[Hit], **conf) -> tuple[str, tuple[str, ...]]:
    cands = candidates(Query(question), found, rules=GenerationSettings(**conf))
    return cands[0].text, cands[0].rules


def scored(question: str, found: list[Hit], text: str, **conf):
    cands = candidates(Query(question), found, rules=GenerationSettings(**conf))
    return next(c for c in cands if text in c.text)


DIRECTOR = "La direction générale, elle, est assurée par Marie Durand."
NAMED = hits(
    (
        "La Fondation Alpha a été créée en 2010 à Lyon. Elle réunit des entreprises du "
        f"territoire. {DIRECTOR}",
        1.0,
    ),
    ("La direction générale de la Fondation Alpha publie chaque année un rapport.", 0.9),
)


def test_the_passage_naming_the_body_lifts_the_sentence_not_the_refusal():
    on = scored(QUESTION, NAMED, DIRECTOR)
    off = scored(QUESTION, NAMED, DIRECTOR, passage_name=False)
    assert on.score > off.score and "passage_name" in on.rules
    assert "passage_name" not in off.rules
    assert on.support == off.support  # what the refusal reads
    signals = ExtractiveGenerator(GenerationSettings()).assess(Query(QUESTION), NAMED)
    signals_off = ExtractiveGenerator(GenerationSettings(passage_name=False)).assess(
        Query(QUESTION), NAMED
    )
    assert signals["support"] == signals_off["support"]


def test_another_body_of_the_same_kind_gets_nothing_back():
    other = "La direction générale de la Fondation Beta, sa voisine, est assurée par Paul Martin."
    found = hits(
        (
            "La Fondation Alpha a été créée en 2010 à Lyon. Elle réunit des entreprises du "
            f"territoire. {other}",
            1.0,
        ),
        ("Marie Durand dirige la Fondation Alpha depuis 2015.", 0.9),
    )
    c = scored(QUESTION, found, "Paul Martin")
    assert "absent_name" in c.rules and "passage_name" not in c.rules
    assert "Marie Durand" in best(QUESTION, found)[0]


def test_a_sentence_pointing_back_with_the_kind_of_body_is_lifted():
    found = hits(
        (
            "La Fondation Alpha a été créée en 2010 à Lyon. Elle réunit des entreprises du "
            "territoire. La fondation est dirigée depuis 2015 par Marie Durand.",
            1.0,
        )
    )
    c = scored(QUESTION, found, "Marie Durand")
    assert "passage_name" in c.rules


def test_another_years_fact_stays_as_weak():
    question = "Combien de salariés employait la Fondation Alpha en 2020 ?"
    found = hits(
        (
            "La Fondation Alpha a été créée à Lyon. Elle réunit des entreprises. En 2018, la "
            "structure employait 40 salariés.",
            1.0,
        )
    )
    c = scored(question, found, "40 salariés")
    off = scored(question, found, "40 salariés", passage_name=False)
    assert "other_year" in c.rules
    # the lift doubles what is left after every cut, so it stays under what absent_name alone
    # would have left
    assert c.score - off.score <= off.support + 1e-9


def test_not_recorded_when_a_heading_answer_overrides_it():
    text = (
        "La Fondation Alpha a été créée en 2010 à Lyon.\nQui assure la direction générale ?\n"
        "La direction générale est assurée par Marie Durand depuis 2015."
    )
    found = hits((text, 1.0))
    # light names, so that the heading holds most of the question
    idf = {"alpha": 0.1, "fondat": 0.1}
    cands = candidates(Query(QUESTION), found, idf, rules=GenerationSettings())
    answering = [c for c in cands if "heading_answer" in c.rules]
    assert answering and all("passage_name" not in c.rules for c in answering)


def test_an_acronym_typed_without_its_dots_is_held_by_the_page_printing_them():
    """« Que veut dire RESEAU ? » over a page printing « R.E.S.E.A.U. » (invented): the
    question's capitals are held by the page (no rule `absent_name`), as they are when the
    question types the dots."""
    found = hits(
        (
            "Pour passer à l'action, la grille R.E.S.E.A.U. rassemble les ressources du "
            "collectif en six familles.",
            1.0,
        ),
    )
    for question in ("Que veut dire RESEAU ?", "Que veut dire R.E.S.E.A.U. ?"):
        cands = candidates(Query(question), found, rules=GenerationSettings())
        assert "absent_name" not in cands[0].rules, question
