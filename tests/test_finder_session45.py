"""Session 45, figures table: a four-digit number right after a month (« conduite en
mai-juin 2016 auprès de … ») is a date, even before a word ending in « s » that reads like a
plural noun; the sentence's date then dates its figures. Every example is invented."""

from __future__ import annotations

from assistant.checks.figures import reads_as_count
from assistant.finder.detect import detect
from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

NOTE = DocInfo(source="note.pdf", title="Une note sur le vélo", kind="note", date="2021")


def test_a_year_after_a_month_range_is_no_figure_and_dates_the_sentence():
    text = "Sondage conduit en avril-mai 2018 auprès de plus de 900 cyclistes urbains."
    assert [f.text for f in detect(text)] == ["900"]
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    assert [(r.text, r.year, r.year_source) for r in rows] == [("900", "2018", "phrase")]


def test_a_solid_number_before_a_plural_noun_still_counts():  # guards what must stay
    text = "Le réseau fédère 2000 associations sportives."
    at = text.index("2000")
    assert reads_as_count(text, at, at + 4)
    assert [f.text for f in detect(text)] == ["2000"]


CAPTION = (
    "Part des cyclistes qui jugent les pistes cyclables sûres ou très sûres, par quartier "
    "(Baromètre des mobilités, 2019)"
)
ROWS = "Centre\n62 %\nNord\n48 %\nSud\n41 %\n"


def _rows(text: str) -> dict[str, tuple[str, str]]:
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    return {r.text: (r.measure, r.year) for r in rows}


def test_a_one_line_caption_too_long_for_a_header_titles_its_table():
    assert len(CAPTION) > 90  # longer than a header line
    rows = _rows(f"Les mobilités douces\n{CAPTION}\n{ROWS}")
    for value, label in (("62 %", "Centre"), ("48 %", "Nord"), ("41 %", "Sud")):
        measure, year = rows[value]
        assert label in measure and "pistes cyclables sûres" in measure, rows
        assert year == "2019", rows


def test_a_wrapped_paragraph_line_is_no_caption():  # guards what must stay
    prose = (
        "Les cyclistes interrogés dans les trois quartiers de la ville ont été particulièrement nombreux à répondre\n"
        "Sur la sécurité des pistes cyclables, en distinguant bien les quartiers où ils roulent le plus\n"
    )
    assert all(len(line) > 90 for line in prose.splitlines())
    rows = _rows(prose + ROWS)
    assert all("sécurité" not in m for m, _ in rows.values()), rows


def test_a_key_figure_caption_goes_on_in_lower_case_lines():
    text = (
        "Le vélo en chiffres\n"
        "62 %\n"
        "des cyclistes roulent chaque\n"
        "jour vers leur travail\n"
        "en centre-ville.\n"
        "Baromètre des mobilités\n"
    )
    rows = _rows(text)
    assert rows["62 %"][0].endswith("roulent chaque jour vers leur travail en centre-ville"), rows


def test_a_key_figure_caption_stops_at_its_source_or_a_full_stop():  # guards what must stay
    text = (
        "62 %\n"
        "des cyclistes roulent chaque jour.\n"
        "selon un sondage en ligne\n"
        "48 %\n"
        "des piétons marchent chaque\n"
        "Baromètre des mobilités\n"
    )
    sentences = {r.text: r.sentence for r in extract_figures(NOTE, [Page(1, "1", text)])}
    assert "sondage" not in sentences["62 %"] and "Baromètre" not in sentences["48 %"], sentences


TABLE_ABOVE = "Part des usagers satisfaits (2021)\nBus\n71 %\nTram\n80 %\nMétro\n66 %\n"


