"""The answer window (the best sentence widened to the neighbours that add to it) and the
focus of a question (what it asks about its subject, which the answer must speak of)."""

from __future__ import annotations

import pytest

from assistant.answer.asked import asked_terms
from assistant.answer.choice import select
from assistant.answer.extractive import candidates
from assistant.answer.focus import focus, holds, nouns
from assistant.answer.generators import ExtractiveGenerator
from assistant.answer.units import units
from assistant.answer.window import widen
from assistant.reading.query import Query
from assistant.settings import GenerationSettings
from assistant.text import analyze
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="note.pdf", title="Note de travail", kind="autre", date="2021")


def hit(text: str, n: int = 0, score: float = 1.0) -> Hit:
    return Hit(Chunk(f"c{n}", DOC, 2, "2", 0, len(text), text), score)


def window(question: str, text: str) -> list[str]:
    cands = candidates(Query(question), [hit(text)])
    return [c.text for c in widen(select(cands, 3)[0], cands, Query(question), {})]


@pytest.mark.parametrize(
    "question, text, expected",
    [
        # The amount and the sentence before it that says what it counts (the sum first: the
        # question asks for one, rule `money`).
        (
            "Combien d'argent le fonds de soutien aux clubs a-t-il reçu en 2020 ?",
            "Le fonds de soutien aux clubs sportifs a été créé en 2020 par la région. "
            "Doté de 2,5 millions d'euros, il finance trois appels à projets par an. "
            "La région publie chaque année la liste des clubs aidés.",
            ["Doté de 2,5 millions d'euros, il finance trois appels à projets par an.",
             "Le fonds de soutien aux clubs sportifs a été créé en 2020 par la région."],
        ),
        # The other half of a two-part question.
        (
            "Combien de communes adhèrent au réseau des villes cyclables, et qui le préside ?",
            "Le réseau des villes cyclables rassemble 412 communes adhérentes en 2023. "
            "Jeanne Martin, maire de Lunel, le préside depuis sa création en 2019. "
            "Le prochain congrès se tiendra à Nantes au printemps prochain.",
            ["Le réseau des villes cyclables rassemble 412 communes adhérentes en 2023.",
             "Jeanne Martin, maire de Lunel, le préside depuis sa création en 2019."],
        ),
        # The date of the second part: the first sentence's year answers the first part only
        # (the question gives 2019: the date that answers « quand » is the report's, first).
        (
            "Qui a confié au comité de quartier l'étude sur les jardins partagés en 2019, et quand "
            "leur rapport a-t-il été rendu ?",
            "En 2019, la maire adjointe Claire Dubois a confié au comité de quartier une étude sur "
            "les jardins partagés de la ville. Le rapport du comité a été remis le 7 mai 2020 au conseil "
            "municipal. Trois nouveaux jardins ont ouvert depuis dans le quartier nord.",
            ["Le rapport du comité a été remis le 7 mai 2020 au conseil municipal.",
             "En 2019, la maire adjointe Claire Dubois a confié au comité de quartier une étude "
             "sur les jardins partagés de la ville."],
        ),
        # … even one sentence further on.
        (
            "Qui a confié au comité de quartier l'étude sur les jardins partagés en 2019, et quand "
            "leur rapport a-t-il été rendu ?",
            "En 2019, la maire adjointe Claire Dubois a confié au comité de quartier une étude sur "
            "les jardins partagés de la ville. Le travail a abouti au printemps suivant. Le "
            "rapport du comité a été remis le 7 mai 2020 au conseil municipal.",
            ["En 2019, la maire adjointe Claire Dubois a confié au comité de quartier une étude "
             "sur les jardins partagés de la ville.",
             "Le rapport du comité a été remis le 7 mai 2020 au conseil municipal."],
        ),
        # … or when the sentence holding the second part's words leans on the first by a
        # pronoun (one unit, two sentences): the first one's year is still not the report's.
        (
            "Qui a confié au comité de quartier l'étude sur les jardins partagés, et quand "
            "le rapport a-t-il été remis ?",
            "En 2019, la maire adjointe Claire Dubois a confié au comité de quartier une étude sur "
            "les jardins partagés de la ville. Leur rapport a été remis au printemps suivant. "
            "C'était le 7 mai 2020, juste avant l'été.",
            ["En 2019, la maire adjointe Claire Dubois a confié au comité de quartier une étude "
             "sur les jardins partagés de la ville.\nLeur rapport a été remis au printemps suivant.",
             "C'était le 7 mai 2020, juste avant l'été."],
        ),
        # A slide: each half of the question on its own labelled row, rows between them.
        (
            "Quel est le budget global du projet Alpha et quel est son principal cofinanceur ?",
            "Projet Alpha\nBudget global : 1,6 M€\nDurée : 3 ans, de juin 2023 à juin 2026\n"
            "Bénéficiaires : 12 associations du quartier\n"
            "Principal cofinanceur : la Région Occitanie (800 000 €)\n",
            ["Budget global : 1,6 M€",
             "Principal cofinanceur : la Région Occitanie (800 000 €)"],
        ),
        # The sentence after a context sentence gives the amount it announces (read with it);
        # another sentence with a figure but little of the question loses to the pair.
        (
            "Combien de bénévoles le réseau de lecture a-t-il mobilisés depuis sa création ?",
            "L'association a ouvert douze antennes, dont 3 en Occitanie. "
            "Le nombre de bénévoles qu'il a mobilisés depuis sa création est considérable. "
            "On en compte plus de 3 000 depuis 2010.",
            ["Le nombre de bénévoles qu'il a mobilisés depuis sa création est considérable.\n"
             "On en compte plus de 3 000 depuis 2010."],
        ),
        # A « qui » question wants a name: the sentence after the one on the role gives it,
        # read with the role sentence as its context; the window adds that one.
        (
            "Qui assure la direction scientifique des travaux du comité ?",
            "La direction scientifique des travaux du comité a été confiée à une sociologue. "
            "Marie Dupont, chercheuse au laboratoire Lieux, assume cette fonction depuis 2021. "
            "Le comité se réunit deux fois par an.",
            ["Marie Dupont, chercheuse au laboratoire Lieux, assume cette fonction depuis 2021.",
             "La direction scientifique des travaux du comité a été confiée à une sociologue."],
        ),
        # The words an acronym stands for, not the sentences that only use it (rule `acronym`).
        (
            "c'est quoi un PGD ?",
            "Le guide recommande de rédiger un PGD dès le début du projet. "
            "Un Plan de Gestion de Données (PGD) décrit comment les données seront produites, "
            "documentées et conservées. Le PGD est mis à jour à chaque étape.",
            ["Un Plan de Gestion de Données (PGD) décrit comment les données seront produites, "
             "documentées et conservées."],
        ),
        # Three parts: who launched, to whom, when. Each person is another sentence's; the
        # date sits after the sentence that says what it dates.
        (
            "Qui a lancé la mission sur les jardins, à qui l'a-t-il confiée, et quand le rapport "
            "a-t-il été rendu ?",
            "En 2019, le ministre Paul Martin a lancé une mission sur les jardins partagés et l'a "
            "confiée à deux élus. Il s'agit de Claire Dubois et de Jean Petit. Le rapport de la "
            "mission a été remis au printemps suivant. La date retenue est le 7 mai 2020.",
            ["En 2019, le ministre Paul Martin a lancé une mission sur les jardins partagés et "
             "l'a confiée à deux élus.",
             "En 2019, le ministre Paul Martin a lancé une mission sur les jardins partagés et "
             "l'a confiée à deux élus.\nIl s'agit de Claire Dubois et de Jean Petit.",
             "La date retenue est le 7 mai 2020."],
        ),
        # A slide's item that gives one part of a two-part question is widened to the item
        # that gives the other (an item alone stays alone only when nothing is still asked).
        (
            "Quand le rapport Jardins est-il sorti, et en combien de groupes classait-il les "
            "villes ?",
            "Et avant le plan vélo : le rapport Jardins\n▸ Publié le 12 mars 2018\n"
            "▸ Dernier volet du programme Jardins\n▸ Il classait les villes en 4 groupes\n"
            "▸ Base du référentiel commun",
            ["Il classait les villes en 4 groupes",
             "Et avant le plan vélo : le rapport Jardins",
             "Publié le 12 mars 2018"],
        ),
        # The span a « sur quelle durée ? » part asks, a sentence further: it shares no word
        # with the question.
        (
            "Combien de quartiers participent au programme de compostage collectif, et sur "
            "quelle durée ?",
            "La métropole a lancé un programme de compostage collectif dans ses quartiers. "
            "Il réunit 14 quartiers volontaires. Les bacs sont fournis par la régie des déchets. "
            "Ces quartiers s'y engagent pour 24 mois. Un bilan sera présenté au conseil.",
            ["La métropole a lancé un programme de compostage collectif dans ses quartiers.\n"
             "Il réunit 14 quartiers volontaires.",
             "Les bacs sont fournis par la régie des déchets.\n"
             "Ces quartiers s'y engagent pour 24 mois."],
        ),
        # Of two neighbours that each name someone for a « qui » part, the one holding more of
        # the question's words (« a confié une mission »), not the next one for being after.
        (
            "Qui a confié la mission régionale sur l'économie circulaire, à qui, et quand le "
            "rapport a-t-il été remis ?",
            "— Parlons de la mission confiée par la région.\n"
            "Lors des Assises régionales de l'environnement de 2019, Hélène Garnier a confié une "
            "mission à Louis Perrin, conseiller, et à Marie Caron. Le rapport a été "
            "remis le 7 mai 2020 et un premier bilan a été dressé le 17 octobre 2020.\n"
            "— Cette mission a-t-elle eu une suite au conseil ?\n"
            "Oui. Louis Perrin a porté une délibération sur le « droit de l'économie circulaire "
            "régionale ». Le Bureau du Conseil régional l'a adoptée et elle a été publiée au "
            "recueil officiel. En parallèle, la région a adopté une feuille de route de 21 mesures.",
            ["Le rapport a été remis le 7 mai 2020 et un premier bilan a été dressé le 17 octobre "
             "2020.",
             "Lors des Assises régionales de l'environnement de 2019, Hélène Garnier a confié une "
             "mission à Louis Perrin, conseiller, et à Marie Caron.",
             "Louis Perrin a porté une délibération sur le « droit de l'économie circulaire "
             "régionale »."],
        ),
        # A sentence that answers alone stays alone.
        (
            "Combien de communes adhèrent au réseau des villes cyclables ?",
            "Le réseau des villes cyclables rassemble 412 communes adhérentes en 2023. "
            "Ses statuts ont été modifiés lors de l'assemblée générale de juin dernier. "
            "Le prochain congrès se tiendra à Nantes au printemps.",
            ["Le réseau des villes cyclables rassemble 412 communes adhérentes en 2023."],
        ),
    ],
)  # fmt: skip
def test_the_window_adds_what_the_question_still_asks(question, text, expected):
    assert window(question, text) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Qui est le trésorier de l'association Le RAMEAU ?", "tresori"),
        ("Quelle note les Français donnent-ils au logement dans PHARE-Citoyens ?", "log"),
        ("Quel est le montant de la dotation de la Fondation des Territoires ?", "dotat"),
        # Verbs are not what is asked; nor adverbial phrases, nor « personnes ».
        ("Combien de personnes ont répondu au baromètre ?", "barometr"),
        ("Qui dirige Le RAMEAU au quotidien ?", ""),
        ("Les Français estiment-ils qu'il existe un devoir ?", "devoir"),
        # A number says how many items the answer lists, not what is asked (data/focus.toml).
        ("Quelles sont les trois missions du RAMEAU ?", "mission"),
        # A hyphenated word is looked for by its parts (« pré audit » on the page).
        ("À quelles dates se déroule le pré-audit du projet ?", "audit"),
        # « dans la vie », « à la fin » are adverbial phrases.
        ("Marie Sigrist, elle fait quoi dans la vie ?", ""),
        # A noun the question glosses with a name in brackets is that name, which a page may
        # write alone (« le MESRI (91 % de défiance) »): it is no focus.
        ("Quelle part dit ne pas faire confiance au ministère (MESRI) ?", ""),
        ("Quelle part dit ne pas faire confiance au ministère ?", "minister"),
    ],
)
def test_the_focus_is_the_rarest_noun_of_what_is_asked(question, expected):
    # Rare words weigh most; the others (Français, association, note…) are common here.
    idf = {"tresori": 5.0, "log": 5.0, "dotat": 5.0, "barometr": 4.0, "devoir": 3.0, "": 0.5}
    idf |= {"troi": 6.0, "mission": 4.0, "preaud": 6.0, "audit": 4.0, "vi": 4.0}
    idf |= {"minister": 4.0}
    assert focus(question, asked_terms(Query(question)), idf) in ({expected} if expected else {""})


