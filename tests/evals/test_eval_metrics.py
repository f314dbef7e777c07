"""Metric functions on hand-made `ask --json` records: French formats, apostrophes, NBSP."""

from __future__ import annotations

import pytest

from evals import metrics
from evals.questions import Question

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    "text, needle",
    [
        (f"81{NBSP}% des Français", "81 %"),
        (f"81{NNBSP}%", "81 %"),
        ("81% des Français", "81 %"),
        ("81 % des Français", "81%"),
        (f"un budget de 1{NBSP}234,5{NBSP}€", "1 234,5 €"),
        ("un budget de 1234,5 €", "1 234,5€"),
        (f"148{NNBSP}000 associations", "148 000"),
        ("le devoir d’alliance", "devoir d'alliance"),
        ("le DEVOIR D'ALLIANCE", "devoir d’alliance"),
        ("la sécurité", "securite"),
        ("ÉTUDE créée", "etude creee"),
        ("le cœur du sujet", "coeur"),
        ("une\nréponse   sur deux lignes", "réponse sur deux"),
        ("« devoir d’alliance »", "« devoir d'alliance »"),
        ("en 2008.", "2008"),
        ("note de 6,6/10", "6,6"),
        ("(81 %)", "81 %"),
    ],
)
def test_contains_is_french_normalised(text, needle):
    assert metrics.contains(text, needle)


@pytest.mark.parametrize(
    "text, needle",
    [
        ("69 % des Français", "81 %"),
        ("6,6/10", "6.6/10"),  # decimal comma and point are different figures
        ("2007", "2008"),
        ("81,5 %", "81 %"),
        ("181 %", "81 %"),
        ("6,65/10", "6,6"),
        ("en 12008", "2008"),
    ],
)
def test_contains_does_not_confuse_figures(text, needle):
    assert not metrics.contains(text, needle)


def test_normalize_is_for_matching_only():
    assert metrics.normalize(f"L’Observatoire : 81{NBSP}%") == "l'observatoire : 81%"


Q = Question(
    id="q1",
    question="Quelle part ?",
    kind="figure",
    must_contain=("81 %", "devoir d'alliance"),
    source="fiche.pdf",
    page=3,
)
U = Question(id="u1", question="Combien coûte un café ?", kind="unanswerable")


def record(hits=(), citations=(), answer="", refused=False, figures=()):
    return {
        "answer": answer,
        "refused": refused,
        "citations": list(citations),
        "figures": list(figures),
        "retrieval": {"hits": list(hits)},
        "timings": {},
        "latency_s": 0.1,
    }


def test_score_right_page_first():
    r = record(
        hits=[{"source": "fiche.pdf", "page": 3}, {"source": "autre.pdf", "page": 1}],
        citations=[{"n": 1, "source": "fiche.pdf", "page": 3}],
        answer=f"Selon la fiche, 81{NBSP}% des Français estiment qu’il existe un devoir d’alliance [1].",
        figures=[{"text": "81 %", "citation": 1, "verified": True}],
    )
    s = metrics.score(Q, r)
    assert (s["rank"], s["recall@1"], s["mrr"]) == (1, True, 1.0)
    assert s["page_cited_any"] and s["page_cited_first"] and s["doc_cited"]
    assert s["must_contain"] and s["missing"] == []
    assert (s["figures_verified"], s["figures_unsupported"]) == (1, 0)
    assert s["wrongly_refused"] is False and s["unanswerable_refused"] is None
    assert metrics.passed(s)


def test_score_page_found_late_and_cited_second():
    r = record(
        hits=[
            {"source": "autre.pdf", "page": 1},
            {"source": "x.pdf", "page": 2},
            {"source": "sub/fiche.pdf", "page": 3},
        ],
        citations=[
            {"n": 2, "source": "sub/fiche.pdf", "page": 3},
            {"n": 1, "source": "autre.pdf", "page": 1},
        ],
        answer="69 % [1] ; 81 % [2]",
        figures=[{"text": "69 %", "verified": False}],
    )
    s = metrics.score(Q, r)
    assert s["rank"] == 3 and s["recall@1"] is False and s["recall@3"] is True
    assert s["mrr"] == pytest.approx(1 / 3)
    assert s["page_cited_any"] and not s["page_cited_first"]
    assert s["missing"] == ["devoir d'alliance"] and s["must_contain"] is False
    assert s["figures_unsupported"] == 1
    assert not metrics.passed(s)
    assert metrics.checks(s) == {
        "not_refused": True,
        "figures_ok": False,
        "page_cited_any": True,
        "must_contain": False,
    }


