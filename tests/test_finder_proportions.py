"""The finder's rule `proportions_in_words` (session 27): shares and approximate counts written in
words, as interviews and infographics print them. Every example is invented; each positive test
fails without the rule, each negative one guards a misreading the rule must not make."""

from __future__ import annotations

import pytest

from assistant.finder.detect import detect
from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

DOC = DocInfo(source="note.pdf", title="Note de résultats", kind="autre", date="2023-06-01")


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Près de sept habitants sur dix en parlent.", ("sept habitants sur dix", 70.0, "%")),
        ("Plus de 6 bénévoles sur 10 le disent.", ("6 bénévoles sur 10", 60.0, "%")),
        ("Un commerçant sur deux hésite encore.", ("Un commerçant sur deux", 50.0, "%")),
        ("Chez les plus petites, une sur cinq seulement.", ("une sur cinq", 20.0, "%")),
        ("Les deux tiers des élus approuvent.", ("Les deux tiers", 66.7, "%")),
        ("Un tiers voulait agir, la moitié ne le voulait pas.", ("Un tiers", 33.3, "%")),
        ("Trois quarts des clubs ont répondu.", ("Trois quarts", 75.0, "%")),
        ("Plus de la moitié des clubs ont répondu.", ("la moitié", 50.0, "%")),
        ("Une trentaine de clubs ont signé.", ("Une trentaine", 30.0, "count")),
        ("Plus d'un millier de visiteurs sont venus.", ("un millier", 1000.0, "count")),
    ],
)
def test_a_share_or_an_approximate_count_in_words_is_a_figure(text, expected):
    assert expected in _read(text)


def test_the_share_replaces_the_number_read_inside_it():
    """« sept habitants » alone would be a headcount of 7: the share is the figure."""
    assert _read("Près de sept habitants sur dix en parlent.") == [
        ("sept habitants sur dix", 70.0, "%")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le marché se tient un jour sur deux.",  # a rhythm
        "Voir la page 3 sur 4.",  # a rank, in digits: the digits' grammar reads it
        "Une formation étalée sur trois ans.",  # what the second number counts
        "Une démarche s'appuyant sur 5 priorités.",  # a clause, not a population
        "Le tiers secteur se mobilise.",  # a name
        "Les tiers-lieux se multiplient.",
        "Comptez un quart d'heure de marche.",  # a span of time
        "Le projet est à moitié financé.",  # no article: an adverb
        "Le chantier est arrivé à la moitié du parcours.",  # a place on a way
        "Le chantier a duré une dizaine d'années.",  # a span of time, not a count
        "Il reste des centaines de dossiers.",  # no value
    ],
)
def test_rhythms_ranks_names_and_spans_are_not_shares(text):
    assert not [f for f in _read(text) if f[2] == "%" or f[1] in (10.0, 100.0)], _read(text)


def test_a_mark_out_of_ten_stays_a_mark():
    assert _read("La sécurité est notée 7 sur 10.") == [("7 sur 10", 7.0, "/10")]


def test_the_population_inside_a_share_is_who_it_counts():
    rows = extract_figures(
        DOC, [Page(1, "1", "En 2023, neuf maires sur dix jugent l'alliance utile.")]
    )
    (row,) = rows
    assert (row.text, row.value, row.unit, row.actor) == (
        "neuf maires sur dix",
        90.0,
        "%",
        "maires",
    )
