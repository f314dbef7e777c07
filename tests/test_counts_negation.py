"""A sentence with no subject of its own goes on from the one before it (« Le champ de l'étude
couvre les associations qui emploient au moins un salarié. On en dénombre 148 000 sur le
territoire national. »): the two are one unit, and the number counts what the pronoun stands
for, which the first sentence names. A number is read whole and a year counts nothing. A
question asked in the negative wants a sentence in the negative (rule `negation`)."""

from __future__ import annotations

import pytest

from assistant.answer.asked import negative
from assistant.answer.extractive import candidates
from assistant.answer.kinds import counted_noun, counts
from assistant.answer.units import units
from assistant.reading.query import read
from assistant.types import Chunk, DocInfo, Hit

TEXT = (
    "Le champ de l'étude couvre les associations qui emploient au moins un salarié. "
    "On en dénombre 148 000 sur le territoire national. "
    "La relation partenariale y est presque universelle. "
    "L'échelle de ces coopérations reste avant tout de proximité : 73 % des associations "
    "employeuses agissent avec des partenaires à l'échelon local."
)
PAIR = (
    "Le champ de l'étude couvre les associations qui emploient au moins un salarié.\n"
    "On en dénombre 148 000 sur le territoire national."
)


def test_a_sentence_opening_on_on_en_is_read_with_the_one_before():
    found = [u.text for u in units(TEXT)]
    assert PAIR in found
    assert "On en dénombre 148 000 sur le territoire national." not in found


def test_soit_goes_on_from_the_sentence_before():
    text = "Les maires ont été nombreux à répondre. Soit 302 élus au total, joints par téléphone."
    assert [u.text for u in units(text)] == [
        "Les maires ont été nombreux à répondre.",
        "Les maires ont été nombreux à répondre.\nSoit 302 élus au total, joints par téléphone.",
    ]


def test_the_number_of_the_pair_counts_what_the_first_sentence_names():
    stem = counted_noun("Combien d'associations employeuses y a-t-il en France ?")
    assert counts(PAIR, stem)
    assert counts("Les fondations étudiées sont nombreuses.\nElles sont 302 au total.", "fondat")
    # The first sentence names something else; a number without the pronoun counts nothing.
    assert not counts("Le champ couvre les maires.\nOn en dénombre 302.", stem)
    assert not counts("Le champ couvre les associations.\nLe réseau a 148 000 adhérents.", stem)
    assert not counts("On en dénombre 148 000 sur le territoire national.", stem)


def test_the_count_ranks_above_a_share_of_the_same_population():
    doc = DocInfo(source="impact.pdf", title="IMPACT – Associations", kind="etude", date="2025")
    hits = [Hit(Chunk("c0", doc, 2, "2", 0, len(TEXT), TEXT), 1.0)]
    best = candidates(read("cb d'assos employeuses y a en france ?"), hits)[0]
    assert best.text == PAIR
    assert "counted" in best.rules


def test_a_year_counts_nothing_and_a_number_is_read_whole():
    """« Enquête (2017) / Associations & Territoires » dates a survey; « En 2019, 40 projets »
    counts projects; « 1 380 » is one number."""
    header = "Enquête Associations (2017) / Étude IMPACT – / Associations : Collectivités 74 % 89 %"
    assert not counts(header, "associ")
    assert counts("En 2019, 40 projets ont été soutenus.", "projet")
    assert counts("Plus de 1 380 associations ont répondu.", "associ")
    assert counts("Une association mobilise 2,5 partenaires en moyenne.", "partenair")


@pytest.mark.parametrize(
    "text, said",
    [
        ("Et quelle part n'en voulait pas ?", True),
        ("et cb ne voulaient pas du tout en faire ?", True),
        ("combien de maires ne savent plus comment piloter ?", True),
        ("Les autres, soit 46 %, ne le souhaitaient pas.", True),
        ("cb de maires savent pas piloter les partenariats ?", True),  # the « ne » dropped
        ("Il ne reste que 3 jours.", False),  # « ne … que » restricts, it does not deny
        ("La charte est un premier pas vers l'alliance.", False),
        ("Les communes avancent pas à pas.", False),
        ("Quelle part des Français pense qu'il existe un devoir d'alliance ?", False),
    ],
)
def test_a_negative_question_or_sentence_is_read(text, said):
    """Rule `negation`: a question asking about a « ne … pas » wants a sentence that says one."""
    assert negative(text) is said
