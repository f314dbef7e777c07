"""Units read from the layout: list items (bullets, dashes, numbers, a glyph alone on its
line), rows of a slide or a form, wrapped prose; and the list window that quotes a list's
items after the sentence announcing them."""

from __future__ import annotations

import pytest

from assistant.answer.choice import select
from assistant.answer.extractive import candidates
from assistant.answer.units import units
from assistant.answer.window import widen
from assistant.layout import line_kinds
from assistant.line_forms import item_marker
from assistant.reading.query import Query
from assistant.sentences import segments
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="note.pdf", title="Note de synthèse", kind="autre", date="2021")

# pypdf puts a bullet glyph alone on its line, before the item's text.
GLYPH_ALONE = """Les partenaires les plus fréquents sont les suivants (part des associations employeuses
concernées) :
•
les collectivités territoriales : 89 % ;
•
les établissements scolaires : 70 % ;
•
les acteurs académiques : 35 %.
Les collectivités arrivent donc très largement en tête, loin devant les autres partenaires."""

DASHES = """Dans ce contexte, le Groupe a identifié ses principaux enjeux en matière de
changement climatique et d'environnement dans toutes ses activités :
— réduire les émissions de gaz à effet de serre de ses activités opérées, y compris les
émissions de méthane ;
— détecter et soutenir les technologies permettant de répondre à l'enjeu du climat."""

SLIDE = """FICHE D'IDENTITÉ DU PROJET
Projet multi-pays en Afrique du Sud et au Sénégal, conduit par une coordinatrice
Projet pluriannuel : 3 ans (juin 2023-juin 2026)
Budget total : 1,638M€
Principal cofinanceur : l'Agence Française de Développement (800 000€)
Partenaires principaux (structures d'accompagnement) : Oribi (Afrique du Sud) et Jógjëf
Objectif général : renforcer l'accès à l'entrepreneuriat social des femmes et des jeunes"""

PROSE = """Le réseau des villes cyclables rassemble 412 communes adhérentes. Il est présidé par
Jeanne Martin, maire de Lunel, depuis sa création en 2019 ; son congrès se tient à Nantes.
Ses statuts prévoient une assemblée générale par an et un bureau élu pour trois ans."""


def texts(text: str) -> list[tuple[str, str]]:
    return [(kind, " ".join(text[s:e].split())) for s, e, kind in segments(text)]


def test_a_bullet_glyph_alone_on_its_line_opens_an_item_and_is_never_read():
    assert texts(GLYPH_ALONE)[1:4] == [
        ("item", "les collectivités territoriales : 89 % ;"),
        ("item", "les établissements scolaires : 70 % ;"),
        ("item", "les acteurs académiques : 35 %."),
    ]
    assert not any("•" in t for _, t in texts(GLYPH_ALONE))


def test_dashed_items_end_at_the_next_dash_not_at_punctuation():
    found = texts(DASHES)
    assert [k for k, _ in found] == ["sentence", "item", "item"]
    assert found[1][1].startswith("réduire les émissions") and found[1][1].endswith("méthane ;")


@pytest.mark.parametrize(
    "line, marker",
    [
        ("• Un rapport intermédiaire", 2),
        ("▪ Baromètre des riverains", 2),
        ("\x83 Au respect de la liberté d'association", 2),
        ("O ancrage local (cf. paragraphe 3.5.4) ;", 2),
        ("1. Préparer la liste des dépenses", 3),
        ("(ii) L'identification des opportunités", 5),
        ("- une phrase", 2),
        # Not items: a section number, a year, a negative figure, a capital O word.
        ("3.1.2 S'engager en faveur du développement durable", 0),
        ("2018. L'année suivante", 0),
        ("-3 % sur un an", 0),
        ("Oribi et Jógjëf", 0),
    ],
)
def test_item_markers(line, marker):
    assert item_marker(line) == marker


def test_rows_of_a_slide_are_units_of_their_own():
    found = [t for _, t in texts(SLIDE)]
    assert "Budget total : 1,638M€" in found
    assert "Principal cofinanceur : l'Agence Française de Développement (800 000€)" in found


