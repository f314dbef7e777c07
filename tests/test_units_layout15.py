"""Units read from the layouts of session 15: the words under a key figure never quoted
without it, a slide number above a table, short lines announced by a colon, list items made
of names, and tables of text cells under a header row."""

from __future__ import annotations

from assistant.answer.units import units
from assistant.headed_tables import headed_rows

# A paragraph wrapped at the column's width (about 90 characters): the short lines below it
# are read as short, as on a page.
PROSE = (
    "Les enquêtes de l'Observatoire interrogent chaque année des publics différents sur les\n"
    "alliances qu'ils nouent dans leur territoire, avec des questions reprises d'une édition à\n"
    "l'autre pour suivre les évolutions, et des questions nouvelles quand le contexte change.\n"
)


def _texts(text: str) -> list[str]:
    return [u.text for u in units(text, True, "")]


def test_the_words_under_a_key_figure_are_quoted_with_it_only():
    """« 81% » / « des dirigeants … partagent cette conviction. »: no unit says « des
    dirigeants … » without the figure, and the box ends with its sentence."""
    text = (
        "Le message principal tient en une phrase. Cette conviction est partagée par 69% des\n"
        "Français en septembre 2015.\n81%\n"
        "des dirigeants d'entreprise partagent cette conviction (volet Entreprises).\n86%\n"
        "des responsables associatifs la partagent également (volet Associations).\n"
        "Les trois publics se rejoignent donc largement. L'écart le plus grand, 17 points, sépare\n"
        "les citoyens des responsables associatifs.\n"
    )
    texts = _texts(text)
    assert "81% des dirigeants d'entreprise partagent cette conviction (volet Entreprises)." in (
        texts
    )
    assert "86% des responsables associatifs la partagent également (volet Associations)." in (
        texts
    )
    assert not any(t.startswith(("des dirigeants", "des responsables")) for t in texts)
    assert "Les trois publics se rejoignent donc largement." in texts


def test_a_slide_number_above_a_table_does_not_shift_its_rows():
    """« 10 » (the slide's number) / title / header / « Emploi » / « 7,1 » …: each value
    with the label above it, never with the next row's label."""
    text = (
        "10\nCe qui compte pour les Français\nEnjeu prioritaire\nNote moyenne (sur 10)\n"
        "Emploi\n7,1\nPouvoir d’achat\n6,6\nSécurité\n6,6 *\nExclusion\n6,3\n"
        "* Une autre restitution de la même enquête attribue 7/10 à la sécurité.\n"
    )
    texts = _texts(text)
    assert any(t.endswith(": Emploi 7,1") for t in texts)
    assert any(t.endswith(": Pouvoir d’achat 6,6") for t in texts)
    assert not any("7,1 Pouvoir" in t for t in texts)


def test_short_lines_announced_by_a_colon_are_items_of_its_list():
    """« Ce total se décompose ainsi : » / « 35 % fortement » / « 56 % ni plus ni moins »."""
    text = PROSE + (
        "Un territoire en mouvement ?\n"
        "En 2024, 91 % des maires voient leur territoire en mouvement.\n"
        "Ce total se décompose ainsi :\n35 % fortement\n56 % ni plus ni moins\nautres\n"
        "Source : enquête auprès des maires, novembre 2024.\n"
    )
    texts = _texts(text)
    assert "Ce total se décompose ainsi : 35 % fortement" in texts
    assert "Ce total se décompose ainsi : 56 % ni plus ni moins" in texts


def test_list_items_of_names_and_dates_are_units():
    """« • ARPEA, de 2008 à 2012 ; »: no word in lower case of three letters, still an item."""
    text = (
        "Trois plans quinquennaux ont structuré les travaux de l'Observatoire :\n"
        "• ARPEA, de 2008 à 2012 ;\n• PHARE, de 2013 à 2018 ;\n"
        "• IMPACT, de 2018 à 2022, lancé dès novembre 2017.\n"
    )
    owns = [u.own for u in units(text, True, "") if u.own]
    assert owns[:2] == ["ARPEA, de 2008 à 2012", "PHARE, de 2013 à 2018"]


