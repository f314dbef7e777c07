"""Rule `role`: the functions of a board or a team (data/focus.toml, `asks_role`) ask for a
person; a quoted sentence that names no one does not answer « qui est la trésorière … ? »."""

import pytest

from assistant.answer.generators import ExtractiveGenerator
from assistant.reading.query import Query
from assistant.settings import GenerationSettings
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="note.pdf", title="Note", kind="autre", date="2021")


@pytest.mark.parametrize(
    "text, refused",
    [
        ("La trésorière de l'association est élue chaque année par l'assemblée des adhérents.", True),
        ("La trésorière de l'association est Claire Lenoir, élue en 2021 par les adhérents.", False),
    ],
)  # fmt: skip
@pytest.mark.parametrize("role", [True, False])
def test_who_holds_a_role_is_answered_only_by_a_name(text, refused, role):
    hit = Hit(Chunk("c0", DOC, 1, "1", 0, len(text), text), 1.0)
    gen = ExtractiveGenerator(GenerationSettings(role=role))
    signals = gen.assess(Query("Qui est la trésorière de l'association ?"), [hit])
    assert gen.refuses(signals) is (refused and role), signals
    assert ("role" in signals["rules"]) is (refused and role)


@pytest.mark.parametrize(
    "question, role",
    [
        ("Qui est le secrétaire général de la fédération ?", True),
        ("Qui est la trésorière de l'association ?", True),
        ("Qui a délégué la gestion du fonds à l'association ?", False),  # « déléguer »
        ("Qui assure la coordination du réseau ?", False),  # « coordination »
    ],
)
def test_the_functions_of_a_board_ask_for_a_person(question, role):
    from assistant.answer.focus import asks_role

    assert asks_role(question) is role