def test_nouns_follow_determiners():
    assert nouns("Les maires ont-ils l'impression que leur commune bouge ?") == set(
        analyze("maires impression commune")
    )


@pytest.mark.parametrize(
    "term, words, held",
    [
        ("tresori", "le président-fondateur est Charles", False),
        ("boss", "le RAMEAU est présidé par son fondateur", True),  # data/focus.toml groups
        ("sondag", "Terrain : du 30 septembre au 28 octobre 2024", True),
        ("sit", "les ressources sont sur la plateforme du réseau", True),
        ("log", "le logement obtient 6,1 sur 10", True),
        ("", "rien", True),
    ],
)
def test_an_answer_holds_its_focus_by_word_or_by_a_word_of_the_same_meaning(term, words, held):
    assert holds(term, analyze(words)) is held


NEAR_MISS = hit(
    "L'association a été fondée en 2006 à Lyon par un groupe de parents d'élèves. "
    "Son président-fondateur, Paul Girard, est un ancien instituteur de la Croix-Rousse. "
    "Elle réunit des familles, des enseignants et des commerçants autour de la lecture."
)


@pytest.mark.parametrize("focus_on, refused", [(True, True), (False, False)])
def test_a_near_miss_is_refused_when_nothing_speaks_of_the_focus(focus_on, refused):
    # the focus rule alone: `role_named` refuses this near miss too (tests/test_role_named.py)
    gen = ExtractiveGenerator(GenerationSettings(focus=focus_on, role_named=False))
    gen.idf = {"associ": 1.0, "tresori": 1.2, "": 4.0}  # a corpus about associations
    question = "Qui est le trésorier de l'association ?"
    signals = gen.assess(Query(question), [NEAR_MISS])
    assert signals["focus"] == ("tresori" if focus_on else "")
    assert signals["focus_held"] is (not focus_on)
    assert gen.refuses(signals) is refused
    answered = gen.assess(Query("Qui est le président de l'association ?"), [NEAR_MISS])
    assert answered["focus_held"] is True and not gen.refuses(answered)


