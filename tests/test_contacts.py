"""Numbers of addresses, telephones and e-mail addresses are no amounts (rule `how_many`)."""

import pytest

from assistant.answer.contacts import contact_spans
from assistant.answer.counting import bare_count, counted_nouns, quantity


def spans(text):
    return [text[a:b] for a, b in contact_spans(text)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Coopérative d'habitation ; Alpha ; Av. des Tilleuls 63", ["Av. des Tilleuls 63"]),
        ("Siège : 12 rue des Lilas, 71250 Cluny", ["12 rue", "71250"]),
        ("CH-1234 Villebois contact@alpha.example", ["CH-1234", "contact@alpha.example"]),
        ("Mairie : 01 23 45 67 89", ["01 23 45 67 89"]),
        ("Standard : +33 1 23 45 67 89", ["+33 1 23 45 67 89"]),
        ("Rue du Port 7, Lausanne", ["Rue du Port 7"]),
        # prose
        ("302 maires ont répondu en 2024.", []),
        ("la place de 12 associations dans le réseau", []),
        ("Une place sur 3 est réservée.", []),
        ("La route de Paris 3 fois par an.", []),
    ],
)
def test_contact_spans(text, found):
    assert spans(text) == found


def test_a_contact_line_counts_nothing():
    for line in (
        "Coopérative d'habitation ; Alpha ; Av. des Tilleuls 63",
        "CH-1234 Villebois contact@alpha.example",
        "Mairie : 01 23 45 67 89",
    ):
        assert not quantity(line) and not counted_nouns(line) and not bare_count(line)
    # an amount beside an address still counts
    assert counted_nouns("Au 12 rue des Lilas, la maison accueille 40 bénévoles.") == {"benevol"}


@pytest.mark.parametrize(
    "text",
    [
        "Plus de 15000 Français ont répondu à l'enquête.",  # a count without its thin space
        "La Place des Entreprises a aidé 120 PME.",  # a verb ends the street's name
        "Valeurs : 05 12 15 18 20 22",  # a row of a table, not a telephone
    ],
)
def test_prose_keeps_its_numbers(text):
    assert spans(text) == [] and quantity(text)
