"""Questions typed without accents or with a slip meet the corpus's words."""

from assistant.spelling import Spelling

CORPUS = [
    "Les collectivités territoriales sont le premier partenaire. Le président est élu.",
    "Une association a des partenaires ; où agit-elle ? Elle agit ou elle se tait. La coopération.",
    "Les partenariats et les alliances des associations. Les partenariats durent.",
]


def test_accents_are_put_back_on_words_only_seen_with_them():
    sp = Spelling(CORPUS)
    assert sp.correct("Quelle part des collectivites ?") == "Quelle part des collectivités ?"
    assert sp.correct("Qui est le President ?") == "Qui est le Président ?"
    assert sp.correct("COOPERATION") == "COOPÉRATION"


def test_words_seen_bare_or_unknown_stay_as_typed():
    sp = Spelling(CORPUS)
    # "a" and "ou" stand in the corpus without accents too: "à" and "où" are not guessed.
    assert sp.correct("ou en est-on a Lille ?") == "Ou en est-on a Lille ?"
    assert sp.correct("un mot inconnu : chomage") == "Un mot inconnu : chomage"
    assert sp.correct("les collectivités") == "Les collectivités"


def test_one_letter_slips_on_long_words_are_corrected():
    sp = Spelling(CORPUS)
    assert sp.correct("les parttenariats") == "Les partenariats"  # one too many
    assert sp.correct("les aliances") == "Les alliances"  # one missing
    assert sp.correct("les partenairiats") == "Les partenariats"  # one too many, elsewhere
    assert sp.correct("les assoicaitons") == "Les assoicaitons"  # two slips: left alone
    assert sp.correct("la coopératoin") == "La coopération"  # two letters swapped
    assert sp.correct("les partenarists") == "Les partenariats"  # one wrong letter
    assert sp.correct("le presdent élu") == "Le président élu"  # a slip and an accent
    # Short words have too many neighbours: left as typed.
    assert sp.correct("les alies") == "Les alies"


def test_ligatures_of_the_corpus_are_not_put_into_questions():
    sp = Spelling(["Les ﬁnancements privés des associations."])
    assert sp.correct("les financements prives") == "Les financements privés"


def test_a_french_word_is_never_corrected_into_a_corpus_word():
    sp = Spelling(["Il est urgent de créer des partenariats."])
    assert sp.correct("combien d'argent ?") == "Combien d'argent ?"  # not "urgent"
    assert sp.correct("les partenariatts") == "Les partenariats"


def test_names_of_the_corpus_typed_in_lowercase_get_their_capitals():
    sp = Spelling(
        [
            "Le RAMEAU est présidé par son fondateur. La Fondation des Territoires est née.",
            "L'IMPACT des alliances, l'impact social. Voir https://exemple.org/le-rameau/",
        ]
    )
    assert sp.correct("qui dirige le rameau ?") == "Qui dirige le RAMEAU ?"
    assert sp.correct("quand est née la fondation des territoires ?") == (
        "Quand est née la Fondation des Territoires ?"
    )
    # A word the corpus also writes in lowercase is a common word too.
    assert sp.correct("l'impact des alliances") == "L'impact des alliances"
    # What the user capitalised stays as typed.
    assert sp.correct("Le Rameau") == "Le Rameau"
