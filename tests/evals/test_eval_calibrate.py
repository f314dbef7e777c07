"""Calibration of the refusal thresholds on recorded signals (the grid replays should_refuse)."""

from __future__ import annotations

from evals.calibrate import Signal, best, rates, sweep, with_thresholds


def signals():
    return [
        Signal("a1", True, coverage=1.0, top_dense=0.5, hits=6, answerer_refused=False),
        Signal("a2", True, coverage=0.6, top_dense=0.4, hits=6, answerer_refused=False),
        Signal("a3", True, coverage=0.3, top_dense=0.8, hits=6, answerer_refused=False),
        Signal("u1", False, coverage=0.2, top_dense=0.3, hits=6, answerer_refused=False),
        Signal("u2", False, coverage=0.5, top_dense=0.35, hits=6, answerer_refused=False),
        Signal("u3", False, coverage=0.9, top_dense=0.2, hits=6, answerer_refused=True),
        Signal("u4", False, coverage=0.0, top_dense=0.0, hits=0, answerer_refused=False),
    ]


def test_rates_follow_should_refuse(make_settings):
    settings = make_settings()
    u, w = rates(signals(), with_thresholds(settings, 0.55, 0.75))
    assert (u, w) == (1.0, 0.0)  # u1, u2 below coverage; u3 by the answerer; u4 without hits
    u, w = rates(signals(), with_thresholds(settings, 0.7, 0.75))
    assert (u, round(w, 3)) == (1.0, 0.333)  # a2 now refused
    u, w = rates(signals(), with_thresholds(settings, 0.0, -1.0))
    assert (u, w) == (0.5, 0.0)


def test_best_pair_keeps_wrong_refusals_low(make_settings):
    settings = make_settings()
    grid = sweep(signals(), settings)
    pick = best(grid, (0.5, 0.75))
    assert pick is not None and grid[pick] == (1.0, 0.0)
    assert 0.5 < pick[0] <= 0.6  # nearest the current pair among the best ones
    assert best({(0.1, 0.5): (1.0, 0.5)}, (0.5, 0.75)) is None
