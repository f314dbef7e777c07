"""Key figures and the sentences announcing them (session 30), invented texts.

- A key figure whose words are quoted answers (« 35 % » / « « fortement » ») is read as one
  unit with them, not paired with the line above as a table's cell (« répondent oui 35 % »).
- A sentence ending on its colon just before key figures (« Une majorité de petites
  communes : » / « 84 % » / « des répondants … ») is quoted with each of them, never alone:
  alone it says nothing. The figures answer the question heading it answers.
- Rule `bare_lead`: after the first quoted sentence, a sentence announcing a list whose items
  are not quoted is left out, unless it holds words of the question no sentence before it
  holds; joined to the sentence before it (a pronoun-led pair), it is cut from the pair.
- « C'est quoi le % de … » asks for a figure, not a definition.
(The before-stop review's cases: quoted labels of a table, a testimony, a lead a paragraph
away or after the figures, a list of key figures quoted whole.)"""

from __future__ import annotations

from assistant.answer.candidate import Candidate
from assistant.answer.lists import without_bare_leads
from assistant.answer.units import units
from assistant.key_figures import key_figures
from assistant.reading.question import question_type
from tests.one_passage import answer

SLIDE = (
    "Des jardins qui poussent\n"
    "Question : votre quartier a-t-il un jardin partagé ?\n"
    "61 %\n"
    "répondent oui\n"
    "22 %\n"
    "« depuis plus de cinq ans »\n"
    "39 %\n"
    "« depuis peu »\n"
    "Le jardin partagé devient la norme dans les quartiers.\n"
)

BOX = (
    "Qui a répondu ?\n"
    "Une majorité de jeunes jardiniers :\n"
    "72 %\n"
    "des répondants ont moins de 35 ans\n"
    "et cultivent une parcelle\n"
    "Lecture : l'échantillon reflète la jeunesse des nouveaux jardiniers.\n"
)


# A lead, then two key figures: the items of its list.
BUDGET = (
    "En 2023, le budget du programme se répartit en deux postes :\n"
    "2,5 M€\nde fonctionnement\n1 M€\nd'investissement\n"
)


def texts(text: str) -> list[str]:
    return [u.text for u in units(text)]


def test_a_key_figure_with_quoted_words_is_read_with_them():
    words = [w for _, _, w in key_figures(SLIDE)]
    assert [" ".join(w.split()) for w in words] == [
        "61 % répondent oui",
        "22 % « depuis plus de cinq ans »",
        "39 % « depuis peu »",
    ]
    assert "22 % « depuis plus de cinq ans »." in texts(SLIDE)
    assert not any(t.startswith("répondent oui") for t in texts(SLIDE))


def test_the_sentence_before_a_key_figure_is_its_context():
    found = {u.text: u for u in units(SLIDE)}
    assert found["61 % répondent oui."].before == (
        "Question : votre quartier a-t-il un jardin partagé ?"
    )


def test_a_sentence_announcing_key_figures_is_quoted_with_them_never_alone():
    got = texts(BOX)
    joined = (
        "Une majorité de jeunes jardiniers : 72 % des répondants ont moins de 35 ans et "
        "cultivent une parcelle"
    )
    assert joined in got
    assert "Une majorité de jeunes jardiniers :" not in got
    unit = next(u for u in units(BOX) if u.text == joined)
    assert unit.own == "72 % des répondants ont moins de 35 ans et cultivent une parcelle"
    assert unit.answers_heading and unit.heading == "Qui a répondu ?"


def test_quoted_labels_before_their_figures_stay_a_table():
    # label first: « « Oui » » / « 35 % »; not the figure above's quoted words
    got = texts("Réponses des maires à la question posée\n« Oui »\n35 %\n« Non »\n65 %\n")
    assert not any("35 % « Non »" in t for t in got), got
    # a testimony after a figure is no caption of it
    testimony = "2 300\n« Nous avons besoin de plus de moyens », explique la maire.\n"
    assert [w for _, _, w in key_figures(testimony)] == []


