"""Near misses: what a question pins down (names, years) must be in the passage that answers it,
and a figure question wants an amount, not a year or a footnote call."""

from __future__ import annotations

import pytest

from assistant.answer.counting import quantity
from assistant.answer.extractive import candidates
from assistant.answer.kinds import answer_kind_fits
from assistant.reading import constraints
from assistant.reading.query import Query
from assistant.types import Chunk, DocInfo, Hit


@pytest.mark.parametrize(
    "question, names",
    [
        ("Quel est le montant de la dotation de la Fondation des Territoires ?", ["fondation des territoires"]),
        ("Combien la Fondation TotalEnergies a-t-elle versé au Fonds ODD 17 ?", ["fondation totalenergies", "fonds odd 17"]),
        ("L'ODD 17, ça porte sur quoi ?", ["odd 17"]),
        ("Combien de dirigeants de TPE et PME jugent utile de jouer collectif ?", ["tpe", "pme"]),
        ("Quelle part des Allemands est favorable aux alliances ?", ["allemands"]),
        # an acronym written with dots is one word, as a page writing it either way reads it
        ("Que veut dire M.E.D.O.C. ?", ["medoc"]),
        ("FNAF, ça veut dire quoi ?", ["fnaf"]),
        # A year after a name is the year asked, not part of the name.
        ("IMPACT – Associations & Territoires 2021 : quel pourcentage ?", ["impact associations territoires"]),
        # Sentence-start capitals, question words and France name nothing.
        ("Depuis quand existe la démarche ?", []),
        ("Aujourd'hui, combien de Français pensent qu'il y a un devoir d'alliance ?", []),
        ("Qu'est-ce qu'une fondation abritée ?", []),
        ("Quand la Charte du faire alliance a-t-elle été lancée ?", ["charte"]),
        # Every sentence's first capital only starts it; a question in capitals names nothing.
        ("Bonjour ! Pouvez-vous me dire le budget annuel du RAMEAU ?", ["rameau"]),
        ("Merci. Aujourd'hui, quel est le budget ?", []),
        ("« Quel est le budget du RAMEAU ? »", ["rameau"]),
        ("QUEL EST LE BUDGET ANNUEL DU RAMEAU ?", []),
        ("Qui dirige Le RAMEAU ?", ["rameau"]),  # short: its capitals are not Title Case
        ("Quel Est Le Budget Annuel Du Rameau ?", []),
        # France alone names nothing; inside a name it does.
        ("Que fait la Fondation de France ?", ["fondation de france"]),
        ("Combien de Français le pensent ?", []),
    ],
)  # fmt: skip
def test_names_the_question_pins_down(question, names):
    assert constraints.names(question) == names


def doc(title: str, date: str) -> DocInfo:
    return DocInfo(source=f"{title}.pdf", title=title, kind="bulletin", date=date)


def chunk(text: str, d: DocInfo, n: int = 0) -> Chunk:
    return Chunk(f"{d.source}-{n}", d, 2, "2", 0, len(text), text)


def test_missing_reads_text_title_and_date_across_lines_and_dashes():
    d = doc("Des données pour agir", "2020-11")
    ctx = constraints.context(
        chunk("Dossier dans le n°628 de JURIS\nAssociations, le 15 novembre.", d)
    )
    assert constraints.missing(["juris associations"], {"2020"}, ctx) == []
    assert constraints.missing(["fondation des territoires"], {"2024"}, ctx) == [
        "fondation des territoires",
        "2024",
    ]
    # A name is matched as a whole: scattered words do not make it.
    scattered = constraints.context(chunk("La Fondation de Lille aide les territoires.", d))
    assert constraints.missing(["fondation des territoires"], set(), scattered) == [
        "fondation des territoires"
    ]


