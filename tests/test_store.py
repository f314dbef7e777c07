"""One contract, run against the in-memory store and real Chroma (embedded); a Chroma server
that stops answering."""

import pytest
from chroma_process import ChromaProcess

from assistant.errors import IndexMismatchError, IndexMissingError, StoreUnavailableError
from assistant.search.embed import HashingEmbedder
from assistant.search.store import ChromaStore, MemoryStore
from assistant.settings import Settings
from assistant.types import Chunk, DocInfo, SearchFilter

FICHE = DocInfo("fiche.pdf", "Fiche", "fiche", date="2021-03-01")
ETUDE = DocInfo("etude.pdf", "Étude", "étude", date="2016")
TEXTS = [
    (FICHE, "81 % des Français estiment qu'il existe un devoir d'alliance."),
    (FICHE, "92 % des maires expriment un besoin d'alliance."),
    (ETUDE, "Le fonds ODD 17 est doté de 1,5 M€ pour trois ans."),
    (ETUDE, "La Fondation des Territoires a été créée le 14 juin 2022."),
]


def chunks():
    return [
        Chunk(
            f"id-{i}",
            doc,
            page=i + 1,
            page_label=str(i + 10),
            start=0,
            end=len(t),
            text=t,
            position=i,
        )
        for i, (doc, t) in enumerate(TEXTS)
    ]


@pytest.fixture(params=["memory", "chroma"])
def store(request, tmp_path):
    emb = HashingEmbedder()
    if request.param == "memory":
        return MemoryStore(emb)
    return ChromaStore(Settings(index_dir=tmp_path / "idx", embedding={"model": "hashing"}), emb)


def test_upsert_is_idempotent_and_roundtrips(store):
    store.upsert(chunks())
    store.upsert(chunks())
    assert store.ids() == {f"id-{i}" for i in range(4)}
    got = store.get(["id-2", "id-0", "absent"])
    assert [c.id for c in got] == ["id-2", "id-0"]
    assert got[0].doc.title == "Étude" and got[0].page == 3 and got[0].page_label == "12"
    assert got[0].text == TEXTS[2][1] and got[0].doc.year == 2016
    assert len(store.all_chunks()) == 4


def test_delete(store):
    store.upsert(chunks())
    store.delete(["id-1", "id-3", "absent"])
    assert store.ids() == {"id-0", "id-2"}


def test_search_ranks_and_filters(store):
    store.upsert(chunks())
    q = HashingEmbedder().embed_query("besoin d'alliance des maires")
    hits = store.search(q, 2, SearchFilter())
    assert hits[0][0].id == "id-1"
    assert hits[0][1] >= hits[1][1]
    only = store.search(q, 4, SearchFilter(kinds=("étude",)))
    assert {c.id for c, _ in only} == {"id-2", "id-3"}
    assert {c.id for c, _ in store.search(q, 4, SearchFilter(year_min=2020))} == {"id-0", "id-1"}
    assert {c.id for c, _ in store.search(q, 4, SearchFilter(year_max=2020))} == {"id-2", "id-3"}
    assert {c.id for c, _ in store.search(q, 4, SearchFilter(sources=("fiche.pdf",)))} == {
        "id-0",
        "id-1",
    }


def test_querying_other_fingerprint_is_a_clear_error(tmp_path):
    emb = HashingEmbedder()
    built = Settings(index_dir=tmp_path / "idx", embedding={"model": "hashing"})
    with pytest.raises(IndexMissingError, match="assistant ingest"):
        ChromaStore(built, emb, create=False)
    ChromaStore(built, emb).upsert(chunks())
    other = Settings(index_dir=tmp_path / "idx", embedding={"model": "minilm"})
    with pytest.raises(IndexMismatchError, match="Relancez « assistant ingest »"):
        ChromaStore(other, emb, create=False)
    ChromaStore(built, emb, create=False)  # same settings open fine


@pytest.mark.server
def test_a_stopped_chroma_server_is_a_clear_error_until_it_is_back(tmp_path):
    """Every store call says which server does not answer; the same store object works again
    once the server is back on the same port and data (no reopening)."""
    emb = HashingEmbedder()
    with ChromaProcess(tmp_path / "chroma-data") as chroma:
        s = Settings(
            index_dir=tmp_path / "idx",
            embedding={"model": "hashing"},
            chroma_host="127.0.0.1",
            chroma_port=chroma.port,
        )
        store = ChromaStore(s, emb)
        store.upsert(chunks())
        q = emb.embed_query("besoin d'alliance des maires")
        assert store.search(q, 1, SearchFilter())[0][0].id == "id-1"
        chroma.stop()
        expected = (
            f"Le serveur Chroma (127.0.0.1:{chroma.port}) ne répond pas. Réessayez dans un instant."
        )
        calls = {
            "search": lambda: store.search(q, 1, SearchFilter()),
            "ids": store.ids,
            "get": lambda: store.get(["id-1"]),
            "all_chunks": store.all_chunks,
            "upsert": lambda: store.upsert(chunks()),
            "delete": lambda: store.delete(["id-0"]),
            "open": lambda: ChromaStore(s, emb, create=False),
            "create": lambda: ChromaStore(s, emb),
        }
        for name, call in calls.items():
            with pytest.raises(StoreUnavailableError) as err:
                call()
            assert str(err.value) == expected, name
        chroma.start()
        assert store.search(q, 1, SearchFilter())[0][0].id == "id-1"
        assert store.ids() == {f"id-{i}" for i in range(4)}