def test_a_line_printed_in_many_documents_is_never_an_answer(tmp_path):
    """A cover line, a disclaimer or a site banner repeated across documents is boilerplate."""
    from small_corpus import COVER, write_small_corpus

    from assistant.assistant import Assistant
    from assistant.search.index import banner_key
    from assistant.settings import Settings

    s = Settings(
        corpus_dir=write_small_corpus(tmp_path / "corpus"),
        index_dir=tmp_path / "index",
        data_dir=tmp_path / "data",
        embedding={"model": "hashing"},
    )
    bot = Assistant.from_settings(s)
    assert banner_key(COVER) in bot.index.banners
    hits = [hit(COVER + "\nLe réseau rassemble 412 communes adhérentes en 2023.")]
    plain = [c.text for c in candidates(Query("Qui a rédigé ce document de démonstration ?"), hits)]
    assert COVER in plain  # without the corpus's banners it would be a candidate
    cands = candidates(
        Query("Qui a rédigé ce document de démonstration ?"), hits, banners=bot.index.banners
    )
    assert COVER not in [c.text for c in cands]
    answer = bot.ask("Qui a rédigé ce document de démonstration pour les tests ?")
    assert COVER not in answer.text


def test_a_hyphenated_name_is_present_when_its_parts_are():
    from assistant.answer.asked import name_terms

    asked = name_terms("Dans PHARE-Citoyens, quelle note sur 10 les Français donnent-ils ?")
    assert asked == set(analyze("PHARE Citoyens"))
    table = (
        "Tableau 1 — Importance des enjeux (note moyenne sur 10)\nEnjeu\nNote sur 10\n"
        "Emploi\n7,1\nPouvoir d'achat\n6,6\nSécurité\n6,6\n"
    )
    note = DocInfo(source="n.pdf", title="Note phare citoyens", kind="autre", date="2015")
    cells = [Hit(Chunk("c", note, 2, "2", 0, len(table), table), 1.0)]
    question = "Dans PHARE-Citoyens, quelle note sur 10 les Français donnent-ils à l'emploi ?"
    best = max(candidates(Query(question), cells), key=lambda c: c.support)
    assert "Emploi 7,1" in best.text
    assert best.support > 0.3  # the title holds the name: no penalty for its absence


