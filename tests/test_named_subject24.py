"""How a question names its subject and what it asks of it, read so that the passage that
answers is not refused: a number like a year that counts (« moins de 2000 habitants »), a name
read as one across « de » that the page prints as two, an object pronoun before a verb
(« qui la conduisait ? »), a share of money, an acronym printed on the cover, and a participle
that says which one the question means (« le projet ALTO coordonné par NEXA »). Every example
is invented."""

from __future__ import annotations

import pytest

from assistant.acronyms import acronyms
from assistant.answer.asked import asked_terms
from assistant.answer.extractive import candidates
from assistant.answer.focus import asks_money, nouns
from assistant.reading import constraints
from assistant.reading.query import Query
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="communique.pdf", title="Communiqué de presse", kind="autre", date="2024")


def hit(text: str, n: int = 0) -> Hit:
    return Hit(Chunk(f"c{n}", DOC, 2, "2", 0, len(text), text), 1.0)


@pytest.mark.parametrize(
    "question, years",
    [
        ("En 2024, quelle part dirige une commune de moins de 2000 habitants ?", {"2024"}),
        ("Parmi les 2031 répondants, combien en 2023 ?", {"2023"}),
        # After « en », a year, whatever follows it
        ("Combien de communes en 2020 ont signé la charte ?", {"2020"}),
        ("les 2000 adhérents ont voté en 2019 ?", {"2019"}),
        ("Quelle part en 2018 et en 2019 ?", {"2018", "2019"}),
        ("Combien de fondations en 2015 dans le réseau ?", {"2015"}),
    ],
)
def test_a_number_like_a_year_that_counts_is_no_asked_year(question, years):
    assert constraints.years(question) == years


def test_a_bound_like_a_year_is_kept_and_held_by_the_page():
    question = (
        "Dans l'enquête de 2024, quelle proportion dirige une commune de moins de 2000 habitants ?"
    )
    assert constraints.quantities(question) == ["2 000 habitants"]
    page = "61 % des répondants dirigent une commune de moins de 2 000 habitants (2024)."
    found = candidates(Query(question), [hit(page)])
    assert not found[0].near_miss
    # A page of the same survey that gives no such bound speaks of another population.
    other = candidates(Query(question), [hit("61 % des répondants sont des maires (2024).")])
    assert other[0].near_miss


def test_a_name_read_across_de_is_held_as_the_two_names_the_page_prints():
    name = "villes quartiers de terrain etudes"
    ctx = " l enquete villes quartiers mars 2019 menee par terrain etudes aupres de 900 maires "
    assert constraints.missing([name], set(), ctx) == []
    # Either name alone is not enough; nor are one-word halves (« Fondation de Lille »).
    assert constraints.missing([name], set(), " l enquete villes quartiers mars 2019 ") == [name]
    assert constraints.missing(
        ["fondation de lille"], set(), " la fondation soutient depuis longtemps la ville de lille "
    ) == ["fondation de lille"]


@pytest.mark.parametrize(
    "question, expected",
    [
        (
            "Quand le groupe a-t-il rendu son avis, et qui le présidait ?",
            {"group", "avi"},
        ),
        ("Les élus, on les compte comment ?", {"elu"}),
        ("Ils ne la voient pas, la charte ?", {"chart"}),
        # After « que », the article of a noun (« ce que la loi prévoit »).
        ("Qu'est-ce que la loi prévoit ?", {"loi"}),
    ],
)
def test_an_object_pronoun_before_a_verb_names_no_thing(question, expected):
    assert nouns(question) == expected


def test_a_share_of_money_asks_for_a_share_not_a_sum():
    assert asks_money("Quel budget pour le fonds ?")
    assert asks_money("Combien d'argent public reçoit-il ?")
    assert not asks_money("Dans quelle proportion est-il financé par de l'argent public ?")
    assert not asks_money("Quelle part du budget va aux associations ?")