def test_a_lead_a_paragraph_away_or_after_the_figures_is_not_joined():
    far = "Le projet s'articule autour de trois objectifs :\n\n\n120\nbénévoles mobilisés\n"
    assert not any(
        t.startswith("Le projet s'articule autour de trois objectifs : 120") for t in texts(far)
    )
    after = (
        "Chiffres clés\n61 %\ndes maires sont satisfaits\n\n"
        "Le plan régional repose sur deux enjeux majeurs :\n• la mobilité ;\n• le logement.\n"
    )
    got = texts(after)
    assert "Le plan régional repose sur deux enjeux majeurs : la mobilité" in got, got


def test_a_list_of_key_figures_is_quoted_whole_after_its_lead():
    reply = answer("Quels sont les postes du budget du programme ?", BUDGET)
    assert "deux postes : 2,5 M€ de fonctionnement ; 1 M€ d'investissement" in reply, reply


def cand(text: str, terms: set[str], own: str = "") -> Candidate:
    return Candidate(0, text, 1.0, frozenset(terms), own=own)


def test_rule_bare_lead_leaves_out_a_lead_whose_items_are_not_quoted():
    first = cand("La charte a été signée le 12 mars 2019.", {"chart", "sign", "2019"})
    lead = cand("Elle repose sur trois engagements :", {"repos", "engag"})
    pair = cand("Sa rédaction a commencé en 2018.\nElle s'est déroulée en trois étapes :", {"2018"})
    item = cand("Elle repose sur trois engagements : l'accueil", {"accueil"}, own="l'accueil")
    kept = without_bare_leads([first, lead, pair, item], {"chart", "sign"})
    assert [c.text for c in kept] == [
        first.text,
        "Sa rédaction a commencé en 2018.",
        item.text,
    ]
    # the first sentence answers by itself (« combien d'engagements ? »)
    assert without_bare_leads([lead, first]) == [lead, first]


def test_a_lead_holding_words_of_the_question_no_sentence_before_holds_is_kept():
    first = cand("Méthodes ; Exemples ; Données.", {"method", "exempl"})
    lead = cand("Les entrées forment l'acronyme MED :", {"entre", "acronym", "med"})
    assert without_bare_leads([first, lead], {"med"}) == [first, lead]
    assert without_bare_leads([first, lead], {"method"}) == [first]


def test_c_est_quoi_le_percent_asks_for_a_figure():
    assert question_type("c'est quoi le % de jardiniers de moins de 35 ans ?") == "figure"
    assert question_type("c'est quoi un jardin partagé ?") == "definition"


def test_an_item_holding_none_of_the_question_words_brings_its_whole_list():
    whole = answer("Comment se répartit le budget du programme en 2023 ?", BUDGET)
    assert "2,5 M€ de fonctionnement ; 1 M€ d'investissement" in whole, whole
    # an item the question names stays alone
    one = answer("Combien pour le fonctionnement dans le budget du programme ?", BUDGET)
    assert "2,5 M€ de fonctionnement" in one and "1 M€" not in one, one


def test_a_key_figure_whose_words_stop_on_an_article_starts_low():
    # a date alone on its line, then prose cut by the box's lines (three, and a fourth the
    # third calls for: the fourth stops on an article too)
    text = (
        "2011\n"
        "L'étude interrogeait les clubs sur leurs\n"
        "relations avec les écoles. À l'époque, 21\n"
        "% d'entre eux déclaraient déjà développer des\n"
        "partenariats avec les\n"
        "associations.\n"
    )
    cut = [u for u in units(text) if u.text.startswith("2011")]
    assert cut and all(u.prior == -0.5 for u in cut), cut
    whole = [u for u in units(text) if u.text.startswith("À l'époque")]
    assert whole and whole[0].prior == 0.0


def test_rule_bare_lead_keeps_a_lead_giving_a_number_of_its_own():
    first = cand("Le budget a été voté en mars 2023.", {"budget", "vot"})
    vote = cand(
        "Le vote a été acquis par 42 voix contre 40, après un débat portant sur trois points :",
        {"vot", "voix"},
    )
    count = cand("Le débat a porté sur 3 points :", {"debat"})
    site = cand("La plateforme www.jardins21.org les rassemble en cinq entrées :", {"plateform"})
    assert without_bare_leads([first, vote, count, site]) == [first, vote, site]
