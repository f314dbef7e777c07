"""Follow-ups: rewritten from the previous question, and answered on what they add."""

import pytest

from assistant.answer.extractive import candidates
from assistant.reading.pronouns import points_back
from assistant.reading.query import read
from assistant.reading.question import is_followup, resolve, rewrite_followup
from assistant.types import Chunk, DocInfo, Hit

TODAY = "Aujourd'hui, combien de Français pensent qu'il y a un devoir d'alliance ?"
IN_2008 = "En 2008, combien de Français trouvaient urgent de créer des partenariats ?"


@pytest.mark.parametrize(
    "previous, followup, rewritten",
    [
        # Only an actor: it takes the previous actor's place.
        (TODAY, "et pour les maires ?", "Aujourd'hui, combien de maires pensent qu'il y a un devoir d'alliance ?"),
        (TODAY, "Et chez les patrons ?", "Aujourd'hui, combien de dirigeants d'entreprises pensent qu'il y a un devoir d'alliance ?"),
        # A year: asked with the previous question, whose sentences often compare the years.
        (IN_2008, "Et en 2012 ?", "En 2008, combien de Français trouvaient urgent de créer des partenariats — en 2012 ?"),
        # More than an actor or a year: asked with the previous question as context.
        (
            "Quelle part des entreprises ont des partenariats avec des associations ?",
            "et les boîtes qui veulent pas du tout en faire, elles sont combien ?",
            "Quelle part des entreprises ont des partenariats avec des associations — les entreprises "
            "qui veulent pas du tout en faire, elles sont combien ?",
        ),
        (
            "En 2016, quelle part des entreprises avaient des partenariats ?",
            "Et parmi les associations employeuses, combien étaient engagées avec des entreprises ?",
            "En 2016, quelle part des entreprises avaient des partenariats — parmi les associations "
            "employeuses, combien étaient engagées avec des entreprises ?",
        ),
        # "…" is folded into three dots: the actor is still cut at the right place.
        ("Alors… que pensent les maires des partenariats ?", "et les entreprises ?", "Alors… que pensent les entreprises des partenariats ?"),
        # A question whose subject is a pronoun speaks of the previous question's subject.
        ("Parle-moi de la Fondation des Territoires", "elle a été créée quand ?", "Parle-moi de la Fondation des Territoires — elle a été créée quand ?"),
        ("Qu'est-ce que le programme IMPACT ?", "Il couvre quelle période ?", "Qu'est-ce que le programme IMPACT — Il couvre quelle période ?"),
        ("Qu'est-ce que le Fonds ODD 17 ?", "ça finance quoi ?", "Qu'est-ce que le Fonds ODD 17 — ça finance quoi ?"),
        # « il y a », « il faut » have no subject to carry over.
        (TODAY, "Il y a combien de fondations abritées en France ?", "Il y a combien de fondations abritées en France ?"),
        # Not a follow-up.
        (TODAY, "Quand la Fondation des Territoires a-t-elle été créée ?", "Quand la Fondation des Territoires a-t-elle été créée ?"),
    ],
)  # fmt: skip
def test_rewrite(previous, followup, rewritten):
    assert resolve(followup, [previous]).text == rewritten


def test_chains_of_followups():
    assert resolve("Et chez les patrons ?", [TODAY, "et pour les maires ?"]) == rewrite_followup(
        "Et chez les dirigeants d'entreprises ?", [TODAY]
    )


def test_the_followup_part_is_what_is_asked():
    """ "… entreprises d'au moins 10 salariés — parmi les associations employeuses, combien … ?"
    answers about the associations, not the previous question again."""
    doc = DocInfo(source="f.pdf", title="Le devoir d'alliance", kind="fiche", date="2016-12")
    texts = [
        "En 2016, 37 % des entreprises d'au moins 10 salariés avaient des partenariats avec des "
        "structures d'intérêt général.",
        "Du côté des associations employeuses, 53 % étaient engagées avec des entreprises.",
    ]
    hits = [
        Hit(Chunk(f"c{n}", doc, 3, "3", 0, len(t), t), score)
        for n, (t, score) in enumerate(zip(texts, (1.0, 0.6), strict=True))
    ]
    query = read(
        "Et parmi les associations employeuses, combien étaient engagées avec des entreprises ?",
        ["En 2016, quelle part des entreprises d'au moins 10 salariés avaient des partenariats ?"],
    )
    assert query.context and query.asked.startswith("parmi les associations")
    assert "53 %" in candidates(query, hits)[0].text


