"""A sentence with no subject of its own goes on from the one before it (« Le champ de l'étude
couvre les associations qui emploient au moins un salarié. On en dénombre 148 000 sur le
territoire national. »): the two are one unit, and the number counts what the pronoun stands
for, which the first sentence names. A number is read whole and a year counts nothing. A
question asked in the negative wants a sentence in the negative (rule `negation`)."""

from __future__ import annotations

import pytest

from assistant.answer.asked import negative
from assistant.answer.counting import counts
from assistant.answer.extractive import candidates
from assistant.answer.kinds import counted_noun
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


@pytest.mark.parametrize(
    "second",
    [
        "Soit 302 élus au total, joints par téléphone.",
        "C’est le cas de 64 % d’entre eux, selon l’enquête.",
        "C'est le cas de 64 % d'entre eux, selon l'enquête.",
        "Dont 40 en zone rurale, loin des grandes villes.",
    ],
)
def test_a_sentence_with_no_subject_goes_on_from_the_one_before(second):
    first = "Les maires ont été nombreux à répondre."
    assert [u.text for u in units(f"{first} {second}")] == [first, f"{first}\n{second}"]


def test_a_sentence_summing_up_with_its_own_subject_is_read_alone():
    first = "Le parcours mobilise des territoires pionniers."
    second = "Au total, 11 territoires ont rejoint cette démarche."
    assert [u.text for u in units(f"{first} {second}")] == [first, second]


def test_the_number_of_the_pair_counts_what_the_first_sentence_names():
    stem = counted_noun("Combien d'associations employeuses y a-t-il en France ?")
    assert counts(PAIR, stem)
    assert counts("Les fondations étudiées sont nombreuses.\nElles sont 302 au total.", "fondat")
    inventory = "L'Observatoire a dressé un inventaire des données.\nCelui-ci en recense 250."
    assert counts(inventory, "don")
    # The first sentence names something else; a number without the pronoun counts nothing.
    assert not counts("Le champ couvre les maires.\nOn en dénombre 302.", stem)
    assert not counts("Le champ couvre les associations.\nLe réseau a 148 000 adhérents.", stem)
    assert not counts("On en dénombre 148 000 sur le territoire national.", stem)
    # A share of them is not how many; « en compte » inside a clause counts nothing.
    assert not counts("Les associations ont répondu.\nElles sont 46 % à vouloir un mécène.", stem)
    assert not counts("Le champ couvre les associations.\nOn prend en compte 12 critères.", stem)


def test_the_count_ranks_above_a_share_of_the_same_population():
    doc = DocInfo(source="impact.pdf", title="IMPACT – Associations", kind="etude", date="2025")
    hits = [Hit(Chunk("c0", doc, 2, "2", 0, len(TEXT), TEXT), 1.0)]
    best = candidates(read("cb d'assos employeuses y a en france ?"), hits)[0]
    assert best.text == PAIR
    assert "counted" in best.rules


def test_a_year_closing_its_clause_counts_nothing():
    """« Enquête (2017) / Associations & Territoires » dates a survey; « En 2019, 40 projets »
    counts projects and « plus de 2000 associations » counts associations."""
    header = "Enquête Associations (2017) / Étude IMPACT – / Associations : Collectivités 74 % 89 %"
    assert not counts(header, "associ")
    assert counts("En 2019, 40 projets ont été soutenus.", "projet")
    assert counts("Plus de 2000 associations ont répondu.", "associ")
    assert counts("Plus de 1 380 associations ont répondu.", "associ")


@pytest.mark.parametrize(
    "text, spoken, said",
    [
        ("Et quelle part n'en voulait pas ?", True, True),
        ("et cb ne voulaient pas du tout en faire ?", True, True),
        ("combien de maires ne savent plus comment piloter ?", True, True),
        ("Les autres, soit 46 %, ne le souhaitaient pas.", False, True),
        ("Ce n'est plus le cas depuis 2020.", False, True),
        # A question typed as it is said drops the « ne »; a document's sentence does not.
        ("cb de maires savent pas piloter les partenariats ?", True, True),
        ("Les maires savent pas piloter.", False, False),
        ("Il ne reste que 3 jours.", True, False),  # « ne … que » restricts, it does not deny
        ("Les subventions ne représentent plus que 20 %.", True, False),
        ("Les associations sont nettement plus nombreuses.", True, False),
        ("Le résultat net est plus élevé.", True, False),
        ("Neuilly compte plus de 60 000 habitants.", True, False),
        ("N’importe quelle association a plus de chances.", True, False),
        ("La charte est un premier pas vers l'alliance.", True, False),
        ("Les communes avancent pas à pas.", True, False),
        ("Elles ont pas mal de partenaires, employeuses ou pas.", True, False),
        ("Quelle part des Français pense qu'il existe un devoir d'alliance ?", True, False),
    ],
)
def test_a_negative_question_or_sentence_is_read(text, spoken, said):
    """Rule `negation`: a question asking about a « ne … pas » wants a sentence that says one."""
    assert negative(text, spoken) is said
