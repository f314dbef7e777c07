"""The figure finder against the blind gold sets (evals/figures), with floors a little below
what was measured (see evals/figures/README.md): set A tuned the extractor, set B was measured
three times in all, each time after the rules of a round were frozen; set C (written on
1 December by a helper who saw no extractor) was measured once, on the final code of that day."""

from __future__ import annotations

import pytest

from evals.figures.score import FOLDERS, load, score

pytestmark = pytest.mark.slow

FLOORS = {
    "": {"recall": 0.98, "actor": 0.91, "measure": 0.91, "year": 0.92, "false_positives": 1},
    "-b": {"recall": 0.91, "actor": 0.78, "measure": 0.76, "year": 0.86, "false_positives": 1},
    "-c": {"recall": 0.92, "actor": 0.71, "measure": 0.69, "year": 0.77, "false_positives": 1},
}


@pytest.mark.parametrize("suffix", ["", "-b", "-c"])
def test_gold_floors(suffix: str) -> None:
    if not FOLDERS[1].is_dir():
        pytest.skip("../shared/realworld-pdfs absent")
    summary = score(load(f"figures{suffix}.jsonl"), load(f"not_figures{suffix}.jsonl")).summary()
    floors = FLOORS[suffix]
    for key in ("recall", "actor", "measure", "year"):
        assert summary[key] >= floors[key], (key, summary)
    assert summary["false_positives"] <= floors["false_positives"], summary
