"""Units of a table of labels and values: a row's context is the table's, not the label of the
row above it (a table's labels are short capitalised lines, which read like headings)."""

from __future__ import annotations

from assistant.answer.units import units

PAGE = (
    "1. Une étude sur les associations employeuses\n"
    "Conduite auprès des associations employeuses, l'étude mesure leurs partenariats et\n"
    "compare les types de partenaires avec lesquels elles travaillent sur leur territoire.\n"
    "Avec qui ?\n"
    "Type de partenaire\n"
    "Part des associations\n"
    "Collectivités territoriales\n"
    "89 %\n"
    "Établissements scolaires\n"
    "70 %\n"
    "Collectifs d’associations\n"
    "56 %\n"
)


def test_a_rows_heading_is_not_the_label_of_the_row_above():
    rows = {u.text: u.heading for u in units(PAGE, True, "") if "%" in u.text}
    collectifs = next(h for t, h in rows.items() if "Collectifs" in t)
    assert "Établissements" not in collectifs and "Collectivités" not in collectifs
    labels = (
        "Collectivités territoriales",
        "Établissements scolaires",
        "Collectifs d’associations",
    )
    assert not set(rows.values()) & set(labels)


def _answer(question: str, page: str = PAGE) -> str:
    from assistant.answer.generators import ExtractiveGenerator
    from assistant.reading.query import Query
    from assistant.types import Chunk, DocInfo, Hit

    doc = DocInfo(source="etude.pdf", title="Étude", kind="autre", date="2021")
    hit = Hit(Chunk("c0", doc, 2, "2", 0, len(page), page), 1.0)
    return "".join(ExtractiveGenerator().generate(Query(question), [hit]))


def test_a_list_question_on_a_captioned_table_gets_its_rows_under_the_caption_said_once():
    table = PAGE[PAGE.index("Avec qui ?") :]
    answer = _answer("Quels sont les types de partenaires des associations ?", table)
    assert "Collectivités territoriales 89 %" in answer
    assert "Établissements scolaires 70 %" in answer and "Collectifs d’associations 56 %" in answer
    assert answer.count("Type de partenaire") == 1


def test_a_question_naming_rows_of_a_table_gets_each_of_them():
    table = PAGE + "Fédérations professionnelles\n37 %\nActeurs académiques\n35 %\n"
    answer = _answer(
        "Et avec les collectivités territoriales, les établissements scolaires, les "
        "fédérations professionnelles et les acteurs académiques ?",
        table,
    )
    assert all(f"{n} %" in answer for n in (89, 70, 37, 35)) and "56 %" not in answer
