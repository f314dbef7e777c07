"""The finder's sixteenth round: one behaviour per test, each failing without its rule."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.detect import detect
from assistant.types import DocInfo

# --- rule `scale_marks`: marks printed bare once the scale is given ----------------------------

SCALE = (
    "Sur une échelle de 0 à 10, ils attendaient d'abord des alliances un effet sur l'emploi "
    "(7,1 sur 10), puis sur la sécurité (6,6 chacun), devant le développement économique "
    "(6,5). Environnement et exclusion fermaient la marche, à 6,3."
)


def _units(text: str) -> dict[str, str]:
    return {f.text: f.unit for f in detect(text)}


def test_decimals_after_the_scale_are_marks_out_of_ten():
    found = _units(SCALE)
    assert found["7,1 sur 10"] == "/10"
    assert found["6,6"] == "/10"
    assert found["6,5"] == "/10"
    assert found["6,3"] == "/10"


def test_the_scale_bounds_are_no_marks():
    assert not {"0", "10"} & set(_units(SCALE))


def test_a_bare_decimal_with_no_scale_before_it_is_no_mark():
    assert "6,5" not in _units("Le réseau s'est réuni deux fois ; la version 6,5 du guide suit.")


def test_a_scale_far_above_gives_no_mark():
    text = "Les notes vont de 0 à 10. " + "Le réseau a tenu ses réunions habituelles. " * 12
    assert "6,5" not in _units(text + "La version 6,5 du guide suit.")


# --- a column header opening on the sign gives its cells their unit (« % des associations ») ---

PERCENT_HEADER = (
    "Un autre regard\n"
    "Partenaire cité\n"
    "% des associations\n"
    "Collectivités territoriales\n74\n"
    "Associations, fondations\n72\n"
    "Établissements d'enseignement\n47\n"
    "Entreprises\n28\n"
    "En moyenne, une association compte 2,5 partenaires.\n"
)


def test_a_header_opening_on_the_percent_sign_makes_its_cells_shares():
    page = FinderPage(DocInfo(source="t.pdf", title="Tableau de bord", kind="autre", date="2024"))
    row = page.one(PERCENT_HEADER, "74")
    assert row.unit == "%"
    assert "Collectivités territoriales" in row.measure
    assert page.one(PERCENT_HEADER, "28").unit == "%"


# --- rule `source_line_year`: key figures dated by the source line under their block -----------

DASHBOARD = DocInfo(source="t.pdf", title="Tableau de bord", kind="autre", date="2024")
BOXES = (
    "Impacts forts attendus des partenariats\n"
    "49 %\nEmploi\n46 %\nDéveloppement économique\n42 %\nEnvironnement\n"
    "Source : PHARE-Citoyens, septembre 2015, plus de 2 000 personnes interrogées.\n"
)


def test_key_figures_take_the_year_of_the_source_line_under_them():
    row = FinderPage(DASHBOARD).one(BOXES, "46 %")
    assert (row.year, row.year_source) == ("2015", "source")


def test_a_year_bounding_the_sources_dates_nothing():
    bounded = BOXES.replace(
        "PHARE-Citoyens, septembre 2015, plus de 2 000 personnes interrogées.",
        "publications de l'Observatoire antérieures à 2024.",
    )
    assert FinderPage(DASHBOARD).one(bounded, "46 %").year_source != "source"


def test_a_source_line_under_prose_dates_other_figures():
    prose = BOXES.replace(
        "42 %\nEnvironnement\n",
        "42 %\nEnvironnement\nLes attentes ont beaucoup changé depuis, selon les auteurs de "
        "la note, qui citent une autre enquête.\n",
    )
    assert FinderPage(DASHBOARD).one(prose, "46 %").year_source != "source"


# --- rule `compound_numbers`: numbers written as hyphenated words, and « pour cent » ------------

WORDS = (
    "Quand on interroge les élus locaux, soixante-quatre pour cent veulent s'appuyer sur le "
    "jouer collectif. L'étude a interrogé quarante-deux fondations et vingt-et-une "
    "associations ; quatre-vingt-dix-sept communes ont répondu. Quinze pour cent hésitent. "
    "Le rendez-vous est fixé au mardi."
)


def test_hyphenated_number_words_are_read_with_their_value():
    found = {f.text: (f.value, f.unit) for f in detect(WORDS)}
    assert found["quarante-deux"] == (42.0, "count")
    assert found["vingt-et-une"] == (21.0, "count")
    assert found["quatre-vingt-dix-sept"] == (97.0, "count")


def test_a_number_word_before_pour_cent_is_a_share():
    found = {f.text: (f.value, f.unit) for f in detect(WORDS)}
    assert found["soixante-quatre pour cent"] == (64.0, "%")
    assert found["Quinze pour cent"] == (15.0, "%")
    assert "cent" not in found  # the « cent » of « pour cent » is no figure of its own
    assert "rendez-vous" not in found


# --- number words written apart (session 19) ---------------------------------------------------

APART = (
    "L'étude porte sur cent quarante-huit mille associations employeuses. Il vise trois cent "
    "cinquante catalyseurs territoriaux et dispose d'un million et demi d'euros. La feuille de "
    "route compte vingt et une mesures. Les communes de moins de deux mille habitants dominent ; "
    "deux ou trois élus hésitent."
)


def test_number_words_written_apart_are_read_as_one_number():
    found = {f.text: (f.value, f.unit) for f in detect(APART)}
    assert found["cent quarante-huit mille"] == (148000.0, "count")
    assert found["trois cent cinquante"] == (350.0, "count")
    assert found["vingt et une"] == (21.0, "count")
    assert found["un million et demi d'euros"] == (1500000.0, "€")
    assert "cinquante" not in found and "quarante-huit" not in found


def test_number_words_that_do_not_make_one_number_or_bound_a_population_are_no_figure():
    texts = {f.text for f in detect(APART)}
    assert "deux mille" not in texts  # « de moins de deux mille habitants »: who is counted
    assert "deux" not in texts
    # « deux ou trois élus » is no number written apart (not 23): a range, read from its lower
    # bound as the blind sets label ranges (session 52, rule `word_ranges`)
    ranges = {f.text: f.value for f in detect(APART)}
    assert ranges.get("deux ou trois") == 2.0