@pytest.mark.parametrize(
    "question, follows",
    [
        ("comment et quand ils ont ete interroges ?", True),
        ("quand elle a été créée ?", True),
        ("combien ils sont ?", True),
        # Impersonal « il », or a subject of its own: a question of its own.
        ("combien il existe de fondations ?", False),
        ("pourquoi il y a des partenariats ?", False),
        ("Quand a été créé le RAMEAU ?", False),
    ],
)
def test_a_pronoun_subject_after_the_question_words_follows_up(question, follows):
    assert is_followup(question) is follows


def test_combien_de_temps_counts_no_temps():
    """« combien de temps » asks for a duration: « 17 % : Temps partiel » is no count of it."""
    from assistant.answer.counting import counts
    from assistant.answer.kinds import counted_noun

    assert counted_noun("et il dure combien de temps ?") == ""
    assert counted_noun("combien de profils ?") == "profil"
    assert counts("Cinq profils de maires", counted_noun("combien de profils ?"))


def test_a_share_of_what_is_counted_is_no_count_of_it():
    """« combien de maires » asks how many: « 92 % des maires » gives a share of them."""
    from assistant.answer.counting import counts
    from assistant.answer.kinds import counted_noun

    stem = counted_noun("Combien de maires ont répondu à l'enquête ?")
    assert counts("302 maires ont été interrogés par téléphone.", stem)
    assert not counts("92 % des maires jugent la co-construction utile.", stem)
    assert not counts("Pour 91 pour cent des maires, le territoire bouge.", stem)


@pytest.mark.parametrize(
    "question, points",
    [
        # The subject is a pronoun right after the question words.
        ("Quand ont-ils rendu leur rapport ?", True),
        ("Sur quelle période et de quelle façon ont-ils été interrogés ?", True),
        ("Combien de co-fondateurs réunit-elle ?", True),
        # The object is a pronoun, or « en ».
        ("Qui l'a lancé, et en quelle année ?", True),
        ("qui la préside ?", True),
        ("Qui en est le principal cofinanceur, et pour quel montant ?", True),
        # The first thing named is pointed at.
        ("Ces données sont actualisées tous les combien ?", True),
        ("Quel pourcentage de ces associations a au moins un partenaire ?", True),
        # The first thing named is owned by what the conversation spoke of.
        ("Combien de temps a pris son écriture ?", True),
        ("Qui a piloté sa co-construction, et pendant combien de temps ?", True),
        ("À quelle date leur rapport a-t-il été remis ?", True),
        ("Combien de temps a duré sa co-construction ?", True),
        ("Quel est son budget ?", True),
        # « c'est / c'était » and a question word ending the clause: the subject is what was
        # spoken of.
        ("c'était quand ?", True),
        ("c est dans quels pays et ça dure combien de temps ?", True),
        ("c'était où exactement, et qui avait piloté l'écriture ?", True),
        # A name or a year of its own, an impersonal verb, a noun subject, a pointer that
        # points inside the question: a question of its own.
        ("Quel montant EDF a-t-il versé à la LPO ?", False),
        ("Quand ont-ils publié l'étude de 2016 ?", False),
        ("Combien de temps a-t-il fallu pour écrire la charte ?", False),
        ("combien y a-t-il de cibles ?", False),
        ("Quand le programme a-t-il démarré ?", False),
        ("c'est qui la présidente de la fondation ?", False),
        ("C'est quoi un catalyseur territorial ?", False),
        # « c'est quand la date limite ? »: it asks about what it names next.
        ("c'est quand la date limite de candidature ?", False),
        ("c'est combien le smic horaire ?", False),
        ("c'était quand le terrain ?", False),
        # A possessive owned by the question's own subject, a quantifier or anyone (after an
        # infinitive).
        ("Combien d'associations ont vu leur budget baisser ?", False),
        ("Combien de maires jugent leur territoire engagé ?", False),
        ("Quel est le rôle des fondations dans leur territoire ?", False),
        ("Quels maires jugent leur territoire engagé ?", False),
        ("Quelle association a vu son budget baisser ?", False),
        ("Pourquoi certaines communes perdent-elles leurs commerces ?", False),
        ("Comment chaque commune finance-t-elle ses écoles ?", False),
        ("Comment financer sa rénovation énergétique ?", False),
        ("Quand doit-on déclarer ses revenus ?", False),
        ("Qui peut demander son inscription ?", False),
        ("Qui a fait sa thèse sur le bénévolat ?", False),
        ("Combien de Français trouvaient urgent de coopérer, et ce chiffre a-t-il bougé ?", False),
    ],
)
def test_a_question_pointing_back_is_a_followup(question, points):
    assert points_back(question) is points
    assert is_followup(question) is points
    assert not is_followup(question, pronouns=False)