def test_an_acronym_printed_on_the_cover_is_a_name_not_the_focus():
    """« le baromètre de la cnpq » of a report signed CNPQ on its cover: the sentence on the
    figure asked speaks of what is asked even if it does not repeat the acronym."""
    assert acronyms("Édition 2023 · CNPQ · A.B.C.D.") == ["ABCD", "CNPQ"]
    # A word in capitals the page also prints otherwise is a label, not an acronym.
    assert acronyms("CHIFFRES CLÉS · EMPLOI\nL'emploi des jeunes progresse.") == ["CHIFFRES"]
    sentence = "Sont le plus mal perçus le ministère (91 % de défiance) et l'agence (77 %)."
    question = Query("dans le barometre de la cnpq, l'agence elle inspire combien de defiance ?")

    def read(cover: str) -> bool:
        found = candidates(question, [hit(sentence)], asked_focus="cnpq", around=lambda c: cover)
        return found[0].focus_held

    assert read("Conférence nationale · CNPQ · Baromètre 2023")
    assert not read("Conférence nationale · Baromètre 2023")


def test_a_participle_that_says_which_one_is_not_what_is_asked():
    question = Query("Dans quels pays se déroule le projet ALTO coordonné par NEXA ?")
    assert "coordon" not in asked_terms(question)
    assert "deroul" in asked_terms(question)
    # Without « par » and a name, the participle is what is asked.
    assert "coordon" in asked_terms(Query("Le projet ALTO est-il coordonné ?"))


@pytest.mark.parametrize(
    "question, kept",
    [
        ("c quoi une voie douce dans la doc du barometre des services ?", "c quoi une voie douce"),
        ("C'est quoi une voie douce d'après le lexique du baromètre des services ?", "voie douce"),
        ("Dans la plaquette de la coopérative, qui est le président ?", "qui est le président"),
        ("Selon l'étude de 2011, quelle part ?", "quelle part"),
    ],
)
def test_a_source_clause_named_by_a_publication_noun_pins_nothing(question, kept):
    """The nouns of data/publications.toml open a source clause (accents typed or not): its
    words name where to read, not what is asked, and give no focus."""
    part = constraints.asked_part(question)
    assert kept in part
    assert "barom" not in part and "plaquette" not in part and "étude" not in part


@pytest.mark.parametrize(
    "question, expected",
    [
        ("ct quoi les differents volets du programme stp", {"volet", "programm"}),
        ("ils ont un gros impact sur l'emploi ?", {"impact", "emploi"}),
        ("Quels sont les grands thèmes des objectifs ?", {"them", "object"}),
        # An ordinal says which one: « le dernier volet » is asked.
        ("Quand est paru le dernier volet ?", {"derni"}),
    ],
)
def test_the_noun_after_an_adjective_put_first_is_what_is_spoken_of(question, expected):
    assert nouns(question) == expected


def test_a_sentence_that_gives_what_is_wanted_holds_what_is_asked_of_the_name():
    """« À quel rythme sont actualisées les données du Plan Aqua ? »: « Fréquence de mise à
    jour : trimestrielle » holds none of its words but says what is wanted (rule `wanted`); a
    sentence spelling out the acronym asked about holds it too."""
    often = Query("À quel rythme sont actualisées les données du Plan Aqua ?")
    text = "Plan Aqua : indicateur suivi.\nFréquence de mise à jour : trimestrielle."
    found = candidates(often, [hit(text)])
    said = next(c for c in found if "trimestrielle" in c.text)
    assert said.attribute == 1.0
    spelt = candidates(
        Query("Que recouvre l'acronyme VERT dans le guide ?"),
        [hit("VERT : Visibles, Exacts, Réutilisables, Tracés.")],
    )
    assert spelt[0].attribute == 1.0