@pytest.mark.parametrize(
    "sentence, has_amount",
    [
        ("En 2008, 86 % des Français jugeaient urgent de créer des partenariats.", True),
        ("Le Fonds dispose d'une dotation de 1,5 M€.", True),
        ("Elle réunit 21 co-fondateurs.", True),
        ("La moitié des maires le pensent.", True),
        ("Le RAMEAU est une association créée en 2006.", False),  # a year
        ("La Fondation a été créée le 14 juin 2022.", False),  # a date
        ("Le 3e dîner « Elus & Entreprises » a eu lieu en novembre.", False),  # an ordinal
        ("Les alliances obtiennent la reconnaissance qu'elles méritent1.", False),  # a footnote
        ("Le Fonds a reçu un million d'euros.", True),
        ("Une dizaine de fondations y participent.", True),
        ("Quinze fondations ont répondu.", True),
        ("La 1re édition a eu lieu à Lille.", False),  # an ordinal
        ("Le Fonds ODD 17 soutient les alliances locales.", False),  # a name holding a number
        ("Le bulletin n° 7 est paru en mai.", False),
        ("L'ODD 17 compte 19 cibles.", True),
    ],
)
def test_quantity(sentence, has_amount):
    assert quantity(sentence) is has_amount
    assert answer_kind_fits("figure", sentence) is has_amount
    assert answer_kind_fits("definition", sentence)


def test_when_question_wants_a_date():
    assert answer_kind_fits("when", "La Fondation a été créée le 14 juin 2022.")
    assert not answer_kind_fits("when", "Elle réunit 21 co-fondateurs.")


def test_a_passage_missing_the_asked_name_does_not_answer():
    """The dotation of another fund is no answer about the Fondation des Territoires."""
    fonds = doc("Fonds ODD 17 et fondations", "2021-10")
    fondation = doc("Naissance de la Fondation des Territoires", "2022-06")
    hits = [
        Hit(chunk(
            "Le Fonds ODD 17 bénéficie d'une dotation de 1,5 M€ pour une expérimentation de trois ans.",
            fonds,
        ), 1.0),
        Hit(chunk("La Fondation des Territoires a été créée le 14 juin 2022 à Lille.", fondation), 0.5),
    ]  # fmt: skip
    question = "Quel est le montant de la dotation de la Fondation des Territoires ?"
    cands = candidates(Query(question), hits)
    near = next(c for c in cands if c.hit_index == 0)
    assert near.near_miss and not cands[0].near_miss
    # Without the name in the question, the same sentence is a full answer.
    plain = candidates(Query("Quel est le montant de la dotation ?"), hits)
    assert plain[0].hit_index == 0 and not plain[0].near_miss
    assert near.support < 0.5 * plain[0].support


def test_a_passage_of_another_year_does_not_answer():
    d = doc("Dix ans de programmes", "2018-04")
    hits = [
        Hit(chunk("En 2008, 86 % des Français jugeaient urgent de créer des partenariats.", d), 1.0)
    ]
    asked_2020 = candidates(
        Query("En 2020, combien de Français jugeaient urgent de créer des partenariats ?"), hits
    )
    asked_2008 = candidates(
        Query("En 2008, combien de Français jugeaient urgent de créer des partenariats ?"), hits
    )
    assert asked_2020[0].near_miss and not asked_2008[0].near_miss
    assert asked_2020[0].support < 0.5 * asked_2008[0].support


def test_the_sentence_before_names_what_a_figure_is_about():
    """ "Le parcours … D'une durée de 18 mois, il réunit 11 territoires": the parcours counts."""
    d = doc("Co-construction territoriale", "2018-05")
    text = (
        "Le parcours d'expérience sur la co-construction territoriale est lancé avec le CGET.\n"
        "D'une durée de 18 mois, il réunit 11 territoires pionniers."
    )
    cands = candidates(
        Query("Combien de territoires participent au parcours d'expérience ?"),
        [Hit(chunk(text, d), 1.0)],
    )
    figure = next(c for c in cands if "11 territoires" in c.text)
    alone = candidates(Query("Combien de territoires participent au parcours d'expérience ?"), [
        Hit(chunk("D'une durée de 18 mois, il réunit 11 territoires pionniers.", d), 1.0)
    ])  # fmt: skip
    assert cands[0] is figure and figure.support > alone[0].support


