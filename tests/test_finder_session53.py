"""Session 53, figures table: a fieldwork date written after a label (« terrain : automne
2023 ») dates the figures that follow it; a table whose rows are labelled by years reads each
row's year. Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Veille des clubs", kind="bulletin", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


BRIEFS = (
    "Brève datée du 6 février 2025\n"
    "Fédération des rameurs — « Les clubs face aux coûts » (terrain :\n"
    "automne 2023 ; parution : février 2024).\n"
    "Sur 812 clubs interrogés, 61 % disent avoir vu leurs charges augmenter.\n"
    "Brève datée du 20 mars 2025\n"
    "Institut Sillage — Baromètre des pagayeurs, 2e vague (terrain : octobre 2021 ;\n"
    "parution : mars 2022).\n"
    "Parmi les pagayeurs licenciés, 47 % jugent les bassins trop chers.\n"
)


def test_a_labelled_fieldwork_date_dates_the_figures_after_it() -> None:
    # rule `labelled_fieldwork`: each brief's own fieldwork, not the bulletin's year
    years = {r.text.strip(): r.year for r in _rows(BRIEFS)}
    assert years["61 %"] == "2023"
    assert years["47 %"] == "2021"


def test_a_labelled_fieldwork_month_range_and_bare_year() -> None:
    for label, year in (("janvier-février 2022", "2022"), ("2021", "2021")):
        text = (
            f"Cabinet Trame — « Clubs et communes » (terrain : {label} ;\n"
            "parution : juin 2024).\n"
            "Les dirigeants de clubs sont 41 % à soutenir une fête de leur commune.\n"
        )
        assert {r.text.strip(): r.year for r in _rows(text)}["41 %"] == year


def test_a_publication_label_is_no_fieldwork() -> None:
    # « parution : juin 2024 » alone says when it came out, not when it was asked
    text = (
        "Cabinet Trame — « Clubs et communes » (parution : juin 2023).\n"
        "Les dirigeants de clubs sont 41 % à soutenir une fête de leur commune.\n"
    )
    assert {r.text.strip(): r.year for r in _rows(text)}["41 %"] != "2022"


YEAR_ROWS = (
    "Tableau 2 – Part des associations sportives ayant au moins une convention avec\n"
    "une commune (%)\n"
    "Année\n"
    "Vallée haute\n"
    "Vallée basse\n"
    "Plateau\n"
    "2017\n"
    "38\n"
    "44\n"
    "29\n"
    "2023\n"
    "46\n"
    "51\n"
    "33\n"
    "Sources : enquêtes des ligues.\n"
)


def test_a_table_whose_rows_are_years_dates_each_row() -> None:
    # rule `year_rows`: « 2017 / 38 / 44 / 29 / 2023 / 46 / … » under « Année / Vallée haute / … »
    rows = {r.text.strip(): r for r in _rows(YEAR_ROWS)}
    assert rows["38"].year == "2017"
    assert rows["33"].year == "2023"
    assert "Plateau" in rows["33"].measure and "Vallée" in rows["46"].measure
    assert rows["46"].actor.startswith("associations")
    assert "2023" not in rows["46"].measure  # the row's year dates it, it measures nothing


def test_two_dates_with_values_of_other_widths_are_no_year_table() -> None:
    text = YEAR_ROWS.replace("33\n", "")  # 3 values, then 2: no table of year rows
    rows = {r.text.strip(): r for r in _rows(text)}
    assert not (
        rows.get("38")
        and rows["38"].year == "2017"
        and rows.get("46")
        and rows["46"].year == "2023"
        and "Vallée haute" in rows["46"].measure
    )


def test_a_year_after_a_compared_figure_dates_only_that_figure() -> None:
    # rule `compared_figure_year`: « contre 44 % …, en 2021 » dates 44 %, not the 58 % before
    text = (
        "Parmi les présidents de clubs, 58 % jugent les conventions utiles, contre 44 % lors "
        "de la vague précédente, en 2021.\n"
    )
    years = {r.text.strip(): r.year for r in _rows(text, date="2024")}
    assert years["44 %"] == "2021"
    assert years["58 %"] == "2024"


def test_a_year_before_contre_still_dates_the_first_figure() -> None:
    text = "En 2023, 58 % des bénévoles jugent les conventions utiles, contre 44 % en 2019.\n"
    years = {r.text.strip(): r.year for r in _rows(text, date="2024")}
    assert years == {"58 %": "2023", "44 %": "2019"}


NOTED = (
    "Les clubs de la vallée\n"
    "En 2015, 69 % des pagayeurs estimaient déjà que la vallée manquait de bassins1. Les "
    "présidents de clubs sont 46 % à ne pas savoir piloter les travaux2 ; 58 % des bénévoles "
    "jugent les cotisations trop élevées3.\n"
    "1. Fédération des rameurs, enquête réalisée en 2015 auprès de 2 000 licenciés, publiée en "
    "septembre 2015.\n"
    "2. Institut Sillage, programme VAGUES 2018-2022, volet « clubs ».\n"
    "3. Synthèse de la 3e journée des bénévoles, 2019.\n"
)


def test_a_figure_takes_the_year_of_the_note_its_sentence_calls() -> None:
    # rule `note_years`: the called note's fieldwork, else its period, else its only year
    years = {r.text.strip(): (r.year, r.year_source) for r in _rows(NOTED)}
    assert years["69 %"] == ("2015", "phrase")  # its own sentence dates it first
    assert years["46 %"] == ("2018-2022", "source")
    assert years["58 %"] == ("2019", "source")


def test_a_numbered_heading_nobody_calls_is_no_note() -> None:
    text = (
        "1. Les clubs en 2019\n"
        "Les présidents de clubs sont 46 % à ne pas savoir piloter les travaux.\n"
    )
    assert all(r.year_source != "source" for r in _rows(text))


def test_a_note_called_in_another_row_of_a_table_does_not_date_this_one() -> None:
    text = (
        "Tableau 3 — Partenaires cités (en % des associations sportives)\n"
        "Type de partenaire %\n"
        "Collectivités territoriales1 89\n"
        "Établissements scolaires 70\n"
        "Entreprises locales 37\n"
        "1. L'enquête des ligues (2016) donnait 74 % pour les collectivités.\n"
    )
    rows = {r.text.strip(): r for r in _rows(text)}
    assert rows["70"].year_source != "source" and rows["37"].year_source != "source"


def test_a_front_pages_numbered_notes_do_not_date_the_document() -> None:
    from assistant.ingest.catalogue import publication_date

    page = (
        "Collectif des clubs - Note n° 12\n"
        "Janvier 2025\n"
        "Les pagayeurs et leurs bassins\n"
        "En 2015, 69 % des pagayeurs estimaient déjà manquer de bassins1.\n"
        "1. Fédération des rameurs, enquête réalisée en 2015 auprès de 2 000 licenciés, publiée\n"
        "en septembre 2015.\n"
    )
    # « 1. … publiée » / « en septembre 2015. » is a note (its wrapped line too), and « n° 12 »
    # on the line above is no day of « Janvier 2025 »
    assert publication_date(page, "", "note.pdf") == "2025-01"


COMPARED_YEARS = (
    "3. Comparaison avec la saison précédente\n"
    "Indicateur\n"
    "2022\n"
    "2023\n"
    "Évolution\n"
    "Dossiers reçus\n"
    "312\n"
    "398\n"
    "+28 %\n"
    "Taux de sélection\n"
    "23 %\n"
    "22 %\n"
    "-1 pt\n"
    "Montant moyen par projet (€)\n"
    "50 700\n"
    "48 300\n"
    "-5 %\n"
)


def test_a_change_in_points_is_a_cell_of_its_row() -> None:
    # « -1 pt » is a value line: the three rows are one table, each cell with its column's year
    rows = {r.text.strip(): r for r in _rows(COMPARED_YEARS)}
    assert (rows["312"].unit, rows["312"].year) == ("count", "2022")
    assert (rows["398"].unit, rows["398"].year) == ("count", "2023")
    assert (rows["48 300"].unit, rows["48 300"].year) == ("€", "2023")
    assert rows["-1 pt"].value == -1 and "sélection" in rows["-1 pt"].measure


COUNTED_COLUMN = (
    "1. Répartition des soutiens par domaine\n"
    "Domaine\n"
    "Projets soutenus en 2023\n"
    "Part du budget 2023 (%)\n"
    "Insertion et emploi\n"
    "24\n"
    "30\n"
    "Éducation et jeunesse\n"
    "21\n"
    "23\n"
    "Environnement\n"
    "17\n"
    "21\n"
)


def test_a_column_headed_by_a_noun_and_a_participle_counts_that_noun() -> None:
    # rule `counted_header`: « Projets soutenus en 2023 » / 24 is a count, « (%) » a share
    rows = [r for r in _rows(COUNTED_COLUMN) if r.text.strip() in ("24", "30", "17")]
    assert {(r.text.strip(), r.unit) for r in rows} == {
        ("24", "count"),
        ("30", "%"),
        ("17", "count"),
    }


def test_an_adjective_after_a_plural_noun_heads_no_count() -> None:
    text = COUNTED_COLUMN.replace("Projets soutenus en 2023", "Acteurs académiques")
    assert all(r.unit != "count" for r in _rows(text))


WINNERS = (
    "Les lauréats (2/2)\n"
    "N°\n"
    "Club (commune,\n"
    "département)\n"
    "Projet\n"
    "Montant\n"
    "accordé (€)\n"
    "Durée\n"
    "Bénéficiaires\n"
    "prévus\n"
    "5\n"
    "Aviron du Lac (Annecy,\n"
    "74)\n"
    "Bateaux partagés des\n"
    "écoles\n"
    "40 000\n"
    "18 mois\n"
    "150\n"
    "6\n"
    "Canoë Vallée (Millau, 12)\n"
    "Descente accompagnée\n"
    "64 000\n"
    "2 ans\n"
    "380\n"
    "7\n"
    "Rame & Loisirs\n"
    "(Auch, 32)\n"
    "Initiation des seniors\n"
    "35 000\n"
    "3 ans\n"
    "210\n"
)


def test_numbered_rows_with_wrapped_text_cells_read_their_values() -> None:
    # rule `numbered_rows`: each row from its number to the next, its values under the last
    # headers
    rows = {r.text.strip(): r for r in _rows(WINNERS)}
    assert (rows["40 000"].unit, rows["40 000"].value) == ("€", 40000)
    assert "Bateaux partagés" in rows["40 000"].measure
    assert rows["380"].unit == "count" and "Bénéficiaires" in rows["380"].measure
    assert rows["35 000"].unit == "€" and "Rame & Loisirs" in rows["35 000"].measure
    assert "5" not in rows and "7" not in rows  # row numbers are no figures


def test_a_numbered_list_with_one_value_each_is_no_numbered_table() -> None:
    text = (
        "N°\nVariable\nLibellé\nValeur publiée\n"
        "1\nCLUBS\nNombre de clubs affiliés\n412\n"
        "2\nLICENCES\nNombre de licences\n9 800\n"
    )
    assert all("Valeur publiée" not in r.measure for r in _rows(text))


def test_partner_labels_of_a_year_table_are_no_population() -> None:
    # rule `partner_runs` after `year_cells`: the shares count the associations that cite
    # each kind of partner, not the partner the label names
    text = (
        "Tableau A2 - Types de partenaires des associations (en %, plusieurs réponses)\n"
        "Type de partenaire\n2020\n2022\n2024\n"
        "Collectivités territoriales\n71\n74\n76\n"
        "Établissements d'enseignement\n44\n47\n49\n"
        "Entreprises\n29\n31\n33\n"
    )
    rows = [r for r in _rows(text) if r.unit == "%"]
    assert len(rows) == 9
    assert {r.actor for r in rows} == {"associations"}


def test_beneficiaries_and_voters_are_populations() -> None:
    text = (
        "Les projets soutenus ont touché 12 640 bénéficiaires directs. Un tiers des votants "
        "donnent une note inférieure ou égale à 4.\n"
    )
    rows = {r.text.strip(): r for r in _rows(text)}
    assert rows["12 640"].actor == "bénéficiaires directs"
    assert rows["Un tiers"].actor == "votants"


CHRONOLOGY = (
    "4.1 La chronologie\n"
    "2015. La fédération publie son premier baromètre. Plus de 900 licenciés sont\n"
    "interrogés : 61 % des rameurs y jugent les bassins trop rares.\n"
    "2016. Treize ligues régionales publient leur bilan ; 87 % d'entre elles\n"
    "comptent un club universitaire.\n"
    "2017. L'étude des clubs, conduite en 2016 auprès de 640 présidents, paraît\n"
    "en mars. 74 % des clubs citent les communes parmi leurs partenaires.\n"
    "2018. Le programme VAGUES s'ouvre avec 12 ligues pilotes.\n"
)


def test_a_chronologys_entries_date_their_figures() -> None:
    # rule `entry_years`: each entry opens on its year; a survey statement printed in an
    # earlier entry does not date a later one
    years = {r.text.strip(): r.year for r in _rows(CHRONOLOGY, date="2025")}
    assert years["61 %"] == "2015"
    assert years["87 %"] == "2016"
    assert years["74 %"] == "2016"  # « conduite en 2016 »: the study's fieldwork
    assert years["12"] == "2018"  # not the 2016 fieldwork stated in the entry before


def test_one_sentence_opening_on_a_year_is_no_chronology() -> None:
    text = (
        "2016. Le club compte 87 adhérents.\nEn 2024, 61 % des rameurs jugent les bassins rares.\n"
    )
    years = {r.text.strip(): r.year for r in _rows(text, date="2025")}
    assert years["61 %"] == "2024"


def test_a_labelled_fieldwork_period_dates_with_the_period() -> None:
    text = (
        "Chaire des sports — « Les ligues » (terrain : 2022-2023 ; parution : septembre 2024).\n"
        "L'équipe a suivi 36 ligues régionales ; la moitié d'entre elles ont un club pilote.\n"
    )
    years = {r.text.strip(): r.year for r in _rows(text)}
    assert years["36"] == "2022-2023"


def test_a_year_said_of_the_survey_dates_every_figure_of_its_sentence() -> None:
    # rule `fieldwork_clause`: « interrogés à l'automne 2023 » stands in the count's clause
    # and still dates the share before it
    text = (
        "Ils sont 91 % parmi les 302 présidents de clubs interrogés à l'automne 2023 : 35 % "
        "répondent « fortement ».\n"
    )
    years = {r.text.strip(): r.year for r in _rows(text, date="2025")}
    assert years["91 %"] == "2023" and years["302"] == "2023"


def test_a_year_of_another_clause_without_a_fieldwork_verb_still_stays_there() -> None:
    text = "Le réseau des 61 référents (72 à compter de septembre 2021) couvre la vallée.\n"
    years = {r.text.strip(): r.year for r in _rows(text, date="2025")}
    assert years["61"] == "2025"


def test_a_sentence_naming_its_dated_study_dates_the_next_ones_of_its_section() -> None:
    # rule `according_study`
    text = (
        "1. Combien de clubs ont des partenaires ?\n"
        "Selon l'étude VAGUES – Clubs & Territoires (programme VAGUES 2018-2022), 98 % des "
        "clubs affiliés ont au moins un partenaire. Les communes arrivent en tête (89 %), "
        "devant les écoles (70 %).\n"
    )
    years = {r.text.strip(): r.year for r in _rows(text, date="2025")}
    assert years["89 %"] == "2018-2022" and years["70 %"] == "2018-2022"


def test_selon_without_a_study_noun_dates_nothing() -> None:
    text = (
        "Selon le président (mandat 2018-2022), 98 % des clubs affiliés ont un partenaire. "
        "Les communes arrivent en tête (89 %).\n"
    )
    years = {r.text.strip(): r.year for r in _rows(text, date="2025")}
    assert years["89 %"] == "2025"


def test_average_and_headcount_labels_give_counts() -> None:
    text = (
        "Tableau A3 - Rappel des éditions antérieures\n"
        "Indicateur\n1re édition\n2e édition\n3e édition\n"
        "Partenaires par club (moyenne)\n2,5\n2,7\n2,9\n"
        "Clubs interrogés (effectif)\n1 380\n968\n1 015\n"
        "Clubs ayant un partenaire (%)\n28\n29\n31\n"
    )
    units = {r.text.strip(): r.unit for r in _rows(text)}
    assert units["2,7"] == "count" and units["968"] == "count" and units["29"] == "%"


def test_codes_counts_and_lists_are_no_note_calls() -> None:
    # review: « CO2 », « U17 », « m2 », « » 12 clubs » call no note; a numbered list that other
    # text follows is no block of notes; a note ends with its own lines
    cases = (
        "Les déplacements représentent 62 % des émissions de CO2 du club.\nNos engagements :\n"
        "1. Covoiturage organisé.\n2. Objectif zéro bus diesel d'ici 2030.\n",
        "Le club compte 28 % des licenciés en U17 de la ligue.\n"
        "17. Ouvrir une section féminine en 2027.\n",
        "Le gymnase offre 850 m2 d'espaces, dont 35 % réservés aux scolaires.\n"
        "2 Extension livrée en 2028\n",
        "Le label « Club citoyen » 12 clubs l'ont obtenu, soit 40 % des candidats.\n"
        "12 Engagements signés pour la période 2019-2021.\n",
        "Les prêts aux enfants forment 41 % des prêts du réseau1.\n"
        "1. Direction de la lecture publique, tableau de bord annuel.\n"
        "Le bibliobus, créé en 1987, dessert les villages.\n",
    )
    for text in cases:
        assert all(r.year_source != "source" for r in _rows(text)), text


def test_a_head_date_under_a_short_numbered_line_still_dates_the_document() -> None:
    from assistant.ingest.catalogue import publication_date

    page = (
        "Bibliothèques de la vallée\n3. Rapport d'activité\nmars 2024\nPrêts depuis janvier 2019.\n"
    )
    assert publication_date(page, "", "x.pdf") == "2024-03"
    contents = "Sommaire\n1 Édito du président\n2 Les chiffres\nnuméro de décembre 2024\n"
    assert publication_date(contents, "", "x.pdf") == "2024-12"


def test_a_source_year_after_a_compared_figure_dates_both() -> None:
    text = (
        "Parmi les licenciés des clubs de judo, 58 % sont des garçons, contre 42 % de filles, "
        "selon le recensement fédéral de 2022.\n"
    )
    years = {r.text.strip(): r.year for r in _rows(text, date="2025")}
    assert years == {"58 %": "2022", "42 %": "2022"}


def test_a_numbered_key_figures_list_is_no_numbered_table() -> None:
    # review: no « N° » header over the numbers: a list of key figures, not a table
    text = (
        "Le club en bref\nPart des femmes parmi les adhérents : en hausse\n"
        "Nos résultats en deux points\n1\nÉquipes engagées en championnat\n12\n+2\n"
        "2\nTerrains disponibles\n4\n+1\n"
    )
    assert all(r.unit != "%" for r in _rows(text) if r.text.strip() in ("12", "4"))


def test_a_labelled_list_of_years_is_no_fieldwork_date() -> None:
    text = (
        "Fréquentation des piscines (données : 2018, 2019 et 2020).\n"
        "Les nageurs licenciés sont 38 % à venir chaque semaine.\n"
    )
    assert {r.text.strip(): r.year for r in _rows(text, date="2024")}["38 %"] != "2018"