def test_a_note_under_the_table_above_titles_no_table():  # guards `long_caption`
    notes = (
        "Lecture : 71 % des usagers du bus se déclarent satisfaits du service rendu sur leur "
        "ligne principale en 2017",
        "Source : Enquête annuelle de satisfaction des usagers des transports publics de la "
        "métropole, vague 2017, traitement Agence",
    )
    for note in notes:
        assert len(note) > 90
        rows = _rows(f"{TABLE_ABOVE}{note}\n{ROWS}")
        assert rows["62 %"][0] == "Centre", (note, rows["62 %"])
    # a reading note's year is no table's (a source's dates the table next to it: `source_year`)
    assert _rows(f"{TABLE_ABOVE}{notes[0]}\n{ROWS}")["62 %"][1] != "2017"


def test_a_line_holding_a_figure_titles_no_table():  # guards `long_caption`
    sentence = (
        "En 2012, seuls 20 % des cyclistes jugeaient les pistes sûres ; ils sont bien plus "
        "nombreux aujourd'hui"
    )
    rows = _rows(f"Le vélo en ville\n{sentence}\n{ROWS}")
    assert rows["62 %"][1] != "2012", rows


def test_a_note_in_lower_case_ends_a_key_figure_caption():  # guards `lower_caption_line`
    text = "62 %\ndes cyclistes roulent chaque jour\nsource : baromètre des mobilités 2017\n"
    (row,) = [r for r in extract_figures(NOTE, [Page(1, "1", text)]) if r.text == "62 %"]
    assert "source" not in row.sentence and "source" not in row.measure, row


def test_a_caption_under_the_table_above_stays_with_it():  # guards `long_caption`
    below = (
        "Satisfaction des usagers par mode de transport, ensemble des lignes exploitées par "
        "le réseau métropolitain"
    )
    assert len(below) > 90
    rows = _rows(f"{TABLE_ABOVE}{below}\n{ROWS}")
    assert rows["62 %"][0] == "Centre", rows["62 %"]


def test_a_key_figure_after_a_stacked_table_is_no_box_beside_its_last_value():
    text = (
        "Baromètre des mobilités (mai 2019) : les attentes des cyclistes\n"
        "Attente\nNote sur 10\n"
        "Sécurité\n7,4\nConfort\n6,2\nVitesse\n6,0\nStationnement\n5,8\n"
        "58 %\ndes cyclistes roulent tous\nles jours en ville\n"
    )
    rows = _rows(text)
    for value in ("7,4", "6,2", "6,0"):
        assert "Note sur 10" in rows[value][0], rows
    assert rows["58 %"][0].endswith("roulent tous les jours en ville"), rows


def test_boxes_side_by_side_still_take_their_captions():  # guards what must stay
    text = (
        "Rapport annuel\nLes cyclistes en chiffres\n"
        "58 %\n7,4\n"
        "des cyclistes roulent tous les jours\n"
        "note moyenne de la sécurité\n"
    )
    rows = _rows(text)
    assert rows["58 %"][0].endswith("roulent tous les jours"), rows
    assert "sécurité" in rows["7,4"][0], rows


def test_a_caption_opening_on_an_ellipsis_goes_on_the_key_figure_and_keeps_its_negation():
    text = (
        "76 %\ndes cyclistes jugent les pistes sûres…\n"
        "Baromètre des mobilités\n"
        "46 %\n… mais ne savent pas où\nstationner leur vélo.\n"
    )
    rows = _rows(text)
    assert rows["46 %"][0] == "ne savent pas où stationner leur vélo", rows


def test_a_pointing_share_after_an_empty_answer_keeps_its_own_words():
    text = (
        "Les élus sont-ils du même avis ?\n"
        "Julie Martin — Oui, tout à fait. Dans les enquêtes suivantes, 64 % des\n"
        "maires et 58 % des élus locaux partageaient ce constat.\n"
    )
    rows = _rows(text)
    for value in ("64 %", "58 %"):
        assert "Julie" not in rows[value][0] and "partageaient" in rows[value][0], rows