def test_wrapped_prose_is_not_cut_at_its_line_ends():
    # The first line runs to the column's width: it wraps, it does not end a row.
    assert [t for _, t in texts(PROSE)] == [
        "Le réseau des villes cyclables rassemble 412 communes adhérentes.",
        "Il est présidé par Jeanne Martin, maire de Lunel, depuis sa création en 2019 ; son "
        "congrès se tient à Nantes.",
        "Ses statuts prévoient une assemblée générale par an et un bureau élu pour trois ans.",
    ]


def test_an_item_is_quoted_after_the_sentence_announcing_its_list():
    item = next(u for u in units(GLYPH_ALONE) if u.own)
    assert item.own == "les collectivités territoriales : 89 %"
    assert item.text == (
        "Les partenaires les plus fréquents sont les suivants (part des associations "
        "employeuses concernées) : les collectivités territoriales : 89 %"
    )


def window(question: str, text: str) -> list[str]:
    hit = Hit(Chunk("c0", DOC, 2, "2", 0, len(text), text), 1.0)
    cands = candidates(Query(question), [hit])
    return [c.text for c in widen(select(cands, 3)[0], cands, Query(question), {})]


def test_a_list_question_gets_the_items_not_only_the_announcing_sentence():
    assert window("Quels sont les partenaires les plus fréquents des associations ?", GLYPH_ALONE) == [
        "Les partenaires les plus fréquents sont les suivants (part des associations employeuses "
        "concernées) : les collectivités territoriales : 89 % ; les établissements scolaires : "
        "70 % ; les acteurs académiques : 35 %."
    ]  # fmt: skip


def test_one_item_asked_for_is_quoted_alone_with_its_announcing_sentence():
    got = window("Quelle part des associations a un partenariat avec les établissements scolaires ?",
                 GLYPH_ALONE)  # fmt: skip
    assert got == [
        "Les partenaires les plus fréquents sont les suivants (part des associations employeuses "
        "concernées) : les établissements scolaires : 70 %"
    ]


def test_the_list_rule_is_recorded_and_can_be_switched_off():
    from assistant.answer.generators import ExtractiveGenerator
    from assistant.settings import GenerationSettings

    hits = [Hit(Chunk("c0", DOC, 2, "2", 0, len(GLYPH_ALONE), GLYPH_ALONE), 1.0)]
    question = "Quels sont les partenaires les plus fréquents des associations ?"
    on = ExtractiveGenerator(GenerationSettings())
    assert "list" in on.assess(Query(question), hits)["rules"]
    assert "acteurs académiques : 35 %" in "".join(on.generate(Query(question), hits))
    off = ExtractiveGenerator(GenerationSettings(list_items=False))
    assert "list" not in off.assess(Query(question), hits)["rules"]


@pytest.mark.parametrize(
    "sentence, opens, expected",
    [
        ("Site de l'agence bio : agencebio.org/vos-outils/les-chiffres-cles", False, True),
        ("Pour en savoir plus : https://www.example.org/rapport-2021.pdf", False, True),
        ("ÉTUDE — SYNTHÈSE DES RÉSULTATS", False, True),
        # a reference line: a title in guillemets at a web address, and its page
        ("Réseau Alpha, « Faire alliance dans les territoires ruraux », alpha.org 12", False, True),
        ("Le guide « Faire alliance » de alpha.org recense 40 initiatives rurales.", False, False),
        ("Comme le résume alpha.org : « 45 % des bénévoles ont moins de 35 ans ».", False, False),
        ("TOTAL Document de référence 2018", False, False),  # a capitalised name is not a label
        ("du réseau », et le dispositif a été prolongé jusqu'en 2024.", True, True),
        ("du réseau », et le dispositif a été prolongé jusqu'en 2024.", False, False),
        ("En 2019, il s'élevait à 67 %.", True, False),
        (
            "Le rapport complet est en ligne sur www.example.org depuis le 3 mars 2021.",
            False,
            False,
        ),
    ],
)
def test_boilerplate_gives_context_and_is_never_a_unit(sentence, opens, expected):
    from assistant.answer.boilerplate import boilerplate

    assert boilerplate(sentence, opens) is expected


def test_a_passage_starting_mid_sentence_is_not_quoted_from_its_fragment():
    text = (
        "partenaires du réseau, et le dispositif a été prolongé jusqu'en 2024 par la région.\n"
        "Le dispositif a accompagné 120 associations en trois ans sur tout le territoire."
    )
    assert [u.text for u in units(text)] == [
        "Le dispositif a accompagné 120 associations en trois ans sur tout le territoire."
    ]
    assert len(units(text, skip_boilerplate=False)) == 2