def test_how_many_items_a_question_announces_is_not_what_it_asks():
    """« les trois missions du RAMEAU » is answered by a page listing them without « trois »."""
    asked = asked_terms(Query("Quelles sont les trois missions du RAMEAU ?"))
    assert "mission" in asked and "troi" not in asked


def test_the_kind_of_answer_wanted_is_not_what_the_question_asks_about_its_subject():
    """« à quelle date … le RAMEAU a-t-il été créé ? » is answered by « créé le 14 juin 2022 »."""
    asked = asked_terms(Query("À quelle date la Fondation des Territoires a-t-elle été créée ?"))
    assert "dat" not in asked and "cre" in asked
    assert "budget" in asked_terms(Query("Quel est le budget annuel du RAMEAU ?"))


@pytest.mark.parametrize(
    "rule, question, text, chosen",
    [
        (
            "acronym",
            "c'est quoi un PGD ?",
            "Le guide recommande de rédiger un PGD dès le début du projet. "
            "Un Plan de Gestion de Données (PGD) décrit comment les données seront produites, "
            "documentées et conservées. Le PGD est mis à jour à chaque étape.",
            "Un Plan de Gestion de Données (PGD) décrit comment les données seront produites, "
            "documentées et conservées.",
        ),
    ],
)
def test_each_choice_rule_is_what_makes_its_choice(rule, question, text, chosen):
    """Switched off, the rule's sentence loses to another: the rule does the work."""
    on = candidates(Query(question), [hit(text)])
    off = candidates(Query(question), [hit(text)], rules=GenerationSettings(**{rule: False}))
    assert on[0].text == chosen and rule in on[0].rules
    assert off[0].text != chosen


