"""The rule table and the ablation command: a rule switched off by name, every set measured
with it on and off."""

from __future__ import annotations

import json

import pytest
from small_corpus import write_small_corpus

from assistant.answer.rules import RULES, without
from assistant.settings import Settings
from evals.ablate import main


def test_every_rule_has_a_switch_that_is_on_by_default():
    s = Settings()
    for rule in RULES:
        group, field = rule.setting.split(".")
        assert getattr(getattr(s, group), field) is True and rule.doc
        off = without(s, rule.name)
        assert getattr(getattr(off, group), field) is False
        assert getattr(getattr(s, group), field) is True  # the original is untouched
    with pytest.raises(ValueError, match="Règle inconnue"):
        without(s, "magie")


def test_ablate_prints_each_set_with_the_rule_on_then_off(tmp_path, capsys):
    corpus = write_small_corpus(tmp_path / "corpus")
    questions = tmp_path / "mini.jsonl"
    rows = [
        {"id": "m1", "question": "Combien de maires ressentent un besoin d'alliance ?",
         "answer": "92 %", "must_contain": ["92 %"], "source": "fiche-2021.pdf", "page": 2,
         "kind": "figure"},
        {"id": "m2", "question": "Qui est le trésorier de la fondation ?", "answer": "",
         "must_contain": [], "source": None, "page": None, "kind": "unanswerable"},
    ]  # fmt: skip
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    args = ["focus", str(questions), "--corpus", str(corpus), "--embedding", "hashing"]
    assert main([*args, "--index-root", str(tmp_path / "idx")]) == 0
    out = capsys.readouterr().out
    assert "Règle coupée : focus" in out
    row = next(line for line in out.splitlines() if line.startswith("| mini |"))
    assert row.count("→") == 4
    assert main(["magie", str(questions)]) == 2


def test_ablate_all_measures_every_rule_against_all_on(tmp_path, capsys):
    corpus = write_small_corpus(tmp_path / "corpus")
    questions = tmp_path / "mini.jsonl"
    row = {"id": "m1", "question": "Combien de maires ressentent un besoin d'alliance ?",
           "answer": "92 %", "must_contain": ["92 %"], "source": "fiche-2021.pdf", "page": 2,
           "kind": "figure"}  # fmt: skip
    questions.write_text(json.dumps(row, ensure_ascii=False), "utf-8")
    args = ["--all", str(questions), "--corpus", str(corpus), "--embedding", "hashing"]
    assert main([*args, "--index-root", str(tmp_path / "idx")]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = {line.split(" | ")[0].lstrip("| "): line for line in out if line.startswith("| ")}
    assert rows["(toutes actives)"].count(" / ") == 3  # the four measures of the one set
    assert rows["(toutes actives, 2e passage)"].endswith("| = / = / = / = | 0 |")
    assert {r.name for r in RULES} <= set(rows)
