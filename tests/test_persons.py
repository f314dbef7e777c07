"""Rule `person`: a role question (« qui préside … ? ») is answered by a sentence naming a
person, a given name and a family name or a title and a name; not any capitalised pair."""

import pytest

from assistant.answer.persons import names_person


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle est présidée par Laurence Weber depuis 2019.",
        "ELLIOT VAUCHER ; Editeur, Center for Learning Sciences",
        "Charles-Benoît Heidsieck en est le président-fondateur.",
        "GoodPlanet, présidée par Yann Arthus- Bertrand, pour dix ans.",
        "sous la direction scientifique d’Anne Robin",
        "Le conseil a élu M. Martin à sa tête.",
        "Mme Lenoir en assure la trésorerie.",
    ],
)
def test_a_person_is_a_given_name_and_a_name_or_a_title_and_a_name(sentence):
    assert names_person(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Son lancement a eu lieu le jour du Giving Tuesday, à Saint-Maurice.",
        "Pilotée par la Fondation des Territoires, la Charte est née.",
        "France Active et le Conseil Régional ont signé.",  # « France » is no given name here
        "Pierre angulaire du projet, la charte engage ses signataires.",
        "Le 11e rapport est consacré à la Normandie.",
    ],
)
def test_capitals_that_name_no_one_are_no_person(sentence):
    assert not names_person(sentence)


@pytest.mark.parametrize(
    "text, refused",
    [
        # the role is named, the person is not: the answer would say who elects, not who holds it
        ("La trésorière de l'association Lire Ensemble est élue chaque année par le Conseil "
         "Général des adhérents.", True),
        ("La trésorière de l'association Lire Ensemble est Mme Lenoir, élue en 2021.", False),
    ],
)  # fmt: skip
def test_who_holds_a_role_is_answered_only_by_a_person(text, refused):
    """« Qui est la trésorière … ? » (data/focus.toml, `asks_role`) wants a person; a sentence
    that names the role and only bodies (« Conseil Général ») is a near miss."""
    from assistant.answer.generators import ExtractiveGenerator
    from assistant.reading.query import Query
    from assistant.types import Chunk, DocInfo, Hit

    doc = DocInfo(source="note.pdf", title="Note", kind="autre", date="2021")
    hit = Hit(Chunk("c0", doc, 1, "1", 0, len(text), text), 1.0)
    gen = ExtractiveGenerator()
    signals = gen.assess(Query("Qui est la trésorière de l'association Lire Ensemble ?"), [hit])
    assert gen.refuses(signals) is refused, signals
    assert ("person" in signals["rules"]) is refused