def test_the_focus_held_by_the_quoted_sentence_counts_whatever_its_passage_rank():
    """The answer quotes a sentence of the 7th passage that holds the focus: the refusal rule
    `focus` does not say that nothing speaks of it."""
    gen = ExtractiveGenerator(GenerationSettings())
    gen.idf = {"reseau": 1.0, "demarch": 3.0, "": 4.0}
    others = [
        hit(f"Le réseau régional numéro {n} organise des rencontres entre ses membres.", n, 1.0)
        for n in range(6)
    ]
    answer = hit("Dès 2010, la démarche du réseau a été lancée dans trois régions.", 6, 0.9)
    signals = gen.assess(
        Query("Et la démarche du réseau, elle a démarré en quelle année ?"), [*others, answer]
    )
    assert signals["focus"] == "demarch"
    assert signals["focus_held"] is True and "focus" not in signals["rules"]


def test_a_name_written_in_capitals_is_not_held_by_the_common_word():
    """« le programme IMPACT » is not named by « l'impact du programme » (rule `absent_name`)."""
    question = Query("Quels organismes sont associés au programme IMPACT ?")
    common = hit(
        "Les salariés ont jugé l'impact du programme de formation sur leur motivation, "
        "selon un organisme tiers associé à l'enquête.",
        0,
        1.0,
    )
    named = hit("Le programme IMPACT réunit la Caisse des Dépôts et la Fondation Alpha.", 1, 0.9)
    assert candidates(question, [common, named])[0].hit_index == 1
    off = GenerationSettings(absent_name=False)
    assert candidates(question, [common, named], rules=off)[0].hit_index == 0


@pytest.mark.parametrize(
    "after, joined",
    [
        ("On en compte plus de 3 000 depuis 2010.", True),  # goes on from it
        ("L'antenne de Lyon en réunit 300 à elle seule.", False),  # a subject of its own
    ],
)
def test_only_a_sentence_going_on_from_the_one_before_is_read_with_it(after, joined):
    first = "Le nombre de bénévoles que le réseau de lecture a mobilisés est considérable."
    found = [u.text for u in units(f"{first} {after}")]
    assert found == ([first, f"{first}\n{after}"] if joined else [first, after])
    if joined:  # the pair, which gives the figure, is the answer
        question = Query("Combien de bénévoles le réseau de lecture a-t-il mobilisés ?")
        assert candidates(question, [hit(f"{first} {after}")])[0].text == f"{first}\n{after}"


