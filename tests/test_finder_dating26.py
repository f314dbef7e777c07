"""Session 26: for the figure finder, a heading over a bulleted list is a heading (rule
`heading_over_list`), so the date it ends on dates the list's figures. Every example is invented; the positive tests fail
without the rule, the negative one guards a misreading it must not make."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.headings import heading_years
from assistant.layout import line_kinds
from assistant.types import DocInfo

DOC = DocInfo(source="synthese.pdf", title="Synthèse", kind="autre", date="2025-02-01")

PAGE = (
    "Ce document rassemble les résultats de trois enquêtes du réseau.\n"
    "Les habitants · CAPRA-Habitants, septembre 2015\n"
    "• 58 % jugent leur quartier animé.\n"
    "Les commerçants · VIGIE-Commerces, enquête de mai-juin 2016\n"
    "• Un commerce compte en moyenne 2,5 partenaires ; les marchés sont les plus cités (74 %).\n"
    "• 63 % travaillent avec une association.\n"
)


def test_a_heading_over_a_bulleted_list_dates_its_section():
    """For the finder only: the answers' units keep reading the line as text."""
    heading = PAGE.index("Les commerçants")
    assert (heading, "2016") in heading_years(PAGE, line_kinds(PAGE))
    kinds = {PAGE[s:e].strip(): kind for s, e, kind in line_kinds(PAGE)}
    assert kinds["Les commerçants · VIGIE-Commerces, enquête de mai-juin 2016"] == "prose"


def test_the_date_a_heading_over_a_list_ends_on_dates_the_list():
    page = FinderPage(DOC)
    assert page.one(PAGE, "63 %").year == "2016"
    assert page.one(PAGE, "74 %").year == "2016"
    assert page.one(PAGE, "58 %").year == "2015"


def test_a_sentence_wrapped_onto_a_bulleted_line_is_no_heading():
    """A line that goes on a sentence (its next line a list that it announces with no colon
    still ends no sentence above) stays prose when the line above does not end a sentence."""
    text = (
        "Le réseau a publié en 2016 une note qui\n"
        "Rappelle les résultats de mai 2016\n"
        "• 63 % travaillent avec une association.\n"
    )
    assert heading_years(text, line_kinds(text)) == []


# --- from the before-stop review: what the rule must not do -------------------------------------

LIST = "• 58 % des membres sont satisfaits.\n• Le réseau compte 120 antennes.\n"
DOC23 = DocInfo(source="bilan.pdf", title="Bilan", kind="autre", date="2023-03-01")


def test_a_year_the_heading_s_words_lead_to_dates_no_list():
    for line in (
        "Le réseau a été fondé en 1998",
        "Ce qui a changé par rapport à 2019",
        "Nos engagements jusqu'en 2030",
        "Objectifs fixés pour 2030",
        "Le plan adopté à partir de 2024",
        "Le programme lancé en janvier 2012",
    ):
        text = f"Le bilan est positif.\n{line}\n{LIST}"
        assert FinderPage(DOC23).one(text, "58 %").year == "2023", line


def test_a_list_followed_by_running_text_is_not_dated_by_its_heading():
    """The heading's date would run past the list, onto paragraphs it does not head."""
    text = (
        "Le bilan est positif.\nLes membres · CAPRA-Habitants, septembre 2015\n"
        + LIST
        + "Aujourd'hui, 62 % des membres renouvellent leur adhésion.\n"
    )
    page = FinderPage(DOC23)
    assert page.one(text, "58 %").year == "2023"
    assert page.one(text, "62 %").year == "2023"


def test_a_caption_between_two_items_is_no_heading():
    text = (
        "Le bilan est positif.\n• 58 % des membres sont satisfaits.\n"
        "Enquête interne de mars 2019\n• 40 % souhaitent plus d'ateliers.\n"
    )
    assert FinderPage(DOC23).one(text, "40 %").year == "2023"


def test_a_target_after_horizon_dates_no_list():
    """(« Nos objectifs (2030) » is dated 2030 by the older rule of a heading's period in
    brackets, before this session.)"""
    for line in ("Nos objectifs, horizon de 2030",):
        text = f"Le bilan est positif.\n{line}\n{LIST}"
        assert FinderPage(DOC23).one(text, "58 %").year == "2023", line