def test_what_is_asked_about_a_named_subject():
    """ "Le budget annuel du RAMEAU": sentences on Le RAMEAU that never speak of a budget hold
    none of what is asked; a question on its president finds it."""
    d = doc("Le RAMEAU et l'Observatoire", "2022-10")
    text = (
        "Le RAMEAU est une association créée en 2006.\n"
        "Le RAMEAU est présidé par son fondateur, Charles-Benoît Heidsieck."
    )
    hits = [Hit(chunk(text, d), 1.0)]
    budget = candidates(Query("Quel est le budget annuel du RAMEAU ?"), hits)
    assert max(c.attribute for c in budget) == 0.0
    president = candidates(Query("Qui préside Le RAMEAU ?"), hits)
    assert max(c.attribute for c in president) > 0.5
    # A question that names nothing is not judged on this.
    assert all(c.attribute == 1.0 for c in candidates(Query("Quel est le budget annuel ?"), hits))
    # "Combien de fondations … ?" answered by "1 500 fondations" holds what is asked.
    counted = candidates(
        Query("Combien de fondations ont répondu à l'étude IMPACT Fondations & Territoires ?"),
        [
            Hit(
                chunk("L'étude IMPACT Fondations & Territoires a interrogé 1 500 fondations.", d),
                1.0,
            )
        ],
    )
    assert counted[0].attribute == 1.0


def test_the_answerer_refuses_when_every_passage_misses_what_is_pinned():
    from assistant.answer.generators import ExtractiveGenerator

    d = doc("Le RAMEAU et l'Observatoire", "2022-10")
    hits = [Hit(chunk("En 2022, le budget annuel de l'association atteint 2 M€.", d), 1.0)]
    gen = ExtractiveGenerator()  # no embedder: no closeness in meaning to rescue it
    asked_2019 = gen.assess(Query("Quel était le budget annuel en 2019 ?"), hits)
    assert asked_2019["attribute"] == 0.0 and gen.refuses(asked_2019)
    asked_2022 = gen.assess(Query("Quel était le budget annuel en 2022 ?"), hits)
    assert asked_2022["attribute"] == 1.0 and not gen.refuses(asked_2022)


def test_a_followup_pins_what_it_adds_not_the_previous_question():
    """ "Quel est le budget du RAMEAU ?", then "celui de La Fonda ?": a passage on La Fonda is no
    near miss."""
    d = doc("Les têtes de réseau", "2021-01")
    hits = [Hit(chunk("Le budget annuel de La Fonda est de 1 M€.", d), 1.0)]
    followup = Query("celui de La Fonda ?", context="Quel est le budget annuel du RAMEAU ?")
    cands = candidates(followup, hits)
    assert not cands[0].near_miss
    assert candidates(Query("Quel est le budget annuel du RAMEAU ?"), hits)[0].near_miss


@pytest.mark.parametrize(
    "question, asked",
    [
        ("Pour l'étude « Associations & Partenariats » publiée en mars 2017, combien de répondants ?", "combien de répondants ?"),
        ("Dans la fiche Repère n°2 (décembre 2016), quelle part des entreprises ?", "quelle part des entreprises ?"),
        ("Selon Recherches & Solidarités, quelle part ?", "quelle part ?"),
        # "dans" a place is what is asked, not a source.
        ("Combien de fondations dans le Nord en 2020 ?", "Combien de fondations dans le Nord en 2020 ?"),
    ],
)  # fmt: skip
def test_asked_part_sets_aside_sources(question, asked):
    assert constraints.asked_part(question).strip(" ,") == asked
    assert (
        constraints.names(constraints.asked_part("Dans la fiche Repère n°6, quelle part ?")) == []
    )


def test_a_sentence_about_another_subject_does_not_rescue_the_answer():
    """Closeness in meaning is read only on passages that hold what the question pins down."""
    from assistant.answer.generators import ExtractiveGenerator
    from assistant.search.embed import HashingEmbedder

    d = doc("Fonds ODD 17 et fondations", "2021-10")
    hits = [Hit(chunk("Le montant de la dotation du Fonds ODD 17 est de 1,5 M€.", d), 1.0)]
    gen = ExtractiveGenerator()
    gen.embedder = HashingEmbedder()
    signals = gen.assess(
        Query("Quel est le montant de la dotation de la Fondation des Territoires ?"), hits
    )
    assert signals["attribute"] == 0.0 and signals["similarity"] is None and gen.refuses(signals)


