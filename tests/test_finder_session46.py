"""Session 46, figures table: a key figure's box that only points back (« des maires
partagent ce constat ») measures what the box before it says; « dirigeants de TPE & PME »
is one population; a list of partner kinds under a heading (« Avec qui ? », « Leurs
partenaires ») counts the population named before the heading, not the partners. Every
example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

NOTE = DocInfo(source="note.pdf", title="Une note sur le vélo", kind="note", date="2021")


def _rows(text: str) -> dict[str, tuple[str, str]]:
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    return {r.text: (r.measure, r.actor) for r in rows}


BOXES = (
    "Chiffres clés du vélo\n"
    "62 %\ndes Français jugent les pistes cyclables\nsûres.\nBaromètre des mobilités\n"
    "71 %\ndes maires partagent ce constat.\nBaromètre des mobilités\n"
)


def test_a_box_that_only_points_back_measures_the_box_before():
    rows = _rows(BOXES)
    assert rows["62 %"][0] == "part des Français qui jugent les pistes cyclables sûres", rows
    measure, actor = rows["71 %"]
    assert measure == "part des maires qui jugent les pistes cyclables sûres", rows
    assert actor == "maires", rows


def test_a_box_saying_what_it_measures_keeps_its_words():  # guards what must stay
    text = BOXES.replace("partagent ce constat", "roulent à vélo chaque semaine")
    assert _rows(text)["71 %"][0] == "part des maires qui roulent à vélo chaque semaine"


def test_a_pointing_share_inside_prose_is_not_a_box():  # guards what must stay
    text = (
        "Chiffres clés du vélo\n62 %\ndes Français jugent les pistes cyclables sûres.\n"
        "Les élus ont été interrogés plus tard. Selon l'enquête, 71 % des maires partagent ce "
        "constat.\n"
    )
    assert "pistes cyclables" not in _rows(text)["71 %"][0]


def test_dirigeants_de_tpe_et_pme_is_one_population():
    for joined in ("TPE & PME", "TPE et PME", "TPE-PME"):
        rows = _rows(f"Enfin, 84 % des dirigeants de {joined} jugent les pistes cyclables utiles.")
        assert rows["84 %"] == (
            f"part des dirigeants de {joined} qui jugent les pistes cyclables utiles",
            f"dirigeants de {joined}",
        )


INTRO = (
    "Les associations sportives et le vélo\n"
    "Cette étude porte sur les associations sportives. 64 % d'entre elles ont des partenaires.\n"
)


def test_partner_kinds_under_avec_qui_count_the_population_before_the_heading():
    rows = _rows(INTRO + "Avec qui ?\nCollectivités 81 % · entreprises 44 % · écoles 30 %\n")
    assert rows["81 %"] == (
        "part des associations — partenaires : Collectivités",
        "associations",
    ), rows
    assert rows["44 %"] == ("part des associations — partenaires : entreprises", "associations"), (
        rows
    )
    assert rows["30 %"] == ("part des associations — partenaires : écoles", "associations"), rows


def test_partner_kinds_under_leurs_partenaires_one_sentence_each():
    rows = _rows(
        INTRO + "Leurs partenaires\nCollectivités : 81 %. Entreprises : 44 %. Écoles : 30 %.\n"
    )
    for value, label in (("81 %", "Collectivités"), ("44 %", "Entreprises")):
        measure, actor = rows[value]
        assert actor == "associations" and measure.endswith(f": {label}"), rows


def test_a_long_heading_or_a_share_noun_over_the_list_is_left_alone():  # guards what must stay
    long = _rows(
        INTRO + "Avec qui les clubs roulent-ils ?\nCollectivités 81 % · entreprises 44 %\n"
    )
    assert long["44 %"][1] != "associations", long
    assert not long["44 %"][0].startswith("partenaires"), long
    share = _rows(
        INTRO
        + "Avec qui ?\nPart des clubs employeurs, en %\nCollectivités 81 % · entreprises 44 %\n"
    )
    assert share["44 %"][1] != "associations", share


RANKED = (
    "Les trajets jugés sûrs passent d'abord par les pistes cyclables (49 %), puis par les rues "
    "calmes (46 %), les voies vertes (42 %) et les trottoirs (12 %)."
)


def test_ranked_items_in_brackets_each_measure_the_lead_and_their_own_item():
    rows = _rows(RANKED)
    for value, item in (("49 %", "pistes cyclables"), ("46 %", "rues calmes")):
        assert rows[value][0].startswith("trajets jugés sûrs passent : "), rows
        assert rows[value][0].endswith(item), rows
    assert rows["42 %"][0].endswith("voies vertes"), rows  # not the item before it
    assert rows["12 %"][0].endswith("trottoirs"), rows


def test_a_share_in_words_then_in_brackets_is_one_figure_read_after_the_bracket():
    text = (
        "La moitié (50 %) des associations dont le budget dépasse 150 000 € ont un partenariat "
        "avec une entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €."
    )
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    halves = [r for r in rows if r.unit == "%" and r.value == 50]
    assert [r.text for r in halves] == ["La moitié (50 %)"], rows
    assert (halves[0].start, halves[0].end) == (0, len("La moitié (50 %)"))
    assert halves[0].actor == "associations", rows
    assert "partenariat avec une entreprise" in halves[0].measure, rows
    assert "inférieur" not in halves[0].measure, rows


def test_different_values_in_words_and_in_brackets_stay_two_figures():  # guards what must stay
    rows = _rows("Trois maires sur quatre (62 %) jugent leur territoire engagé.")
    assert set(rows) == {"Trois maires sur quatre", "62 %"}, rows


def test_first_or_last_years_are_a_duration():
    from assistant.finder.detect import detect

    for text, printed in (
        ("Le bilan des cinq premières années du club est paru.", "cinq premières années"),
        ("Au cours des 5 dernières années, le club a grandi.", "5 dernières années"),
        ("Une expérimentation sur 3 ans.", "3 ans"),
    ):
        found = detect(text)
        assert [(f.text, f.unit) for f in found] == [(printed, "years")], found


def test_first_members_stay_a_count():  # guards what must stay
    from assistant.finder.detect import detect

    found = detect("Les 3 premiers adhérents du club.")
    assert [(f.unit, f.noun) for f in found] == [("count", "premiers adhérents")]


def test_a_verdict_after_a_question_measures_the_question():
    text = (
        "L'enquête a posé une question à trois publics : les pistes cyclables sont-elles "
        "sûres ? La réponse est largement positive : 74 % des Français ; 81 % des maires.\n"
    )
    rows = _rows(text)
    for value, who in (("74 %", "Français"), ("81 %", "maires")):
        assert rows[value][0] == (
            f"part des {who} — pistes cyclables sont-elles sûres : réponse est largement positive"
        ), rows


def test_a_bare_oui_after_a_question_line_measures_the_question_and_the_answer():
    text = "Le vélo, un plaisir ?\nLes trajets à vélo sont-ils agréables ?\nOui pour 62 % des Français\n"
    assert _rows(text)["62 %"][0] == (
        "part des Français — trajets à vélo sont-ils agréables : Oui"
    ), _rows(text)


def test_a_verdict_under_a_heading_takes_the_heading():
    text = (
        "Les pistes cyclables, un gage de sécurité\n"
        "La réponse est largement positive : 74 % des Français ; 81 % des maires.\n"
    )
    assert _rows(text)["81 %"][0].startswith(
        "part des maires — Les pistes cyclables, un gage de sécurité"
    ), _rows(text)


def test_a_positive_image_is_no_verdict():  # guards what must stay
    text = "Qui roule à vélo ? Le vélo garde une image positive pour 60 % des Français.\n"
    assert "image positive" in _rows(text)["60 %"][0], _rows(text)


def test_partners_named_in_prose_under_a_partner_heading_are_not_counted():
    rows = extract_figures(
        NOTE,
        [
            Page(
                1,
                "1",
                INTRO + "Avec qui ?\nLes collectivités arrivent en tête (81 %), devant les "
                "entreprises et les fondations du territoire (44 %). Les écoles ne sont citées "
                "que par 30 % des maires.\n",
            )
        ],
    )
    actors = {r.text: r.actor for r in rows}
    assert actors["81 %"] == "associations" and actors["44 %"] == "associations", actors
    assert actors["30 %"] == "maires", actors  # counted right after its share


# Guards from the session's review (invented inputs): each failed on the first version.


def test_a_negative_or_graded_verdict_keeps_its_words_after_the_question():
    rows = _rows(
        "Faut-il supprimer les subventions aux clubs ?\n77 % des Français n'y sont pas très favorables\n"
    )
    assert "pas très favorables" in rows["77 %"][0], rows
    graded = _rows(
        "Les usagers ont été consultés : la médiathèque doit-elle ouvrir le dimanche ? Très "
        "favorables : 41 % ; plutôt favorables : 27 % ; pas du tout favorables : 12 %."
    )
    # each keeps its answer after the question (the label reader drops « Très » and « pas du
    # tout » before this rule: left, see the README)
    assert all(graded[v][0].endswith("favorables") for v in ("41 %", "27 %", "12 %")), graded


def test_a_box_that_contradicts_or_names_its_own_thing_keeps_its_words():
    boxes = _rows(
        "Chiffres clés de la sécurité à vélo\n62 %\ndes cyclistes se sentent en sécurité en "
        "ville.\nEnquête 2021\n38 %\ndes piétons ne partagent pas ce constat.\nEnquête 2021\n"
    )
    assert boxes["38 %"][0] != boxes["62 %"][0], boxes
    own = _rows("Le club en ligne\n80 %\ndes clubs ont un site internet.\n45 %\ncitent Facebook.\n")
    assert "Facebook" in own["45 %"][0], own


def test_prose_after_a_partner_list_keeps_its_own_words():
    rows = _rows(
        INTRO + "Leurs partenaires\nCollectivités : 81 %. Entreprises : 44 %.\nPar ailleurs, "
        "30 % des associations préparent un nouveau partenariat.\nAu total, 90 % des "
        "associations jugent ces liens utiles.\n"
    )
    assert rows["30 %"][0] == "part des associations qui préparent un nouveau partenariat", rows
    assert rows["90 %"][0] == "part des associations qui jugent ces liens utiles", rows


def test_a_partner_heading_keeps_its_accents_and_only_avec_qui_alone_counts():
    rows = _rows(INTRO + "Partenaires privilégiés\nHôpitaux : 40 %. Écoles : 30 %.\n")
    assert rows["40 %"][0] == "part des associations — Partenaires privilégiés : Hôpitaux", rows
    other = _rows(
        "Les Français et le vélo\n70 % des Français roulent le week-end.\nAvec qui "
        "roulez-vous ?\nSeul 40 % · En famille 35 % · Entre amis 25 %\n"
    )
    assert not any(m.startswith("partenaires") for m, _ in other.values()), other


def test_a_ranking_lead_is_not_carried_to_the_next_sentence_and_starts_after_a_comma():
    rows = _rows(
        "Les cyclistes redoutent d'abord les voitures (52 %), puis les nids-de-poule (30 %). "
        "Ils réclament d'abord des pistes séparées (60 %), puis un meilleur éclairage (25 %)."
    )
    assert "redoutent" not in rows["60 %"][0], rows
    lead = _rows(
        "Selon notre enquête auprès des usagers des bibliothèques, les lecteurs empruntent "
        "d'abord des romans (60 %), puis des bandes dessinées (25 %)."
    )
    assert "enquête" not in lead["60 %"][0], lead


def test_a_rounded_share_in_brackets_is_the_same_figure_but_not_across_lines():
    rows = _rows("Un tiers (33 %) des maires jugent les pistes sûres.")
    assert [t for t in rows if "33" in t or "tiers" in t.lower()] == ["Un tiers (33 %)"], rows
    apart = _rows("La moitié\n(50 %)\ndes maires jugent les pistes sûres.\n")
    assert not any("\n" in t for t in apart), apart


def test_only_a_qualified_number_opening_a_line_starts_a_sentence():
    from assistant.sentences import segments

    line = "Le club a été financé en 2021 par le programme national de soutien aux mobilités douces"
    title = f"{line}\nPlus de vélo pour tous, qui a aidé 300 clubs.\n"
    assert len(segments(title)) == 1, segments(title)
    count = f"{line}\nPlus de 300 clubs ont reçu une aide.\n"
    assert len(segments(count)) == 2, segments(count)


# Guards from the second review (invented inputs).

SPORT = (
    "Les associations sportives et le vélo\n"
    "Cette enquête porte sur 500 associations sportives. 72 % d'entre elles ont des partenaires.\n"
)


def test_what_partners_say_in_prose_under_a_partner_heading_counts_the_partners():
    rows = extract_figures(
        NOTE,
        [
            Page(
                1,
                "1",
                SPORT + "Leurs partenaires\nInterrogées à leur tour, les collectivités se montrent "
                "très satisfaites : 62 % jugent ces partenariats indispensables.\n",
            )
        ],
    )
    assert {r.text: r.actor for r in rows}["62 %"] == "collectivités", rows


def test_partner_lists_of_respondents_and_mayors_count_them():
    intro = "Les responsables et le vélo\nL'enquête a interrogé 400 responsables associatifs.\n"
    rows = _rows(intro + "Leurs partenaires\nCollectivités : 70 %. Entreprises : 35 %.\n")
    assert rows["70 %"] == (
        "part des responsables associatifs — partenaires : Collectivités",
        "responsables associatifs",
    ), rows
    other = _rows(SPORT + "Avec qui partent leurs adhérents ?\nSeuls 40 % · En famille 35 %\n")
    assert not any(m.startswith("partenaires") for m, _ in other.values()), other


def test_a_box_in_the_same_case_or_of_the_same_opinion_points_back():
    for words in ("sont dans ce cas.", "sont du même avis."):
        rows = _rows(BOXES.replace("partagent ce constat.", words))
        assert rows["71 %"][0] == "part des maires qui jugent les pistes cyclables sûres", rows
    own = _rows(BOXES.replace("partagent ce constat.", "citent cette application."))
    assert "application" in own["71 %"][0], own


def test_a_ranking_lead_keeps_its_subject_and_its_list():
    rows = _rows(
        "Les usagers qui deviennent adhérents viennent d'abord pour les romans (60 %), puis "
        "pour les revues (25 %)."
    )
    assert rows["60 %"][0].startswith("usagers qui deviennent adhérents"), rows
    listed = _rows(
        "Les lecteurs de romans, de polars et de bandes dessinées empruntent d'abord le samedi "
        "(60 %), puis le mercredi (25 %)."
    )
    assert listed["60 %"][0].startswith("lecteurs de romans"), listed
