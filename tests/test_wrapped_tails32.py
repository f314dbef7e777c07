"""The last word of a wrapped sentence, alone on its line in a narrow box or cell, stays with
its sentence: above a key figure it is no label, and a key figure's words end on the word the
third line calls for. Rows of values written in lowercase stay rows."""

from __future__ import annotations

from assistant.answer.units import units
from assistant.finder.extract import extract_figures
from assistant.headings import find_headings
from assistant.layout import line_kinds
from assistant.types import DocInfo, Page

# A technical sheet in a narrow column: a sentence wrapped over three lines, the last one a
# single word right above a key figure whose words wrap over four lines.
SHEET = (
    "Fiche technique\n"
    "Échantillon\n"
    "410 élus\n"
    "Profil des communes\n"
    "62 % des répondants sont élus\n"
    "d'une commune de moins de 3 500\n"
    "habitants\n"
    "88 %\n"
    "des élus estiment que leur commune\n"
    "est « attractive » : 30 % le disent\n"
    "très attractive, 58 % ni plus ni\n"
    "moins\n"
    "Répartition des réponses\n"
)


def _texts(text: str) -> list[str]:
    return [u.text for u in units(text, True, "")]


def test_a_lone_last_word_above_a_figure_ends_its_sentence():
    texts = _texts(SHEET)
    assert "62 % des répondants sont élus d'une commune de moins de 3 500 habitants" in texts
    kinds = {SHEET[s:e]: k for s, e, k in line_kinds(SHEET)}
    assert kinds["habitants"] == "prose"
    assert kinds["88 %"] == "short"  # the figure stays a key figure of its own


def test_a_key_figure_takes_the_word_its_third_line_calls_for():
    texts = _texts(SHEET)
    whole = (
        "88 % des élus estiment que leur commune est « attractive » : 30 % le disent très "
        "attractive, 58 % ni plus ni moins"
    )
    assert any(t.startswith(whole) for t in texts), texts
    # … and not the heading after it
    assert not any("Répartition" in t for t in texts)


def test_a_fourth_line_is_taken_only_when_the_third_calls_for_it():
    text = (
        "Repères\n"
        "88 %\n"
        "des élus estiment que leur commune\n"
        "est attractive pour les familles et\n"
        "pour les entreprises du territoire\n"
        "selon la dernière vague\n"
    )
    texts = _texts(text)
    assert any(
        t.startswith(
            "88 % des élus estiment que leur commune est attractive pour les familles et pour "
            "les entreprises du territoire"
        )
        for t in texts
    ), texts
    assert not any("88 %" in t and "dernière vague" in t for t in texts)


def test_rows_of_values_in_lowercase_stay_rows():
    """« sur l'emploi : 49 % » … « sur l'éducation : 36 % »: the last row is no tail of the
    one above it, and each figure keeps its own row as what it measures."""
    text = (
        "Où les partenariats pèsent le plus\n"
        "Part des répondants jugeant l'impact « fort »\n"
        "sur l'emploi : 49 %\n"
        "sur la précarité : 36 %\n"
        "sur l'éducation : 36 %\n"
        "\n"
    )
    kinds = {text[s:e]: k for s, e, k in line_kinds(text)}
    assert kinds["sur l'éducation : 36 %"] == "short"


def test_the_finder_reads_the_whole_sentence_of_the_lone_word():
    doc = DocInfo(source="fiche.pdf", title="Fiche technique", kind="autre", date="2024-11")
    rows = extract_figures(doc, [Page(1, "1", SHEET)])
    by_text = {r.text: r for r in rows}
    assert "62 %" in by_text
    assert "habitants" in by_text["62 %"].sentence


# A portfolio page: each card is a title over two lines (its second line opening in lowercase),
# a place and year, an author, then a description in running text.
CARDS = (
    "Projet de réhabilitation d'un ancien entrepôt en logements, conservé plutôt que démoli\n"
    "et transformé en habitat partagé pour une coopérative de quartier.\n"
    "Réhabilitation d'une ancienne\n"
    "école communale\n"
    "Nantes, 2020\n"
    "Atelier Dupré Architectes\n"
    "Transformation des salles de classe en logements familiaux et en locaux associatifs\n"
    "ouverts aux habitants du quartier.\n"
)


