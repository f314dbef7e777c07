"""A name the user types ("JURIS Associations") lifts the passages that hold it."""

import pytest

from assistant.reading.query import Query
from assistant.search import retrieve as retrieve_module
from assistant.search.embed import HashingEmbedder
from assistant.search.index import Index, lexical_text
from assistant.search.lexical import LexicalIndex
from assistant.search.store import MemoryStore
from assistant.settings import Settings
from assistant.types import Chunk, DocInfo

DOC = DocInfo(source="b.pdf", title="Des données pour agir", kind="bulletin", date="2020-11")
TEXTS = [
    "Les coopérations territoriales se multiplient : les associations coopèrent avec les "
    "collectivités et les entreprises sur leur territoire, et ces coopérations durent.",
    "Les associations et leurs coopérations territoriales : un dossier sur les partenariats "
    "des associations, leurs coopérations et leurs territoires.",
    "Agenda\n15 novembre\nDossier dans le n°628 de JURIS\nAssociations",
]


@pytest.fixture
def index() -> Index:
    chunks = [Chunk(f"c{n}", DOC, 2, "2", 0, len(t), t, position=n) for n, t in enumerate(TEXTS)]
    store = MemoryStore(HashingEmbedder())
    store.upsert(chunks)
    lexical = LexicalIndex.build([c.id for c in chunks], [lexical_text(c) for c in chunks])
    return Index(Settings(), store, store.embedder, lexical, {c.id: c for c in chunks})


QUESTION = "Le dossier de JURIS Associations sur les coopérations territoriales est paru dans quel numéro ?"


def test_passage_with_the_typed_name_comes_first(index, monkeypatch):
    assert retrieve_module.retrieve(index, Query(QUESTION)).hits[0].chunk.id == "c2"
    monkeypatch.setattr(retrieve_module, "NAME_BONUS", 0.0)
    assert retrieve_module.retrieve(index, Query(QUESTION)).hits[0].chunk.id != "c2"
