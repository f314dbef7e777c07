"""The figure scorer's loose measure (reported beside the measure, never a floor): a measure
written as the issue's example writes it (a verb phrase, the population in its own field) is
told from a measure that misses."""

from __future__ import annotations

from evals.figures.score import measure_loose, measure_usable

GOLD = "part des maires jugeant leur territoire engagé"


def test_a_verb_phrase_without_the_population_passes_loose_only():
    got = "jugent leur territoire engagé"
    assert not measure_usable(GOLD, got)
    assert measure_loose(GOLD, got, "maires")


def test_a_measure_that_misses_fails_both():
    got = "Cette conviction traverse tous les publics"
    assert not measure_usable(GOLD, got)
    assert not measure_loose(GOLD, got, "maires")


def test_short_stems_must_match_whole():  # « voi » (voient, voyant) is no prefix of « voiture »
    assert not measure_loose("part des cyclistes voyant une voiture garée", "voient", "cyclistes")