def test_a_pointing_share_still_measures_a_finding_said_before():  # guards what must stay
    text = (
        "Les cyclistes jugent les pistes cyclables trop étroites en centre-ville. "
        "Chez les piétons, la proportion atteint 64 %.\n"
    )
    rows = _rows(text)
    assert "pistes cyclables trop étroites" in rows["64 %"][0], rows


def test_a_footnote_call_ends_its_sentence():
    text = (
        "58 % des cyclistes jugent leur quartier calme2 Près de 40 % des piétons pensent "
        "le contraire.\n"
    )
    rows = _rows(text)
    assert rows["58 %"][0].endswith("jugent leur quartier calme"), rows
    assert "Près" not in rows["40 %"][0], rows  # « Près de » opening a sentence, left out


def test_a_call_before_a_column_label_is_no_sentence_end():  # guards what must stay
    rows = _rows("Note moyenne de la sécurité1 Français 6,6/10 ■ ex aequo\n")
    assert "Note moyenne de la sécurité" in rows["6,6/10"][0], rows


def test_boxes_under_a_page_number_and_a_heading_keep_their_figures():  # `stack_last_value`
    text = (
        "12\nLes cyclistes en chiffres\n58 %\n7,4\n"
        "des cyclistes roulent tous les jours\nnote moyenne de la sécurité\n"
    )
    rows = _rows(text)
    assert rows["58 %"][0].endswith("roulent tous les jours") and "7,4" in rows, rows


def test_a_call_before_a_label_opening_on_an_article_is_no_sentence_end():  # guards `_CALL`
    rows = _rows("Part des cyclistes quotidiens1 Les jeunes 42 % Les seniors 18 %\n")
    assert "Part des cyclistes quotidiens" in rows["42 %"][0], rows


def test_a_question_before_a_pointing_share_still_measures_it():  # guards `empty_before`
    text = (
        "Les cyclistes se disent satisfaits du réseau. Qu'en est-il de la sécurité ? "
        "Chez les maires, la proportion atteint 64 %.\n"
    )
    assert "sécurité" in _rows(text)["64 %"][0]


def test_a_qualifier_is_a_whole_word():  # « auprès de 900 » holds no « près de »
    rows = _rows("Une enquête a été menée auprès de 900 cyclistes urbains.\n")
    assert "auprès de" in rows["900"][0], rows


def test_a_singular_pointer_skips_a_pair_of_names():  # rule `singular_pointer`
    text = (
        "Le Réseau Vélo\n"
        "En 2019, la Mairie de Lyon et la Métropole de Lyon ont co-créé le Fonds Mobilités "
        "Douces. Sa dotation s'élève à 2,5 M€.\n"
    )
    rows = _rows(text)
    assert rows["2,5 M€"][0].endswith("(Fonds Mobilités Douces)"), rows


def test_a_plural_possessive_may_stand_for_a_pair():  # guards what must stay
    text = (
        "Pour outiller les cyclistes, le Club Vélo a créé un atelier. "
        "La Mairie de Lyon et la Métropole de Lyon ont signé une convention. "
        "Leur budget commun atteint 3 M€.\n"
    )
    rows = _rows(text)
    assert "Fonds" not in rows["3 M€"][0] and "Club Vélo" not in rows["3 M€"][0], rows


def test_a_single_subject_after_a_pair_stays_the_antecedent():  # guards `singular_pointer`
    text = (
        "La Mairie de Lyon et la Métropole de Lyon ont lancé un plan vélo. Le Club Vélo "
        "Lyonnais, présidé par Jean Dupont, anime le réseau. Il compte 300 adhérents.\n"
    )
    assert _rows(text)["300"][0].endswith("(Club Vélo Lyonnais)")


def test_et_inside_one_name_makes_no_pair():  # guards `singular_pointer`
    text = (
        "Le Club Vélo Lyonnais anime le réseau. La Fondation Entreprises et Territoires a été "
        "créée en 2015. Sa dotation s'élève à 2 M€.\n"
    )
    assert "Club Vélo" not in _rows(text)["2 M€"][0]