def test_the_part_of_a_programme_named_by_its_acronym_is_held_apart():
    """« le volet Habitants de CAPRA »: the page says « Le volet Habitants », the cover CAPRA.
    A part of one word that is a body's common noun does not (« la Fondation de CAPRA »), nor
    a name of common nouns with no acronym (« Fondation des Quartiers »)."""
    ctx = " capra fiche de travail 3 3 le volet habitants et la vue d ensemble "
    assert constraints.missing(["habitants de capra"], set(), ctx, (), frozenset({"capra"})) == []
    assert constraints.missing(["habitants de capra"], set(), ctx) == ["habitants de capra"]
    body = ctx + " la fondation soutient les quartiers "
    capra = frozenset({"capra"})
    assert constraints.missing(["fondation de capra"], set(), body, (), capra) == [
        "fondation de capra"
    ]
    far = " la fondation soutient depuis longtemps la vie des quartiers "
    assert constraints.missing(["fondation des quartiers"], set(), far, (), capra) == [
        "fondation des quartiers"
    ]


def test_locutions_and_everyday_words_for_the_focus():
    """« aux côtés de » is a locution, not what is asked; « la pandémie » is « la crise
    sanitaire » of the publications, « leurs conclusions » their recommendations, not « par
    rapport à » (data/focus.toml)."""
    from assistant.answer.focus import focus, holds, not_focus
    from assistant.text import analyze

    asked = "Qui participe au programme ALTO aux côtés de la Ville ?"
    assert "cot" in nouns(asked) and "cot" in not_focus()
    assert focus(asked, set(analyze(asked)), {}) != "cot"
    assert holds("pandem", analyze("Au sortir de la crise sanitaire, 84 % des dirigeants"))
    assert holds("conclus", analyze("Ses recommandations ont été rendues en mai."))
    assert not holds("conclus", analyze("Une hausse de 5 % par rapport à 2019."))
    assert not holds("pandem", analyze("84 % des dirigeants jugent la coopération utile."))


@pytest.mark.parametrize(
    "question, names",
    [
        ("C'est qui le Directeur Général du CNPQ ?", ["cnpq"]),
        ("Qui est la Présidente de la Fondation des Quartiers ?", ["fondation des quartiers"]),
        ("Qui préside la Fondation des Quartiers ?", ["fondation des quartiers"]),
    ],
)
def test_a_title_printed_with_capitals_opens_no_name(question, names):
    """Recased from the corpus, « directeur general » becomes « Directeur Général »: a role
    (data/focus.toml, `asks_role`, `role_title`), not the name of a body."""
    assert constraints.names(question) == names


def test_a_name_ending_on_an_acronym_is_that_acronym_and_what_it_has():
    """« l'Assemblée générale NOVA »: « NOVA » on the cover, « l'Assemblée générale du 12 mai »
    on the page. Two names side by side (« CDP NOVA ») are not the part of one."""
    ctx = " nova rapport 2018 les objectifs annonces lors de l assemblee generale du 12 mai 2016 "
    acronyms = frozenset({"nova", "cdp"})
    assert constraints.missing(["assemblee generale nova"], set(), ctx, (), acronyms) == []
    assert constraints.missing(["cdp nova"], set(), ctx + " cdp ", (), acronyms) == ["cdp nova"]


def test_a_sentence_giving_the_headcount_asked_scores_higher():
    """« Combien de personnes ont participé au baromètre ? »: the sentence giving how many
    answered (« 1840 répondants ont rempli … ») goes up by 0.3 (rule `sample`), ahead of one
    that says more of the question's words without a number; not one whose only number is a
    year."""
    from assistant.settings import GenerationSettings

    text = (
        "Le réseau remercie chaleureusement les personnes qui ont participé à ce baromètre.\n"
        "Nombre de réponses : 1840 répondants ont rempli la première partie."
    )
    question = Query("Combien de personnes ont participé au baromètre du réseau ?")
    found = candidates(question, [hit(text)])
    assert "1840" in found[0].text and "sample" in found[0].rules
    off = candidates(question, [hit(text)], rules=GenerationSettings(sample=False))
    said = next(c for c in off if "1840" in c.text)
    assert round(found[0].score - said.score, 3) == 0.3 and "sample" not in said.rules
    year = candidates(question, [hit("Le baromètre 2023 interroge les répondants du réseau.")])
    assert "sample" not in year[0].rules