def test_score_same_document_other_page():
    r = record(
        hits=[{"source": "fiche.pdf", "page": 2}],
        citations=[{"n": 1, "source": "fiche.pdf", "page": 2}],
    )
    s = metrics.score(Q, r)
    assert s["rank"] is None and s["mrr"] == 0.0 and s["recall@5"] is False
    assert s["doc_cited"] and not s["page_cited_any"]


def test_other_pages_stating_the_answer_count_too():
    q = Question(
        id="q2",
        question="Quand ?",
        kind="when",
        must_contain=("2008",),
        source="a.pdf",
        page=2,
        also=(("b.pdf", 5),),
    )
    r = record(
        hits=[{"source": "c.pdf", "page": 1}, {"source": "b.pdf", "page": 5}],
        citations=[{"n": 1, "source": "b.pdf", "page": 5}],
        answer="créé en 2008 [1]",
    )
    s = metrics.score(q, r)
    assert s["rank"] == 2 and s["page_cited_first"] and s["doc_cited"] and metrics.passed(s)
    other = metrics.score(q, record(citations=[{"n": 1, "source": "b.pdf", "page": 4}]))
    assert other["doc_cited"] and not other["page_cited_any"]


def test_refusals():
    assert metrics.score(U, record(refused=True))["unanswerable_refused"] is True
    s = metrics.score(U, record(answer="Un café coûte 2 € [1]."))
    assert s["unanswerable_refused"] is False and not metrics.passed(s)
    assert s["page_cited_any"] is None and s["wrongly_refused"] is None
    wrong = metrics.score(Q, record(refused=True))
    assert wrong["wrongly_refused"] is True and not wrong["page_cited_any"]


def test_aggregate_rates_counts_and_denominators():
    good = record(
        hits=[{"source": "fiche.pdf", "page": 3}],
        citations=[{"n": 1, "source": "fiche.pdf", "page": 3}],
        answer="81 % ; devoir d'alliance [1]",
        figures=[{"verified": True}, {"verified": False}],
    )
    scores = [
        metrics.score(Q, good),
        metrics.score(Q, record(refused=True)),
        metrics.score(U, record(refused=True)),
        metrics.score(U, record(answer="oui")),
    ]
    agg = metrics.aggregate(scores)
    assert agg["page_cited_any"] == 0.5 and agg["must_contain"] == 0.5
    assert agg["unanswerable_refused"] == 0.5 and agg["wrongly_refused"] == 0.5
    assert agg["figures_unsupported"] == 1 and agg["figures_verified"] == 1
    assert agg["n"] == {
        "questions": 4,
        "answerable": 2,
        "unanswerable": 2,
        "with_page": 2,
        "with_must_contain": 2,
    }
    assert set(metrics.by_kind(scores)) == {"figure", "unanswerable"}
    assert metrics.aggregate([metrics.score(U, record(refused=True))])["page_cited_any"] is None


def test_percentile_and_latency():
    assert metrics.percentile([], 50) is None
    assert metrics.percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert metrics.percentile([0.0, 10.0], 95) == pytest.approx(9.5)
    recs = [
        {"timings": {"dense": 0.1 * i, "lexical": 0.01}, "latency_s": float(i)}
        for i in range(1, 11)
    ]
    recs.append({"error": "x", "latency_s": 99.0})
    lat = metrics.latency(recs)
    assert list(lat) == ["dense", "lexical", "total"]
    assert lat["total"]["p50"] == 5.5 and lat["total"]["n"] == 10
    assert lat["total"]["p95"] == pytest.approx(9.55)