COVER = (
    "NOTE D'ANALYSE\nIMPACT : mesurer ce que les alliances\nchangent dans les territoires\n"
    "Publiée en 2021 par l'Observatoire des partenariats\nUn programme, cinq partenaires\n"
    "Troisième plan quinquennal de\nl'Observatoire, le programme IMPACT\n"
    "couvre la période 2018-2022 et réunit\ncinq partenaires autour de Le RAMEAU."
)


def test_a_documents_title_and_edition_lines_never_open_its_first_sentence():
    """In a narrow column the title and « Publiée en 2021 … » are as wide as prose."""
    title = "IMPACT : mesurer ce que les alliances changent dans les territoires"
    first = units(COVER, title=title)[0].text
    assert first.startswith("Troisième plan quinquennal"), first
    assert "Publiée" not in first and "mesurer" not in first
    assert units(COVER, skip_boilerplate=False, title=title)[0].text.startswith("IMPACT")


def test_a_sentence_ending_on_the_next_lines_first_word_is_no_heading():
    """« … confiée à Anne » / « Robin. Fondatrice … » looks like a heading over a capital."""
    text = (
        "Le programme a été créé en 2007.\n"
        "La direction scientifique est confiée à Anne\n"
        "Robin. Fondatrice du cabinet, elle exerce\n"
        "cette responsabilité à titre bénévole."
    )
    assert "La direction scientifique est confiée à Anne Robin." in [u.text for u in units(text)]


def test_a_word_wrapped_alone_onto_its_line_is_kept_even_if_the_title_has_it():
    text = "Le programme a noué des partenariats avec les\nentreprises\ndu territoire en 2020."
    title = "Les associations et les entreprises"
    assert units(text, title=title)[0].text.endswith("avec les entreprises du territoire en 2020.")


# A one-column page with many short lines (a list of dates, a key-figures box): the column is
# as wide as the lines a sentence wraps from, not as the average line.
KEY_FIGURES = """Ses résultats ont été publiés en six volets successifs, de septembre 2015 jusqu'à
l'automne 2016, dans cet ordre :
Citoyens : septembre 2015 ;
Entreprises : octobre 2015 ;
Associations : novembre 2015 ;
13 rapports régionaux : 2016 ;
diagnostics sectoriels : juillet 2016 ;
Institutions : automne 2016.
CHIFFRES CLÉS
Plus de 2 000 personnes interrogées pour le volet Citoyens
69 % des Français : les alliances sont un devoir
5 profils de maires identifiés par le volet Institutions
Le volet Citoyens a été le premier publié, en septembre 2015. Il a mis en évidence une attente
forte vis-à-vis de la coopération entre acteurs de tous les territoires et de tous les secteurs.
"""


def test_key_figure_lines_do_not_open_the_next_sentence():
    found = [t for _, t in texts(KEY_FIGURES)]
    assert "Le volet Citoyens a été le premier publié, en septembre 2015." in found
    assert not any(t.startswith(("Plus de 2 000", "5 profils")) and "a été" in t for t in found)


# A title page: a key-figures box above one paragraph, which wraps only once or twice.
TITLE_PAGE = """Les maires et les alliances : des territoires
en mouvement
Chiffres clés de l'enquête de 2024
302 maires interrogés par téléphone
91% jugent leur territoire en mouvement
84% des répondants élus de communes de moins de 2 000 habitants
Cette note présente l'enquête « Trajectoires – Elus locaux », parue en novembre
2024, et la replace dans la série des études que l'Observatoire consacre aux élus depuis dix
ans.
"""


def test_a_key_figure_is_no_sentence_for_the_pronoun_after_it():
    found = [u.text for u in units(TITLE_PAGE)]
    assert "84% des répondants élus de communes de moins de 2 000 habitants" in found
    note = [t for t in found if "Cette note présente" in t]
    assert note and all(t.startswith("Cette note présente") for t in note)


# A table with a header row: « Enjeu » over the labels, « Note /10 » over the values.
SCORES = """Les personnes interrogées devaient noter sur 10 l'importance de plusieurs enjeux pour leur
territoire. Le tableau ci-dessous reprend ces notes.
Enjeu
Note /10
Emploi
7,1
Pouvoir d'achat
6,6
Sécurité
6,6
"""