def test_a_line_in_capitals_is_still_no_unit():
    text = (
        "Re-Co est une coopérative d'habitation fondée à Zurich par des architectes.\n"
        "LA COOPÉRATIVE RE-CO PROPOSE DE RECONSIDÉRER LES ESPACES INUTILISÉS POUR COMPLÉMENTER\n"
        "EFFICACEMENT LES CONSTRUCTIONS EXISTANTES.\n"
    )
    assert not any("PROPOSE" in t for t in _texts(text))


TABLE = PROSE + (
    "Trois plans quinquennaux se sont succédé. Le tableau en donne les bornes et un repère pour\n"
    "chacun.\nProgramme\nPériode couverte\nRepère\nARPEA\n2008-2012\n"
    "rapport quinquennal présenté le 11 décembre 2012\nPHARE\n2013-2018\n"
    "six volets publiés en 2015 et 2016\nIMPACT\n2018-2022\nlancé en novembre 2017\n"
    "Que recouvre le sigle ARPEA ?\n"
    "Le premier programme porte un nom long. ARPEA signifie « Analyse des Relations et des\n"
    "Partenariats entre Entreprises et Associations ». Il comptait dix volets.\n"
)


def test_a_table_of_text_cells_is_read_row_by_row_with_its_column_titles():
    rows = [(lead, row) for _s, _e, lead, row in headed_rows(TABLE)]
    # The sentence before ends with a stop: it does not announce the rows, the titles do.
    lead = "Programme / Période couverte / Repère"
    assert rows == [
        (
            lead,
            "ARPEA — Période couverte : 2008-2012 ; Repère : rapport quinquennal présenté "
            "le 11 décembre 2012",
        ),
        (
            lead,
            "PHARE — Période couverte : 2013-2018 ; Repère : six volets publiés en 2015 et 2016",
        ),
        (lead, "IMPACT — Période couverte : 2018-2022 ; Repère : lancé en novembre 2017"),
    ]
    owns = [u.own for u in units(TABLE, True, "") if u.own]
    assert "PHARE — Période couverte : 2013-2018 ; Repère : six volets publiés en 2015 et 2016" in (
        owns
    )


def test_a_table_is_read_at_the_width_where_every_column_is_of_one_kind():
    """Read four wide, « 2008-2012 » and « IMPACT » would share a column: three it is."""
    rows = [row for *_, row in headed_rows(TABLE)]
    assert all(row.split(" — ")[0] in ("ARPEA", "PHARE", "IMPACT") for row in rows)


def test_a_table_of_label_and_value_lines_is_left_to_the_cells():
    """« Type de partenaire » / « Part » / « Collectivités » / « 89 % »: `grids.cells` reads
    it (label and value), even under a wrapped title line; no headed table."""
    text = (
        "Planche A — Avec qui les associations travaillent-elles ? (étude IMPACT – Associations &\n"
        "Territoires)\nType de partenaire\nPart des associations concernées\n"
        "Collectivités territoriales\n89 %\nStructures d'intérêt général\n73 %\n"
        "Établissements scolaires\n70 %\nCollectifs d'associations\n56 %\n"
    )
    assert headed_rows(text) == []
    assert any(t.endswith(": Collectivités territoriales 89 %") for t in _texts(text))


def test_a_run_of_lines_without_figures_is_no_table():
    text = "Nos partenaires\nCaisse des Dépôts\nGroupe La Poste\nFondation TOTAL\nLe RAMEAU\n"
    assert headed_rows(text) == []


