"""The demo question set is sound: every must_contain string stands on its stated page of its
stated PDF (as the index reads it), follow-ups point back, enough questions and unanswerables."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from assistant.ingest.pdf import read_pdf
from evals.metrics import contains
from evals.questions import load_questions

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "evals" / "questions" / "demo.jsonl"
HOLDOUT = REPO / "evals" / "questions" / "holdout.jsonl"
BLIND = REPO / "evals" / "questions" / "blind.jsonl"
BLIND2 = REPO / "evals" / "questions" / "blind2.jsonl"
BLIND3 = REPO / "evals" / "questions" / "blind3.jsonl"
BLIND4 = REPO / "evals" / "questions" / "blind4.jsonl"
HELD_OUT = {
    "holdout": HOLDOUT,
    "blind": BLIND,
    "blind2": BLIND2,
    "blind3": BLIND3,
    "blind4": BLIND4,
}
# Written blind for the answers issue and kept untouched until its final measure: a question
# may combine two publications, so each string must stand on one of its pages, not on each.
UNSEEN = {"blind6": REPO / "evals" / "questions" / "blind6.jsonl"}
CORPUS = REPO / "corpus"

pytestmark = pytest.mark.skipif(
    not DEMO.exists() or not any(CORPUS.glob("*.pdf")),
    reason="jeu de questions ou corpus de démonstration absent",
)


@cache
def pages(source: str) -> list[str]:
    return [p.text for p in read_pdf(CORPUS / source).pages]


def demo():
    return load_questions(DEMO)


def test_file_is_clean_and_big_enough():
    qset = demo()
    assert qset.errors == []
    qs = qset.questions
    assert len(qs) >= 60
    unanswerable = [q for q in qs if q.kind == "unanswerable"]
    assert len(unanswerable) >= 0.10 * len(qs)
    assert all(q.source is None and q.page is None and q.answer == "" for q in unanswerable)
    ids = {q.id for q in qs}
    assert all(q.follows in ids for q in qs if q.follows)
    assert sum(1 for q in qs if q.follows) >= 3


@pytest.mark.parametrize("path", [DEMO, *HELD_OUT.values()], ids=["demo", *HELD_OUT])
def test_every_answerable_question_points_at_a_page_with_its_strings(path):
    problems = []
    for q in load_questions(path).questions:
        if not q.answerable:
            continue
        if not q.source or not q.page or not q.must_contain:
            problems.append(f"{q.id}: source, page et must_contain requis")
            continue
        for source, page in q.locations:  # the stated page and the other pages accepted
            if not (CORPUS / source).exists():
                problems.append(f"{q.id}: {source} absent du corpus")
                continue
            texts = pages(source)
            if page > len(texts):
                problems.append(f"{q.id}: {source} p. {page} > {len(texts)} pages")
                continue
            problems += [
                f"{q.id}: « {m} » absent de {source} p. {page}"
                for m in q.must_contain
                if not contains(texts[page - 1], m)
            ]
    assert problems == []


@pytest.mark.parametrize("name", HELD_OUT)
def test_held_out_sets_are_clean(name):
    """Questions written without looking at the answers, to check that the calibration holds."""
    qset = load_questions(HELD_OUT[name])
    assert qset.errors == [] and len(qset.questions) >= 30
    ids = {q.id for q in qset.questions}
    others = [demo(), *(load_questions(p) for n, p in HELD_OUT.items() if n != name)]
    assert not ids & {q.id for other in others for q in other.questions}
    assert sum(1 for q in qset.questions if not q.answerable) >= 0.10 * len(qset.questions)


@pytest.mark.parametrize("path", UNSEEN.values(), ids=list(UNSEEN))
def test_every_string_of_an_unseen_set_stands_on_one_of_its_pages(path):
    qset = load_questions(path)
    assert qset.errors == []
    problems = []
    for q in qset.questions:
        if not q.answerable:
            continue
        texts = [
            pages(source)[page - 1]
            for source, page in q.locations
            if (CORPUS / source).exists() and page <= len(pages(source))
        ]
        problems += [
            f"{q.id}: « {m} » absent de ses pages"
            for m in q.must_contain
            if not any(contains(t, m) for t in texts)
        ]
    assert problems == []


NOTES = REPO / "evals" / "corpora" / "notes-observatoire"
REALWORLD = REPO.parent / "shared" / "realworld-pdfs"


def test_every_string_of_the_new_texts_set_stands_on_one_of_its_pages():
    """blind5: the real-world PDFs plus five notes written for it (first measured on the code
    of 30 November morning, then used for tuning)."""
    if not REALWORLD.is_dir():
        pytest.skip("../shared/realworld-pdfs absent (clone utilisateur)")
    qset = load_questions(REPO / "evals" / "questions" / "blind5.jsonl")
    assert qset.errors == [] and len(qset.questions) >= 40
    folders = (NOTES, REALWORLD)
    problems = []
    for q in qset.questions:
        for source, page in q.locations:
            path = next((f / source for f in folders if (f / source).exists()), None)
            if path is None:
                problems.append(f"{q.id}: {source} absent")
                continue
            text = read_pdf(path).pages[page - 1].text
            problems += [
                f"{q.id}: « {m} » p. {page}" for m in q.must_contain if not contains(text, m)
            ]
    assert problems == []
