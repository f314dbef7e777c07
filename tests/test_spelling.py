"""Questions typed without accents or with a slip meet the corpus's words."""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.reading import constraints
from assistant.reading.spelling import Spelling
from assistant.text import fold_in_place
from evals.bench_query import synthetic_names, synthetic_questions, synthetic_texts

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


# The names' regular expression that the trie replaced, kept as the reference it must match.
class RegexSpelling(Spelling):
    def __init__(self, texts):
        super().__init__(texts)
        ordered = sorted(self.names, key=len, reverse=True)  # the longest name first
        self._names_re = re.compile(
            "|".join(rf"\b{'[^a-z0-9]+'.join(map(re.escape, k.split()))}\b" for k in ordered)
            or r"(?!x)x"
        )

    def _capitalise(self, question):
        out, pos = [], 0
        for m in self._names_re.finditer(fold_in_place(question)):
            typed = question[m.start() : m.end()]
            if typed == typed.lower():
                key = " ".join(constraints.words(typed))
                if key in self.names:
                    out += [question[pos : m.start()], self.names[key]]
                    pos = m.end()
        return "".join(out) + question[pos:]


_PIECES = ["Rameau", "RAMEAU", "Fondation", "des", "de", "Territoires", "Caisse", "Dépôts",
           "ODD", "17", "CGET", "Élan", "élan", "l'", "Fonds", "la", "Maison"]  # fmt: skip
_GLUE = [" ", " ", " ", "-", "_", "_", "'", "’", ", ", ". ", "\n", "é", "x", "/", "…", "ø", "ß"]


def _text(draw_pieces, draw_glue):
    return "".join(p + g for p, g in zip(draw_pieces, draw_glue, strict=False))


@settings(max_examples=300, deadline=None)
@given(
    corpus=st.lists(
        st.tuples(
            st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8),
            st.lists(st.sampled_from(_GLUE), min_size=8, max_size=8),
        ),
        min_size=1,
        max_size=4,
    ),
    question=st.tuples(
        st.lists(st.sampled_from(_PIECES + [p.lower() for p in _PIECES]), max_size=8),
        st.lists(st.sampled_from(_GLUE), min_size=8, max_size=8),
    ),
)
def test_names_are_found_as_the_regular_expression_found_them(corpus, question):
    texts = [_text(p, g) for p, g in corpus]
    q = _text(*question)
    assert Spelling(texts).correct(q) == RegexSpelling(texts).correct(q)


def test_names_found_as_before_on_many_generated_questions():
    names = synthetic_names(2000)
    texts = synthetic_texts(names)
    new, old = Spelling(texts), RegexSpelling(texts)
    questions = synthetic_questions(names, 400)
    # A name glued to a word on its left or right ("_", "ø" are word characters, "é" folds into
    # the word) is not a name there; "-" and "’" leave it one.
    for n, name in enumerate(names[:300]):
        glue = ["_", "ø", "é", "-", "’", "2"][n % 6]
        questions += [f"avec{glue}{name.lower()} ?", f"{name.lower()}{glue}x ?"]
    changed = [q for q in questions if new.correct(q) != q[:1].upper() + q[1:]]
    assert len(changed) > 200  # the table exercises the names, not only unchanged questions
    assert [new.correct(q) for q in questions] == [old.correct(q) for q in questions]


def test_building_folds_each_distinct_word_once(monkeypatch):
    """The table is rebuilt at every ingest: its cost follows the corpus's vocabulary, not its
    length (a corpus repeats its words)."""
    from assistant.reading import spelling
    from assistant.text import fold_lower

    folded: list[str] = []

    def counting(text: str) -> str:
        folded.append(text)
        return fold_lower(text)

    monkeypatch.setattr(spelling, "fold_lower", counting)
    sp = Spelling(CORPUS * 200)
    # once as a word of the prose, once as a word of the table: not once per occurrence
    assert max(Counter(folded).values()) <= 2
    assert sp.correct("Quelle part des collectivites ?") == "Quelle part des collectivités ?"
