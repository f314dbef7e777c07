"""Session 43, the figures table's new rules: a table read one cell per line (rule
`population_cell`), partner lists and partners named as such (`partner_items`,
`named_partner`), counts per member (`per_population`), share rows and their lead
(`share_rows`, `share_lead`), a footnote call glued to a population (`called_actor`), chevron
items, dated part names (`dated_name`), answers under their question (`answer_heading`),
thresholds (« de 10 salariés et plus »). Each rule's first test fails without it; the tests
marked « guards » hold the inputs a before-stop review found the first versions misread.
Every example is invented."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.above import population_line
from assistant.finder.detect import detect
from assistant.types import DocInfo

DOC = DocInfo(source="tableur.pdf", title="Tableau de suivi", kind="autre", date="2023")

SHEET = (
    "Onglet : Indicateurs\n"
    "Réf.\nIndicateur\nPopulation\nValeur\nBase\n"
    "JAR-01\nFréquentent un jardin partagé\nHabitants\n27 %\n% des répondants\n"
    "JAR-02\nSoutiennent un jardin partagé\nMaires\n64 %\n% des répondants\n"
)


def test_a_share_under_a_population_cell_counts_it():
    page = FinderPage(DOC)
    row = page.one(SHEET, "27 %")
    assert row.actor == "Habitants", row
    assert "jardin partagé" in row.measure and "Fréquentent" in row.measure, row.measure
    row = page.one(SHEET, "64 %")
    assert row.actor == "Maires" and "Soutiennent" in row.measure, row


def test_a_population_on_the_shares_line_stays():  # guards what must stay
    text = "Fréquentent un jardin partagé\nHabitants\n27 % des maires\n"
    assert FinderPage(DOC).one(text, "27 %").actor == "maires"


def test_a_population_line_names_no_one_else():
    assert population_line("Dirigeants d’entreprise") is not None
    assert population_line("Maires :") is not None
    assert population_line("Maires et habitants") is None
    assert population_line("Fréquentent un jardin partagé") is None


# --- rule `partner_items`: a list of partner kinds and their shares -------------------------

CLUBS = (
    "Enquête menée auprès de 900 associations sportives. Une association compte 3 partenaires.\n"
    "Partenaires cités : collectivités 61 %, écoles 40 %, entreprises 22 %.\n"
)


def test_a_partner_list_counts_who_cites_the_partners():
    page = FinderPage(DOC)
    for printed, partner in (
        ("61 %", "collectivités"),
        ("40 %", "écoles"),
        ("22 %", "entreprises"),
    ):
        row = page.one(CLUBS, printed)
        assert row.actor != partner and "association" in row.actor, row
        assert row.measure == f"Partenaires cités : {partner}", row.measure


def test_cited_alone_announces_partners_after_a_sentence_on_them():
    text = (
        "Enquête menée auprès de 900 associations sportives. Une association compte 3 partenaires. "
        "Les plus cités : collectivités (61 %), écoles (40 %).\n"
    )
    row = FinderPage(DOC).one(text, "40 %")
    assert "association" in row.actor and row.measure.endswith(": écoles"), row


def test_a_partner_as_object_announces_no_list():  # guards what must stay
    text = (
        "Presque toutes déclarent travailler avec au moins un partenaire : la part atteint 97 %.\n"
    )
    assert "partenaire :" not in FinderPage(DOC).one(text, "97 %").measure


def test_a_unit_cell_between_a_label_and_its_value_is_skipped():
    """A variable dictionary: « Libellé / Type / Valeur », the type cell « % » sits between the
    label and the value; the label says what the value measures."""
    text = (
        "N°\nVariable\nLibellé\nType\nValeur publiée\n"
        "3\nJARDIN_TOT\nHabitants qui fréquentent un jardin partagé\n%\n27 %\n"
    )
    assert "jardin partagé" in FinderPage(DOC).one(text, "27 %").measure


def test_a_fraction_after_an_elided_de_is_a_share():
    found = [
        (f.text, f.value) for f in detect("Le jardin est cité par plus d'un tiers des habitants.")
    ]
    assert found == [("un tiers", 33.3)]
    assert [f.text for f in detect("Elle demande l'avis d'un tiers de confiance.")] == []
    assert [f.text for f in detect("Comptez près d'un quart d'heure à pied.")] == []


# --- rule `per_population`: a count per member of a population ------------------------------


def test_a_count_per_member_counts_the_population():
    page = FinderPage(DOC)
    text = "Le nombre moyen s'établit à 3 partenaires par association.\n"
    assert page.one(text, "3").actor == "association"
    text = "Une fondation soutient en moyenne 4 associations.\n"
    assert page.one(text, "4").actor == "fondation"


def test_an_average_counts_only_the_population_of_its_clause():  # guards what must stay
    page = FinderPage(DOC)
    text = "Selon les maires, la commune compte en moyenne 12 associations.\n"
    assert page.one(text, "12").actor == "associations"
    text = "En moyenne, les associations accueillent 120 bénévoles et 30 salariés.\n"
    assert page.one(text, "30").actor == "salariés"


def test_a_population_named_as_partner_is_not_counted():
    """Rule `named_partner`."""
    text = (
        "L'enquête a interrogé 500 associations sportives. "
        "Les collectivités sont le partenaire le plus cité (61 %).\n"
    )
    assert "association" in FinderPage(DOC).one(text, "61 %").actor
    for text, who in (  # guards what must stay: a share of the population, then « partenaire »
        ("58 % des maires sont des partenaires actifs.\n", "maires"),
        ("40 % des entreprises sont les partenaires d'une association.\n", "entreprises"),
    ):
        assert FinderPage(DOC).one(text, text[:4].strip()).actor == who


# --- rule `share_rows`: a table's rows of one share each, in a page of narrow columns --------

NARROW = (
    "Presque tous les clubs ont des partenaires, selon\n"
    "l'enquête menée auprès des associations sportives.\n"
    "Les communes arrivent en tête, devant les écoles,\n"
    "puis les entreprises du territoire et les autres\n"
    "acteurs publics ou privés qui les soutiennent.\n"
    "Tableau 2 – Partenaires cités\n"
    "Type de partenaire Part des associations\n"
    "sportives\n"
    "Collectivités territoriales 61 %\n"
    "Établissements scolaires 40 %\n"
    "Fédérations professionnelles 22 %\n"
    "Lecture : 40 % des associations sportives ont un partenariat\n"
    "avec une école.\n"
)


def test_share_rows_are_read_one_by_one_under_their_header():
    page = FinderPage(DOC)
    for printed, label in (
        ("61 %", "Collectivités"),
        ("40 %", "Établissements"),
        ("22 %", "Fédérations"),
    ):
        row = next(
            r for r in page.rows(NARROW) if r.text == printed and r.sentence.startswith(label)
        )
        assert row.sentence.endswith(printed) and "%" not in row.sentence[: -len(printed)]
        assert label in row.measure and "Partenaires cités" in row.measure, row.measure
        assert "association" in row.actor, row.actor


def test_share_rows_stay_whole_lines_for_answers():  # guards what must stay
    from assistant.sentences import segments

    units = [NARROW[a:b] for a, b, _ in segments(NARROW)]
    assert not any(u.strip() == "Établissements scolaires 40 %" for u in units)


def test_a_footnote_call_after_a_population_keeps_it():
    """Rule `called_actor`: « 64 % des habitants2 jugent … » counts the habitants."""
    text = "Selon l'enquête, 64 % des habitants2 jugent les jardins utiles.\n"
    assert FinderPage(DOC).one(text, "64 %").actor == "habitants"
    text = "Les maires-adjoints étaient 30 % à répondre.\n"  # guards what must stay
    assert FinderPage(DOC).one(text, "30 %").actor != "maires"


def test_a_chevron_opens_an_item_for_the_figures_table_only():
    from assistant.line_forms import item_marker

    assert item_marker("› écoles : 40 %", ticks=True) == len("› ")
    assert item_marker("› écoles : 40 %") == 0  # answers and passages read the line as printed
    text = "Les partenaires des clubs :\n› communes : 61 %\n› écoles : 40 %\n› entreprises : 22 %\n"
    row = FinderPage(DOC).one(text, "40 %")
    assert row.sentence == "écoles : 40 %" and "écoles" in row.measure, row


def test_a_heading_dating_a_part_dates_it_across_the_document():
    """Rule `dated_name`: « JARDINS-Habitants (mai 2019) : … » on one slide dates the figures
    of a later slide titled « JARDINS-Habitants : … » (the document itself is undated)."""
    from assistant.finder.calendar import calendar
    from assistant.finder.extract import extract_figures
    from assistant.types import Page

    assert calendar(["JARDINS-Habitants (mai 2019) : qui jardine ?\n"]) == {
        "JARDINS-Habitants": "2019"
    }
    undated = DocInfo(source="diaporama.pdf", title="Diaporama", kind="autre", date="")
    pages = [
        "JARDINS-Habitants (mai 2019) : qui jardine ?\n27 %\ndes habitants jardinent.\n",
        "JARDINS-Habitants : pourquoi jardiner ?\nSe nourrir\n41 %\nRencontrer\n33 %\n",
    ]
    rows = extract_figures(undated, [Page(i, str(i), t) for i, t in enumerate(pages, 1)])
    assert {r.year for r in rows if r.page == 2} == {"2019"}, [(r.text, r.year) for r in rows]


def test_an_answer_alone_takes_the_question_above():
    """Rule `answer_heading`: the shares of a sentence running on several lines whose measure
    is only « Oui » measure the question heading the slide."""
    text = (
        "Le jardin, lieu de rencontre ?\n"
        "Oui pour 64 % des habitants\n"
        "… pour 71 % des commerçants\n"
        "… et pour 80 % des maires\n"
    )
    for printed in ("64 %", "80 %"):
        assert "lieu de rencontre" in FinderPage(DOC).one(text, printed).measure


def test_more_thresholds_narrow_who_is_counted():
    """« de N salariés et plus », a singular population, a budget class: no figures."""
    assert [f.text for f in detect("Entreprises de 10 salariés et plus 37 %")] == ["37 %"]
    found = detect("84 % des répondants administrent une commune de moins de 2 000 habitants")
    assert [f.text for f in found] == ["84 %"]
    found = detect("contre 20 % de celles qui disposent de moins de 10 000 €.")
    assert [f.text for f in found] == ["20 %"]
    # guards what must stay: counts that are no class
    assert [f.text for f in detect("Plus de 2 000 personnes ont été interrogées.")] == ["2 000"]
    for text, kept in (
        ("Le fonds a reçu 10 000 € et plus de 3 ans de soutien.", "10 000 €"),
        ("Le réseau réunit des associations de 12 pays et plus de 300 bénévoles.", "12"),
        ("Le village, une commune de plus de 3 000 habitants, a créé un club.", "3 000"),
        ("Cette année, notre budget reste sous 10 000 €.", "10 000 €"),
        ("Le fonds, disposant de plus de 2 M€ de capital, soutient 40 projets.", "2 M€"),
    ):
        assert kept in [f.text for f in detect(text)], text


def test_the_population_after_a_share_noun_in_a_lead_counts_the_table():
    """Rule `share_lead`: « Part des associations sportives ayant des partenaires dans chaque
    famille d'acteurs : » over a table of partner kinds counts the associations, not « acteurs »."""
    text = (
        "Avec qui ?\n"
        "Part des associations sportives ayant des\n"
        "partenaires dans chaque famille d'acteurs :\n"
        " Partenaire\nPart\n"
        "Collectivités territoriales\n61 %\n"
        "Établissements scolaires\n40 %\n"
        "Fédérations professionnelles\n22 %\n"
    )
    assert FinderPage(DOC).one(text, "40 %").actor == "associations"


