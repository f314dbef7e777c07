"""A footnote call in brackets after a word (« les travaux du SDSN (4) ») is no amount: a
sentence holding only that states no figure, and so cannot stand for a figure of the year a
question asks (rule `asked_year`)."""

from __future__ import annotations

from assistant.answer.candidate import Candidate
from assistant.answer.counting import quantity
from assistant.answer.held import year_held


def _cand(text: str) -> Candidate:
    return Candidate(0, text, 1.0, frozenset(), 1.0, False, 1.0, 0)


def test_a_bracketed_call_after_a_word_is_no_amount():
    assert not quantity("Le groupe s'appuie sur les travaux du réseau SDSN (4), très actif.")
    assert not quantity("Un rapport a été soutenu avec le WBCSD (12).")
    # amounts in brackets stay amounts
    assert quantity("Les collectivités (74 %) arrivent en tête.")
    assert quantity("Le nombre de bénévoles (120) reste stable depuis deux ans.")  # 3 digits
    assert quantity("Les bénévoles sont 120 (contre 95 en 2017).")


def test_a_figure_of_another_year_with_a_call_beside_it_is_of_that_year_only():
    chosen = [
        _cand("Des formations sont déployées (96 salariés formés en 2018)."),
        _cand("Le groupe s'appuie sur les travaux du réseau SDSN (4), très actif."),
    ]
    assert year_held(chosen, frozenset({"2017"})) is False


def test_counts_in_brackets_after_common_words_stay_amounts():
    assert quantity("Le comité réunit des fondations (8), des entreprises (11) et d'autres.")
    assert quantity("En 2017, le réseau compte des associations membres (42) en France.")
    chosen = [
        _cand("Des formations sont déployées (96 salariés formés en 2018)."),
        _cand("En 2017, le réseau compte des associations membres (42) en France."),
    ]
    assert year_held(chosen, frozenset({"2017"})) is True