def test_a_table_cell_says_what_its_column_holds():
    found = [u.text for u in units(SCORES)]
    assert "Enjeu / Note /10 : Emploi 7,1" in found
    assert "Enjeu / Note /10 : Sécurité 6,6" in found


def test_a_mark_question_is_answered_by_the_cell_not_by_the_scale():
    """« noter sur 10 » states no amount; the question asks for a mark (rule `percent`)."""
    question = Query("Quelle importance sur 10 les habitants accordent-ils à l'emploi ?")
    text = (
        SCORES + "Une autre question portait sur l'effet des partenariats. L'emploi arrive en "
        "tête. Il est cité par 49% des personnes interrogées.\n"
    )
    best = candidates(question, [Hit(Chunk("c0", DOC, 2, "2", 0, len(text), text), 1.0)])[0]
    assert best.text == "Enjeu / Note /10 : Emploi 7,1"


def test_key_figures_one_per_line_are_rows_but_years_opening_lines_are_prose():
    box = "Pourquoi un droit de l'alliance ?\n81% des Français : un « devoir d'alliance »\n92% des maires : un « besoin d'alliance »\n"
    assert [t for _, t in texts(box)][-2:] == [
        "81% des Français : un « devoir d'alliance »",
        "92% des maires : un « besoin d'alliance »",
    ]
    prose = (
        "Une précision de date s'impose toutefois. Les\n"
        "documents les plus anciens, comme l'étude\n"
        "ARPEA Entreprises & Territoires de janvier\n"
        "2011 ou le rapport quinquennal de décembre\n"
        "2012, présentent l'« Observatoire national\n"
        "des partenariats associations / entreprises »\n"
        "comme créé en 2007. Les présentations\n"
        "récentes retiennent 2008.\n"
    )
    assert [t for _, t in texts(prose)][1].endswith(
        "de janvier 2011 ou le rapport quinquennal de décembre 2012, présentent l'« Observatoire national des partenariats associations / entreprises » comme créé en 2007."
    )


def test_a_numbered_heading_between_paragraphs_is_no_list_item():
    text = (
        "Les publications parlent aussi de trois indicateurs (innovation, performance, confiance).\n"
        "9. Des territoires pilotes\n"
        "Dès 2010, une démarche intitulée « Agir ensemble » prend le relais d'une étude de terrain.\n"
    )
    assert "Des territoires pilotes" not in [u.text for u in units(text)]
    listed = "Trois missions :\n1. Témoigner\n2. Expérimenter\n3. Diffuser\n"
    assert [kind for kind, _ in texts(listed)][1:] == ["item", "item", "item"]


SLIDE_ROWS = """Dès 2010, une démarche intitulée « Agir ensemble en Territoire » prend le relais d'une étude de
terrain. Cette étude est le volet territorial, réalisé par deux instituts de sondage.
Les trois territoires pilotes d'« Agir ensemble en
Territoire »
Alsace, avec Alsace Active
Poitou-Charentes, avec le Groupe La Poste
Paris-Est Marne & Bois
À retenir : la démarche s'est ensuite élargie aux élus, aux fondations et aux territoires.
"""


def test_the_rows_of_a_slide_without_bullets_are_items_of_the_list_their_title_announces():
    rows = {u.own: u.text for u in units(SLIDE_ROWS) if u.own}
    title = "Les trois territoires pilotes d'« Agir ensemble en Territoire »"
    assert rows == {
        "Alsace, avec Alsace Active": f"{title} : Alsace, avec Alsace Active",
        "Poitou-Charentes, avec le Groupe La Poste": f"{title} : Poitou-Charentes, avec le Groupe La Poste",
        "Paris-Est Marne & Bois": f"{title} : Paris-Est Marne & Bois",
    }


def test_a_list_question_gets_the_rows_of_a_slide_with_their_title():
    question = Query("Quels sont les territoires pilotes d'« Agir ensemble en Territoire » ?")
    cands = candidates(
        question, [Hit(Chunk("c0", DOC, 2, "2", 0, len(SLIDE_ROWS), SLIDE_ROWS), 1.0)]
    )
    quoted = [c.text for c in widen(select(cands, 3)[0], cands, question, {})]
    assert any("Alsace" in t and "Poitou-Charentes" in t and "Paris-Est" in t for t in quoted)


