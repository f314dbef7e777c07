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
