"""The finder's round of session 24, on dates: a heading wrapped before its date, a section
that goes back to « la même enquête ». Every example is invented; each positive test fails
without its rule, each negative one guards a misreading the rule must not make."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="revue.pdf", title="Revue de presse", kind="autre", date="2024-12-01")

# --- rule `heading_year`: a heading wrapped before its date -------------------------------------

WRAPPED = (
    "Des médias et des sites partenaires reprennent les travaux de l'Observatoire ; les résumés\n"
    "sont de la rédaction, les chiffres sont ceux que chaque article met en avant.\n"
    "PRESSEPLUS\n"
    "CAPRA Commerces & Quartiers, l'étude de mars\n"
    "2013\n"
    "Le document en ligne donne la position des commerçants du quartier : 31 % développent des\n"
    "partenariats avec une association, 44 % souhaitent en développer et les autres non.\n"
)


def test_a_heading_wrapped_before_its_date_dates_its_section():
    page = FinderPage(DOC)
    assert page.one(WRAPPED, "31 %").year == "2013"
    assert page.one(WRAPPED, "44 %").year == "2013"


def test_a_date_that_ends_a_sentence_is_no_heading():
    sentence = WRAPPED.replace("PRESSEPLUS\n", "Le site rappelle une étude publiée en\n")
    assert FinderPage(DOC).one(sentence, "31 %").year == "2024"


def test_a_label_or_a_horizon_above_a_date_is_no_heading():
    """A date under a line that does not end on its month (« Photo : Jean Dupont » / « 2019 »,
    « Année de création » / « 2011 ») or that looks ahead (« Objectifs à l'horizon de
    décembre » / « 2030 ») dates nothing."""
    page = FinderPage(DOC)
    for above, date in (
        ("Photo : Jean Dupont", "2019"),
        ("Année de création", "2011"),
        ("Objectifs à l'horizon de décembre", "2030"),
    ):
        text = WRAPPED.replace(
            "CAPRA Commerces & Quartiers, l'étude de mars\n2013", f"{above}\n{date}"
        )
        assert page.one(text, "31 %").year == "2024", above


def test_a_date_that_a_sentence_goes_on_from_is_no_heading():
    going_on = WRAPPED.replace("2013\nLe document", "2013\nle document")
    assert FinderPage(DOC).one(going_on, "31 %").year == "2024"


# --- rule `same_survey`: a section that goes back to the same survey ----------------------------

SAME = (
    "AGORA\n"
    "Quels partenaires pour les commerçants ?\n"
    "L'article présente l'enquête Commerces & Quartiers, publiée en mars 2019 par Terrain &\n"
    "Études et la Fédération des commerçants de quartier : plus de 900 commerçants\n"
    "interrogés en mai-juin 2018, 2,1 partenaires en moyenne. La moitié d'entre eux, 50 %,\n"
    "citent une association.\n"
    "FAMILIA\n"
    "Les partenaires des commerçants\n"
    "Le magazine revient sur les commerçants interrogés dans la même\n"
    "enquête. Ceux-ci citent d'abord les mairies (64 %), puis les écoles (31 %).\n"
)


def test_a_section_on_the_same_survey_is_dated_like_the_one_before():
    page = FinderPage(DOC)
    assert page.one(SAME, "64 %").year == "2018"
    assert page.one(SAME, "31 %").year == "2018"


def test_a_section_on_another_survey_keeps_the_documents_date():
    other = SAME.replace("dans la même\nenquête", "dans une enquête\nnouvelle")
    assert FinderPage(DOC).one(other, "64 %").year == "2024"
