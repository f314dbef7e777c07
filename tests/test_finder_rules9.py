"""The finder's ninth round (what transfers to new pages), one behaviour per test (each fails
without its rule)."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Note", kind="note", date="2024-11-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- a stacked table whose rows are populations (rule `population_rows`) ------------------------

POPULATIONS = (
    "Une note de l'Observatoire a mesuré la diffusion des partenariats dans les organisations.\n"
    "Population observée\n"
    "Part engagée dans des partenariats\n"
    "Entreprises d'au moins 10 salariés\n"
    "37 %\n"
    "Associations (toutes)\n"
    "38 %\n"
    "… dont associations employeuses\n"
    "53 %\n"
    "Organisations « pionnières »\n"
    "65 %\n"
)


def test_rows_that_all_name_a_population_count_it():
    found = {r.text: r.actor for r in rows(POPULATIONS)}
    assert found["37 %"] == "Entreprises d'au moins 10 salariés"
    assert found["38 %"] == "Associations"
    assert found["53 %"] == "associations employeuses"
    assert found["65 %"] == "Organisations « pionnières »"


def test_rows_of_partner_types_keep_the_population_named_before():
    partners = (
        "Les associations employeuses citent leurs partenaires.\n"
        "Type de partenaire\n"
        "Part\n"
        "Collectivités territoriales\n"
        "74 %\n"
        "Entreprises\n"
        "28 %\n"
        "Organismes de recherche\n"
        "9 %\n"
    )
    assert one(partners, "28 %").actor == "associations employeuses"


# --- an umbrella noun in a table's header (rule `umbrella_header`) ------------------------------

UMBRELLA = (
    "Le tableau classe les familles d'acteurs selon la proportion d'associations employeuses\n"
    "qui déclarent travailler avec elles.\n"
    "Famille de partenaires\n"
    "Part des structures\n"
    "Collectivités territoriales\n"
    "89 %\n"
    "Établissements scolaires\n"
    "70 %\n"
    "Acteurs académiques\n"
    "35 %\n"
)


def test_an_umbrella_header_counts_the_population_named_before_the_table():
    assert one(UMBRELLA, "70 %").actor == "associations employeuses"


# --- a publication named by its date dates its section (`publication_verbs`: « note du ») -------


def test_a_note_named_by_its_date_dates_the_figures_after_it():
    text = (
        "3. Fondations, entreprises et territoires\n"
        "Une note du 29 février 2016 consacrée aux modèles de co-construction avait chiffré "
        "l'engagement des acteurs. Du côté économique, 37 % des entreprises étaient engagées "
        "dans au moins un partenariat.\n"
    )
    assert one(text, "37 %").year == "2016"


# --- a calendar of one-line entries (rule `calendar_lines`) ---------------------------------------


def test_a_heading_naming_a_part_of_a_one_line_calendar_takes_its_year():
    from assistant.finder.extract import extract_figures
    from assistant.types import Page

    doc = DocInfo(source="d.pdf", title="Diaporama", kind="note", date="2018-06-01")
    first = (
        "Six volets, un calendrier\nLe programme s'est déployé en six temps :\n"
        "▸ Citoyens — septembre 2015\n▸ Entreprises — octobre 2015\n"
        "▸ Associations — novembre 2015\n▸ Institutions — automne 2016\n"
    )
    second = "PHARE-Citoyens : les priorités\nEnjeu\nNote / 10\nEmploi\n7,1\nSécurité\n6,6\nExclusion\n6,3\n"
    found = extract_figures(doc, [Page(1, "1", first), Page(2, "2", second)])
    assert [(r.text, r.year) for r in found if r.page == 2] == [
        ("7,1", "2015"),
        ("6,6", "2015"),
        ("6,3", "2015"),
    ]


def test_a_bare_part_name_dates_no_line_that_only_contains_it():
    from assistant.finder.calendar import named_headings

    parts = {"Entreprises": "2015"}
    assert named_headings("Entreprises d'au moins 10 salariés\n37 %\n", parts) == []
    assert named_headings("PHARE-Entreprises : le regard des dirigeants\n", parts) == [(0, "2015")]


# --- items of a list whose head comes before a comma (rule `comma_items`) -------------------------


def test_an_item_head_before_a_comma_is_what_its_share_measures():
    text = (
        "L'étude distingue quatre formes de relations avec les entreprises : le mécénat, cité "
        "par 75 % des associations ; l'innovation sociétale, qui en concerne 73 % ; la "
        "coopération économique, pour 58 % des répondants.\n"
    )
    assert one(text, "75 %").measure.startswith("mécénat — ")
    assert one(text, "73 %").measure.startswith("l'innovation sociétale — ")


def test_a_clause_after_a_semicolon_is_no_item():
    text = (
        "Les maires hésitent : trois sur quatre considèrent leur territoire comme engagé ; "
        "pourtant, 46 % déclarent ne pas savoir piloter une démarche.\n"
    )
    assert "pourtant —" not in one(text, "46 %").measure


# --- shares after a lead that only gives a level (rule `level_lead`) -------------------------------


def test_shares_after_a_level_lead_measure_what_the_sentence_before_measured():
    text = (
        "3. Les organisations\n"
        "Du côté économique, 37 % des entreprises étaient engagées dans au moins un partenariat. "
        "Du côté associatif, la proportion était voisine : 38 % des associations, et 53 % parmi "
        "celles qui emploient des salariés.\n"
    )
    assert "engagées dans au moins un partenariat" in one(text, "38 %").measure
    assert "engagées dans au moins un partenariat" in one(text, "53 %").measure


def test_shares_sharing_a_predicate_after_them_do_not_point_back():
    text = (
        "Le baromètre interroge plusieurs publics. Selon l'enquête : 74 % des Français, 81 % "
        "des dirigeants et 86 % des responsables associatifs jugent les partenariats utiles.\n"
    )
    assert "jugent les partenariats utiles" in one(text, "74 %").measure


# --- a text-table row's period with a footnote call, in a captioned table (rule `row_period`) ----

PROGRAMMES = (
    "2. Trois plans quinquennaux\n"
    "Les travaux de l’Observatoire s’organisent en programmes successifs d’environ cinq ans. "
    "Le\ntableau suivant les résume ; il se lit ligne par ligne.\n"
    "Programme\nPériode\nRepère marquant\n"
    "ARPEA\n2008-2012\n10 volets d’études ; rapport quinquennal présenté le 11 décembre\n2012\n"
    "PHARE\n2013-2018 ²\n6 volets, dont 13 rapports régionaux\n"
    "IMPACT\n2018-2022\nprogramme lancé dès novembre 2017\n"
    "² Certaines pages de présentation bornent PHARE à 2013-2017.\n"
)


def test_a_period_cell_with_a_footnote_call_dates_its_row_in_a_captioned_table():
    found = {r.text: r.year for r in rows(PROGRAMMES)}
    assert (found["6"], found["13"]) == ("2013-2018", "2013-2018")


def test_a_period_cell_with_a_glued_footnote_call_dates_its_row():
    text = PROGRAMMES.replace("Le\ntableau suivant les résume ; il se lit ligne par ligne.", "")
    assert one(text.replace("2013-2018 ²", "2013-2018³"), "6").year == "2013-2018"


# --- an undated deck: each slide's own date (rule `undated_slides`) ---------------------------------


def test_a_slide_of_an_undated_deck_is_dated_by_the_year_it_prints():
    from assistant.finder.extract import extract_figures
    from assistant.types import Page

    doc = DocInfo(source="d.pdf", title="Diaporama", kind="note", date="")
    pages = [
        "DIAPORAMA\nFaire alliance : outils et fonds\n",
        "L'objectif en bref\nLa note en recense 19 cibles.\n",
        "Le Fonds\nCocréé en 2020\npar deux fondations\n1,5 M€\nde dotation pour l'expérimentation\n",
    ]
    found = extract_figures(doc, [Page(i, str(i), t) for i, t in enumerate(pages, start=1)])
    years = {r.text: r.year for r in found}
    assert (years["1,5 M€"], years["19"]) == ("2020", "")


# --- another version of the same results (`restating_words`: « une autre version … indique ») ----


def test_another_version_of_a_result_measures_what_the_result_measured():
    text = (
        "Les publics interrogés\n"
        "Les partenariats sont aussi vus comme un moteur d'innovation : c'est l'avis de 74 % des "
        "Français et 87 % des maires. Une autre version de ces résultats indique 69 % des "
        "citoyens au lieu de 74 %.\n"
    )
    assert "moteur d'innovation" in one(text, "69 %").measure
