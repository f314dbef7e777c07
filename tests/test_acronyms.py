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