def test_what_is_asked_is_read_in_the_publications_words():
    """ "Qui dirige" is answered by "présidé par", "combien d'argent" by "une dotation"."""
    d = doc("Le RAMEAU", "2022-10")
    hits = [Hit(chunk("Le RAMEAU est présidé par Charles-Benoît Heidsieck.", d), 1.0)]
    assert max(c.attribute for c in candidates(Query("Qui dirige Le RAMEAU ?"), hits)) == 1.0
    fonds = [Hit(chunk("Le Fonds ODD 17 bénéficie d'une dotation de 1,5 M€.", d), 1.0)]
    asked = "Combien d'argent a le Fonds ODD 17 ?"
    assert max(c.attribute for c in candidates(Query(asked), fonds)) > 0.5


@pytest.mark.parametrize(
    "question, sentence",
    [
        # « doté » and « dotation » have two stems for the analyser (« dot », « dotat »)
        ("De combien le Fonds ODD 17 est-il doté ?", "Sa dotation s'élève à 1,5 M€."),
        ("Qui est à l'origine du Fonds ODD 17 ?", "La Fondation Delta co-crée le Fonds ODD 17."),
        ("Qui est la dg du RAMEAU ?", "Claire Martin en est la directrice générale."),
        ("Le RGPD s'applique depuis quand ?", "Le RGPD est entré en vigueur le 25 mai 2018."),
    ],
)
def test_what_is_asked_is_held_by_a_word_of_the_same_meaning_in_the_data_file(question, sentence):
    """`same_attribute` groups of data/focus.toml: without them, these answers were refused
    (rule `attribute`: nothing of what is asked about the named subject in the sentence)."""
    d = doc("Fonds ODD 17 et RAMEAU", "2022-10")
    hits = [Hit(chunk(f"Le Fonds ODD 17 et Le RAMEAU. {sentence}", d), 1.0)]
    assert max(c.attribute for c in candidates(Query(question), hits)) > 0.5


@pytest.mark.parametrize(
    "sentence, stated",
    [
        ("2460 répondants ont rempli la première partie, et 2026 ont finalisé leur réponse.", set()),
        ("Entre 2019 et 2020, 1998 salariés ont suivi une formation.", {"2019", "2020"}),
        ("En 2018 les maires étaient 90 % à le dire ; 2018 a été une année record.", {"2018"}),
        # the figure compared with, in an aside between brackets, dates nothing
        ("3 208 tonnes ont été collectées (contre 2 711 tonnes en 2017), et 21 911 tonnes "
         "données (18 612 tonnes en 2017).", set()),
        ("La collecte (contre 2 711 tonnes en 2017) a rapporté 3 208 tonnes en 2018.", {"2018"}),
    ],
)  # fmt: skip
def test_a_number_like_a_year_that_counts_dates_nothing(sentence, stated):
    """Rule `other_year` reads the years a sentence dates its facts to: « 2026 ont
    finalisé » counts people, it is no year."""
    assert constraints.stated_years(sentence) == stated


def test_a_count_like_a_year_does_not_make_the_answer_another_years():
    d = doc("Baromètre 2023", "2023")
    text = "Nombre de réponses : 2460 répondants ont rempli le questionnaire, et 2026 ont finalisé."
    cands = candidates(Query("Combien de personnes ont répondu au baromètre 2023 ?"), [
        Hit(chunk(text, d), 1.0)
    ])  # fmt: skip
    assert "other_year" not in cands[0].rules


