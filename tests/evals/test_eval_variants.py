"""Variants of a question set: same cases, questions typed without accents or with one slip."""

import json

from evals.variants import main, with_slip, without_accents, write_variants


def test_variants_keep_every_field_but_the_question(tmp_path):
    src = tmp_path / "q.jsonl"
    cases = [
        {"id": "a", "question": "Quelle part des collectivités coopère ?", "must_contain": ["74 %"], "page": 3},
        {"id": "b", "question": "Et en 2012 ?", "follows": "a", "kind": "figure"},
    ]  # fmt: skip
    src.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\nnot json\n")
    bare, slips, lower = write_variants(src, tmp_path / "out")
    assert (
        json.loads(lower.read_text().splitlines()[0])["question"]
        == "quelle part des collectivités coopère ?"
    )
    bare_rows = bare.read_text().splitlines()
    assert json.loads(bare_rows[0])["question"] == "Quelle part des collectivites coopere ?"
    assert bare_rows[2] == "not json"  # reported by the evaluation, not hidden
    for path in (bare, slips, lower):
        rows = [json.loads(r) for r in path.read_text().splitlines()[:2]]
        for row, case in zip(rows, cases, strict=True):
            assert {k: v for k, v in row.items() if k != "question"} == {
                k: v for k, v in case.items() if k != "question"
            }
    slipped = json.loads(slips.read_text().splitlines()[0])["question"]
    assert slipped != cases[0]["question"] and abs(len(slipped) - len(cases[0]["question"])) <= 1


def test_one_slip_in_one_long_word():
    import random

    rng = random.Random(1)
    for _ in range(50):
        text = "Les partenariats ?"
        out = with_slip(text, rng)
        assert out != text and out.startswith("Les ") and out.endswith(" ?")
    assert with_slip("Et en 2012 ?", rng) == "Et en 2012 ?"  # no long word: unchanged
    assert without_accents("Élus, créée") == "Elus, creee"


def test_cli(tmp_path, capsys):
    assert main([str(tmp_path / "absent.jsonl"), "--out", str(tmp_path)]) == 2
    src = tmp_path / "q.jsonl"
    src.write_text('{"id": "a", "question": "Quelle coopération ?"}\n')
    assert main([str(src), "--out", str(tmp_path / "v")]) == 0
    assert "q-fautes.jsonl" in capsys.readouterr().out
