"""A passage is a near miss when it lacks a name or year the question pins down; the name is
read on the passage's page and its publication's cover too, where long reports name
themselves once (« Guide … de la MITI » on page 1, the definition on page 3). Real PDFs, real
Chroma, real ingest."""

from __future__ import annotations

import pytest
from pdf_factory import make_text_pdf

from assistant.answer.extractive import candidates
from assistant.assistant import Assistant
from assistant.reading.query import Query
from assistant.settings import Settings
from assistant.types import Chunk, DocInfo, Hit

GUIDE = "guide-donnees.pdf"
PAGES = [
    "Guide de bonnes pratiques sur la gestion des données\nMission pour les initiatives "
    "transverses et interdisciplinaires (MITI)\nVersion 2",
    "Sommaire\n1. Pourquoi ouvrir ses données\n2. Les outils du chercheur",
    "Le plan de gestion de données\n\nUn plan de gestion de données (PGD) est un document "
    "formalisé qui décrit\nla manière dont les données seront produites, conservées et "
    "partagées.\nIl est demandé par la plupart des financeurs.",
]
ASKED = "Comment le guide de la MITI définit-il un plan de gestion de données ?"


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("near-miss-page")
    make_text_pdf(root / "corpus" / GUIDE, PAGES, title="Guide de la gestion des données")
    return Assistant.from_settings(
        Settings(
            corpus_dir=root / "corpus",
            index_dir=root / "index",
            data_dir=root / "data",
            embedding={"model": "hashing"},
        )
    )


def test_a_name_on_the_cover_is_not_missing_from_a_later_page(bot: Assistant) -> None:
    rules = bot.ask(ASKED).retrieval.rules
    assert "near_miss" not in rules
    # What the question asks about the guide is held: `attribute` does not refuse.
    assert "attribute" not in rules


def test_a_name_nowhere_in_the_publication_is_still_a_near_miss(bot: Assistant) -> None:
    answer = bot.ask("Comment la Fondation Verte définit-elle un plan de gestion de données ?")
    assert answer.refused
    assert {"near_miss", "attribute"} <= set(answer.retrieval.rules)


def test_without_its_page_and_cover_the_passage_is_a_near_miss() -> None:
    doc = DocInfo(source=GUIDE, title="Guide de la gestion des données", kind="autre")
    text = "Un plan de gestion de données (PGD) est un document formalisé."
    hits = [Hit(Chunk("g-3", doc, 3, "3", 0, len(text), text), 1.0)]
    alone = candidates(Query(ASKED), hits)
    around = candidates(Query(ASKED), hits, around=lambda chunk: PAGES[2] + "\n" + PAGES[0])
    assert alone[0].near_miss and not around[0].near_miss
    assert around[0].support > alone[0].support
