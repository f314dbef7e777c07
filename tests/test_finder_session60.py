"""Session 60, figures table. Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Rapport des clubs", kind="rapport", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


def _by_text(rows: list[FigureRow]) -> dict[str, FigureRow]:
    return {r.text: r for r in rows}


def test_an_average_said_after_its_count_counts_its_holder_not_its_noun() -> None:
    # rule `average_after`: « 2,5 partenaires en moyenne » counted « partenaires »; the
    # average is per association (named before it, or by the section before)
    rows = _rows(
        "Les fondations du réseau sont 312 en 2024. Elles y déclarent 4,2 mécènes en moyenne.\n"
        "Les associations employeuses sont 148 000 en France.\n"
        "Les associations y déclarent 2,5 partenaires en moyenne.\n"
        "Les bénévoles donnent 3,5 heures en moyenne.\n"
    )
    by = _by_text(rows)
    assert by["2,5"].actor == "associations"
    rows = _rows(
        "Les associations employeuses sont 148 000 en France.\n\n2,6 partenaires en moyenne\n"
    )
    assert _by_text(rows)["2,6"].actor == "associations employeuses"


def test_an_average_after_its_count_keeps_a_count_of_another_population() -> None:
    # the count's own noun stays its actor when nothing before names another population
    rows = _rows("Chaque année, 40 bénévoles en moyenne rejoignent le réseau.\n")
    assert _by_text(rows)["40"].actor == "bénévoles"


_VOTES = (
    "3. Vote par collège sur la charte locale\n"
    "Collège\nPour\nContre\nAbstention\n"
    "Élus\n13\n1\n1\nEntreprises\n7\n2\n2\nAssociations\n18\n0\n2\nHabitants\n12\n4\n2\n"
    "Décision : la charte est adoptée.\n"
)


def test_a_vote_table_s_bare_cells_are_counts_of_its_row() -> None:
    # rule `tally_columns`: « Pour / Contre / Abstention » over whole numbers count votes (the
    # cells had no unit and were no figures), and « Pour » alone is no header cut on « pour »
    rows = [r for r in _rows(_VOTES) if r.sentence.startswith("Élus")]
    assert [(r.text, r.unit, r.actor) for r in rows] == [
        ("13", "count", "Élus"),
        ("1", "count", "Élus"),
        ("1", "count", "Élus"),
    ]
    assert rows[0].measure.startswith("Pour : Élus")
    assert rows[1].measure.startswith("Contre : Élus")


def test_a_headcount_table_counts_its_registered_and_present_members() -> None:
    rows = _rows(
        "Participants : 64 personnes.\nCollège\nInscrits\nPrésents\n"
        "Élus\n18\n15\nEntreprises\n14\n11\nAssociations\n22\n20\n"
    )
    counts = [(r.text, r.actor) for r in rows if r.sentence.startswith("Entreprises")]
    assert counts == [("14", "Entreprises"), ("11", "Entreprises")]


def test_a_tally_header_does_not_count_decimal_cells() -> None:
    # a « Pour » column of marks is no count of votes
    rows = _rows(
        "Notes moyennes\nProjet\nPour\nContre\n"
        "Jardin\n7,4\n2,1\nMarché\n6,8\n3,0\nBibliothèque\n8,1\n1,2\n"
    )
    assert not [r for r in rows if r.unit == "count"]


_QUESTIONNAIRE = (
    "Résultats question par question\n"
    "Q7. Quels effets avez-vous observés ? (plusieurs réponses possibles ; base : 334 répondants)\n"
    "Nouveaux bénévoles : 43 %\nNouvelles ressources : 61 %\nInnovation : 37 %\n"
    "Aucun effet : 8 %\n"
    "Q8. Quel public vous a le plus aidé ?\n"
    "Maires : 52 %\nDirigeants : 31 %\n"
)


def test_a_population_inside_an_answer_option_is_not_whom_the_shares_count() -> None:
    # rule `answer_options`: « Nouveaux bénévoles : 43 % » counted « bénévoles », and the
    # options after it carried them; the shares count the people asked (the question's base)
    rows = _by_text(_rows(_QUESTIONNAIRE))
    assert [rows[t].actor for t in ("43 %", "61 %", "37 %", "8 %")] == ["répondants"] * 4
    # and an option measures its question and its answer
    assert "effets avez-vous observés : Innovation" in rows["37 %"].measure


def test_an_answer_option_opening_on_a_population_keeps_it() -> None:
    rows = _by_text(_rows(_QUESTIONNAIRE))
    assert rows["52 %"].actor == "Maires"


def test_a_key_figure_captioned_below_a_question_is_no_answer_option() -> None:
    # « — 4 — » / « 21 % » / « des entreprises développent … »: a page marker and a key
    # figure's caption, not an option « — 4 — : 21 % »
    rows = _by_text(
        _rows(
            "Qui s'engage, qui hésite ?\n— 4 —\n21 %\ndes entreprises développent\n"
            "des partenariats avec des associations.\n"
        )
    )
    assert rows["21 %"].actor == "entreprises"
    assert "4" not in rows["21 %"].measure


def test_a_group_after_a_question_is_who_answered() -> None:
    rows = _by_text(
        _rows(
            "Du 30 septembre au 28 octobre 2024, 302 maires ont répondu.\nQui a répondu ?\n"
            "Parmi les répondants, 84 %\nadministrent une commune de moins de 2 000 habitants.\n"
        )
    )
    assert rows["84 %"].actor == "répondants"


def test_sports_clubs_are_counted_as_printed() -> None:
    # « clubs » was no population: « 89 % des clubs » took « associations » named before
    rows = _by_text(
        _rows(
            "L'enquête porte sur les associations sportives du département.\n"
            "Au total, 89 % des clubs ont au moins un partenaire.\n"
        )
    )
    assert rows["89 %"].actor == "clubs"
    assert rows["89 %"].actor_category == "associations"


def test_partners_ranked_in_a_sentence_are_not_whom_the_shares_count() -> None:
    # rule `ranked_partner`: « Les collectivités arrivent en tête (74 %), devant … » gave each
    # share the partner it names; they count the organisations that cite those partners
    rows = _rows(
        "Les associations employeuses sont 148 000 en France. Les collectivités y "
        "arrivaient déjà en tête (74 %) ; les entreprises ne sont citées que par 28 % "
        "d'entre elles.\n"
    )
    assert [r.actor for r in rows if r.unit == "%"] == ["associations employeuses"] * 2
    rows = _rows(
        "Les clubs interrogés ont 3,1 partenaires. Les collectivités arrivent en tête (81 %), "
        "devant les entreprises (41 %). Les autres associations sont citées par 29 % d'entre "
        "eux, les fondations par à peine 9 %.\n"
    )
    assert [r.actor for r in rows if r.unit == "%"] == ["clubs"] * 4


def test_people_ranked_in_a_sentence_keep_their_own_shares() -> None:
    # a ranking of the publics asked (not kinds of partners) and a partner cited by a named
    # population keep their populations
    rows = _by_text(
        _rows(
            "Les associations y sont favorables. Les maires arrivent en tête (72 %), devant "
            "les dirigeants (48 %). Les collectivités sont citées par 80 % des habitants.\n"
        )
    )
    assert rows["72 %"].actor == "maires"
    assert rows["80 %"].actor == "habitants"


def test_a_title_giving_shares_after_other_words_in_its_bracket() -> None:
    # rule `title_shares`: « (plusieurs réponses possibles, en %) » gives the bare cells their
    # unit, as « (en %) » does
    rows = _rows(
        "Principales motivations des entreprises partenaires (plusieurs réponses possibles, "
        "en %)\nMotivation\nFrance\nMoyenne européenne\nAncrage territorial\n62\n51\n"
        "Engagement des salariés\n47\n55\nImage et réputation\n35\n44\n"
    )
    assert [(r.text, r.unit) for r in rows][:2] == [("62", "%"), ("51", "%")]


def test_an_average_of_the_amount_after_a_count_leaves_the_count_its_noun() -> None:
    # « Nos 4 812 donateurs ont donné en moyenne 706 € »: the average is the amount's; the
    # count of donors is no average per member of the network's foundations (review of
    # `average_after`)
    rows = _by_text(
        _rows(
            "Réseau des fondations du Val d'Arvenne\n"
            "Nos 4 812 donateurs ont donné en moyenne 706 €, soit 38 € de plus.\n"
        )
    )
    assert rows["4 812"].actor == "donateurs"


def test_tally_counts_under_a_college_header_count_their_row() -> None:
    # rule `population_label` for tallies: « Collège » / « Sièges » / « Élus 15 12 »
    rows = _rows(
        "Annexe 2 – Composition du Conseil au 12 mars 2024\nCollège\nSièges\n"
        "Présents le 12 mars\nÉlus\n15\n12\nEntreprises\n14\n10\nPersonnalités qualifiées\n14\n11\n"
    )
    assert [r.actor for r in rows if r.sentence.startswith("Entreprises")] == ["Entreprises"] * 2


def test_counts_of_things_by_population_do_not_count_the_population() -> None:
    # « Public étudié » over a table of publications: the rows name whom the publications
    # study, not whom the counts count
    rows = _rows(
        "Tableau 1 — Publications repères, par public étudié (nombre de publications)\n"
        "Public étudié\n2015\n2016\n2017\nCitoyens\n1\n2\n1\nEntreprises\n1\n3\n2\n"
        "Associations\n2\n1\n1\n"
    )
    assert all(r.actor != "Entreprises" for r in rows)


def test_donors_are_a_population() -> None:
    rows = _by_text(_rows("Le réseau compte 1 250 donateurs réguliers et 12 fondations.\n"))
    assert rows["1 250"].actor_category == "donateurs"
    # « mécènes » after a population is its adjective (review)
    rows = _by_text(_rows("Entreprises mécènes : 9 %\nLe fonds compte 41 entreprises mécènes.\n"))
    assert rows["41"].actor_category == "entreprises"


def test_partner_options_under_a_wrapped_question_count_those_asked() -> None:
    # « Q2. Avec quels types de partenaires ? (… ; base : 334 répondants ayant un » /
    # « partenaire) » / « Collectivités : 74 % »: the partners are the answer (rule
    # `answer_options` with `partner_cues`), the shares count the question's base
    rows = _by_text(
        _rows(
            "Résultats\nQ1. Votre association a-t-elle un partenaire ? (base : 412 répondants)\n"
            "Oui : 81 %\nNon : 19 %\n"
            "Q2. Avec quels types de partenaires ? (plusieurs réponses possibles ; base : 334 "
            "répondants ayant un\npartenaire)\nCollectivités : 74 %\n"
            "Associations ou fondations : 72 %\nEntreprises : 28 %\n"
        )
    )
    assert [rows[t].actor for t in ("74 %", "72 %", "28 %")] == ["répondants"] * 3


def test_the_date_of_a_law_does_not_date_the_figures_beside_it() -> None:
    # « la loi n° 2014-856 du 31 juillet 2014 » in the same sentence dated the shares 2014
    rows = _by_text(
        _rows(
            "Considérant que 81 % des Français estiment que les organisations ont un devoir "
            "d'alliance ; le Conseil rappelle que la loi n° 2014-856 du 31 juillet 2014 encadre "
            "ces coopérations.\n",
            date="2024",
        )
    )
    assert rows["81 %"].year == "2024"
    # a programme's date still dates what it opens
    rows = _by_text(
        _rows(
            "Entre l'entrée dans le programme (janvier 2022) et la mesure finale (juin 2023), la "
            "part des bénéficiaires en emploi est passée de 12 % à 41 %.\n",
            date="2024",
        )
    )
    assert rows["41 %"].year == "2023"


def test_partner_options_keep_the_population_their_question_names() -> None:
    # « Avec quels partenaires ? (% des associations employeuses) »: the question says whom
    # the options count; they were opened and took the document's population (maires)
    rows = _rows(
        "Les maires sont 302 à avoir répondu. 64 % des maires soutiennent les alliances.\n"
        "98 % des associations employeuses ont au moins un partenaire\n"
        "Avec quels partenaires ? (% des associations employeuses)\n"
        "Collectivités territoriales\n89 %\nStructures d'intérêt général\n73 %\n"
        "Établissements scolaires\n70 %\n"
    )
    assert [r.actor for r in rows if r.text in ("89 %", "73 %", "70 %")] == [
        "associations employeuses"
    ] * 3


# Review guards (a helper's reread of the session's diff, invented inputs)


def test_options_naming_who_answered_keep_their_populations() -> None:
    # « Petites associations : 72 % » under a question: who answered, adjectives before them
    rows = _by_text(
        _rows(
            "Q3. Êtes-vous optimiste pour l'avenir de votre structure ?\n"
            "Petites associations : 72 %\nGrandes associations : 64 %\n"
            "Très petites entreprises : 41 %\n"
        )
    )
    assert [rows[t].actor for t in ("72 %", "64 %", "41 %")] == [
        "associations",
        "associations",
        "entreprises",
    ]


def test_options_naming_objects_count_the_question_s_base() -> None:
    rows = _by_text(
        _rows(
            "Enquête auprès des responsables associatifs\n"
            "Q5. Quelles difficultés rencontrez-vous ? (plusieurs réponses possibles ; base : "
            "334 répondants)\nTrouver des bénévoles : 52 %\nRecruter des salariés : 31 %\n"
            "Mobiliser les jeunes : 28 %\n"
        )
    )
    assert [rows[t].actor for t in ("52 %", "31 %", "28 %")] == ["répondants"] * 3


def test_partner_kinds_answering_by_kind_of_respondent_keep_their_rows() -> None:
    # « … selon le type de structure »: the kinds are who answered, not partners cited
    rows = _by_text(
        _rows(
            "Q4. Êtes-vous satisfait de vos partenaires ? (réponses « oui », selon le type de "
            "structure)\nAssociations : 78 %\nEntreprises : 64 %\nCollectivités : 71 %\n"
        )
    )
    assert [rows[t].actor for t in ("78 %", "64 %", "71 %")] == [
        "Associations",
        "Entreprises",
        "Collectivités",
    ]


def test_a_partner_question_naming_its_holder_counts_it() -> None:
    rows = _by_text(
        _rows(
            "Enquête auprès de 1 500 maires et de 900 associations.\n"
            "58 % des maires jugent les associations indispensables.\n"
            "Q2. Avec quels partenaires les associations travaillent-elles ?\n"
            "Collectivités : 74 %\nFondations : 22 %\n"
        )
    )
    assert rows["74 %"].actor == rows["22 %"].actor == "associations"


def test_an_option_measure_names_its_option() -> None:
    rows = _by_text(
        _rows(
            "Q7. Dans quelle mesure les actions menées ont-elles renforcé votre projet ? "
            "(base : 334 répondants)\nBeaucoup : 34 %\nUn peu : 41 %\nPas du tout : 25 %\n"
        )
    )
    assert rows["34 %"].measure.endswith("Beaucoup")
    assert rows["25 %"].measure.endswith("Pas du tout")


def test_a_ranking_of_other_things_is_no_partner_ranking() -> None:
    rows = _by_text(
        _rows(
            "Les maires ont répondu. Les entreprises arrivent en tête des créations d'emplois : "
            "54 % des embauches. Les fondations arrivent en tête de la collecte : 38 %.\n"
            "Les associations arrivent en tête des employeurs. Elles sont 150 000 à employer "
            "des salariés.\n"
            "Les fondations sont citées par les donateurs comme les plus fiables. Elles sont "
            "2 700 en France.\n"
        )
    )
    assert rows["54 %"].actor != "maires"
    assert rows["38 %"].actor == "fondations"
    assert rows["150 000"].actor == "associations"
    assert rows["2 700"].actor == "fondations"


def test_an_average_headcount_keeps_its_noun() -> None:
    rows = _by_text(
        _rows(
            "Le réseau fédère 320 associations. Chaque mois, 4 200 bénévoles en moyenne "
            "participent aux collectes.\n"
            "Les maires estiment que 40 bénévoles en moyenne s'engagent dans chaque commune.\n"
        )
    )
    assert rows["4 200"].actor == rows["40"].actor == "bénévoles"


def test_pour_heading_amounts_or_rates_is_no_vote() -> None:
    rows = _rows(
        "Région\nAssociations\nPour 1 000 habitants\nBretagne\n24 000\n7\n"
        "Normandie\n18 000\n5\nOccitanie\n31 000\n6\n"
    )
    assert all(r.noun != "habitants" and r.actor != "habitants" for r in rows if r.text == "7")


def test_a_law_s_date_dates_what_the_law_set() -> None:
    rows = _by_text(
        _rows(
            "La loi n° 2003-709 du 1er août 2003 a porté la réduction d'impôt à 60 %.\n",
            date="2025",
        )
    )
    assert rows["60 %"].year == "2003"
