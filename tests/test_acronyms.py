"""Acronyms and the words they stand for (assistant/acronyms.py)."""

from __future__ import annotations

import pytest

from assistant.acronyms import asked_acronym, spells
from assistant.reading.question import question_type


@pytest.mark.parametrize(
    "question, acronym",
    [
        ("Que veut dire le sigle ARPEA ?", "ARPEA"),
        ("Que désignent les lettres de M.E.D.O.C. ?", "MEDOC"),
        ("c'est quoi un PGD dans la recherche ?", "PGD"),
        ("Que signifie FAIR quand on parle de données ?", "FAIR"),
        ("Que veut dire ESS ?", "ESS"),
        ("Quelle différence entre ESS et RSE ?", ""),  # two: which one is asked is unclear
        ("Qu'est-ce que le mécénat ?", ""),
        # The clause that sets the scene names where to look, not what to define.
        ("Dans le Fonds ODD 17, qu'est-ce qu'un « catalyseur territorial » ?", ""),
        ("Selon le RAMEAU, que signifie MEDOC ?", "MEDOC"),
    ],
)
def test_the_acronym_a_question_asks_about(question, acronym):
    assert asked_acronym(question) == acronym


@pytest.mark.parametrize(
    "question",
    [
        "Que signifie FAIR quand on parle de données ?",  # « quand on parle »: no date asked
        "Que désignent les lettres de M.E.D.O.C. ?",
        "ESS, ça veut dire quoi ?",
    ],
)
def test_asking_what_an_acronym_means_is_a_definition_question(question):
    assert question_type(question) == "definition"


@pytest.mark.parametrize(
    "acronym, text, expected",
    [
        ("PGD", "Un Plan de Gestion de Données (PGD) est un document formalisé.", True),
        ("FAIR", "les rendre Faciles à trouver, Accessibles, Interopérables et Réutilisables", True),
        ("MEDOC", "Méthodes · Exemples · Données · Outils · Compétences", True),
        ("ARPEA", "« Analyse des Relations Partenariales entre Entreprises et Associations »", True),
        # The acronym itself, or capitals too far apart, spell nothing.
        ("ARPEA", "Cette étude est le volet ARPEA-Collectivités locales.", False),
        ("PGD", "Le Plan national pour la science ouverte invite chaque équipe à "
                "Garder ses notes et à Diffuser", False),
    ],
)  # fmt: skip
def test_words_spell_an_acronym_by_their_capitals(acronym, text, expected):
    assert spells(acronym, text) is expected


@pytest.mark.parametrize(
    ("acronym", "text", "expected"),
    [
        # French capitalises the first word only: the bracket after the words says they
        # stand for it (session 30)
        ("CGET", "Le Commissariat général à l’égalité des territoires (CGET) et la ville", True),
        ("ULIS", "Elle dénombre les Unités localisées pour l'inclusion scolaire (ULIS).", True),
        ("AJP", "un atelier des jardins partagés ( AJP ) ouvre", True),
        ("CGET", "Le CGET (Commissariat général à l’égalité des territoires) et la ville", True),
        ("CGET", "Le CGET (créé en 2014) et la ville", False),
        # the words before the bracket must spell it, one word a letter
        ("CGET", "Le parcours mené avec la commune (CGET) prolonge", False),
        ("AJP", "un atelier partagé (AJP) ouvre", False),
        ("AJP", "un atelier des jardins partagés, dit AJP, ouvre", False),
    ],
)
def test_words_before_the_acronym_in_brackets_spell_it_in_any_case(acronym, text, expected):
    assert spells(acronym, text) is expected


def test_a_definition_question_on_an_acronym_opens_on_the_passage_spelling_it_out():
    from assistant.answer.generators import ExtractiveGenerator
    from assistant.reading.query import Query
    from assistant.settings import GenerationSettings
    from tests.test_rules import hits

    passages = hits(
        ("Le parcours d'expérience avec l'AJP prolonge cette histoire en passant de "
         "l'expérimentation à la formation.", 1.0),
        ("Avec l'AJP, la ville a également conduit un parcours sur les plantations avec 10 "
         "quartiers pilotes.", 0.95),
        ("L'atelier des jardins partagés (AJP) et la ville lancent un parcours consacré aux "
         "plantations.", 0.9),
    )  # fmt: skip
    gen = ExtractiveGenerator(GenerationSettings())
    reply = "".join(gen.generate(Query("c'est quoi l'AJP au juste ?"), passages))
    assert "atelier des jardins partagés (AJP)" in reply.split("[")[0], reply


@pytest.mark.parametrize(
    "question",
    [
        "ARPEA, c'est l'abréviation de quoi ?",
        "le sigle CPESR c'est le sigle de quoi",
        "DPEF signifie quoi ?",
    ],
)
def test_asking_what_an_acronym_stands_for_is_a_definition(question):
    """Session 37: « l'abréviation de quoi », « le sigle de quoi », « signifie quoi »."""
    assert question_type(question) == "definition"