def test_figures_side_by_side_with_captions_wrapped_on_two_lines():
    """« 148 000 » / « 98 % » / « associations employeuses composent le » / « champ de
    l’étude » / « d’entre elles entretiennent au moins un » / « partenariat »: each figure
    with its whole caption, not with the other's first line."""
    text = PROSE + (
        "L’essentiel en deux chiffres\n148 000\n98 %\nassociations employeuses composent le\n"
        "champ de l’étude\nd’entre elles entretiennent au moins un\npartenariat\n"
        "Le champ retenu est celui des associations qui emploient au moins un salarié. Elles sont\n"
        "le cœur économique du monde associatif et les plus exposées aux mutations des territoires.\n"
    )
    texts = _texts(text)
    assert "148 000 associations employeuses composent le champ de l’étude." in texts
    assert "98 % d’entre elles entretiennent au moins un partenariat." in texts


def test_a_caption_left_open_by_a_bracket_belongs_to_one_figure():
    """« 91 % » (a table's last value) then « 91 % » / « des maires … (35 % » / « fortement,
    56 % … ) »: one caption wrapped, so the second figure is not read side by side with the
    first."""
    text = (
        "Votre territoire est-il en mouvement ?\nFortement\n35 %\nNi plus ni moins\n56 %\n"
        "Total « en mouvement »\n91 %\n91 %\ndes maires voient leur territoire en mouvement (35 %\n"
        "fortement, 56 % ni plus ni moins)\n302\nmaires interrogés en 2024\n"
    )
    texts = _texts(text)
    assert (
        "91 % des maires voient leur territoire en mouvement (35 % fortement, 56 % ni plus ni moins)."
        in (texts)
    )
    assert not any(t.startswith("91 % fortement") for t in texts)


def test_a_table_read_by_rows_is_not_also_read_as_label_and_value_pairs():
    """« Volet » / « Parution » / « Citoyens » / « septembre 2015 » … / « Institutions » /
    « automne 2016 »: each row once, with its column title, not also « Citoyens septembre
    2015 » as a pair."""
    text, kinds = _with_kinds(
        [
            ("PHARE a ensuite publié six volets :", "prose"),
            *[(c, "short") for c in ("Volet", "Parution", "Citoyens", "septembre 2015")],
            *[(c, "short") for c in ("Entreprises", "octobre 2015", "Institutions")],
            ("automne 2016", "short"),
            ("Le dernier volet s'adresse aux institutions publiques.", "prose"),
        ]
    )
    assert [r for *_, r in headed_rows(text, kinds)] == [
        "Citoyens — Parution : septembre 2015",
        "Entreprises — Parution : octobre 2015",
        "Institutions — Parution : automne 2016",
    ]
    said = [u.text for u in units(text, True, "")]
    assert "PHARE a ensuite publié six volets : Citoyens — Parution : septembre 2015" in said
    assert not any("Citoyens septembre 2015" in t for t in said)


def test_a_table_of_labels_values_and_a_text_column_is_read_by_rows():
    """« Forme » / « Part » / « Lecture » / « Mécénat » / « 75 % » / « forme la plus
    répandue » …: each value with its label and its note, never « 75 % forme la plus répandue
    Innovation sociétale » (the value read as a key figure with the next row's label)."""
    text = PROSE + (
        "Forme de la relation\nPart\nLecture\nMécénat\n75 %\nforme la plus répandue\n"
        "Innovation sociétale\n73 %\nprojets nouveaux menés à plusieurs\n"
        "Coopération économique\n58 %\nla moins fréquente des trois\n"
        "Attention : une même association peut relever de plusieurs formes de relation.\n"
    )
    said = _texts(text)
    assert (
        "Forme de la relation / Part / Lecture : Mécénat — Part : 75 % ; Lecture : forme la plus "
        "répandue" in said
    )
    assert not any("répandue Innovation" in t for t in said)


