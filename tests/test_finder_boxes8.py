"""The finder's eighth round on tables, key-figure boxes and slides, one behaviour per test
(each fails without its rule)."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

DOC = DocInfo(source="d.pdf", title="Diaporama", kind="note", date="2024-12-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


def _document(*texts: str) -> list:
    pages = [Page(i, str(i), text) for i, text in enumerate(texts, start=1)]
    return extract_figures(DOC, pages)


# --- the document's population ---------------------------------------------------------------

SURVEY = "Les maires et l'alliance\n76 % des maires décrivent leur territoire comme engagé.\n92 % des maires jugent la co-construction utile."
SLIDE = "Le territoire bouge-t-il ?\nQuestion posée : votre territoire est-il en mouvement ?\nRéponse positive\n91 %\ndont « fortement »\n35 %\ndont « ni plus ni moins »\n56 %"


def test_a_share_naming_no_one_counts_the_documents_population():
    found = {r.text: r.actor for r in _document(SLIDE, SURVEY)}
    assert (found["91 %"], found["35 %"], found["56 %"]) == ("maires", "maires", "maires")


def test_a_share_of_a_thing_does_not_count_the_documents_population():
    thing = "Le rapport intermédiaire est dû dès l'atteinte des 70 % de réalisation des dépenses."
    found = {r.text: r.actor for r in _document(thing, SURVEY)}
    assert found["70 %"] == ""


def test_a_long_report_has_no_population_of_its_own():
    pages = [SLIDE, SURVEY, *["Chapitre sans chiffre."] * 11]
    found = {r.text: r.actor for r in _document(*pages)}
    assert found["91 %"] == ""