@pytest.mark.parametrize(
    "line, before, marker",
    [
        # A spelled-out acronym: « O comme Outils » under « D comme Données » is a letter.
        ("O comme Outils,", "D comme Données,", 0),
        # A round bullet read as « O » stays one, under a sentence or another item.
        ("O la formation des bénévoles ;", "À partir de 2018, trois actions :", 2),
        ("O les jeunes ;", "O les adultes ;", 2),
    ],
)
def test_the_letter_o_of_a_spelled_out_acronym_is_not_a_bullet(line, before, marker):
    assert item_marker(line, before) == marker


def test_a_spelled_out_acronym_is_quoted_whole():
    text = (
        "Ses ressources sont résumées par l’acronyme M.E.D.O.C. :\nM comme Méthodes,\n"
        "E comme Exemples,\nD comme Données,\nO comme Outils,\nC comme Compétences."
    )
    assert [u.text for u in units(text, True, "")] == [" ".join(text.split("\n"))]


def test_key_figures_written_value_first_are_read_with_the_lines_below():
    """« 148 000 » / « associations employeuses … » / « IMPACT – … »: each figure with its
    words, up to the next figure; never a figure with the words of the one above."""
    box = (
        "CHIFFRES CLÉS\n148 000\nassociations employeuses dans le champ de l’étude d’impact sur\n"
        "IMPACT – Associations & Territoires\n98 %\nd’entre elles entretiennent un partenariat\n"
        "21\nmesures dans la feuille de route ministérielle d’ensemble pour tous\n"
        "Ces repères résument l’année ; les pages suivantes les détaillent et les replacent."
    )
    texts = [u.text for u in units(box, True, "")]
    assert (
        "148 000 associations employeuses dans le champ de l’étude d’impact sur IMPACT – "
        "Associations & Territoires." in texts
    )
    assert "98 % d’entre elles entretiennent un partenariat." in texts
    assert "21 mesures dans la feuille de route ministérielle d’ensemble pour tous." in texts
    assert not any("Territoires 98 %" in t for t in texts)


def test_a_key_figure_ends_where_the_prose_after_its_box_begins():
    """« 3 ans » / « d’expérimentation » then a paragraph: the figure is not read with the
    paragraph's first lines, which stay whole in their sentence."""
    text = (
        "Le fonds en bref\n 1,5 M€\n de dotation\n 3 ans\n d’expérimentation\n"
        "Le fonds a été co-créé en 2020 par deux partenaires de longue date\n"
        "et une fondation d’entreprise. Sa dotation, d’un\n"
        "million et demi d’euros, finance une\nexpérimentation de trois ans.\n"
    )
    texts = [u.text for u in units(text, True, "")]
    assert "3 ans d’expérimentation." in texts and "1,5 M€ de dotation." in texts
    assert not any(t.endswith("d’un.") for t in texts)


def test_a_table_with_a_header_of_three_lines_and_a_footnote_call_keeps_every_row():
    """« Enjeu » / « Note moyenne » / « (sur 10) » heads the rows; « 6,6 ¹ » is a value with
    its footnote call; « tableau reproduit … », a wrapped line of prose, is no caption."""
    text = (
        "On a demandé aux personnes interrogées de noter l’importance de plusieurs enjeux. Le\n"
        "tableau reproduit les moyennes obtenues.\nEnjeu\nNote moyenne\n(sur 10)\nEmploi\n7,1\n"
        "Sécurité\n6,6 ¹\nEnvironnement\n6,3\nSans surprise, le travail arrive en tête de tous."
    )
    rows = [u.text for u in units(text, True, "") if "/ (sur 10)" in u.text]
    assert rows == [
        "Enjeu / Note moyenne / (sur 10) : Emploi 7,1",
        "Enjeu / Note moyenne / (sur 10) : Sécurité 6,6 ¹",
        "Enjeu / Note moyenne / (sur 10) : Environnement 6,3",
    ]


def test_a_footnote_line_opened_by_its_call_is_a_sentence_of_its_own():
    text = (
        "Chez les plus modestes, celles qui vivaient avec moins de 10 000 €, la proportion\n"
        "tombait à 20 %.\n² Les deux enquêtes ne portent pas sur le même champ.\n"
    )
    found = [text[s:e].replace("\n", " ").strip() for s, e, _ in segments(text)]
    assert found[0].endswith("tombait à 20 %.")
    assert found[1].startswith("² Les deux enquêtes")


