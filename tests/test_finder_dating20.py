"""The finder's twentieth round, on dates: one behaviour per test, each failing without its rule."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="chapitre.pdf", title="Chapitre 2", kind="etude", date="2016-03-01")

# --- rule `heading_year`: a section heading holding a year dates its section -------------------

SECTION = (
    "2.4 Une envie sans date\n"
    "Un chiffre circule largement : 84 % des dirigeants auraient envie d'alliance.\n"
    "2.5 Après le choc de 2020\n"
    "Au sortir du premier confinement, Le RAMEAU a inventorié plus de 250 données.\n"
    "Deux d'entre elles concernent le grand public : 81 % des Français jugent la\n"
    "co-construction utile pour rebondir.\n"
)


def test_a_heading_with_a_year_dates_the_figures_of_its_section():
    page = FinderPage(DOC)
    assert page.one(SECTION, "81 %").year == "2020"
    assert page.one(SECTION, "250").year == "2020"


def test_a_heading_year_does_not_date_the_section_before():
    assert FinderPage(DOC).one(SECTION, "84 %").year == "2016"


def test_a_horizon_in_a_heading_dates_nothing():
    ahead = SECTION.replace("Après le choc de 2020", "Les alliances à l'horizon 2030")
    assert FinderPage(DOC).one(ahead, "81 %").year == "2016"


def test_a_count_in_a_heading_is_no_year():
    counted = SECTION.replace("Après le choc de 2020", "Les 2000 adhérents du réseau")
    assert FinderPage(DOC).one(counted, "81 %").year == "2016"


def test_a_sentence_wrapped_onto_a_short_line_is_no_heading():
    wrapped = SECTION.replace(
        "2.5 Après le choc de 2020\n",
        "La note fait le point sur la crise de\n2020 Au sortir du confinement\n",
    )
    assert FinderPage(DOC).one(wrapped, "81 %").year == "2016"


# --- rule `spelled_year`: a year said in words, after a word that dates ------------------------

SAID = (
    "CHERCHEUSE Et depuis deux mille vingt, le Fonds dispose d'un budget propre. "
    "Dès deux mille dix, la démarche a été testée sur trois territoires pilotes. "
    "Deux mille vingt personnes ont répondu au questionnaire."
)


def test_a_year_in_words_dates_its_sentence():
    page = FinderPage(DocInfo(source="podcast.pdf", title="Épisode 9", kind="autre", date="2024"))
    assert page.one(SAID, "trois").year == "2010"


def test_a_number_in_words_without_a_dating_word_is_no_year():
    page = FinderPage(DocInfo(source="podcast.pdf", title="Épisode 9", kind="autre", date="2024"))
    row = page.one(SAID, "Deux mille vingt")
    assert row.value == 2020 and row.year == "2024"


# --- « dès 2008 » is a point in time, « depuis 2008 » a span up to the document ----------------


def test_des_dates_a_figure_with_its_year_alone():
    page = FinderPage(DOC)
    assert page.one("Dès 2008, 86 % des Français jugeaient urgent d'agir.", "86 %").year == "2008"
    since = page.one("Depuis 2008, 86 % des Français jugent urgent d'agir.", "86 %")
    assert since.year == "2008-2016"


# --- rule `compared_share`: a share in brackets after a comparison measures what the first does -

COMPARED = (
    "Le programme a interrogé tour à tour chaque public. Les dirigeants d'entreprise ne sont pas "
    "en reste : 81 % d'entre eux estiment que s'allier est un devoir, presque autant que les "
    "responsables associatifs (86 %) et nettement plus que les Français (69 %)."
)


def test_a_share_compared_in_brackets_takes_the_measure_it_is_compared_with():
    page = FinderPage(DOC)
    first = page.one(COMPARED, "81 %").measure
    assert "devoir" in first
    assert page.one(COMPARED, "86 %").measure == first
    assert page.one(COMPARED, "69 %").measure == first


def test_a_share_in_brackets_without_a_comparison_keeps_its_own_measure():
    plain = COMPARED.replace("presque autant que les", "alors que les").replace(
        "nettement plus que les Français (69 %)", "les Français en doutent (69 %)"
    )
    assert "devoir" not in FinderPage(DOC).one(plain, "69 %").measure
