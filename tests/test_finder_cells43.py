"""Session 43: a table read one cell per line (a spreadsheet printed from a shared workbook,
« Indicateur / Population / Valeur »). A share under a line naming only a population counts
that population, and the indicator above says what it measures (rule `population_cell`); a
population printed on the share's own line stays. Every example is invented; the first test
fails without the rule."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.above import population_line
from assistant.types import DocInfo

DOC = DocInfo(source="tableur.pdf", title="Tableau de suivi", kind="autre", date="2023")

SHEET = (
    "Onglet : Indicateurs\n"
    "Réf.\nIndicateur\nPopulation\nValeur\nBase\n"
    "JAR-01\nFréquentent un jardin partagé\nHabitants\n27 %\n% des répondants\n"
    "JAR-02\nSoutiennent un jardin partagé\nMaires\n64 %\n% des répondants\n"
)


def test_a_share_under_a_population_cell_counts_it():
    page = FinderPage(DOC)
    row = page.one(SHEET, "27 %")
    assert row.actor == "Habitants", row
    assert "jardin partagé" in row.measure and "Fréquentent" in row.measure, row.measure
    row = page.one(SHEET, "64 %")
    assert row.actor == "Maires" and "Soutiennent" in row.measure, row


def test_a_population_on_the_shares_line_stays():  # guards what must stay
    text = "Fréquentent un jardin partagé\nHabitants\n27 % des maires\n"
    assert FinderPage(DOC).one(text, "27 %").actor == "maires"


def test_a_population_line_names_no_one_else():
    assert population_line("Dirigeants d’entreprise") is not None
    assert population_line("Maires :") is not None
    assert population_line("Maires et habitants") is None
    assert population_line("Fréquentent un jardin partagé") is None
