"""The runner end to end on a small corpus (real PDFs, real Chroma, hashing vectors), the
comparison report, the CLI entry point and its gate."""

from __future__ import annotations

import argparse
import json

import pytest
from small_corpus import write_small_corpus

from assistant.settings import Settings
from evals import cli
from evals.compare import compare, to_markdown
from evals.questions import parse_lines
from evals.runner import run_eval


def q(id, question, kind, must=(), source=None, page=None, **kw):
    return json.dumps(
        {
            "id": id,
            "question": question,
            "answer": "",
            "must_contain": list(must),
            "source": source,
            "page": page,
            "kind": kind,
            **kw,
        },
        ensure_ascii=False,
    )


LINES = [
    q(
        "q1",
        "Quelle part des Français pense qu'il existe un devoir d'alliance ?",
        "figure",
        ["81 %"],
        "fiche-2021.pdf",
        2,
    ),
    q("q2", "Et pour les maires ?", "figure", ["92 %"], "fiche-2021.pdf", 2, follows="q1"),
    q(
        "q3",
        "Quand la Fondation des Territoires a-t-elle été créée ?",
        "when",
        ["14 juin 2022"],
        "bulletin-2022.pdf",
        2,
        note="champ inconnu",
    ),
    q(
        "q4",
        "Qui est le président-fondateur du RAMEAU ?",
        "who",
        ["Charles-Benoît Heidsieck"],
        "bulletin-2022.pdf",
        3,
    ),
    "{ligne cassée",
    q("u1", "Quel est le prix d'un ticket de métro à Tokyo ?", "unanswerable"),
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    root = tmp_path_factory.mktemp("eval")
    corpus = write_small_corpus(
        root / "corpus", ("fiche-2021.pdf", "bulletin-2022.pdf", "etude-2019.pdf")
    )
    return Settings(
        corpus_dir=corpus,
        index_dir=root / "index",
        data_dir=root / "data",
        embedding={"model": "hashing"},
    )


@pytest.fixture(scope="module")
def first_run(settings, tmp_path_factory):
    out = tmp_path_factory.mktemp("run1")
    qset = parse_lines(LINES, "mini.jsonl")
    return out, run_eval(qset, settings, out)


def test_run_writes_answers_summary_reports_and_plots(first_run, settings):
    out, summary = first_run
    for name in (
        "answers.jsonl",
        "summary.json",
        "config.json",
        "report.md",
        "report.html",
        "scores_par_type.png",
        "latence.png",
    ):
        assert (out / name).stat().st_size > 0, name
    records = [
        json.loads(x) for x in (out / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [r["id"] for r in records] == ["q1", "q2", "q3", "q4", "u1"]
    assert {
        "question",
        "answer",
        "refused",
        "citations",
        "figures",
        "fingerprint",
        "timings",
        "retrieval",
    } <= set(records[0])
    assert records[1]["retrieval"]["query"] != "Et pour les maires ?"  # asked in q1's conversation
    assert json.loads((out / "summary.json").read_text(encoding="utf-8")) == summary
    assert summary["fingerprint"] == settings.fingerprint()
    assert summary["settings"] == settings.describe()
    assert summary["counts"]["questions"] == 5 and summary["counts"]["malformed_lines"] == 1
    assert summary["malformed"][0].startswith("mini.jsonl : ligne 5")
    assert set(summary["by_kind"]) == {"figure", "when", "who", "unanswerable"}
    assert summary["index"]["indexed_now"] == 3
    assert "total" in summary["latency"] and summary["latency"]["total"]["p95"] > 0
    m = summary["metrics"]
    assert m["page_cited_any"] >= 0.75 and m["must_contain"] >= 0.75
    assert m["unanswerable_refused"] == 1.0 and m["figures_unsupported"] == 0
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "![Scores par type de question](scores_par_type.png)" in md
    assert "## Indicateurs" in md and "Lignes ignorées" in md
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<img src="latence.png"' in html


def test_comparison_shows_better_and_worse(first_run):
    _, summary = first_run
    worse = json.loads(json.dumps(summary))
    worse["metrics"]["page_cited_any"] = 0.25
    worse["per_question"]["q3"]["passed"] = False
    worse["per_question"]["q3"]["checks"]["page_cited_any"] = False
    worse["per_question"]["u1"]["passed"] = False
    worse["per_question"]["u1"]["checks"]["refused_ok"] = False
    c = compare(summary, worse, "ancien")
    assert [x["id"] for x in c["better"]] == ["q3", "u1"] and c["worse"] == []
    row = next(r for r in c["metrics"] if r["metric"] == "page_cited_any")
    assert row["before"] == 0.25 and row["direction"] == "mieux"
    back = compare(worse, summary, "nouveau")
    assert [x["id"] for x in back["worse"]] == ["q3", "u1"]
    assert back["worse"][0]["lost"] == ["page_cited_any"]
    md = to_markdown(back)
    assert "Questions en recul (2)" in md and "−page_cited_any" in md and "moins bien" in md


def parse(argv):
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    return parser.parse_args(argv)


def test_cli_compare_and_gate(first_run, settings, tmp_path, capsys):
    first_out, _ = first_run
    questions = tmp_path / "mini.jsonl"
    questions.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    out = tmp_path / "run2"
    code = cli.run(
        parse([str(questions), "--out", str(out), "--compare", str(first_out)]), settings
    )
    assert code == 0
    captured = capsys.readouterr()
    assert "ligne 5 ignorée" in captured.err
    assert "page attendue citée" in captured.out and "Par rapport à" in captured.out
    assert (out / "comparaison.png").exists()
    assert "Comparaison avec" in (out / "report.md").read_text(encoding="utf-8")
    strict = tmp_path / "floors.toml"
    strict.write_text(
        "[min]\npage_cited_any = 1.01\n[max]\nfigures_unsupported = 0\n", encoding="utf-8"
    )
    code = cli.run(
        parse([str(questions), "--out", str(tmp_path / "run3"), "--gate", "--floors", str(strict)]),
        settings,
    )
    assert code == cli.EXIT_GATE
    assert "Seuils de qualité non atteints" in capsys.readouterr().err


def test_cli_feedback_drafts(tmp_path, settings, capsys):
    fb = tmp_path / "avis.jsonl"
    fb.write_text(
        json.dumps({"question": "Combien de maires ?", "rating": "down", "citations": []}) + "\n",
        encoding="utf-8",
    )
    assert cli.run(parse(["--from-feedback", str(fb)]), settings) == 0
    draft = json.loads(capsys.readouterr().out)
    assert draft["question"] == "Combien de maires ?" and draft["kind"] == "figure"
    assert cli.run(parse(["--from-feedback", str(fb), "--out", str(tmp_path / "o")]), settings) == 0
    assert (tmp_path / "o" / "brouillons.jsonl").exists()


def test_cli_without_questions_is_a_clear_error(settings):
    from assistant.errors import AssistantError

    with pytest.raises(AssistantError, match="fichier de questions"):
        cli.run(parse([]), settings)


def test_a_question_that_fails_keeps_the_contract_fields():
    """One bad question is recorded with its error and the fields of every other record."""
    from golden_answers import load

    from assistant.errors import AssistantError
    from evals.runner import ask_all

    class Failing:
        def ask(self, question, history=()):
            raise AssistantError("La question est trop longue.")

    (qset,) = [parse_lines([q("x1", "Pourquoi ?", "figure")])]
    (record,) = ask_all(Failing(), qset.questions)
    assert record["error"] == "La question est trop longue." and not record["refused"]
    assert set(load("answer")) <= set(record) and record["id"] == "x1"
