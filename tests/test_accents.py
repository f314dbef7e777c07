"""Questions typed without accents meet the corpus's accented words."""

from assistant.accents import Accents

CORPUS = [
    "Les collectivités territoriales sont le premier partenaire. Le président est élu.",
    "Une association a des partenaires ; où agit-elle ? Elle agit ou elle se tait. La coopération.",
]


def test_accents_are_put_back_on_words_only_seen_with_them():
    acc = Accents(CORPUS)
    assert acc.restore("Quelle part des collectivites ?") == "Quelle part des collectivités ?"
    assert acc.restore("Qui est le President ?") == "Qui est le Président ?"
    assert acc.restore("COOPERATION") == "COOPÉRATION"


def test_words_seen_bare_or_unknown_stay_as_typed():
    acc = Accents(CORPUS)
    # "a" and "ou" stand in the corpus without accents too: "à" and "où" are not guessed.
    assert acc.restore("ou en est-on a Lille ?") == "ou en est-on a Lille ?"
    assert acc.restore("un mot inconnu : chomage") == "un mot inconnu : chomage"
    assert acc.restore("les collectivités") == "les collectivités"