def test_key_figures_printed_side_by_side_take_the_words_of_their_rank():
    """Two figures side by side come out values first, then their words in the same order."""
    text = (
        "Le premier enseignement tient en un chiffre.\n 148 000\n 98 %\n"
        " associations employeuses dans le champ de l'étude\n ont noué au moins un partenariat\n"
        "Ce que l'on entend par partenariat\n"
    )
    texts = [u.text for u in units(text, True, "")]
    assert "148 000 associations employeuses dans le champ de l'étude." in texts
    assert "98 % ont noué au moins un partenariat." in texts
    assert not any("partenariat Ce que" in t for t in texts)


def test_a_date_cut_after_its_day_is_one_sentence():
    """« … publiée le 23 » / « septembre » / « Comment … » : the month is no heading line."""
    text = (
        "Les fondations et leurs territoires\n"
        "Étude IMPACT Fondations & Territoires, publiée le 23\n"
        "septembre\n"
        "Comment les fondations perçoivent-elles leur rôle local ? Pour le savoir,\n"
        "l'Observatoire a interrogé 42 fondations de tailles variées."
    )
    found = [u.text for u in units(text)]
    assert any("publiée le 23 septembre" in t for t in found), found
    assert not any(t.endswith("publiée le 23") for t in found), found


def test_a_date_cut_after_its_month_is_one_sentence():
    """« … remises le 7 mai » / « 2020. »: the year under its month is no key figure, and the
    line above it no label: the sentence before goes on into it."""
    text = (
        "Tout part d'une lettre de mission confiée par le ministre à deux personnalités.\n"
        "Les deux corapporteurs ont rendu leurs conclusions\n"
        "au printemps suivant. Ils les ont remises le 7 mai\n"
        "2020.\n"
        "Un bilan d'étape a suivi. Il a été présenté le 17\n"
        "octobre 2020."
    )
    found = [u.text for u in units(text)]
    assert "Les deux corapporteurs ont rendu leurs conclusions au printemps suivant." in found
    assert any(t.endswith("Ils les ont remises le 7 mai 2020.") for t in found), found
    assert not any(t.startswith("au printemps") for t in found), found
    # … or before its year: « … au début de l'année » / « 2014. »
    text = (
        "Valérie Dupont, alors ministre, demande un état des lieux des partenariats entre\n"
        "associations et entreprises. Celui-ci paraît au début de l'année\n"
        "2014.\n"
        "6. Mesurer les effets"
    )
    found = [u.text for u in units(text)]
    assert any(
        t.startswith("Valérie Dupont") and "entre associations et entreprises" in t for t in found
    ), found


def test_a_year_under_its_label_on_a_slide_stays_a_key_figure():
    """« Date de création » / « 2014. » on a slide of key figures is a label and its figure,
    not a sentence going on into its year."""
    found = [u.text for u in units("Chiffres clés\nDate de création\n2014.\nBénévoles\n1 200")]
    assert any("Date de création" in t and "2014" in t for t in found), found


def test_a_sentence_cut_on_an_article_starts_lower():
    """The head of a sentence cut off (« … déclaraient déjà développer des ») stops on a word no
    French sentence ends with: it starts lower than a whole sentence (`prior`)."""
    text = (
        "L'étude interrogeait les entreprises sur leurs relations avec les associations.\n"
        "À l'époque, 21 % d'entre elles déclaraient déjà développer des\n"
        "\n"
        "Côté entreprises de 10 salariés et plus, 37 % pratiquent déjà le partenariat."
    )
    priors = {u.text: u.prior for u in units(text)}
    cut = next(p for t, p in priors.items() if t.endswith("développer des"))
    whole = next(p for t, p in priors.items() if t.endswith("le partenariat."))
    assert cut <= -0.5 < whole, priors


# A portfolio page: each project is a caption of short lines (title, place and year, the firm
# that signed it) above one sentence that describes it; no sentence names the firm.
PORTFOLIO = """Nos références de rénovation sont présentées ci-dessous, avec leurs architectes.
Surélévation de la halle aux grains
Mâcon, 2016
Atelier Verdier & Roux
Ajout de deux niveaux de logements sur une halle conservée.
Reconversion du dépôt de tramways
Grenoble, 2019
Bureau Lenoir Architectes
Transformation d'un dépôt en ateliers partagés et en logements."""