def test_a_card_title_over_two_lines_credits_its_place_and_author():
    texts = _texts(CARDS)
    assert (
        "Réhabilitation d'une ancienne école communale ; Nantes, 2020 ; Atelier Dupré Architectes"
        in texts
    ), texts


def test_a_sentence_ending_with_a_stop_titles_no_two_lines():
    text = (
        "Le projet a été livré dans les délais prévus.\n"
        "Nantes, 2020\n"
        "Atelier Dupré Architectes\n"
        "Transformation des salles de classe en logements familiaux et en locaux associatifs\n"
        "ouverts aux habitants du quartier.\n"
    )
    assert not any("Nantes" in t and "délais" in t for t in _texts(text))


def test_a_heading_wrapped_after_a_word_calling_for_more_is_one_heading():
    """« Les fondations, catalyseurs des » / « alliances territoriales »: the sentences under
    it are read with the whole heading, not its first line."""
    text = (
        "Les fondations, catalyseurs des\n"
        "alliances territoriales\n"
        "L'étude a interrogé 42 fondations sur leurs partenaires locaux.\n"
    )
    assert find_headings(text) == [(0, "Les fondations, catalyseurs des alliances territoriales")]
    found = [u for u in units(text, True, "") if u.text.startswith("L'étude")]
    assert found and found[0].heading == "Les fondations, catalyseurs des alliances territoriales"
    # a heading that ends on a full word keeps its line
    text = "Les fondations en région\nalliances territoriales et locales\n"
    assert find_headings(text)[0] == (0, "Les fondations en région")


def test_a_wrapped_label_right_above_its_figure_stays_its_label():
    """« … des collectivités et de » / « l'État » / « 44 % »: the line above states no amount,
    so « l'État » ends the label of 44 %, not a sentence of its own."""
    text = (
        "Répartition des financements\n"
        "Subventions publiques des collectivités et de\n"
        "l'État\n"
        "44 %\n"
        "Dons et mécénat\n"
        "12 %\n"
    )
    kinds = {text[s:e]: k for s, e, k in line_kinds(text)}
    assert kinds["l'État"] == "short"
    for text in (
        "Nous avons interrogé les acteurs suivants :\nfondations d'entreprise\n45 %\n",
        "Marie Dupont, chargée de mission\nmarie.dupont@exemple.fr\n01 23 45 67 89\n",
    ):
        kinds = {text[s:e]: k for s, e, k in line_kinds(text)}
        assert kinds[text.split("\n")[1]] == "short", text


def test_a_key_figure_takes_no_heading_as_its_fourth_line():
    text = (
        "Repères\n"
        "72 %\n"
        "des entreprises ont un partenaire\n"
        "associatif, soit 5 points\n"
        "de plus\n"
        "Méthodologie de l'enquête\n"
        "L'enquête a été menée en ligne.\n"
    )
    assert not any("Méthodologie" in t and "72 %" in t for t in _texts(text))


def test_a_caption_title_is_one_short_phrase_and_a_cut_sentence_keeps_its_two_lines():
    # a sentence cut at the page's end titles no footer
    text = (
        "Les Départements et les Régions ont été associés à la démarche dès\n"
        "Rapport d'activité 2023\n"
        "Observatoire des partenariats\n"
    )
    assert not any("dès" in t and "Rapport" in t for t in _texts(text))
    # two credit lines are no title of one phrase
    text = (
        "Directeur de la publication - Jean Martin\n"
        "Rédaction - Anne Durand\n"
        "Impression\n"
        "Imprimerie Dupont\n"
    )
    assert not any("Jean Martin Rédaction" in t for t in _texts(text))
    # under a long sentence cut short, the place and the author are still read together
    text = (
        "Le quartier a été entièrement rénové avec le soutien de la métropole et de\n"
        "la Caisse des dépôts\n"
        "Lyon, 2021\n"
        "Agence Martin Architectes\n"
    )
    assert any("Lyon, 2021" in t and "Agence Martin Architectes" in t for t in _texts(text))


def test_a_heading_joins_its_next_line_only_after_a_linking_word():
    assert (
        find_headings("Pour en savoir plus\nrendez-vous sur le site de l'Observatoire\n")[0][1]
        == "Pour en savoir plus"
    )
    assert find_headings("Les fondations et les\ncollectivités 12\n")[0][1] == (
        "Les fondations et les"
    )