@pytest.mark.parametrize(
    "text, fits",
    [
        ("Entretiens par téléphone du 30 sept. au 28 oct.", True),  # shortened months
        ("La première session s'est tenue le 3 mai.", True),
        ("La sept. réunion du comité", False),  # no day before it: no date
    ],
)
def test_a_when_question_takes_dates_with_shortened_months(text, fits):
    from assistant.answer.kinds import answer_kind_fits

    assert answer_kind_fits("when", text) is fits


def test_the_window_reaches_over_a_gap_between_units():
    # A banner line skipped, or a sibling passage of the page, leaves a gap in the positions of
    # the units: the window goes on past it instead of failing on the missing position.
    question = (
        "Qui a confié l'étude sur les jardins partagés, et quand le rapport a-t-il été rendu ?"
    )
    text = (
        "En 2019, la maire adjointe Claire Dubois a confié une étude sur les jardins partagés. "
        "Le comité de quartier a consulté les habitants pendant six mois. "
        "Le rapport du comité a été remis le 7 mai 2020 au conseil municipal. "
        "Trois nouveaux jardins partagés ont ouvert depuis dans le quartier nord."
    )
    cands = [c for c in candidates(Query(question), [hit(text)]) if c.position != 1]
    best = next(c for c in cands if c.position == 0)
    chosen = [c.text for c in widen(best, cands, Query(question), {})]
    assert chosen[:2] == [
        "En 2019, la maire adjointe Claire Dubois a confié une étude sur les jardins partagés.",
        "Le rapport du comité a été remis le 7 mai 2020 au conseil municipal.",
    ]


def test_a_list_announced_after_a_pronoun_led_sentence_is_quoted_whole_and_once():
    text = (
        "Dans la foulée, en 2010, l'association lance la démarche « Agir ensemble ».\n"
        "Elle a d'abord été éprouvée dans trois territoires pilotes, chacun accompagné par un "
        "partenaire local :\n"
        "• l'Alsace, avec Alsace Active ;\n"
        "• le Poitou-Charentes, avec le Groupe La Poste ;\n"
        "• Paris-Est Marne & Bois.\n"
        "Quatre ans de préfiguration ont suivi, de juillet 2018 à mai 2022."
    )
    query = Query("Quels territoires ont servi de pilotes à la démarche « Agir ensemble » ?")
    answer = "".join(ExtractiveGenerator().generate(query, [hit(text)]))
    assert "Paris-Est Marne & Bois" in answer and "Poitou-Charentes" in answer
    assert answer.count("Elle a d'abord été éprouvée") == 1


def test_a_table_announced_by_a_colon_is_quoted_with_its_rows_though_sentences_come_between():
    """A table's rows are read after the passage's sentences: the sentence announcing the table
    must not be quoted bare, ending on its colon, for a question that is not a list question."""
    text = (
        "Le réseau compte quatre antennes, ouvertes entre 2012 et 2019 :\n"
        "Antenne\nOuverture\nLille\nmars 2012\nLyon\njuin 2014\nNantes\n2017\n"
        "Marseille\nautomne 2019\n"
        "La dernière antenne couvre tout le littoral.\nElle accueille les porteurs de projets du sud."
    )
    query = Query("Quand les quatre antennes du réseau ont-elles ouvert ?")
    answer = "".join(ExtractiveGenerator().generate(query, [hit(text)]))
    assert "2019 : [1]" not in answer
    assert "Lille — Ouverture : mars 2012" in answer and "Marseille" in answer


def test_no_sentence_is_quoted_twice_and_a_shared_lead_is_said_once():
    from assistant.answer.candidate import Candidate
    from assistant.answer.compose import quote

    lead = "Les partenaires les plus fréquents sont les suivants (part des associations) :"
    chosen = [
        Candidate(
            0,
            "La Charte est le fruit d'un travail collectif.\nSa rédaction a duré 3 mois.",
            1.0,
            frozenset(),
        ),
        Candidate(
            0,
            "Sa rédaction a duré 3 mois.\nSon lancement a eu lieu le 30 novembre 2021.",
            0.9,
            frozenset(),
            position=1,
        ),
        Candidate(1, f"{lead} les collectivités : 89 %", 0.8, frozenset()),
        Candidate(1, f"{lead} les écoles : 70 %", 0.7, frozenset(), position=3),
    ]
    text = "".join(quote(chosen, [hit("x"), hit("y", 1)]))
    assert text.count("Sa rédaction a duré 3 mois") == 1
    assert "30 novembre 2021 [1]" in text
    assert text.count("Les partenaires les plus fréquents") == 1
    assert "les collectivités : 89 % ; les écoles : 70 % [2]." in text


