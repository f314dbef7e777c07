"""Feedback → draft questions, and the quality gate against floors."""

from __future__ import annotations

import json

import pytest

from assistant.errors import AssistantError
from evals.feedback import drafts_from_file, drafts_from_lines, to_jsonl
from evals.gate import FLOORS_FILE, check, load_floors
from evals.questions import parse_lines


def fb(question, rating="down", **kw):
    return json.dumps(
        {
            "time": "2025-01-02T10:00:00",
            "question": question,
            "answer": "Réponse [1].",
            "citations": [{"n": 1, "source": "fiche.pdf", "page": 3, "title": "Fiche"}],
            "rating": rating,
            "comment": "mauvaise page",
            "fingerprint": "abc",
            **kw,
        },
        ensure_ascii=False,
    )


def test_thumbs_down_become_drafts_to_review():
    lines = [
        fb("Combien de maires veulent des alliances ?"),
        fb("Qui a fondé le RAMEAU ?", "up"),
        "{cassé",
        fb("Combien de maires veulent des alliances ?"),
        json.dumps({"rating": "down"}),
        fb("Quand l'Observatoire a-t-il été créé ?", citations=[]),
    ]
    drafts, errors = drafts_from_lines(lines, "avis.jsonl")
    assert [d["question"] for d in drafts] == [
        "Combien de maires veulent des alliances ?",
        "Quand l'Observatoire a-t-il été créé ?",
    ]
    assert errors == [
        "avis.jsonl : ligne 3 ignorée : JSON invalide",
        "avis.jsonl : ligne 5 ignorée : pas de « question »",
    ]
    first, second = drafts
    assert (first["source"], first["page"], first["kind"]) == ("fiche.pdf", 3, "figure")
    assert (second["source"], second["page"], second["kind"]) == (None, None, "when")
    assert first["feedback"]["comment"] == "mauvaise page" and "À relire" in first["review"]
    # The drafts are valid question lines: they load (extra fields kept) once written out.
    qset = parse_lines(to_jsonl(drafts).splitlines())
    assert not qset.errors and len(qset.questions) == 2
    assert qset.questions[0].id.startswith("fb-")


def test_only_the_last_vote_on_an_answer_counts():
    """👎 then 👍 on one answer: it was useful after all (no draft); 👍 then 👎: a draft.
    Lines without an answer id (older files) each count."""
    lines = [
        fb("Combien de maires veulent des alliances ?", answer_id="a1"),
        fb("Combien de maires veulent des alliances ?", "up", answer_id="a1"),
        fb("Qui a fondé le RAMEAU ?", "up", answer_id="a2"),
        fb("Qui a fondé le RAMEAU ?", answer_id="a2", comment="finalement non"),
        fb("Quand l'Observatoire a-t-il été créé ?"),
        fb("Quand l'Observatoire a-t-il été créé ?", "up"),
    ]
    drafts, errors = drafts_from_lines(lines)
    assert not errors
    assert [d["question"] for d in drafts] == [
        "Qui a fondé le RAMEAU ?",
        "Quand l'Observatoire a-t-il été créé ?",
    ]
    assert drafts[0]["feedback"]["comment"] == "finalement non"


def test_drafts_from_missing_file(tmp_path):
    with pytest.raises(AssistantError, match="introuvable"):
        drafts_from_file(tmp_path / "absent.jsonl")


def test_gate_lists_failures_in_french():
    floors = load_floors()
    assert floors["min"]["page_cited_any"] == 0.90 and floors["max"]["figures_unsupported"] == 0
    good = {
        "metrics": {
            "page_cited_any": 0.95,
            "must_contain": 0.9,
            "unanswerable_refused": 0.8,
            "figures_unsupported": 0,
            "wrongly_refused": 0.05,
        }
    }
    assert check(good, floors) == []
    bad = {
        "metrics": {
            **good["metrics"],
            "page_cited_any": 0.8,
            "figures_unsupported": 2,
            "unanswerable_refused": None,
        }
    }
    failures = check(bad, floors)
    assert len(failures) == 3
    assert any("page attendue citée" in f and "0.800 < seuil 0.9" in f for f in failures)
    assert any("figures_unsupported" in f and "> plafond 0" in f for f in failures)
    assert any("non mesuré" in f for f in failures)


def test_floors_file_errors(tmp_path):
    p = tmp_path / "floors.toml"
    p.write_text("[minimum]\nx = 1\n", encoding="utf-8")
    with pytest.raises(AssistantError, match="sections inconnues"):
        load_floors(p)
    p.write_text("[min\n", encoding="utf-8")
    with pytest.raises(AssistantError, match="illisible"):
        load_floors(p)
    assert FLOORS_FILE.exists()