@pytest.mark.parametrize(
    "name, text, held",
    [
        ("institutions de phare", "Le volet Institutions du programme PHARE a été publié en 2016.", True),
        ("fondation des territoires", "La Fondation des Territoires est abritée.", True),
        # In either order: « le volet Citoyens de PHARE » is the « PHARE-Citoyens » study.
        ("citoyens de phare", "Étude PHARE-Citoyens, septembre 2015.", True),
        ("institutions de phare", "L'enquête PHARE, volet Institutions, est parue en 2016.", True),
        # Far apart, the words name something else.
        ("fondation des territoires", "La Fondation de France agit dans tous les territoires.", False),
        ("fondation des territoires", "La Fondation de Lille l'abrite.", False),
    ],
)  # fmt: skip
def test_a_name_of_several_words_is_held_when_its_words_stand_close(name, text, held):
    ctx = " " + " ".join(constraints.words(text)) + " "
    assert (constraints.missing([name], set(), ctx) == []) is held


def test_a_sum_asked_by_another_word_is_held_and_the_name_holds_nothing():
    """« le budget du Fonds ODD 17 » is held by « dotation : 1,5 M€ » (data/focus.toml,
    `same_attribute`); the word « Fonds » of the name says nothing of a sum."""
    d = doc("Co-construction", "2022")
    held = candidates(Query("Quel est le budget du Fonds ODD 17 ?"), [
        Hit(chunk("Fonds ODD 17 : co-créé en 2020, dotation : 1,5 M€.", d), 1.0)
    ])  # fmt: skip
    assert held[0].attribute == 1.0
    bare = candidates(Query("Quelle est l'enveloppe du Fonds ODD 17 ?"), [
        Hit(chunk("Le Fonds ODD 17 a été co-créé en 2020 par deux fondations.", d), 1.0)
    ])  # fmt: skip
    assert bare[0].attribute < 0.2


def test_an_acronym_of_the_question_is_held_where_its_words_are_written_out():
    """« l'AFD » asked, « l'Agence Française de Développement » printed: the same name."""
    d = doc("Projet REACH", "2023-06")
    text = "Principal cofinanceur : l'Agence Française de Développement (800 000 €)."
    cands = candidates(
        Query("Combien l'AFD apporte-t-elle au projet ?"), [Hit(chunk(text, d), 1.0)]
    )
    assert not cands[0].near_miss and "absent_name" not in cands[0].rules
    # Capitals that spell nothing on the page still make a near miss.
    other = candidates(
        Query("Combien l'ANR apporte-t-elle au projet ?"), [Hit(chunk(text, d), 1.0)]
    )
    assert other[0].near_miss


@pytest.mark.parametrize(
    "question, money",
    [
        ("la fondation des territoires elle a quelle dotation ?", True),
        ("Quel est le budget total du projet ?", True),
        ("De combien le Fonds ODD 17 est-il doté ?", True),
        # « monté » shares its stem with « montant », « sous » is a preposition first
        ("il dure combien de temps le parcours monté avec le CGET ?", False),
        ("combien de co-fondateurs, et sous l'égide de quelle fondation ?", False),
        ("Combien de maires ont été interrogés ?", False),
    ],
)
def test_a_question_asking_for_a_sum_is_told_by_its_words(question, money):
    from assistant.answer.focus import asks_money

    assert asks_money(question) is money


@pytest.mark.parametrize(
    "question, share",
    [
        ("les assos elles bossent avec les facs ? c combien en % ?", True),
        ("Quelle part du budget est consacrée au Sénégal ?", True),
        ("Quel taux de recyclage en 2018 ?", True),
        ("De la part de qui vient la demande ?", False),
        ("Combien de maires ont été interrogés ?", False),
    ],
)
def test_a_question_asking_for_a_share_is_told_by_its_phrases(question, share):
    from assistant.answer.focus import asks_share

    assert asks_share(question) is share