def test_a_question_pointing_back_is_read_after_the_previous_one(tmp_path):
    """Rule `pronoun_followup`, end to end: « Combien de co-fondateurs réunit-elle ? » after a
    question on the foundation is understood with it, answered from its bulletin and records
    the rule; switched off, the question is read alone."""
    from small_corpus import write_small_corpus
    from test_rules import without

    from assistant.assistant import Assistant
    from assistant.settings import Settings

    settings = Settings(
        corpus_dir=write_small_corpus(tmp_path / "corpus"),
        index_dir=tmp_path / "index",
        data_dir=tmp_path / "data",
        embedding={"model": "hashing"},
    )
    history = ["Quand la Fondation des Territoires a-t-elle été créée ?"]
    question = "Combien de co-fondateurs réunit-elle ?"
    on = Assistant.from_settings(settings).ask(question, history=history).to_dict()
    assert "Fondation des Territoires" in on["retrieval"]["understood"]
    assert "pronoun_followup" in on["retrieval"]["rules"]
    assert "21" in on["answer"] and on["citations"][0]["source"] == "bulletin-2022.pdf"
    off = Assistant.from_settings(without(settings, "pronoun_followup"))
    record = off.ask(question, history=history).to_dict()
    assert record["retrieval"]["understood"] == question
    assert "pronoun_followup" not in (record["retrieval"]["rules"] or ())


@pytest.mark.parametrize(
    "previous, followup, kind",
    [
        # The follow-up's own question word says what it asks.
        ("Quand la Fondation des Territoires a-t-elle été créée ?", "et qui la préside ?", "who"),
        (
            "Combien de maires ont répondu ?",
            "Et à quelles dates le sondage a-t-il été fait ?",
            "when",
        ),
        ("Combien de maires ont répondu ?", "et le terrain c t quand ?", "when"),
        # None of its own, or a relative « qui »: what the question before asked.
        ("Quand la Fondation des Territoires a-t-elle été créée ?", "Et en 2012 ?", "when"),
        (
            "Quelle part des entreprises développent des partenariats ?",
            "Et la part de celles qui ne souhaitent pas en développer ?",
            "figure",
        ),
    ],
)
def test_a_followup_asks_what_its_own_question_word_asks(previous, followup, kind):
    assert read(followup, [previous]).kind == kind


@pytest.mark.parametrize(
    "question",
    [
        "Et le questionnaire est resté ouvert sur quelle période ?",
        "Sur quelle période et de quelle façon ont-ils été interrogés ?",
        "À quel moment la charte a-t-elle été signée ?",
        "En quel mois le rapport est-il paru ?",
        "Et il a vraiment commencé quel jour ?",  # session 41 (blind86)
    ],
)
def test_a_period_or_a_moment_asks_when(question):
    """« sur quelle période » asks when: a follow-up asking it is not read with the figure
    question before it (« Combien de personnes ont répondu ? »)."""
    from assistant.reading.question import question_type

    assert question_type(question) == "when"
    query = read(question, ["Combien de personnes ont répondu au baromètre ?"])
    assert query.kind == "when"