def test_the_sentence_the_answer_opens_with_is_not_quoted_again():
    """The first sentence gets the publication before it; a later unit that carries the same
    sentence as the subject of its own (« GoodPlanet … \nCe projet … ») must not repeat it."""
    from assistant.answer.candidate import Candidate
    from assistant.answer.compose import quote

    first = "Ce projet devrait éviter 50 000 t de CO2 par an."
    chosen = [
        Candidate(0, f"{first}\nIl repose sur 8 400 biodigesteurs.", 1.0, frozenset(), position=2),
        Candidate(
            0, f"GoodPlanet porte le programme sur 10 ans.\n{first}", 0.9, frozenset(), position=1
        ),
    ]
    text = "".join(quote(chosen, [hit("x")]))
    assert text.count("50 000 t de CO2") == 1, text
    assert text.startswith("D'après") and "8 400 biodigesteurs [1]" in text
    assert "GoodPlanet porte le programme sur 10 ans [1]." in text
    # a unit already quoted inside a longer one (the lead that announces it) is not repeated
    item = "26 novembre : publication du 11e rapport régional."
    chosen = [
        Candidate(0, f"Le calendrier est le suivant : {item}", 1.0, frozenset(), position=1),
        Candidate(0, item, 0.9, frozenset(), position=2),
    ]
    assert "".join(quote(chosen, [hit("x")])).count("11e rapport") == 1
    # a unit read from a slide that opens with a space is quoted without it
    chosen = [
        Candidate(0, "Terrain : mars 2024.", 1.0, frozenset()),
        Candidate(0, " Échantillon : 302 maires.", 0.9, frozenset(), position=1),
    ]
    assert "[1]. Échantillon" in "".join(quote(chosen, [hit("x")]))
    # the opening goes to the first sentence said, whatever line it stands on
    chosen = [Candidate(0, "\nIl repose sur 8 400 biodigesteurs.", 1.0, frozenset())]
    assert "".join(quote(chosen, [hit("x")])).startswith("D'après")
    # an item quoted already with its list is not said again
    lead = "Le programme est porté par deux partenaires :"
    chosen = [
        Candidate(0, f"{lead} la Fondation Alpha ; la Poste.", 1.0, frozenset(), position=1),
        Candidate(0, f"{lead} la Poste", 0.9, frozenset(), position=3, own="la Poste"),
    ]
    assert "".join(quote(chosen, [hit("x")])).count("la Poste") == 1


