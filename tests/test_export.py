"""Answers as Markdown for reports (`assistant.export`): footnotes with every field a report
cites, figures with their ✓, text from PDFs shown as typed; `assistant ask --format md`
checked against a golden file made from a real answer."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from small_corpus import write_small_corpus

from assistant.cli import run
from assistant.export import answer_markdown, conversation_markdown, md_escape

GOLDEN = Path(__file__).parent / "golden" / "ask-devoir-alliance.md"
QUESTION = "Quelle part des Français pense qu'il existe un devoir d'alliance ?"

CITE_A = {
    "n": 1,
    "source": "a.pdf",
    "title": "Le *devoir* d'alliance",
    "kind": "fiche",
    "date": "2021-03-01",
    "page": 3,
    "page_label": "2",
    "quote": "81 % des Français",
    "url": "https://example.org/a.pdf",
}
CITE_B = {
    "n": 2,
    "source": "notes/b.pdf",
    "title": "B",
    "kind": "autre",
    "date": "",
    "page": 1,
    "page_label": "1",
    "quote": "69 %",
    "url": "",
    "catalogued": False,
}
ANSWER = {
    "question": "Quelle part ?",
    "answer": "En 2021, 81 % des Français [1] ; 69 % selon une autre [2, 1].",
    "refused": False,
    "citations": [CITE_A, CITE_B],
    "figures": [
        {"text": "81 %", "citation": 1, "verified": True},
        {"text": "69 %", "citation": 2, "verified": False},
    ],
    "future_field": {"ignored": True},  # fields added to the contract never break an export
}


def test_footnotes_list_title_kind_date_pages_and_url():
    md = answer_markdown(ANSWER)
    assert md.startswith("# Quelle part ?\n")
    assert "81 % des Français [^1] ; 69 % selon une autre [^2][^1]." in md
    assert (
        "[^1]: « Le \\*devoir\\* d'alliance » (fiche, 1er mars 2021), p. 2 (page 3 du PDF), "
        "a.pdf, <https://example.org/a.pdf>" in md
    )
    assert "[^2]: « B » (document, date inconnue), p. 1 (page 1 du PDF), notes/b.pdf, " in md
    assert md.rstrip().endswith("hors catalogue")
    assert "Chiffres vérifiés sur la page citée : 81 % ✓[^1], 69 % ⚠[^2]." in md


def test_conversation_numbers_notes_once_across_answers():
    second = {**ANSWER, "question": "Et ensuite ?", "answer": "Une autre [1].", "figures": []}
    second["citations"] = [{**CITE_B, "n": 1}]
    md = conversation_markdown([ANSWER, second])
    assert md.startswith("# Conversation\n\n## Quelle part ?")
    assert "## Et ensuite ?\n\nUne autre [^2]." in md  # the same passage: the same note
    assert md.count("[^2]:") == 1 and md.count("[^1]:") == 1


def test_refusal_lists_the_nearest_documents():
    refused = {
        "question": "La tarte Tatin ?",
        "answer": "Je n'ai pas trouvé cette information.",
        "refused": True,
        "citations": [],
        "nearest": [{**CITE_A, "n": None}],
    }
    md = answer_markdown(refused)
    assert "Documents les plus proches :\n\n- « Le \\*devoir\\* d'alliance » (fiche" in md
    assert "[^" not in md


@pytest.mark.parametrize(
    "text, shown",
    [
        ("**gras** et _it_", "\\*\\*gras\\*\\* et \\_it\\_"),
        ("<b>x</b>", "\\<b\\>x\\</b\\>"),
        ("# titre", "\\# titre"),
        ("2021. Début", "2021\\. Début"),
        ("- tiret", "\\- tiret"),
        ("[lien](http://x)", "\\[lien\\](http://x)"),
        ("12,5 % en 2014-2020", "12,5 % en 2014-2020"),
    ],
)
def test_text_from_pdfs_is_shown_as_typed(text, shown):
    assert md_escape(text) == shown


@pytest.fixture(scope="module")
def corpus_args(tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("export")
    corpus = write_small_corpus(root / "corpus")
    return ["--corpus", str(corpus), "--index", str(root / "index"), "--embedding", "hashing"]


def test_cli_ask_format_md_matches_the_golden_answer(corpus_args, capsys):
    """A real answer over the small corpus; UPDATE_GOLDEN=1 rewrites the file (read the diff)."""
    assert run(["ask", *corpus_args, "--json", QUESTION]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert run(["ask", *corpus_args, "--format", "md", QUESTION]) == 0
    md = capsys.readouterr().out
    assert md == answer_markdown(answer)  # the CLI uses the one renderer
    for c in answer["citations"]:
        assert f"[^{c['n']}]: « {c['title']} »" in md and f"(page {c['page']} du PDF)" in md
    assert "✓" in md
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(md, encoding="utf-8")
    assert md == GOLDEN.read_text(encoding="utf-8")
    assert run(["ask", *corpus_args, "--format", "json", QUESTION]) == 0
    assert json.loads(capsys.readouterr().out)["citations"] == answer["citations"]
