"""A question no interrogative types, yet which names a figure as what it wants (« en % ? »,
« t'as un chiffre ? », « sur une échelle de 10 »), asks for a figure (session 30): its answer
opens on the sentence giving the number, not on a sentence of the same passage sharing more of
its words. A question quoting a figure asks about it, not for it. Invented questions and text."""

from __future__ import annotations

import pytest

from assistant.reading.question import question_type
from tests.one_passage import answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Les gens ils trouvent les jardins partagés utiles ? t'as un chiffre récent ?", "figure"),
        ("les élus ils pensent quoi des jardins partagés, en % ?", "figure"),
        (
            "Quelle importance, sur une échelle de 10, les habitants donnent-ils au sport ?",
            "figure",
        ),
        ("Quel prix de l'eau la commune retient-elle ?", "figure"),
        ("Les habitants ils sont pour, t'as des stats ?", "figure"),
        # a question quoting its figure asks about it:
        ("le chiffre de 64 % des habitants il correspond a quoi exactement ?", "other"),
        ("Les jardins sont-ils utiles pour 64 % ou 46 % des habitants ?", "other"),
        ("Quel coût pour la commune ?", "figure"),
        ("t'as une stat ?", "figure"),
        ("c'est rare ou fréquent ? t'as un chiffre ?", "figure"),  # « ou », not « où »
        # how, why, where: the figure is the subject, not what is asked (the review's cases)
        ("Comment est calculé le taux de pauvreté ?", "other"),
        ("Pourquoi le taux de participation a-t-il baissé ?", "other"),
        ("Où trouver les statistiques détaillées de l'enquête ?", "other"),
        ("Le prêt à taux zéro est-il ouvert aux associations ?", "other"),
        ("Le service statistique ministériel a-t-il publié l'étude ?", "other"),
        ("Quelle importance accorder à ce rapport ?", "other"),
        ("Quelle valeur ajoutée pour les territoires ?", "other"),
        ("Le chiffre de 3 millions correspond à quoi ?", "other"),
        # the interrogatives keep their kind:
        ("Qui publie ces chiffres ?", "who"),
        ("Les habitants aiment-ils les jardins partagés ?", "other"),
    ],
)
def test_a_figure_named_as_what_is_wanted_makes_a_figure_question(question, kind):
    assert question_type(question) == kind


PASSAGE = (
    "Des jardins attendus\n"
    "Les enquêtes récentes le montrent : pour les habitants, les jardins partagés ne sont plus "
    "une curiosité de quartier, ils sont attendus partout et les habitants les trouvent utiles.\n"
    "64 %\n"
    "des habitants : « utiles »\n"
    "En 2023, 64 % des habitants estiment que les jardins partagés rendent service au quartier."
)


def test_the_answer_opens_on_the_figure_the_question_asks_for():
    reply = answer(
        "Les habitants ils trouvent les jardins partagés utiles ? t'as un chiffre récent ?", PASSAGE
    )
    assert reply.split("[1]")[0].count("64 %") == 1, reply
