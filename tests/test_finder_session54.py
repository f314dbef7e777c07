"""Session 54, figures table: rules chosen from the misses shared by all tuning sets (families
of misses, not one layout). Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Veille des clubs", kind="bulletin", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


def _measures(text: str) -> dict[str, str]:
    return {r.text.strip(): r.measure for r in _rows(text)}


def test_a_label_before_a_colon_says_what_an_amount_measures() -> None:
    # rule `colon_label`: not the words after it (« financés par … »)
    m = _measures("Coût de la saison des régates : 48 000 €, réglés par les clubs du bassin.\n")
    assert "saison des régates" in m["48 000 €"]
    assert "réglés" not in m["48 000 €"]


def test_each_labelled_part_of_a_budget_keeps_its_own_label() -> None:
    m = _measures(
        "Le fonds se partage en deux volets : volet « Initiation » : 12 000 €, avec une aide "
        "limitée à 800 € par club ; volet « Compétition » : 30 000 €, pour trois saisons.\n"
    )
    assert "Initiation" in m["12 000 €"]
    assert "Compétition" in m["30 000 €"]


def test_a_share_takes_a_label_that_names_a_share() -> None:
    m = _measures(
        "Le questionnaire est parti vers 900 clubs de mars à mai 2024 auprès des trésoriers "
        "bénévoles (taux de réponse : 14 %).\n"
    )
    assert m["14 %"].startswith("taux de réponse")


def test_a_share_after_a_label_that_only_points_back_keeps_the_sentence_before() -> None:
    # « la proportion restait forte » says nothing: the measure of the sentence before stands
    m = _measures(
        "En 2019, 71 % des rameurs jugeaient urgent de rénover les pontons.\n"
        "Trois ans plus tard, la proportion restait forte : 66 % en 2022.\n"
    )
    assert "proportion restait forte" not in m["66 %"]


def test_a_label_keeps_the_number_inside_it() -> None:
    # review: the label ran from the number « 12 », losing its head « Coût des »
    m = _measures("Coût des 12 régates de la saison : 48 000 €, réglés par les clubs.\n")
    assert m["48 000 €"].startswith("Coût des 12 régates")


def test_a_list_after_a_label_keeps_its_shared_predicate() -> None:
    # review: the label took the first item only, the predicate after the list is everyone's
    m = _measures(
        "Taux d'insatisfaction : 81 % des présidents, 84 % des trésoriers jugent le "
        "financement insuffisant.\n"
    )
    assert "jugent le financement insuffisant" in m["81 %"]
    # a list of editions with no predicate after it keeps the label
    m = _measures(
        "Part des rameurs jugeant urgent de rénover les pontons : 86 % en 2008, 84 % en 2012.\n"
    )
    assert m["86 %"].startswith("Part des rameurs jugeant urgent")


def test_a_source_is_no_label_and_one_word_labels_an_amount() -> None:
    m = _measures("Source : Observatoire régional des clubs 2023 : 45 000 €\n")
    assert not m["45 000 €"].startswith("Observatoire")
    m = _measures("Recettes : 12 000 € ; dépenses : 15 000 €.\n")
    assert m["15 000 €"].startswith("dépenses")
