"""Session 57, figures table: a page's title under a running header, a row label's unit read
the same way in tables printed one cell per line and one row per line. Every example is
invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.finder.titles import report_year
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Rapport des clubs", kind="rapport", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


_HEADER = "CLUBS\nLettre des clubs n° 4 · Le sport ensemble\nÉdition mars 2025\n"
_COVER = _HEADER + "Le sport ensemble\nLes clubs comptent 1 200 bénévoles en 2025.\n"
_SURVEY_PAGE = (
    _HEADER + "Enquête Clubs-Villes : les attentes des licenciés\n(octobre 2022)\n"
    "Les notes des priorités\nLes licenciés interrogés ont noté chaque priorité de leur club :\n"
    "Priorité\nNote sur 10\nTerrains\n7,4\nHoraires\n6,8\n"
    "Encadrement\n6,1\nLes terrains arrivent nettement en tête.\n"
)


def test_a_page_title_under_a_running_header_dates_its_page() -> None:
    # rules `header_skipped` and `title_date_wrapped`: the header lines recur at the top of
    # every page; the title under them sets its survey's date off on the next line
    rows = [r for r in _rows(_COVER, _SURVEY_PAGE) if r.page == 2]
    years = {r.text: r.year for r in rows}
    assert years["7,4"] == years["6,1"] == "2022"


def test_a_title_without_a_date_leaves_the_document_date() -> None:
    page = _SURVEY_PAGE.replace("\n(octobre 2022)", "")
    rows = [r for r in _rows(_COVER, page) if r.page == 2]
    assert {r.year for r in rows if r.text in ("7,4", "6,1")} == {"2025"}


def test_a_dated_first_line_that_recurs_is_a_running_header() -> None:
    # « Édition mars 2025 » heads every page: it dates nothing of its own
    page = _HEADER.replace("mars 2025", "(2019)") + "Les priorités\nTerrains : 7,4 sur 10.\n"
    rows = _rows(page, page)
    assert {r.year for r in rows if r.text.startswith("7,4")} == {"2025"}


def test_a_bracket_mentioning_a_part_gives_no_share_in_a_stacked_table() -> None:
    # one reader of a row label's unit: « (hors part fédérale) » is no « Part des … »
    rows = _rows(
        "Tableau 2 — Tarifs du club\nCatégorie\nValeur\n"
        "Cotisation adulte (hors part fédérale)\n85\nCotisation junior\n60\n"
        "Cotisation loisir\n40\nSource : club, 2024.\n"
    )
    assert all(r.unit != "%" for r in rows)


def test_a_row_label_unit_in_words_in_a_table_printed_one_row_per_line() -> None:
    # the same reader for one-line rows: « Part des … » and « Nombre moyen … » give a unit
    got = {
        r.text: r.unit
        for r in _rows(
            "Tableau 4 — Indicateurs des clubs\nIndicateur 2022 2024\n"
            "Part des clubs labellisés 41 48\nNombre moyen de bénévoles 12 15\n"
            "Cotisation adulte (en €) 80 85\n"
        )
    }
    assert (got["48"], got["15"], got["85"]) == ("%", "count", "€")


def _by_text(text: str) -> dict[str, FigureRow]:
    return {r.text.strip(): r for r in _rows(text)}


def test_a_share_of_an_amount_counts_no_one() -> None:
    # rule `amount_share`: a part of the amount printed before it, of money printed after it
    got = _by_text(
        "Les clubs sportifs du département ont répondu à l'enquête. Doté de 2,4 millions "
        "d'euros sur trois ans, dont 58 % apportés par des mécènes, le fonds a aidé 90 projets. "
        "En 2024, les budgets des clubs reposaient à 35 % sur des financements publics et à "
        "65 % sur des financements privés. L'objectif est de ramener sous 30 % la part des "
        "financements publics.\n"
    )
    assert [got[k].actor for k in ("58 %", "35 %", "65 %", "30 %")] == ["", "", "", ""]
    assert got["58 %"].measure.startswith("part du montant")
    assert got["65 %"].measure.startswith("part des financements privés")


def test_a_share_after_a_count_of_people_still_counts_them() -> None:
    # « 1,3 million d'associations …, dont 11 % … » is no amount
    got = _by_text("On compte 1,3 million d'associations, dont 11 % emploient un salarié.\n")
    assert got["11 %"].actor == "associations"


def test_age_classes_are_not_figures_but_durations_are() -> None:
    # rule `age_classes`: an age bounding a class of people, as the sets label them
    got = _by_text(
        "Échantillon : 1 020 personnes, âgées de 18 ans et plus. Chez les moins de 35 ans, "
        "l'adhésion atteint 88 %. La moitié d'entre eux ont moins de 35 ans. Les jeunes de 18 "
        "à 24 ans sont convaincus, contre 71 % des 65 ans et plus. Depuis plus de 20 ans, le "
        "club organise un tournoi qui dure 3 ans.\n"
    )
    ages = {k for k, r in got.items() if r.unit == "years"}
    assert ages == {"20 ans", "3 ans"}
    assert {"1 020", "88 %", "71 %"} <= set(got)


def test_a_count_column_beside_a_counted_one_counts_too() -> None:
    # rule `sibling_counts`: « Clubs actifs » (an adjective) beside « Licenciés inscrits »
    got = _by_text(
        "Tableau 1 — Clubs recensés par canton (au 31 décembre 2024)\nCanton\nClubs actifs\n"
        "Licenciés inscrits\nNord (1)\n34\n410\nSud (2)\n29\n365\nEst (3)\n12\n148\n"
        "Source : ligue, recensement 2024.\n"
    )
    assert (got["34"].unit, got["410"].unit, got["12"].unit) == ("count", "count", "count")
    assert got["34"].year == "2024"


def test_people_out_of_ten_before_a_verb_are_a_share() -> None:
    # rule `people_out_of_ten`: « 8 sur 10 jugent … » is 80 %, « 7 sur 10 pour … » a mark
    got = _by_text(
        "Au printemps, 120 licenciés ont répondu : 8 sur 10 jugent le club accueillant. "
        "La sécurité obtient 7 sur 10 pour les parents.\n"
    )
    assert (got["8 sur 10"].unit, got["8 sur 10"].value) == ("%", 80.0)
    assert got["7 sur 10"].unit == "/10"


def test_a_number_moved_from_and_to_counts_and_takes_its_end_of_the_period() -> None:
    # rules `number_is` (« passant de … à … ») and `from_to_period`
    got = _by_text(
        "Entre 2021 et 2024, le nombre de clubs labellisés a doublé, passant de 31 à 64. "
        "Entre 2014 et 2020, la part des parents satisfaits est passée de 62 % à 77 %.\n"
    )
    assert (got["31"].unit, got["31"].year) == ("count", "2021")
    assert (got["64"].unit, got["64"].year) == ("count", "2024")
    assert (got["62 %"].year, got["77 %"].year) == ("2014", "2020")


def test_a_range_between_two_years_keeps_the_period() -> None:
    got = _by_text("Entre 2014 et 2020, de 70 à 80 % des clubs ont accueilli des stagiaires.\n")
    assert (got["70"].year, got["80 %"].year) == ("2014-2020", "2014-2020")


def test_an_estimate_of_the_number_of_people_counts_them() -> None:
    # rule `number_estimated`: the number is printed before « le nombre de X »
    got = _by_text("Une étude parue en 2019 chiffrait à 85 000 le nombre d'arbitres bénévoles.\n")
    assert (got["85 000"].unit, got["85 000"].year) in {("people", "2019"), ("count", "2019")}


def test_a_number_a_plural_subject_is_counts_it() -> None:
    # rule `subject_count`; a number word after a count is no counted noun
    got = _by_text(
        "Les bénévoles du club sont désormais près de 640 : ils étaient 510 deux ans plus "
        "tôt. Les tarifs sont 20 % plus élevés.\n"
    )
    assert (got["640"].unit, got["640"].actor) == ("people", "bénévoles")
    assert got["510"].actor == "bénévoles"


def test_millions_listed_after_an_amount_are_euros() -> None:
    # rule `elided_millions`
    got = _by_text(
        "Lancé en 2021 pour quatre exercices, le fonds a reçu 2,4 millions d'euros des "
        "mécènes, 1,1 million de la ville et 300 000 € de la région. Le budget est de 3 M€. "
        "La ville compte 1,2 million.\n"
    )
    assert (got["1,1 million"].unit, got["1,1 million"].value) == ("€", 1_100_000.0)
    assert "1,2 million" not in got


def test_a_mark_takes_the_population_that_gives_it() -> None:
    # rule `mark_givers`: « accordée par les X » after a mark out of 10
    got = _by_text(
        "83 % des maires jugent les clubs utiles.\n7,4/10\nnote moyenne accordée par les "
        "Français à l'accueil des clubs\n"
    )
    assert got["7,4/10"].actor == "Français"


def test_a_difference_in_points_from_a_year_spans_it_to_the_document() -> None:
    # rule `gap_since`
    got = _by_text(
        "Chez les parents, la part atteint 41 %, en recul de 4 points par rapport à 2021.\n"
    )
    assert got["4 points"].year == "2021-2025"


def test_key_figures_under_a_dated_heading_take_its_year() -> None:
    # rule `key_figure_block`: a number alone on its line and its caption are no heading
    got = _by_text(
        "Le club a été fondé en 2011 et compte 14 sections.\nLa saison 2024 en chiffres\n"
        "41\nnouveaux licenciés\n1 870\nbénévoles actifs\n212\nmatchs joués\n"
    )
    assert (got["41"].year, got["1 870"].year, got["212"].year) == ("2024", "2024", "2024")


def test_data_as_of_a_date_take_its_year() -> None:
    got = _by_text(
        "Effectifs au 1er janvier 2023, déclarés par les clubs.\n"
        "Club des Tilleuls : 14 salariés et 220 bénévoles.\n",
    )
    assert (got["14"].year, got["220"].year) == ("2023", "2023")


def test_a_row_label_ending_on_an_open_word_goes_on_on_the_next_line() -> None:
    # rule `open_label_end`: « Part des clubs comptant au moins une » / « PME »
    got = _rows(
        "Tableau 1 — Indicateurs de suivi, saisons 2022 à 2024\nIndicateur\n2022\n2023\n2024\n"
        "Clubs labellisés (cumul)\n58\n85\n126\nPart des clubs comptant au moins une\nPME\n"
        "41 %\n47 %\n52 %\n"
    )
    shares = [(r.text, r.year) for r in got if r.unit == "%"]
    assert shares == [("41 %", "2022"), ("47 %", "2023"), ("52 %", "2024")]
    assert all("au moins une PME" in r.measure for r in got if r.unit == "%")


def test_an_age_a_rule_sets_is_a_figure() -> None:
    # no other figure in its sentence counts the class: the age is what the sentence says
    got = _by_text("Le dispositif est ouvert aux jeunes de 16 à 25 ans.\n")
    assert {"16", "25 ans"} <= set(got)


def test_an_amount_bounding_what_a_share_counts_is_no_figure() -> None:
    # rule `share_bound`: the amount stays in the share's measure
    got = _by_text(
        "Le budget médian atteint 38 500 €, mais un quart des clubs disposent de moins de "
        "10 000 €.\n"
    )
    assert "10 000 €" not in got and "38 500 €" in got
    assert "10 000 €" in got["un quart"].measure


def test_a_year_with_a_glued_footnote_call_is_a_year() -> None:
    # rule `glued_year_call`: « 20212 » with a note « 2. » below is 2021 and a call
    page = (
        "Ils étaient 69 % à le penser en 2015, puis 81 % en 20212.\n"
        "1. Baromètre des clubs, vague 2015.\n2. Baromètre des clubs, vague 2021.\n"
    )
    got = _by_text(page)
    assert got["81 %"].year == "2021"
    assert "20212" not in got  # no number of its own
    # without a note of that number below, the digits stay as printed
    assert _by_text("La ligue a versé 20212 € aux clubs.\n")["20212 €"].value == 20212.0


def test_a_share_naming_its_population_after_a_pronoun_keeps_it() -> None:
    got = _by_text(
        "Les bénévoles ont lu les études. Elles montrent que 81 % des Français et 84 % des "
        "maires jugent le sport utile.\n"
    )
    assert got["81 %"].actor == "Français"


def test_a_bracketed_share_after_the_population_it_is_compared_to() -> None:
    # rule `bracketed_share`; not a partner cited (« avec les collectivités (89 %) »)
    got = _by_text(
        "Les maires sont plus réservés : 58 % d'entre eux jugent l'impact fort, soit 9 points "
        "de moins que les responsables associatifs (67 %).\n"
    )
    assert (got["58 %"].actor, got["67 %"].actor) == ("maires", "responsables associatifs")


def test_an_annual_report_dates_its_figures_with_the_year_it_reports_on() -> None:
    # rule `report_year`: « Rapport d'activité 2023 », published in 2024
    rows = _rows(
        "Club des Tilleuls\nRapport d'activité 2023\nLe mot du président\n"
        "Nous le devons à nos 86 bénévoles et à nos 12 salariés.\n",
        date="2024",
    )
    assert {r.year for r in rows} == {"2023"}
    later = [Page(1, "1", "Club des Tilleuls\nRapport d'activité 2025\nNos 86 bénévoles.\n")]
    assert report_year(later, "2024") == ""  # no report on a year to come


# Review guards (a helper read the diff and invented these inputs)


def test_review_a_share_of_people_after_an_amount_keeps_them() -> None:
    got = _by_text("Le budget de 300 000 € concerne 450 associations, dont 62 % sont rurales.\n")
    assert got["62 %"].actor == "associations"
    got = _by_text("Leurs budgets reposaient à 40 % sur le mécénat des entreprises.\n")
    assert got["40 %"].actor == "" and got["40 %"].measure.startswith("part du mécénat")


def test_review_a_partner_listed_after_ainsi_que_is_no_comparison() -> None:
    got = _by_text(
        "Les associations travaillent avec les entreprises (72 %) ainsi que les collectivités "
        "(89 %).\n"
    )
    assert got["89 %"].actor != "collectivités"


def test_review_amounts_that_bound_no_class_stay() -> None:
    got = _by_text("Les dons représentent 45 % des ressources et atteignent plus de 200 000 €.\n")
    assert "200 000 €" in got
    got = _by_text("Un quart des clubs disposent de moins de 10 000 euros.\n")
    assert "10 000 euros" not in got


def test_review_ages_set_by_a_rule_and_spans_of_time_stay() -> None:
    got = _by_text(
        "Le dispositif, doté de 2 millions d'euros, est ouvert aux jeunes de 16 à 25 ans. "
        "Sur les 3 à 5 ans à venir, 40 % des clubs prévoient d'embaucher.\n"
    )
    assert {"16", "25 ans", "3", "5 ans"} <= set(got)


def test_review_subject_counts_after_a_line_break_and_not_prices() -> None:
    got = _by_text("Bilan de la saison\nLes bénévoles du club sont désormais près de 640.\n")
    assert got["640"].unit == "people"
    assert "12" not in _by_text("Les tarifs des clubs sont 12, 15 ou 20 selon l'âge.\n")


def test_review_numbered_lists_are_no_notes_for_glued_calls() -> None:
    got = _by_text(
        "La ligue a versé 20212 € aux clubs en 2024.\nNos priorités :\n1. Former les "
        "bénévoles.\n2. Ouvrir une antenne.\n"
    )
    assert got["20212 €"].value == 20212.0
    got = _by_text(
        "Le réseau compte 19503 adhérents répartis en 4 régions.\n1 Nord\n2 Sud\n3 Est\n"
    )
    assert "19503" in got and got["4"].year != "1950"


def test_review_singular_verbs_after_out_of_ten_keep_the_mark() -> None:
    got = _by_text("La note moyenne de 7 sur 10 devient la référence du réseau.\n")
    assert got["7 sur 10"].unit == "/10"


def test_review_a_participle_of_another_noun_gives_no_population() -> None:
    got = _by_text("Les associations donnent 7,4/10 aux aides accordées par les collectivités.\n")
    assert got["7,4/10"].actor == "associations"


def test_review_one_line_row_labels_read_counts_before_parts() -> None:
    got = {
        r.text: r.unit
        for r in _rows(
            "Tableau 4 — Indicateurs\nIndicateur 2022 2024\n"
            "Nombre de clubs prenant part au dispositif 41 48\n"
            "Cotisation adulte hors part fédérale 80 85\nNombre moyen de bénévoles 12 15\n"
        )
    }
    assert got.get("41") == "count" and got.get("80") != "%"


def test_review_decimal_columns_beside_a_count_are_no_counts() -> None:
    got = _rows(
        "Tableau 1 — Clubs recensés par canton\nCanton\nLicenciés inscrits\nNotes moyennes\n"
        "Nord\n410\n7,4\nSud\n365\n6,8\nEst\n148\n7,1\n"
    )
    assert all(r.unit != "count" for r in got if r.text in ("7,4", "6,8", "7,1"))


def test_review_a_comparison_with_the_data_of_a_year_dates_nothing_else() -> None:
    got = _by_text(
        "Rapport d'activité\nPar rapport aux effectifs de 2019, les clubs ont gagné 1 200 "
        "bénévoles.\nLe budget atteint 3 millions d'euros.\n"
    )
    assert got["3 millions d'euros"].year != "2019"


def test_review_millions_after_a_verb_are_no_euros() -> None:
    got = _by_text("La région, dotée de 12 millions d'euros, compte 5,8 millions.\n")
    assert "5,8 millions" not in got or got["5,8 millions"].unit != "€"


def test_notes_printed_under_a_table_date_its_rows() -> None:
    # rule `table_notes`: a run of numbered notes right under a table, text after them; a law
    # a note cites dates no study; « Pays-Bas5 » calls note 5
    got = _by_text(
        "Tableau 1 — Clubs ayant un partenaire, par pays\nPays\nPart des clubs\n"
        "France1\n37 %\nAllemagne2\n42 %\nPays-Bas3\n48 %\n"
        "1. France : ligue nationale, enquête 2016.\n2. Allemagne : Institut Brücke, enquête 2022 ; "
        "voir aussi la loi n° 2014-856 du 31 juillet 2014.\n3. Pays-Bas : Bureau Samen, enquête 2021.\n"
        "Enseignements\nLes pays du nord affichent les taux les plus élevés, portés par une tradition "
        "ancienne de fondations.\n"
    )
    assert (got["37 %"].year, got["42 %"].year, got["48 %"].year) == ("2016", "2022", "2021")


def test_between_those_two_editions_takes_the_years_told_before() -> None:
    # rule `between_those_two`, then `from_to_period`
    got = _by_text(
        "En 2018, 1 008 parents avaient été interrogés ; en 2021, ils étaient 1 245. Entre ces "
        "deux éditions, la part des parents satisfaits était passée de 64 % à 70 %, soit six "
        "points de plus.\n"
    )
    assert (got["64 %"].year, got["70 %"].year, got["six points"].year) == (
        "2018",
        "2021",
        "2018-2021",
    )


def test_a_figure_said_today_is_the_documents() -> None:
    # rule `today_clause`
    got = _by_text(
        "Lancée le 30 novembre 2021 à Lyon, la charte des clubs compte aujourd'hui 1 240 "
        "signataires.\n"
    )
    assert got["1 240"].year == "2025"


def test_one_out_of_two_before_a_singular_verb_is_a_share() -> None:
    got = _by_text(
        "Lors de la 1re édition, 1 008 parents ont répondu. 1 sur 2 a déjà participé à une "
        "action commune. La note est de 1 sur 10 a priori.\n"
    )
    assert got["1 sur 2"].unit == "%" and got["1 sur 10"].unit != "%"
    assert "1 008" in got  # « édition, 1 008 »: no edition's number across a comma


def test_simplified_accounts_with_group_headings_and_a_unit_sentence() -> None:
    # rules `unit_statement` and `group_rows`; « Autres charges » opens the next row, it is no
    # counted noun of the cell above
    got = _by_text(
        "Comptes simplifiés de l'exercice 2024\n"
        "Montants en milliers d'euros, arrêtés par le conseil d'administration du club.\n"
        "Comptes simplifiés 2024\nMontant\nProduits\nCotisations\n312,4\nDons\n96,8\n"
        "Total des produits\n409,2\nCharges\nSalaires et charges sociales\n301,7\n"
        "Autres charges\n107,5\nTotal des charges\n409,2\n"
    )
    assert (got["312,4"].unit, got["312,4"].value) == ("€", 312_400.0)
    assert (got["301,7"].unit, got["301,7"].value) == ("€", 301_700.0)
    assert got["107,5"].unit == "€"


def test_a_count_bounding_what_a_share_counts_is_no_figure() -> None:
    # rule `share_bound` for counts, and after a short verb phrase
    got = _by_text(
        "Les clubs manquent de bras : un sur deux fonctionne avec moins de trois salariés. "
        "84 % des répondants sont maires d'une commune de moins de 2 000 habitants. "
        "Le club compte 45 % de femmes et plus de 300 licenciés.\n"
    )
    assert "trois" not in got and "2 000" not in got and "300" in got


# Second review guards


def test_review2_a_new_table_title_is_no_group_heading() -> None:
    got = _by_text(
        "Le club en chiffres\nBudget 2024\nMontant (€)\nCotisations\n312 400\nDons\n96 800\n"
        "Subventions\n40 100\nEffectifs du club\nLicenciés\n420\nBénévoles\n65\nSalariés\n8\n"
    )
    assert got["420"].unit != "€"


def test_review2_table_notes_end_with_their_lines_and_lists_are_no_notes() -> None:
    got = _by_text(
        "Tableau 1 — Clubs ayant un partenaire, par pays\nPays\nPart des clubs\n"
        "France1\n37 %\nAllemagne2\n42 %\nPays-Bas3\n48 %\n"
        "1. France : ligue nationale, enquête 2016.\n2. Allemagne : Institut Brücke, 2022.\n"
        "3. Pays-Bas : Bureau Samen, données des ligues.\nEnseignements\nLa fondation "
        "néerlandaise, créée en 1998, soutient les clubs.\n"
    )
    assert got["48 %"].year != "1998"
    got = _by_text(
        "Un réseau qui grandit\n45 % des clubs du réseau ont un partenaire privé1.\n"
        "Les grandes étapes :\n1. Lancement du réseau en 2015.\n2. Signature de la charte en "
        "2019.\n3. Ouverture aux entreprises.\nLe réseau poursuit son développement.\n"
    )
    assert got["45 %"].year == "2025"


def test_review2_an_association_loi_1901_is_no_law_date() -> None:
    got = _by_text(
        "45 % des clubs ont un partenaire privé1.\n"
        "1. Enquête auprès de 500 associations loi 1901, réalisée en 2022.\n"
    )
    assert got["45 %"].year == "2022"


def test_review2_today_in_a_reported_answer_keeps_the_survey_year() -> None:
    for text in (
        "En 2022, 60 % des clubs déclaraient ne pas avoir de partenaire à ce jour.\n",
        "Selon le baromètre 2021, 45 % des dirigeants ont aujourd'hui un partenaire.\n",
    ):
        assert {r.year for r in _rows(text) if r.unit == "%"} <= {"2021", "2022"}


def test_review2_one_out_of_five_before_a_is_a_mark() -> None:
    got = _by_text("Le jury a attribué la note de 1 sur 5 à ce projet, jugé trop flou.\n")
    assert all(r.unit != "%" for r in got.values())


def test_review2_counts_after_plus_de_or_a_provenance_stay() -> None:
    got = _by_text(
        "Les femmes représentent désormais 45 % des licenciés avec plus de 3 000 joueuses.\n"
    )
    assert "3 000" in got
    got = _by_text("La moitié des dons provient de plus de 300 entreprises mécènes.\n")
    assert "300" in got
