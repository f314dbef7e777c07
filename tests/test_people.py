"""Rule `person` reads who is a person (assistant/answer/people.py, data/people.toml): « qui
préside … ? » is not answered by a sentence naming only a body, a place, an event or a role's
title. Session 37; invented examples."""

from __future__ import annotations

import pytest

from assistant.answer.generators import ExtractiveGenerator
from assistant.answer.people import names_person
from assistant.reading.query import read
from assistant.settings import REFUSAL, GenerationSettings
from assistant.types import Chunk, DocInfo, Hit


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Conseil Alpha est présidé par Marie Blanc depuis 2019.",
        "Nom / Fonction : Jean-Baptiste Lerouge — Fonction : président",
        "Il s'agit d'Anne Dubreuil, fondatrice du cabinet.",
        "Elle est présidée par le Professeur Kowalczyk.",
        "Le comité, présidé par Volker Brandt, s'est réuni deux fois.",  # after « par »
        "Les membres fondateurs constituent ensemble la direction de la coopérative.",
        "Marie BLANC dirige le réseau.",
        "Le conseil est présidé par Hugo de Vries depuis 2020.",  # a particle
        "Elle est présidée par le Dr. Lindqvist.",
        "J. Durand préside le comité.",  # an initial
        "Lenoir Durand, trésorière de l'association, présente les comptes.",  # role after
    ],
)
def test_a_person_is_named(sentence):
    assert names_person(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "En Grande-Bretagne, Alpha Energy dispose d'un Business Panel qui conseille le "
        "Directeur Général.",
        "La charte a été dévoilée à Saint-Maurice, le jour du Giving Tuesday.",
        "Le Président-directeur général du Groupe fixe les orientations.",
        "Le programme est financé par la Fondation Alpha.",  # an article: a body
        "Les associations du réseau se réunissent chaque année.",
        "Le fonds a été créé par Le RAMEAU et la Ville.",  # an article after « par »
        "Les membres du Conseil Alpha sont nommés par le Directeur Général.",
        "La Marine Nationale et la Rose des Vents ont signé.",  # first names set aside
    ],
)
def test_no_person_is_named(sentence):
    assert not names_person(sentence)


def test_a_name_the_question_gives_is_not_the_answer():
    assert not names_person("Le prix Marie Blanc est remis chaque année.", frozenset({"blanc"}))


DOC = DocInfo(source="rapport.pdf", title="Rapport annuel", kind="etude", date="2018")
BODIES = (
    "Le Conseil Alpha du Groupe réunit des personnalités externes. En Grande-Bretagne, "
    "Alpha Energy dispose d'un Business Panel qui conseille le Directeur Général."
)


def _refused(text: str, **switches: bool) -> tuple[bool, list[str]]:
    hit = Hit(Chunk("c0", DOC, 1, "1", 0, len(text), text), 1.0)
    gen = ExtractiveGenerator(GenerationSettings(**switches))
    query = read("Qui préside le Conseil Alpha du Groupe ?")
    signals = gen.assess(query, [hit])
    return "".join(gen.generate(query, [hit])) == REFUSAL, signals["rules"]


@pytest.mark.parametrize("switch", [True, False])
def test_bodies_places_and_titles_do_not_say_who_presides(switch):
    refused, rules = _refused(BODIES, person=switch, focus=False)
    assert refused is switch
    assert ("person" in rules) is switch


def test_the_person_named_answers():
    refused, rules = _refused(BODIES + " Le Conseil Alpha est présidé par Marie Blanc.")
    assert not refused and "person" not in rules, rules


def test_a_role_a_body_may_hold_needs_no_person():
    """« qui pilote … ? » may be answered by a body (data/people.toml `person_roles`)."""
    text = "Le projet Dunes est piloté par le Réseau Alpha depuis 2019, avec la Ville."
    hit = Hit(Chunk("c0", DOC, 1, "1", 0, len(text), text), 1.0)
    gen = ExtractiveGenerator(GenerationSettings())
    signals = gen.assess(read("Qui pilote le projet Dunes ?"), [hit])
    assert "person_held" not in signals and "person" not in signals["rules"], signals


def test_a_name_the_question_gives_is_no_person_in_the_answer():
    """The question's own name (« la Fondation Marie Blanc ») is not the person asked."""
    text = "La Fondation Marie Blanc est présidée par le Directeur Général du Groupe."
    hit = Hit(Chunk("c0", DOC, 1, "1", 0, len(text), text), 1.0)
    gen = ExtractiveGenerator(GenerationSettings(focus=False))
    signals = gen.assess(read("Qui préside la Fondation Marie Blanc ?"), [hit])
    assert signals.get("person_held") is False and "person" in signals["rules"], signals


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Qui est la vice-présidente du réseau ?", True),
        ("Qui présidait le conseil en 2019 ?", True),
        ("c ki la dg ?", True),
        ("Qui pilote le projet ?", False),
        ("Qui coordonne le réseau ?", False),
    ],
)
def test_roles_only_a_person_holds(question, asks):
    from assistant.answer.people import asks_person

    assert asks_person(question) is asks


def test_a_who_question_prefers_the_sentence_naming_a_person():
    """Session 37 (rule `kind_who`): « qui a présenté les comptes ? » opens on the sentence that
    names a person, not on an equal one naming a region, from a better-ranked passage."""

    def at(n: int, text: str, score: float) -> Hit:
        return Hit(Chunk(f"c{n}", DOC, n + 1, str(n + 1), 0, len(text), text, position=n), score)

    hits = [
        at(
            0,
            "Les comptes de l'exercice ont été présentés en séance, avec la Région Normandie.",
            1.0,
        ),
        at(1, "Les comptes de l'exercice ont été présentés en séance par Hervé Lemarchand.", 0.9),
    ]
    gen = ExtractiveGenerator(GenerationSettings())
    answer = "".join(gen.generate(read("Qui a présenté les comptes de l'exercice ?"), hits))
    assert "Lemarchand" in answer.split("[")[0], answer