# A chart read by pypdf: its legend and its axis, short lines without a sentence.
CHART = """La confiance envers les instances reste faible dans toutes les catégories.
Pas du tout confiance
Plutôt pas confiance
Plutôt confiance
0% 20% 40% 60%
Les réponses sont proches d'une année sur l'autre."""


def test_short_lines_without_a_sentence_are_read_together():
    """The facts of a caption (who signed a project) are in no sentence: its lines are one
    unit, marked as such, and not when the rule is off."""
    found = [u for u in units(PORTFOLIO) if u.run]
    assert [u.text for u in found] == [
        "Surélévation de la halle aux grains ; Mâcon, 2016 ; Atelier Verdier & Roux",
        "Reconversion du dépôt de tramways ; Grenoble, 2019 ; Bureau Lenoir Architectes",
    ]
    assert not [u for u in units(PORTFOLIO, runs=False) if u.run]


def test_a_charts_legend_and_axis_and_a_table_are_no_run():
    assert not [u for u in units(CHART) if u.run]
    table = "Type de partenaire\nCollectivités\n74 %\nEntreprises\n28 %\nFondations\n12 %"
    assert not [u for u in units(table) if u.run]


def test_a_question_on_a_caption_is_answered_from_its_lines_and_the_rule_is_recorded():
    from assistant.answer.generators import ExtractiveGenerator
    from assistant.settings import GenerationSettings

    hits = [Hit(Chunk("c0", DOC, 3, "3", 0, len(PORTFOLIO), PORTFOLIO), 1.0)]
    question = Query("Quel bureau d'architectes a signé la reconversion du dépôt de tramways ?")
    on = ExtractiveGenerator(GenerationSettings())
    assert "Bureau Lenoir Architectes" in "".join(on.generate(question, hits))
    assert "short_runs" in on.assess(question, hits)["rules"]
    off = ExtractiveGenerator(GenerationSettings(short_runs=False))
    assert "Bureau Lenoir Architectes" not in "".join(off.generate(question, hits))


# A table with two value columns, as pypdf flattens it: a label, then one line per column; a
# cell left empty is marked « n.c. ».
TWO_COLUMNS = """Ce que les habitants attendent de leur quartier
Enjeu
Note sur 10
Part qui juge l'effet fort
Propreté
7,4
52 %
Transports
6,8
n.c.
Commerces
n.c.
31 %
Ces résultats sont tirés de l'enquête de quartier."""


def test_a_row_with_one_value_per_column_is_one_unit_with_its_header():
    header = "Enjeu / Note sur 10 / Part qui juge l'effet fort"
    found = [u.text for u in units(TWO_COLUMNS)]
    for row in ("Propreté 7,4 52 %", "Transports 6,8 n.c.", "Commerces n.c. 31 %"):
        # (the last row's first cell is empty)
        assert any(t.endswith(f"{header} : {row}") for t in found), (row, found)
    assert not [t for t in found if t.startswith(("6,8", "n.c."))], found


def test_the_second_column_of_a_row_answers():
    question = "Quelle part des habitants juge l'effet fort pour les commerces ?"
    assert "31 %" in " ".join(window(question, TWO_COLUMNS))


def test_a_credit_line_is_a_unit_not_a_heading():
    """« Mise en page - Anne Durand » between two sentences names who did what: a heading has
    no person after its dash (« Partie 2 - Les résultats » stays a heading)."""
    text = (
        "Pour écrire aux auteurs, utilisez le formulaire du site.\n"
        "Mise en page et illustrations - Anne Durand\n"
        "Partie 2 - Les résultats\n"
        "Cet ouvrage est diffusé sous licence libre."
    )
    found = [u.text for u in units(text)]
    assert "Mise en page et illustrations - Anne Durand" in found, found
    assert not [t for t in found if "Partie 2" in t], found


# The same table as pypdf reads it when the columns are narrow: a header cell and the first
# row's label wrap on two lines, beside a paragraph whose lines are longer.
WRAPPED = """Les personnes interrogées devaient noter chaque enjeu de leur quartier, puis dire si les
partenariats entre organisations y produisent un effet fort. Le tableau se lit en ligne.
Enjeu du quartier
Note de priorité (sur
10)
Part estimant que les partenariats ont un
effet fort
Propreté des rues et
des places
7,4
52 %
Transports
6,8
n.c.
Ces résultats sont tirés de l'enquête de quartier."""


