"""Tests of the French analyser and the BM25 lexical index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.search import lexical
from assistant.search.lexical import LexicalIndex, index_stamp
from assistant.text import analyze, canonical_number

# --- analyser -----------------------------------------------------------------------------

SAME_TOKENS = [
    # elisions, both apostrophes
    ("l'alliance", "l’alliance"),
    ("d'alliance", "alliance"),
    ("qu'il existe", "existe"),
    ("jusqu'à l'échelle", "jusqu’à échelle"),
    ("lorsqu'elle s'engage", "engage"),
    ("puisqu'on n'oublie", "oublie"),
    # accents folded after stemming
    ("Économie", "economie"),
    ("l'œuvre", "oeuvre"),
    ("Français", "français"),
    # plural / singular
    ("partenariats", "partenariat"),
    ("alliances", "alliance"),
    ("entreprises", "entreprise"),
    ("les élus locaux", "un élu local"),
    ("enjeux", "enjeu"),
    ("euros", "euro"),
    ("nombreuses", "nombreux"),
    # figures
    ("81 %", "81%"),
    ("81 %", "81 pour cent"),
    ("81\u00a0%", "81%"),
    ("1 234,5", "1234,5"),
    ("1\u00a0234,5", "1234,5"),
    ("1\u202f234,5", "1234,5"),
    ("1.000", "1000"),
    ("1 000", "1000"),
    ("2,5", "2.5"),
    ("2,50", "2,5"),
    ("1,5 M€", "1,5 million d'euros"),
    ("1.5M €", "1,5 M€"),
    ("11e rapport", "11ème rapport"),
    # typed without accents: Snowball strips « -ité », « -ée », « -ière » only with theirs
    ("sécurité", "securite"),
    ("collectivités", "collectivites"),
    ("universités", "universites"),
    ("créées", "creees"),
    ("première", "premiere"),
    # hyphenated compounds match their joined spelling
    ("co-construction", "coconstruction construction"),
    ("M.E.D.O.C.", "MEDOC"),
]


@pytest.mark.parametrize(("a", "b"), SAME_TOKENS)
def test_analyze_equivalent_spellings(a: str, b: str) -> None:
    assert analyze(a) == analyze(b)
    assert analyze(a)


ANALYZED = [
    ("", []),
    ("   ", []),
    ("le la les de des du et ou à en pour par sur", []),
    ("Quelle est la part ?", ["part"]),
    ("Combien, comment, pourquoi, quand ?", []),
    ("les maires", ["mair"]),
    ("81 % des Français", ["81%", "franc"]),
    ("2008-2012", ["2008", "2012"]),
    ("148 000 associations", ["148000", "associ"]),
    ("en 2012, 84 %", ["2012", "84%"]),
    ("7,1/10", ["7,1", "10"]),
    ("ODD 17", ["odd", "17"]),
    ("ODD17", ["odd", "17"]),
    ("PHARE", ["phar"]),
    ("ARPEA", ["arpe"]),
    ("co-construction", ["coconstruct", "construct"]),
    ("Existe-t-il des partenariats ?", ["exist", "partenair"]),  # one token per word family
    ("c'est-à-dire aujourd'hui", []),
    ("1,5 M€", ["1,5", "million", "euro"]),
    ("3 Md€", ["3", "milliard", "euro"]),
]


@pytest.mark.parametrize(("text", "tokens"), ANALYZED)
def test_analyze(text: str, tokens: list[str]) -> None:
    assert analyze(text) == tokens


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("1 234,5", "1234,5"),
        ("1.000", "1000"),
        ("1.000.000", "1000000"),
        ("1.000,25", "1000,25"),
        ("2.5", "2,5"),
        ("3,14159", "3,14159"),
        ("2,50", "2,5"),
        ("7,0", "7"),
        ("2008", "2008"),
    ],
)
def test_canonical_number(text: str, canonical: str) -> None:
    assert canonical_number(text) == canonical


# --- index --------------------------------------------------------------------------------

PASSAGES = {
    "alliance": "81 % des Français estiment qu'il y a un devoir d'alliance entre les acteurs.",
    "maires": "92 % des maires expriment un besoin d'alliance pour leur territoire.",
    "dirigeants": "84 % des dirigeants d'entreprise ont envie d'alliance avec les associations.",
    "arpea": "Le programme ARPEA (2008-2012) a analysé les relations entre entreprises et "
    "associations pendant cinq ans.",
    "phare": "Le programme PHARE a publié six volets, dont PHARE-Citoyens en septembre 2015.",
    "fonds": "Le Fonds ODD 17 dispose d'une dotation de 1,5 M€ pour une expérimentation de trois ans.",
    "observatoire": "L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts "
    "et Le RAMEAU.",
    "charte": "La Charte du faire alliance est le fruit de trois mois de co-construction.",
    "associations": "148 000 associations employeuses : 98 % d'entre elles ont des partenariats, "
    "avec les collectivités pour 89 % d'entre elles.",
    "emploi": "Les citoyens attribuent une note de 7,1/10 à l'emploi et de 6,6 au pouvoir d'achat.",
}

QUERIES = [
    ("Quelle part des Français pense qu'il existe un devoir d'alliance ?", "alliance"),
    ("81%", "alliance"),
    ("Combien de maires ressentent un besoin d'alliances ?", "maires"),
    ("Les chefs d'entreprises ont-ils envie d'alliance ?", "dirigeants"),
    ("Qu'est-ce que l'étude ARPEA ?", "arpea"),
    ("Quand l'Observatoire a-t-il été créé ?", "observatoire"),
    ("Quel est le montant du fonds ODD 17 ?", "fonds"),
    ("1,5 million d'euros", "fonds"),
    ("coconstruction de la charte", "charte"),
    ("Combien d'associations employeuses ont des partenariats ?", "associations"),
    ("note de l'emploi 7,1", "emploi"),
]


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    return LexicalIndex.build(list(PASSAGES), list(PASSAGES.values()))


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_search_finds_paraphrase_at_rank_1(index: LexicalIndex, query: str, expected: str) -> None:
    hits = index.search(query, k=3)
    assert hits[0][0] == expected
    assert [score for _, score in hits] == sorted((s for _, s in hits), reverse=True)


def test_search_without_known_tokens(index: LexicalIndex) -> None:
    assert index.search("", k=5) == []
    assert index.search("le la les ?", k=5) == []
    assert index.search("xylophone zébré", k=5) == []


def test_search_k_larger_than_index_returns_matching_only(index: LexicalIndex) -> None:
    hits = index.search("alliance", k=100)
    assert {doc_id for doc_id, _ in hits} == {"alliance", "maires", "dirigeants", "charte"}
    assert all(score > 0 for _, score in hits)


def test_search_rejects_bad_k(index: LexicalIndex) -> None:
    with pytest.raises(ValueError, match="0"):
        index.search("alliance", k=0)


def test_allowed_restricts_and_keeps_low_ranked(index: LexicalIndex) -> None:
    query = "devoir d'alliance des Français"
    assert index.search(query, k=1)[0][0] == "alliance"
    assert index.search(query, k=1, allowed={"charte"})[0][0] == "charte"
    hits = index.search(query, k=5, allowed={"maires", "charte", "phare", "unknown-id"})
    assert {doc_id for doc_id, _ in hits} == {"maires", "charte"}
    assert index.search(query, k=5, allowed=set()) == []


def test_empty_index() -> None:
    empty = LexicalIndex.build([], [])
    assert len(empty) == 0
    assert empty.search("alliance", k=5) == []
    no_tokens = LexicalIndex.build(["a"], ["le la les"])
    assert len(no_tokens) == 1
    assert no_tokens.search("alliance", k=5) == []


def test_build_validates_input() -> None:
    with pytest.raises(ValueError, match="2 ids for 1 texts"):
        LexicalIndex.build(["a", "b"], ["texte"])
    with pytest.raises(ValueError, match="duplicate"):
        LexicalIndex.build(["a", "a"], ["un", "deux"])


def test_save_load_round_trip(index: LexicalIndex, tmp_path: Path) -> None:
    target = tmp_path / "lexical"
    index.save(target)
    loaded = LexicalIndex.load(target)
    assert loaded is not None
    assert len(loaded) == len(index)
    assert loaded.stamp == index.stamp
    for query, _ in QUERIES:
        assert loaded.search(query, k=5) == index.search(query, k=5)
    assert loaded.search("alliance", k=2, allowed={"charte"}) == index.search(
        "alliance", k=2, allowed={"charte"}
    )


def test_save_replaces_existing_index_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "lexical"
    LexicalIndex.build(["a"], ["partenariat"]).save(target)
    LexicalIndex.build(["b", "c"], ["alliance", "maires"]).save(target)
    loaded = LexicalIndex.load(target)
    assert loaded is not None
    assert loaded.ids == ("b", "c")
    assert loaded.search("partenariat", k=5) == []
    assert [p.name for p in tmp_path.iterdir()] == ["lexical"]


@pytest.mark.parametrize("ids", [[], ["a"]])
def test_save_load_empty(tmp_path: Path, ids: list[str]) -> None:
    LexicalIndex.build(ids, ["le"] * len(ids)).save(tmp_path / "x")
    loaded = LexicalIndex.load(tmp_path / "x")
    assert loaded is not None
    assert loaded.ids == tuple(ids)
    assert loaded.search("alliance", k=3) == []


def _break_meta(d: Path) -> None:
    (d / "meta.json").write_text("{not json", encoding="utf-8")


def _other_analyzer(d: Path) -> None:
    meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    meta["analyzer"] = "fr-0"
    (d / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _extra_id(d: Path) -> None:
    meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    meta["ids"].append("intrus")
    (d / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _truncate_matrix(d: Path) -> None:
    path = d / "bm25" / "data.csc.index.npy"
    path.write_bytes(path.read_bytes()[:20])


def _drop_vocab(d: Path) -> None:
    (d / "bm25" / "vocab.index.json").unlink()


def _drop_meta(d: Path) -> None:
    (d / "meta.json").unlink()


@pytest.mark.parametrize(
    "damage", [_break_meta, _other_analyzer, _extra_id, _truncate_matrix, _drop_vocab, _drop_meta]
)
def test_load_refuses_damaged_index(index: LexicalIndex, tmp_path: Path, damage) -> None:
    index.save(tmp_path / "lexical")
    damage(tmp_path / "lexical")
    assert LexicalIndex.load(tmp_path / "lexical") is None


def test_load_missing_folder(tmp_path: Path) -> None:
    assert LexicalIndex.load(tmp_path / "absent") is None


def test_stamp_follows_ids_not_order() -> None:
    a = LexicalIndex.build(["x", "y"], ["alliance", "maires"])
    b = LexicalIndex.build(["y", "x"], ["maires", "alliance"])
    c = LexicalIndex.build(["x", "z"], ["alliance", "maires"])
    assert a.stamp == b.stamp == index_stamp(["y", "x"])
    assert a.stamp != c.stamp
    assert len(a.stamp) == 64


def test_stamp_depends_on_analyzer_version(monkeypatch: pytest.MonkeyPatch) -> None:
    before = index_stamp(["x"])
    monkeypatch.setattr(lexical, "ANALYZER_VERSION", "fr-test")
    assert index_stamp(["x"]) != before
