"""Rule `given`: a question asking for a thing a sentence prints or not — an hour, a telephone
number, an e-mail address (data/wanted.toml, `refuses`) — refuses when no quoted sentence gives
one: the day of the event, a contact form answer nothing. Invented examples."""

from __future__ import annotations

import pytest

from assistant.answer.generators import ExtractiveGenerator
from assistant.reading.query import read
from assistant.settings import GenerationSettings
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="programme.pdf", title="Journée des alliances", kind="autre", date="2024")
DAY_ONLY = (
    "La journée des alliances du réseau Delta se tiendra le 23 novembre 2024 à Lyon, dans les "
    "locaux de la Maison des associations. Inscriptions par le formulaire en ligne du réseau "
    "Delta : www.delta.example/contact."
)
WITH_HOUR = (
    "La journée des alliances du réseau Delta se tiendra le 23 novembre 2024 à Lyon ; "
    "l'accueil commence à 9 h 30. Standard du réseau Delta : 04 72 00 00 00."
)


def _answer(question: str, text: str, **switches: bool) -> tuple[bool, list[str], str]:
    hit = Hit(Chunk("c0", DOC, 1, "1", 0, len(text), text), 1.0)
    gen = ExtractiveGenerator(GenerationSettings(**switches))
    signals = gen.assess(read(question), [hit])
    return gen.refuses(signals), signals["rules"], "".join(gen.generate(read(question), [hit]))


@pytest.mark.parametrize(
    "question",
    [
        "À quelle heure commence la journée des alliances du réseau Delta ?",
        "c koi le numero de tel du réseau Delta ?",
        "c'est quoi le mail du réseau Delta ?",
    ],
)
def test_the_day_or_a_contact_form_is_no_answer(question):
    refused, rules, _ = _answer(question, DAY_ONLY)
    assert refused, rules
    # the rule alone (the focus word, « mail », may be missing from the page too)
    refused, rules, _ = _answer(question, DAY_ONLY, focus=False)
    assert refused and "given" in rules, rules
    refused, rules, _ = _answer(question, DAY_ONLY, focus=False, given=False)
    assert "given" not in rules


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("À quelle heure commence la journée des alliances du réseau Delta ?", "9 h 30"),
        ("c koi le numero de tel du réseau Delta ?", "04 72 00 00 00"),
    ],
)
def test_the_hour_or_the_number_printed_answers(question, expected):
    refused, rules, text = _answer(question, WITH_HOUR)
    assert not refused and "given" not in rules, rules
    assert expected in text


def test_a_survey_by_telephone_asks_no_number():
    refused, rules, _ = _answer(
        "L'enquête du réseau Delta a été menée comment, par téléphone ?",
        "L'enquête du réseau Delta a été menée par téléphone auprès de 300 bénévoles.",
    )
    assert not refused and "given" not in rules, rules