def test_a_header_cell_and_a_row_label_wrapped_in_a_narrow_column_stay_whole():
    """« Part estimant que les partenariats ont un » / « effet fort » is a cell of the header,
    not a line of running text: before, it broke the table and its rows lost their header."""
    kinds = {WRAPPED[s:e]: kind for s, e, kind in line_kinds(WRAPPED)}
    assert kinds["Part estimant que les partenariats ont un"] == "short"
    assert (
        kinds[
            "Les personnes interrogées devaient noter chaque enjeu de leur quartier, puis dire si les"
        ]
        == "prose"
    )
    header = (
        "Enjeu du quartier / Note de priorité (sur 10) / "
        "Part estimant que les partenariats ont un effet fort"
    )
    found = [u.text for u in units(WRAPPED)]
    for row in ("Propreté des rues et des places 7,4 52 %", "Transports 6,8 n.c."):
        assert any(t.endswith(f"{header} : {row}") for t in found), (row, found)


def test_a_line_opening_a_sentence_ends_the_unpunctuated_line_before_it():
    """An edition line without a full stop (« Fiche remise à jour … du programme PHARE ») is not
    glued to the sentence under it: a wrapped line opens in lowercase or with a name (« La
    Poste »), not with « En » and a lowercase word."""
    text = (
        "Fiche remise à jour à l'automne 2015, à partir du volet Citoyens du programme PHARE\n"
        "En septembre 2015, le volet consacré aux citoyens a ouvert la série des publications\n"
        "du programme, avec le soutien constant et renouvelé chaque année de la Fondation\n"
        "La Poste et par d'autres partenaires.\n"
    )
    found = [u.text for u in units(text)]
    assert (
        found[0]
        == "Fiche remise à jour à l'automne 2015, à partir du volet Citoyens du programme PHARE"
    )
    assert found[1].startswith("En septembre 2015") and found[1].endswith("d'autres partenaires.")


def test_a_key_figure_said_as_a_floor_on_a_slide_is_a_unit():
    """« Plus de 2 000 » / « personnes interrogées » is a key figure like « 69 % » / « y voient
    … »; before, the slide's short lines were taken for a table (a figure alone on its line) and
    the count was in no unit, so « combien de personnes » found nothing to quote."""
    slide = (
        "Enquête auprès des habitants\n"
        "Qui a répondu ?\n"
        "Plus de 2 000\n"
        "personnes interrogées\n"
        "Une idée largement partagée\n"
        "69 %\n"
        "y voient un « devoir d'alliance »\n"
        "Vague publiée en septembre 2015"
    )
    found = [u.text for u in units(slide)]
    assert any(t.startswith("Plus de 2 000 personnes interrogées") for t in found), found
    assert any(t.startswith("69 % y voient") for t in found), found


ASIDES = (
    "Avec qui travaillent-elles ?\n"
    "Presque toutes ont déjà un partenaire : 98 % d'entre elles.\n"
    "Type de partenaire cité\n"
    "Part des associations concernées\n"
    "Collectivités territoriales\n"
    "89 %\n"
    "Structures d'intérêt général (associations, fondations…)\n"
    "73 %\n"
    "Établissements scolaires\n"
    "70 %\n"
    "Acteurs académiques (universités, recherche)\n"
    "35 %\n"
    "Lecture : la mairie reste le premier interlocuteur, loin devant le monde académique.\n"
)


def test_a_row_label_ending_with_an_aside_between_brackets_keeps_its_own_value():
    """« Acteurs académiques (universités, recherche) » / « 35 % »: the closing aside made the
    label a line of prose, and every value after it went to the next row's label (« 73 %
    Établissements scolaires »)."""
    header = "Type de partenaire cité / Part des associations concernées"
    found = [u.text for u in units(ASIDES)]
    for row in (
        "Collectivités territoriales 89 %",
        "Structures d'intérêt général (associations, fondations…) 73 %",
        "Établissements scolaires 70 %",
        "Acteurs académiques (universités, recherche) 35 %",
    ):
        assert f"{header} : {row}" in found, (row, found)
    assert not any("73 % Établissements" in t for t in found)
