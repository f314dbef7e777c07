"""Question files: valid lines kept, malformed ones reported by line number, extras kept."""

from __future__ import annotations

import json

import pytest

from assistant.errors import AssistantError
from evals.questions import histories, load_questions, parse_lines

GOOD = {
    "id": "q1",
    "question": "Quelle part des Français ?",
    "answer": "81 %",
    "must_contain": ["81 %"],
    "source": "a.pdf",
    "page": 2,
    "kind": "figure",
}


def line(**kw):
    return json.dumps({**GOOD, **kw}, ensure_ascii=False)


def test_malformed_lines_are_reported_and_the_rest_runs():
    lines = [
        line(),
        "{pas du json",
        line(id="q2", kind="opinion"),
        line(id="q3", page=0),
        line(id="q4", must_contain="81 %"),
        "",
        line(id="q1"),
        line(id="q5", question="  "),
        line(id="q6", follows="q99"),
        line(id="q7", source=None),
        '["une", "liste"]',
        line(id="q8", kind="unanswerable"),
        line(id="q9", question="Et pour les maires ?", follows="q1", must_contain=[]),
    ]
    qset = parse_lines(lines, "demo.jsonl")
    assert [q.id for q in qset.questions] == ["q1", "q9"]
    numbers = [int(e.split("ligne ")[1].split()[0]) for e in qset.errors]
    assert numbers == [2, 3, 4, 5, 7, 8, 9, 10, 11, 12]
    assert all(e.startswith("demo.jsonl : ligne ") and "ignorée" in e for e in qset.errors)
    assert "JSON invalide" in qset.errors[0]
    assert "kind" in qset.errors[1] and "unanswerable" in qset.errors[1]
    assert "déjà utilisé" in qset.errors[4]
    assert "q99" in qset.errors[6]


def test_extra_fields_are_kept_and_ignored():
    qset = parse_lines([line(note="table p. 2", tags=["table"])])
    q = qset.questions[0]
    assert q.extra == {"note": "table p. 2", "tags": ["table"]}
    assert q.to_dict()["note"] == "table p. 2" and q.page == 2 and q.must_contain == ("81 %",)


def test_also_lists_other_pages():
    qset = parse_lines(
        [
            line(also=[{"source": "b.pdf", "page": 4}]),
            line(id="q2", also=[{"source": "b.pdf", "page": 0}]),
            line(id="q3", also={"source": "b.pdf"}),
        ]
    )
    assert qset.questions[0].locations == [("a.pdf", 2), ("b.pdf", 4)]
    assert qset.questions[0].to_dict()["also"] == [{"source": "b.pdf", "page": 4}]
    assert len(qset.errors) == 2 and all("also" in e for e in qset.errors)


def test_unanswerable_and_histories():
    u = {
        "id": "u1",
        "question": "Combien coûte un café ?",
        "answer": "",
        "must_contain": [],
        "source": None,
        "page": None,
        "kind": "unanswerable",
    }
    lines = [
        line(),
        line(id="q2", question="Et les maires ?", follows="q1"),
        line(id="q3", question="Et les entreprises ?", follows="q2"),
        json.dumps(u),
    ]
    qset = parse_lines(lines)
    assert not qset.errors
    assert not qset.questions[3].answerable
    h = histories(qset.questions)
    assert h == {
        "q1": [],
        "q2": [GOOD["question"]],
        "q3": [GOOD["question"], "Et les maires ?"],
        "u1": [],
    }


def test_load_questions_file_errors(tmp_path):
    with pytest.raises(AssistantError, match="introuvable"):
        load_questions(tmp_path / "absent.jsonl")
    p = tmp_path / "q.jsonl"
    p.write_text("\ufeff" + line() + "\n", encoding="utf-8")
    assert load_questions(p).questions[0].id == "q1"