def test_a_table_of_values_alone_needs_its_header_on_the_first_line_of_the_run():
    """« Type de partenaire (enquête 2016, publiée en » / « 2017) » / « Part des associations »
    / « Rang » / « Collectivités » / « 74 % » / « 1 » …: the title's figures keep it from being
    the header; read from a line lower, « Collectivités » would be a column title and every
    row shifted. `grids.cells` reads it."""
    text, kinds = _with_kinds(
        [
            ("Type de partenaire (enquête 2016, publiée en", "short"),
            *[(c, "short") for c in ("2017)", "Part des associations", "Rang", "Collectivités")],
            *[(c, "short") for c in ("74 %", "1", "Autres associations ou fondations", "72 %")],
            *[(c, "short") for c in ("2", "Établissements d’enseignement", "47 %", "3")],
            *[(c, "short") for c in ("Entreprises", "28 %", "4")],
            ("Le poids du budget", "short"),
            ("La taille joue fortement sur le lien avec les entreprises.", "prose"),
        ]
    )
    assert headed_rows(text, kinds) == []


def _with_kinds(lines: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    """A page's text and its line kinds as `layout.line_kinds` reads a real page's."""
    text, kinds, offset = "", [], 0
    for line, kind in lines:
        kinds.append((offset, offset + len(line), kind))
        text += line + "\n"
        offset += len(line) + 1
    return text, kinds


def test_a_table_title_leads_its_rows_and_a_wide_last_cell_closes_the_last_row():
    """« Tableau 1 – Trois plans quinquennaux » announces the rows; the last row's last cell,
    wide enough to be read as prose (as on the page it comes from), still closes the row."""
    text, kinds = _with_kinds(
        [
            ("La coopération reste d'abord une affaire de proximité.", "prose"),
            ("Tableau 1 – Trois plans quinquennaux", "short"),
            *[(c, "short") for c in ("Programme", "Période", "Repère", "ARPEA", "2008-2012")],
            *[(c, "short") for c in ("10 volets d'étude", "PHARE", "2013-2018", "6 volets")],
            *[(c, "short") for c in ("IMPACT", "2018-2022")],
            ("lancé en novembre 2017 par les cinq partenaires", "prose"),
            ("Attention : les bornes de PHARE varient selon les documents.", "prose"),
        ]
    )
    rows = [(lead, row) for _s, _e, lead, row in headed_rows(text, kinds)]
    assert [lead for lead, _ in rows] == ["Tableau 1 – Trois plans quinquennaux"] * 3
    assert rows[-1][1] == (
        "IMPACT — Période : 2018-2022 ; Repère : lancé en novembre 2017 par les cinq partenaires"
    )


def test_a_caption_left_open_by_a_quotation_belongs_to_one_figure():
    """Three figures side by side whose captions each wrap inside their quotation (« ont une
    « envie » / « d'agir » »): each figure takes its two lines, not the next caption's end."""
    text = PROSE + (
        "Trois publics, trois attentes\n40 %\n55 %\n70 %\n"
        "des habitants parlent d'une « envie\nd'agir »\n"
        "des commerçants parlent d'un « besoin\nde lien »\n"
        "des bénévoles parlent d'un « devoir\nde solidarité »\n"
        "Ces trois publics ont été interrogés au même moment, avec les mêmes questions.\n"
    )
    texts = _texts(text)
    assert "40 % des habitants parlent d'une « envie d'agir »." in texts
    assert "55 % des commerçants parlent d'un « besoin de lien »." in texts
    assert "70 % des bénévoles parlent d'un « devoir de solidarité »." in texts


def test_captions_one_line_each_unless_a_quotation_runs_on():
    """« 40 % » / « 55 % » / « des habitants parlent d'une « envie » / « d'agir » » / « des
    commerçants parlent d'un besoin »: two figures, three caption lines, one of them wrapped
    inside its quotation: not read one line each (« 55 % d'agir » »)."""
    text = PROSE + (
        "Deux publics\n40 %\n55 %\n"
        "des habitants parlent d'une « envie\nd'agir »\n"
        "des commerçants parlent d'un besoin de lien\n"
    )
    assert not any(t.startswith("55 % d'agir") for t in _texts(text))
