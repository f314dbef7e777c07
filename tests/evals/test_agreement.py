"""The agreement of two blind labellings, graded as the finder is graded (invented labels)."""

from __future__ import annotations

import json
from pathlib import Path

from evals.figures.agreement import agreement, main


def _item(text: str, value: float, unit: str, actor: str | None, measure: str, year: object):
    sentence = f"Selon la fédération, {text} {actor or ''} {measure}."
    return {
        "file": "clubs.pdf",
        "page": 1,
        "text": text,
        "value": value,
        "unit": unit,
        "actor": actor,
        "measure": measure,
        "year": year,
        "sentence": sentence,
    }


FIRST = [
    _item("61 %", 61, "%", "clubs", "jugent leurs charges trop lourdes", 2023),
    _item("47 %", 47, "%", "pagayeurs", "trouvent les bassins trop chers", 2021),
    _item("1,2 M€", 1_200_000, "M€", None, "budget du plan bassins", 2024),
    _item("812", 812, "count", "clubs", "nombre de clubs interrogés", 2023),
]


def test_a_labelling_agrees_with_itself() -> None:
    assert agreement(FIRST, FIRST) == {
        "figures": 4,
        "recall": 1.0,
        "actor": 1.0,
        "measure": 1.0,
        "year": 1.0,
    }


def test_disagreements_are_counted_on_the_figures_both_labelled() -> None:
    second = [
        _item("61 %", 61, "%", "dirigeants de clubs", "jugent leurs charges trop lourdes", 2023),
        _item("47 %", 47, "%", "pagayeurs", "part des licenciés", 2022),
        # the same amount written in millions, and a count labelled as people
        _item("1,2 M€", 1.2, "M€", None, "budget du plan bassins", 2024),
        _item("812", 812, "people", "clubs", "clubs interrogés", 2023),
    ]
    got = agreement(FIRST, second)
    assert got["recall"] == 1.0
    assert got["actor"] == 0.75  # « dirigeants de clubs » is not « clubs »
    assert got["measure"] == 0.75  # « part des licenciés » says nothing of the bassins
    assert got["year"] == 0.75


def test_a_figure_the_second_labeller_left_out_lowers_recall_only() -> None:
    got = agreement(FIRST, FIRST[:3])
    assert got["recall"] == 0.75
    assert got["actor"] == got["measure"] == got["year"] == 1.0
    # each of the second's figures answers one of the first's at most
    assert agreement(FIRST + FIRST[:1], FIRST)["recall"] == 0.8


def test_the_command_prints_both_directions(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("\n".join(json.dumps(x) for x in FIRST), encoding="utf-8")
    b.write_text("\n".join(json.dumps(x) for x in FIRST[:2]), encoding="utf-8")
    assert main([str(a), str(b)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["second_vs_first"]["recall"] == 0.5
    assert lines[1]["first_vs_second"]["recall"] == 1.0


def test_pairs_go_by_sentence_not_by_file_order() -> None:
    # review: two figures of one value on a page; the second labeller has only the second one
    one = _item("41 %", 41, "%", "rameurs", "jugent la cotisation trop chère", 2023)
    two = _item("41 %", 41, "%", "kayakistes", "sont satisfaits des bassins municipaux", 2023)
    for first in ([one, two], [two, one]):
        got = agreement(first, [two])
        assert (got["recall"], got["actor"], got["measure"]) == (0.5, 1.0, 1.0)


def test_two_empty_measures_agree_and_nothing_compared_is_no_score() -> None:
    blank = dict(FIRST[2], measure="")
    assert agreement([blank], [dict(blank, measure=None)])["measure"] == 1.0
    assert agreement([], []) == {
        "figures": 0,
        "recall": None,
        "actor": None,
        "measure": None,
        "year": None,
    }
    kilo = dict(FIRST[2], text="1 200 k€", value="1 200", unit="k€", page="1", year=2024.0)
    assert agreement([FIRST[2]], [kilo])["year"] == 1.0
