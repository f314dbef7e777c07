"""The finder's rule `headcount_study` (session 26): a survey's headcount is cited with the
name of its study (« nombre de commerçants — Échantillon (enquête VIGIE-Commerces) »),
found where the document names it. Every example is invented; each positive test fails
without the rule, each negative one guards a misreading the rule must not make."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page

DOC = DocInfo(source="note.pdf", title="Note de résultats", kind="autre", date="2023-06-01")

INTRO = (
    "L'enquête VIGIE-Commerces a été conduite en mars 2023 par le réseau des halles.\n"
    "Elle porte sur la vie des centres-bourgs.\n"
)
METHODS = "Méthodologie\nÉchantillon : 640 commerçants\nMode de recueil : en ligne\n"


def _one(pages: list[str], printed: str, doc: DocInfo = DOC) -> FigureRow:
    rows = extract_figures(doc, [Page(i + 1, str(i + 1), t) for i, t in enumerate(pages)])
    found = [r for r in rows if r.text == printed]
    assert len(found) == 1, [(r.text, r.measure) for r in rows]
    return found[0]


def test_a_methods_box_headcount_takes_the_study_named_on_another_page():
    row = _one([INTRO, METHODS], "640")
    assert row.measure.endswith("(enquête VIGIE-Commerces)"), row.measure
    assert "commerçants" in row.measure  # what is counted, before the box's label


def test_a_survey_reaching_its_respondents_is_a_headcount_too():
    text = (
        "Le baromètre CAPRA-Habitants paraît chaque printemps.\n"
        "Le terrain s'est déroulé en janvier auprès de 1 200 habitants.\n"
    )
    assert "(baromètre CAPRA-Habitants)" in _one([text], "1 200").measure


def test_the_study_mentioned_nearest_before_the_headcount_wins():
    """Over the one the document speaks of most."""
    arco = "L'étude ARCO-Villes a interrogé des maires ; ARCO-Villes paraît chaque année.\n"
    text = "Trois ans après ARCO-Villes, l'enquête VIGIE-Commerces a pris le relais.\n" + METHODS
    measure = _one([arco, text], "640").measure
    assert measure.endswith("(enquête VIGIE-Commerces)"), measure


def test_no_study_is_guessed_when_the_document_speaks_of_several_as_often():
    first = "L'étude ARCO-Villes porte sur les maires.\n"
    second = "L'enquête VIGIE-Commerces porte sur les commerçants.\n"
    measure = _one([first, second, METHODS], "640").measure
    assert "(" not in measure, measure


def test_a_count_that_took_part_in_no_survey_keeps_its_measure():
    text = INTRO + "Le réseau compte 12 antennes ouvertes en France.\n"
    assert "VIGIE" not in _one([text], "12").measure


def test_a_headcount_whose_measure_names_its_study_is_not_named_twice():
    text = INTRO + "Au total, 640 commerçants ont répondu à VIGIE-Commerces.\n"
    measure = _one([text], "640").measure
    assert measure.count("VIGIE-Commerces") == 1, measure


def test_a_table_head_under_a_survey_noun_is_no_study():
    """« Enquête / Population / Terrain / Répondants », one word a line, heads columns."""
    head = "Enquête\nPopulation\nTerrain\nRépondants\n"
    measure = _one([INTRO, head + METHODS], "640").measure
    assert measure.endswith("(enquête VIGIE-Commerces)"), measure


# --- from the before-stop review: what the rule must not do -------------------------------------


def test_counts_that_took_part_in_no_survey_stay_as_they_are():
    """Meals, visits and a forum's attendance are no survey's headcount, even in a document
    that has one."""
    text = (
        "Le réseau a distribué 5 000 repas auprès de 300 familles en 2022.\n"
        "Le forum a réuni 250 participants et 40 exposants.\n"
    )
    for printed in ("5 000", "300", "250", "40"):
        rows = extract_figures(DOC, [Page(1, "1", INTRO), Page(2, "2", text)])
        for row in (r for r in rows if r.text == printed):
            assert "VIGIE" not in row.measure, (printed, row.measure)


def test_a_name_opening_the_sentence_as_its_label_is_its_study():
    text = "Source : ARCO-Villes, mars 2022 ; 640 habitants interrogés.\n"
    measure = _one([INTRO, text], "640").measure
    assert measure.endswith("(ARCO-Villes)"), measure


def test_no_study_for_a_count_said_of_another_body_place_or_person():
    for sentence in (
        "Le programme ARCO-Villes a interrogé 640 habitants en 2022.",
        "En Auvergne-Rhône-Alpes, 640 commerçants ont répondu.",
        "Selon Jean-Marc Durand, 640 commerçants ont été interrogés.",
        "Depuis la crise Covid-19, nous avons interrogé 640 commerçants.",
    ):
        measure = _one([INTRO, sentence + "\n"], "640").measure
        assert "VIGIE" not in measure, measure


def test_everyday_words_make_no_headcount_without_a_study_near():
    """« ont participé », « auprès de », « répondu présent » mark a survey's headcount only
    next to a study's mention, never through the document's study alone."""
    for sentence in (
        "Lors du forum, 300 bénévoles ont participé aux ateliers.",
        "Nos bénévoles interviennent auprès de 300 jeunes chaque semaine.",
        "Pour la fête, 30 bénévoles ont répondu présent.",
    ):
        rows = extract_figures(DOC, [Page(1, "1", INTRO), Page(2, "2", sentence + "\n")])
        assert all("VIGIE" not in r.measure for r in rows), [r.measure for r in rows]


def test_headings_in_capitals_and_one_line_table_heads_are_no_studies():
    for head in ("ENQUÊTE AUPRÈS DES MAIRES\n", "Enquête Population Terrain Répondants\n"):
        measure = _one([INTRO, head + METHODS], "640").measure
        assert measure.endswith("(enquête VIGIE-Commerces)"), (head, measure)


def test_a_name_cut_at_its_line_break_leaves_the_next_line_to_be_read():
    first = (
        "Les résultats du baromètre Habitants\n"
        "L'enquête VIGIE-Commerces complète le baromètre. VIGIE-Commerces paraît en mai.\n"
    )
    measure = _one([first, METHODS], "640").measure
    assert measure.endswith("(enquête VIGIE-Commerces)"), measure


def test_the_title_s_study_wins_over_a_passing_mention():
    doc = DocInfo(
        source="n.pdf", title="Enquête VIGIE-Commerces 2023 : résultats", kind="autre", date=""
    )
    text = "Ces chiffres rejoignent ceux de l'étude ARCO-Villes, parue plus tôt.\n"
    measure = _one([text, METHODS], "640", doc).measure
    assert measure.endswith("(enquête VIGIE-Commerces)"), measure


def test_who_ran_the_survey_is_not_its_study():
    text = (
        "L'enquête VIGIE-Commerces, conduite par Halles & Marchés en mai 2023 auprès de 640 "
        "commerçants, paraît en juin.\n"
    )
    measure = _one([text], "640").measure
    assert measure.endswith("(enquête VIGIE-Commerces)"), measure


def test_a_study_named_only_in_the_title():
    doc = DocInfo(
        source="n.pdf", title="Enquête VIGIE-Commerces 2023 : résultats", kind="autre", date=""
    )
    measure = _one([METHODS], "640", doc).measure
    assert measure.endswith("(enquête VIGIE-Commerces)"), measure


def test_a_name_wrapped_after_an_ampersand_and_its_year_are_one_study():
    first = "L'enquête HALLES &\nMARCHÉS 2023 porte sur les commerces.\n"
    second = "Les résultats de HALLES & MARCHÉS sont publiés.\n" + METHODS
    measure = _one([first, second], "640").measure
    assert measure.endswith("(enquête HALLES & MARCHÉS)"), measure


def test_a_mention_is_a_whole_word():
    text = (
        "L'étude ARCO porte sur les villes. ARCOS, ARCOS et ARCOS sont des communes.\n"
        "L'enquête VIGIE-Commerces aussi. VIGIE-Commerces encore.\n"
    )
    measure = _one([text, METHODS], "640").measure
    assert measure.endswith("(enquête VIGIE-Commerces)"), measure


def test_third_review_labels_and_cues():
    """A label's date is not part of its name; a study in a capitals heading is one; a count
    that answered « l'enquête » is a survey's headcount however far its study was named."""
    text = "CAPRA-Habitants en mars 2019 : 640 habitants interrogés.\n"
    assert _one([INTRO, text], "640").measure.endswith("(CAPRA-Habitants)")
    cover = "ENQUÊTE VIGIE-COMMERCES\nRésultats de l'édition 2023\n"
    assert _one([cover, METHODS], "640").measure.endswith("(enquête VIGIE-COMMERCES)")
    far = "Au total, 640 personnes ont répondu à l'enquête.\n"
    assert _one([INTRO, far], "640").measure.endswith("(enquête VIGIE-Commerces)")