def test_partner_words_outside_a_list_leave_the_population():  # guards what must stay
    page = FinderPage(DOC)
    for text, who in (
        ("Les partenaires : les maires les jugent fiables à 62 %.\n", "maires"),
        ("Mot des partenaires : les habitants sont 62 % à soutenir le jardin.\n", "habitants"),
        (
            "L'enquête a interrogé 500 associations. Partenaires : chez les bénévoles, 62 % en "
            "sont satisfaits, contre 40 % chez les salariés.\n",
            "bénévoles",
        ),
    ):
        assert page.one(text, "62 %").actor == who, text


def test_a_population_under_a_figure_names_that_figure_not_the_next():  # guards what must stay
    text = "Qui jardine ?\n64 %\nHabitants\n71 %\nCommerçants\n"
    assert FinderPage(DOC).one(text, "71 %").actor != "Habitants"


def test_prose_ending_on_a_share_is_no_table_row():  # guards what must stay
    from assistant.sentences import share_row

    assert share_row("Écoles 40 %") and share_row("sur l'emploi : 49 %")
    assert not share_row("Au total, la part des femmes bénévoles atteint 55 %")
    assert not share_row("des clubs, les écoles 40 %")


def test_a_lower_case_compound_or_a_year_glued_to_a_population_is_no_part_or_call():
    from assistant.finder.calendar import calendar

    assert calendar(["vice-président (2019) : le bilan\n"]) == {}
    text = "Baromètre Français2024 : 74 % jugent les jardins utiles.\n"
    assert FinderPage(DOC).one(text, "74 %").actor != "Français"
