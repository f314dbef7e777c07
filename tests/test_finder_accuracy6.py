"""The finder's sixth accuracy round, one behaviour per test (each fails without its rule)."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Note", kind="note", date="2021-04-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- counts and durations written in words ------------------------------------------------------


def test_a_number_word_followed_by_a_counted_noun_is_a_count():
    row = one("Onze territoires pionniers s'y sont engagés pour une durée de 18 mois.", "Onze")
    assert (row.value, row.unit) == (11.0, "count")
    assert one("La fondation s'est fixé trois missions.", "trois").value == 3.0


def test_a_number_word_followed_by_years_is_a_duration():
    row = one("De l'ARPEA à IMPACT : quinze ans d'observation des alliances", "quinze ans")
    assert (row.value, row.unit) == (15.0, "years")


def test_a_number_word_without_a_counted_noun_or_before_a_fraction_is_no_figure():
    # before a fraction, the number word is no count: the fraction is a share (session 27,
    # `proportions_in_words`)
    found = [(r.text, r.unit) for r in rows("Les deux tiers des volumes. Ils sont deux à le dire.")]
    assert found == [("Les deux tiers", "%")]


def test_a_list_lead_with_its_own_count_still_labels_its_items():
    text = "Quatre modes de relation sont distingués : le mécénat : 75 % ; l'innovation : 73 %."
    assert one(text, "Quatre").unit == "count"
    assert one(text, "75 %").measure.startswith("mécénat — Quatre modes de relation")


def test_a_number_word_does_not_cut_the_clause_of_a_figure_in_digits():
    text = "Un accord de trois ans est mis en place avec 37 fournisseurs partenaires."
    assert "accord" in one(text, "37").measure


# --- populations of company reports --------------------------------------------------------------


def test_managers_cadres_and_farmers_are_populations_a_count_names():
    assert one("5 330 managers ont été sensibilisés.", "5 330").actor == "managers"
    assert one("2 900 cadres ont été formés au leadership.", "2 900").actor == "cadres"
    row = one("30 éleveurs du Cantal fournissent le lait.", "30")
    assert (row.actor, row.actor_category) == ("éleveurs", "éleveurs")
    assert one("46 abattoirs ont été audités.", "46").actor_category == "fournisseurs"


# --- a role yields only to a population a heading names ------------------------------------------

MARKS_AFTER_PROSE = (
    "Ce volet révèle que 69 % des Français voient un « devoir d'alliance » entre acteurs.\n"
    "Les sondés ont aussi noté plusieurs enjeux. Le tableau suivant donne les notes.\n"
    "Enjeu\n"
    "Note /10\n"
    "Emploi\n"
    "7,1\n"
    "Pouvoir d'achat\n"
    "6,6\n"
    "Sécurité\n"
    "6,6\n"
    "Environnement\n"
    "6,3\n"
)


def test_a_table_counts_the_role_its_sentence_names_not_a_population_said_in_passing():
    assert one(MARKS_AFTER_PROSE, "7,1").actor == "sondés"


def test_a_role_still_yields_to_the_population_a_heading_names():
    text = "Les priorités des Français\n" + MARKS_AFTER_PROSE.split("\n", 1)[1]
    assert one(text, "7,1").actor == "Français"


# --- stacked tables: wrapped row labels, a population in the labels' header ---------------------


def test_a_row_label_wrapped_on_two_lines_keeps_the_table_whole():
    text = (
        "Le tableau classe les familles de partenaires.\n"
        "Famille de partenaires\n"
        "Part des associations employeuses\n"
        "concernées\n"
        "Collectivités territoriales\n"
        "89 %\n"
        "Structures d'intérêt général (associations,\n"
        "fondations)\n"
        "73 %\n"
        "Établissements scolaires\n"
        "70 %\n"
    )
    row = one(text, "73 %")
    assert row.actor == "associations employeuses"
    assert row.measure.startswith(
        "Part des associations employeuses concernées : Structures d'intérêt général "
        "(associations, fondations)"
    )


def test_the_labels_header_names_whom_the_rows_count():
    text = (
        "Côté entreprises, l'étude ARPEA Entreprises & Territoires dessinait un paysage :\n"
        "Attitude des entreprises\n"
        "Part\n"
        "Développent déjà des partenariats\n"
        "21 %\n"
        "Souhaitent en développer\n"
        "33 %\n"
        "Ne le souhaitent pas\n"
        "46 %\n"
    )
    assert one(text, "33 %").actor == "entreprises"


# --- key figures: a share alone on its line, its words on the next ------------------------------


def test_a_share_alone_on_its_line_reads_the_population_and_words_below_it():
    text = "L'alliance : devoir, besoin, envie\n81 %\ndes Français :\nun devoir d'alliance\n92 %\n"
    row = one(text, "81 %")
    assert row.actor == "Français"
    assert "devoir d'alliance" in row.measure
    text = "Un territoire qui bouge\n91 %\nvoient leur territoire en mouvement\n"
    assert one(text, "91 %").measure == "voient leur territoire en mouvement"


# --- years: a stacked table is dated by the section it sits in ----------------------------------


def test_a_stacked_table_and_the_prose_after_it_take_the_publication_year_above_it():
    undated = DocInfo(source="d.pdf", title="Note", kind="note", date="2012-12-11")
    text = (
        "Le volet Citoyens, publié en septembre 2015, repose sur 2 000 personnes interrogées.\n"
        "Enjeu\n"
        "Note /10\n"
        "Emploi\n"
        "7,1\n"
        "Pouvoir d'achat\n"
        "6,6\n"
        "Environnement\n"
        "6,3\n"
        "Le même volet indiquait que 69 % des Français ressentent un « devoir d'alliance ».\n"
    )
    assert one(text, "7,1", undated).year == "2015"
    assert one(text, "69 %", undated).year == "2015"


def test_a_heading_ending_in_a_period_dates_the_figures_of_its_section():
    undated = DocInfo(source="d.pdf", title="Note", kind="note", date="2012-12-11")
    text = (
        "4. Le temps d'IMPACT (2018-2022)\n"
        "Le troisième cycle s'est intéressé aux effets des alliances. L'étude s'appuie sur\n"
        "l'interrogation de 42 fondations.\n"
    )
    row = one(text, "42", undated)
    assert row.year == "2018-2022"


# --- lists: a lead that says nothing is read with the sentence before it ------------------------


def test_a_thin_list_lead_is_read_with_the_sentence_before_it():
    text = (
        "On a ensuite demandé aux personnes interrogées dans quels domaines les partenariats\n"
        "auraient un impact fort. Quatre domaines se détachent :\n"
        "• l'emploi, pour 49 % des répondants ;\n"
        "• le développement économique, pour 46 % ;\n"
        "• l'environnement, pour 42 %.\n"
    )
    row = one(text, "46 %")
    assert "impact fort" in row.measure
    assert row.actor == "répondants"


def test_a_hundred_percent_that_a_sum_exceeds_is_a_reading_note():
    assert (
        rows(
            "Une même association pouvant citer plusieurs partenaires, les totaux dépassent 100 %."
        )
        == []
    )
    assert one("À fin 2018, 100 % des usines sont certifiées.", "100 %").value == 100.0


def test_a_line_opening_on_the_date_of_a_study_dates_the_figures_under_it():
    doc = DocInfo(source="d.pdf", title="Diaporama", kind="note", date="2024-11-01")
    text = (
        "Rappel : les vagues précédentes\n"
        "• Nov. 2020 : étude IMPACT-Élus locaux (Comisis-OpinionWay)\n"
        "• 76 % des maires jugent leur territoire engagé\n"
    )
    assert one(text, "76 %", doc).year == "2020"


def test_a_section_naming_a_part_of_a_publication_calendar_takes_its_year():
    from assistant.finder.extract import extract_figures
    from assistant.types import Page

    doc = DocInfo(source="d.pdf", title="Bulletin", kind="bulletin", date="2016-12-01")
    first = (
        "Le calendrier de publication figure dans le tableau ci-contre.\n"
        "Volet\nParution\nPHARE-Citoyens\nseptembre 2015\nPHARE-Entreprises\noctobre 2015\n"
        "PHARE-Associations\nnovembre 2015\n"
    )
    second = "Zoom sur PHARE-Citoyens\nCe volet révèle que 69 % des Français voient un devoir.\n"
    rows_ = extract_figures(doc, [Page(1, "1", first), Page(2, "2", second)])
    assert [(r.text, r.year) for r in rows_ if r.page == 2] == [("69 %", "2015")]