def test_a_sum_asked_is_answered_by_a_sum_or_refused():
    """Rule `money`: « quelle dotation » quotes the sentence that gives a sum, not the one
    with another number; when no quoted sentence gives a sum, the answer is refused."""
    from assistant.answer.generators import ExtractiveGenerator
    from assistant.search.embed import HashingEmbedder
    from assistant.settings import GenerationSettings

    d = doc("Fondation Delta", "2022-10")
    question = Query("Quel est le montant de la dotation de la Fondation Delta ?")
    both = "La Fondation Delta a réuni 21 cofondateurs. Sa dotation s'élève à 2 M€."
    alone = "La dotation de la Fondation Delta a été votée par ses 21 cofondateurs en 2022."
    for conf, refused in ((GenerationSettings(), True), (GenerationSettings(money=False), False)):
        gen = ExtractiveGenerator(conf)
        gen.embedder = HashingEmbedder()
        answer = "".join(gen.generate(question, [Hit(chunk(both, d), 1.0)]))
        assert "2 M€" in answer
        signals = gen.assess(question, [Hit(chunk(alone, d, 1), 1.0)])
        assert gen.refuses(signals) is refused, signals
        assert ("money" in signals["rules"]) is refused


@pytest.mark.parametrize(
    "question, bounds",
    [
        ("Quelle part des maires de villes de plus de 100 000 habitants ?", ["100 000 habitants"]),
        # Typed without its thin space, read as pages print it; a currency is no unit.
        ("les assos a moins de 10000 euros de budget ?", ["10 000"]),
        ("Et chez les 18-25 ans ?", ["18 25 ans"]),
        ("Les jeunes de 18 à 25 ans ?", ["18 25 ans"]),
        ("Les entreprises d'au moins 10 salariés ?", ["10 salaries"]),
        ("Les budgets entre 10 000 et 150 000 € ?", ["10 000 150 000"]),
        # A year is pinned as a year; a number that bounds nothing is no bound.
        ("Combien de maires depuis plus de 2020 ?", []),
        ("Quelle part des 302 maires interrogés ?", []),
    ],
)
def test_the_bounds_a_question_puts_on_who_it_counts(question, bounds):
    assert constraints.quantities(question) == bounds


@pytest.mark.parametrize(
    "bound, page, held",
    [
        ("10 000 habitants", "les communes de plus de 10 000 habitants", True),
        ("10 000 habitants", "les communes de plus de 10000 habitants", True),
        ("10 000 habitants", "moins de 10 000 euros de budget", False),
        ("1 salarie", "au moins un salarié", True),
        ("18 25 ans", "les 18-25 ans", True),
        ("25 ans", "les plus de 65 ans", False),
    ],
)
def test_a_bound_is_held_by_its_numbers_and_its_noun(bound, page, held):
    ctx = f" {' '.join(constraints.words(page))} "
    assert constraints.quantity_missing(bound, ctx) is not held


def test_abbreviations_of_common_nouns_name_nothing():
    """Session 37: « l'AG » (assemblée générale) is no body a passage must print
    (data/focus.toml `not_names`, read by reading/constraints.py)."""
    from assistant.reading import constraints

    assert constraints.names("Qui a présenté les comptes du Réseau Delta à l'AG ?") == [
        "reseau delta"
    ]
    assert constraints.names("la Fondation de France") == ["fondation de france"]
    assert constraints.names("Dans la fiche Repère, combien de Français ?") == []


def test_the_name_of_the_covid_crisis_is_no_subject_a_page_must_print():
    """« après le Covid » names a crisis the publications call « la crise sanitaire » or « la
    crise »: the passage need not print it (data/focus.toml `not_names`)."""
    from assistant.reading import constraints

    assert constraints.names("Après le Covid, combien de réseaux ont été soutenus ?") == []
    assert constraints.names("Le COVID-19 a-t-il freiné le Réseau Delta ?") == ["reseau delta"]


def test_a_decade_pins_no_year():
    """« au début des années 2010 » names a decade: the page answering says « en 2011 », so no
    year of the decade is one a passage must print; a year stays a year."""
    from assistant.reading.numbers import years

    assert years("Au début des années 2010, quelle proportion ?") == set()
    assert years("Dans les années 2000 et en 2012 ?") == {"2012"}
    assert years("Qu'ont dit les années 2015 ?") == {"2015"}  # no decade ends in 5
    assert years("Entre les années 2020 et 2021 ?") == {"2020", "2021"}  # two years, no decade
    assert years("Dans les années 2000-2010 ?") == {"2000", "2010"}