def test_the_cover_of_the_question_is_the_same_whatever_the_hash_seed():
    """A float sum over a set follows the set's order, which changes with each process's string
    hashing: two near-equal covers then swapped from run to run and so did the answers."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "from assistant.answer.candidate import weighted_cover\n"
        "terms = frozenset(f'mot{i}' for i in range(12))\n"
        "idf = {f'mot{i}': 0.1 * (i + 1) + 1 / 3 for i in range(12)}\n"
        "print(repr(weighted_cover(terms, frozenset(f'mot{i}' for i in range(0, 12, 2)), idf)))\n"
    )
    root = str(Path(__file__).resolve().parents[1])
    covers = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": root, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(8)
    }
    assert len(covers) == 1


def test_a_part_asking_for_a_share_is_given_by_a_share_not_by_a_count():
    """« Combien …, et quelle part … ? »: the second part wants a share; a count in a sentence
    with its words (« 3 de ses ateliers ») does not give it, so the window goes on to it."""
    from assistant.answer.lacking import lacking

    text = (
        "En 2021, le réseau a collecté 640 tonnes de textiles dans ses 12 ateliers.\n"
        "Le réemploi des textiles collectés mobilise 3 de ses ateliers.\n"
        "Au final, 62 % des textiles collectés ont été réemployés, un record."
    )
    query = Query(
        "Combien de tonnes de textiles le réseau a-t-il collectées en 2021, et quelle part a "
        "été réemployée ?"
    )
    cands = sorted(candidates(query, [hit(text)]), key=lambda c: c.position)
    missing = lacking(query, cands[:2])
    assert [p.share for p in missing] == [True]
    assert not lacking(query, cands)


def test_a_runner_up_that_only_repeats_the_window_gives_its_place_to_the_next():
    """One fact printed by several publications is quoted once; the next runner-up, which says
    something new, takes the place (rule `no_repeat`)."""
    hits = [
        hit(
            "Co-créé en 2020 par deux fondations du Nord, le Fonds soutient l'ingénierie "
            "d'alliance de projets multipartites ; il bénéficie d'une dotation de 1,5 M€ pour "
            "une expérimentation sur trois ans.",
            0,
        ),
        hit("Le Fonds bénéficie d'une dotation de 1,5 M€ pour une expérimentation.", 1, 0.95),
        hit("La dotation du Fonds a permis 40 projets d'expérimentation.", 2, 0.9),
    ]
    query = Query("Quelle dotation le Fonds a-t-il reçue pour son expérimentation ?")
    on = "".join(ExtractiveGenerator().generate(query, hits))
    off = "".join(ExtractiveGenerator(GenerationSettings(no_repeat=False)).generate(query, hits))
    assert on.count("1,5 M€") == 1 and "40 projets" in on, on
    assert off.count("1,5 M€") == 2, off


def test_a_runner_up_announcing_a_list_is_quoted_with_its_items():
    """A sentence ending on its colon is never quoted bare when it is not the best one either:
    its items follow it (rule `list`); an item of the list quoted is not said again; in a
    question that asks no list, an item stays alone; a list that does not fit stays out."""
    from assistant.answer.candidate import Candidate
    from assistant.answer.lists import whole_lists

    lead = "Trois territoires pilotes l'ont expérimentée :"
    items = ["l'Alsace, avec Alsace Active", "le Poitou-Charentes", "Paris-Est Marne & Bois"]
    cands = [Candidate(0, lead, 0.8, frozenset({"territoir"}), position=1)] + [
        Candidate(0, f"{lead} {item}", 0.7, frozenset({"territoir"}), position=2 + i, own=item)
        for i, item in enumerate(items)
    ]
    bare, second = cands[0], cands[2]
    out = whole_lists([bare, second], cands, True, {"territoir"}, 10)
    assert [u.text for u in out] == [f"{lead} {' ; '.join(items)}."]
    assert whole_lists([bare], cands, False, set(), 10)[0].text.endswith("Marne & Bois.")
    assert whole_lists([second], cands, False, set(), 10) == [second]  # no list asked
    assert whole_lists([bare], cands, True, set(), 85) == [bare]  # 90 words in all
    # an item before its lead: the list is quoted once, in the item's place
    assert [u.text for u in whole_lists([second, bare], cands, True, set(), 10)] == [
        f"{lead} {' ; '.join(items)}."
    ]
    shown = whole_lists([second, bare], cands, False, set(), 10)
    assert [u.text for u in shown] == [f"{lead} {' ; '.join(items)}."]


@pytest.mark.parametrize(
    "question, several",
    [
        ("Quels partenaires portent le programme ?", True),
        ("Qui sont les membres fondateurs de la coopérative ?", True),
        ("Quels territoires ont servi de pilotes ?", True),
        ("Qui préside la fondation ?", False),
        ("Qui a confié la mission ?", False),
    ],
)
def test_a_who_question_asked_in_the_plural_wants_the_whole_list(question, several):
    """« Quels partenaires portent … ? » reads as a « qui » question; asked in the plural it
    wants every item of the list that answers it, not the first one."""
    assert Query(question).several is several
    lead = "Le programme est porté par cinq partenaires :"
    items = ["la Caisse des Dépôts", "l'Institut CDC", "le Groupe La Poste", "la Fondation Alpha"]
    text = lead + "\n" + "\n".join(f"• {item} ;" for item in items)
    answer = "".join(ExtractiveGenerator().generate(Query(question), [hit(text)]))
    if several and "partenaires" in question:
        assert all(item in answer for item in items), answer