def test_other_settings_collections_are_listed_and_dropped_only_on_request(tmp_path):
    emb = HashingEmbedder()
    old = Settings(index_dir=tmp_path / "idx", embedding={"model": "hashing"})
    ChromaStore(old, emb).upsert(chunks())
    new = Settings(
        index_dir=tmp_path / "idx", embedding={"model": "hashing"}, chunking={"size": 500}
    )
    store = ChromaStore(new, emb)
    assert store.other_collections() == [(old.collection_name, "hashing")]
    assert ChromaStore(old, emb, create=False).ids() == {f"id-{i}" for i in range(4)}
    store.drop_collections([store.name])  # never its own
    store.drop_collections(name for name, _ in store.other_collections())
    assert store.other_collections() == []
    assert ChromaStore(new, emb, create=False).ids() == set()


@pytest.mark.slow
def test_a_collection_past_sqlites_variable_limit_is_read_whole(tmp_path):
    """One unpaged get() fails at 32,767 rows (« too many SQL variables »): every read of a
    whole collection is paged, and so is get() of that many ids and the lexical index."""
    from assistant.search.index import sync_lexical

    n = 33_000
    doc = DocInfo(source="rapport.pdf", title="Rapport", kind="autre", date="2020")
    many = [
        Chunk(f"p{i:05d}", doc, 1 + i // 10, str(1 + i // 10), 0, 30, f"Passage {i} : {i % 97} %")
        for i in range(n)
    ]
    s = Settings(index_dir=tmp_path / "idx", embedding={"model": "hashing"})
    store = ChromaStore(s, HashingEmbedder(dim=8))
    store.upsert(many)
    assert len(store.ids()) == n
    everything = store.all_chunks()
    assert len(everything) == n and {c.id for c in everything} == {c.id for c in many}
    ids = [c.id for c in many]
    assert [c.id for c in store.get(ids)] == ids
    assert len(sync_lexical(store, tmp_path / "lex")) == n


def test_chroma_searches_with_the_wide_ef_in_cosine_space(tmp_path):
    """New collections: cosine space and `EF_SEARCH`; a collection made with Chroma's default
    (100) by earlier code gets `EF_SEARCH` when opened."""
    import chromadb

    from assistant.search.store import EF_SEARCH

    s = Settings(index_dir=tmp_path / "idx", embedding={"model": "hashing"})
    hnsw = ChromaStore(s, HashingEmbedder()).vs._collection.configuration_json["hnsw"]
    assert hnsw["space"] == "cosine" and hnsw["ef_search"] == EF_SEARCH
    old = Settings(index_dir=tmp_path / "old", embedding={"model": "hashing"})
    client = chromadb.PersistentClient(path=str(old.index_dir / "chroma"))
    client.create_collection(
        old.collection_name,
        metadata={"hnsw:space": "cosine", "fingerprint": old.fingerprint(), "embedding": "hashing"},
    )
    assert (
        client.get_collection(old.collection_name).configuration_json["hnsw"]["ef_search"]
        < EF_SEARCH
    )
    hnsw = ChromaStore(old, HashingEmbedder(), create=False).vs._collection.configuration_json[
        "hnsw"
    ]
    assert hnsw["space"] == "cosine" and hnsw["ef_search"] == EF_SEARCH


_GAUSSIAN = """
import hashlib
import numpy as np
from langchain_core.embeddings import Embeddings


class GaussianEmbedder(Embeddings):
    # A fixed random unit vector per text: no two passages tie, unlike word-count vectors.

    def embed_documents(self, texts):
        out = []
        for t in texts:
            seed = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "big")
            v = np.random.default_rng(seed).normal(size=512)
            out.append((v / np.linalg.norm(v)).tolist())
        return out

    def embed_query(self, text):
        return self.embed_documents([text])[0]
"""
_SEARCH_AGAIN = (
    _GAUSSIAN
    + """
import json, sys
from assistant.search.store import ChromaStore
from assistant.settings import Settings
from assistant.types import SearchFilter
s = Settings(index_dir=sys.argv[1], embedding={"model": "hashing"})
store = ChromaStore(s, GaussianEmbedder(), create=False)
vectors = GaussianEmbedder().embed_documents(json.loads(sys.argv[2]))
print(json.dumps([[c.id for c, _ in store.search(v, 30, SearchFilter())] for v in vectors]))
"""
)


def test_chroma_gives_the_exact_nearest_passages_in_every_process(tmp_path):
    """Chroma rebuilds the HNSW graph of the passages added since its last save at each process
    start, on several threads: the graph differs from run to run. With Chroma's default search
    width the 30 nearest passages differed too (answers changed between two runs of the same
    code); with `EF_SEARCH` every process gets the exact 30 nearest."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    import numpy as np

    space: dict = {}
    exec(_GAUSSIAN, space)
    emb = space["GaussianEmbedder"]()
    texts = [f"passage {i}" for i in range(700)]
    doc = DocInfo("note.pdf", "Note", "autre", date="2020")
    many = [Chunk(f"p{i:03d}", doc, 1, "1", 0, len(t), t, position=i) for i, t in enumerate(texts)]
    s = Settings(index_dir=tmp_path / "idx", embedding={"model": "hashing"})
    store = ChromaStore(s, emb)
    store.upsert(many)
    store.close()
    queries = [f"question {i}" for i in range(20)]
    matrix, q = np.array(emb.embed_documents(texts)), np.array(emb.embed_documents(queries))
    exact = [[f"p{i:03d}" for i in np.argsort(-row)[:30]] for row in q @ matrix.T]
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", _SEARCH_AGAIN, str(s.index_dir), json.dumps(queries)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        for _ in range(3)
    ]
    assert [json.loads(r) for r in runs] == [exact] * 3
