"""The figure scorer's set names: `--set x` reads figures-x.jsonl (and not_figures-x.jsonl when
there is one), so a new set is scored without touching the code. Uses made-up set names in a
temporary folder: the scorer's own folder is never listed or written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.figures.score import _set_name, gold_value, load_set, same_value, set_files


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        ([], ""),
        (["-v"], ""),
        (["-b", "-v"], "-b"),
        (["-c"], "-c"),
        (["--set", "q", "-v"], "q"),
        (["--set=q"], "q"),
    ],
)
def test_set_name_from_flags(argv: list[str], name: str) -> None:
    assert _set_name(argv) == name


@pytest.mark.parametrize(
    ("name", "files"),
    [
        ("", ("figures.jsonl", "not_figures.jsonl")),
        ("a", ("figures.jsonl", "not_figures.jsonl")),
        ("-b", ("figures-b.jsonl", "not_figures-b.jsonl")),
        ("q", ("figures-q.jsonl", "not_figures-q.jsonl")),
    ],
)
def test_set_files(name: str, files: tuple[str, str]) -> None:
    assert set_files(name) == files


def test_set_without_not_figures(tmp_path: Path) -> None:
    item = {"file": "x.pdf", "page": 1, "text": "3 %", "value": 3, "unit": "%"}
    (tmp_path / "figures-q.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    figures, not_figures = load_set("q", tmp_path)
    assert figures == [item] and not_figures == []
    (tmp_path / "not_figures-q.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    assert load_set("q", tmp_path)[1] == [item]


def test_missing_set_says_so(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="introuvable"):
        load_set("q", tmp_path)


def test_an_amount_in_millions_is_one_amount_whichever_way_it_was_written() -> None:
    # « 1,5 M€ » written 1500000 (the conventions) or 1.5 (sets BK2, BL2, BN)
    for value in (1500000, 1.5):
        gold = {"unit": "M€", "value": value}
        assert same_value(gold["unit"], gold_value(gold), "€", 1500000.0)
    assert not same_value("M€", gold_value({"unit": "M€", "value": 1.5}), "€", 1.5)
    assert gold_value({"unit": "€", "value": 1.5}) == 1.5
