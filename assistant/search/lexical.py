"""French lexical index: a French analyser and a BM25 index (bm25s) over passage ids."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

import bm25s
import numpy as np

from ..text import ANALYZER_VERSION, analyze

log = logging.getLogger(__name__)


class Terms:
    """Each passage's analysed words as term numbers: what BM25 and IDF are computed from.
    Saved with the tables, so that an ingest analyses only the passages it adds."""

    def __init__(self, vocab: dict[str, int], by_id: dict[str, np.ndarray]) -> None:
        self.vocab = vocab
        self.by_id = by_id

    @classmethod
    def update(
        cls, previous: Terms | None, ids: Iterable[str], text_of: Callable[[str], str]
    ) -> Terms:
        """The terms of `ids`: those `previous` knows are reused, the others analysed."""
        vocab = dict(previous.vocab) if previous else {}
        known = previous.by_id if previous else {}
        by_id = {}
        for i in ids:
            terms = known.get(i)
            if terms is None:
                terms = np.array(
                    [vocab.setdefault(t, len(vocab)) for t in analyze(text_of(i))], dtype=np.int32
                )
            by_id[i] = terms
        return cls(vocab, by_id)

    def document_frequency(self) -> dict[str, int]:
        """In how many passages each term stands (terms of no passage left out)."""
        counts = np.zeros(len(self.vocab), dtype=np.int64)
        for terms in self.by_id.values():
            counts[np.unique(terms)] += 1
        return {t: int(counts[n]) for t, n in self.vocab.items() if counts[n]}

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        ids = list(self.by_id)
        sizes = np.array([len(self.by_id[i]) for i in ids], dtype=np.int64)
        flat = np.concatenate([self.by_id[i] for i in ids]) if ids else np.zeros(0, np.int32)
        np.save(directory / "terms.npy", flat.astype(np.int32))
        np.save(directory / "sizes.npy", sizes)
        words = sorted(self.vocab, key=self.vocab.__getitem__)
        meta = {"analyzer": ANALYZER_VERSION, "ids": ids, "vocab": words}
        (directory / "terms.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, directory: Path) -> Terms | None:
        """The saved terms, or None (missing, unreadable, another analyser: analyse again)."""
        try:
            meta = json.loads((directory / "terms.json").read_text("utf-8"))
            if meta["analyzer"] != ANALYZER_VERSION:
                return None
            flat = np.load(directory / "terms.npy")
            sizes = np.load(directory / "sizes.npy")
            if len(sizes) != len(meta["ids"]) or int(sizes.sum()) != len(flat):
                raise ValueError("terms and sizes disagree")
            parts = np.split(flat, np.cumsum(sizes)[:-1]) if len(sizes) else []
            vocab = {w: n for n, w in enumerate(meta["vocab"])}
            return cls(vocab, dict(zip(meta["ids"], parts, strict=True)))
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.info("saved terms in %s not used (%s)", directory, err)
            return None


def index_stamp(ids: Collection[str]) -> str:
    """Hash of the analyser version and the sorted ids: tells whether an index matches a store."""
    payload = ANALYZER_VERSION + "\n" + "\n".join(sorted(ids))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class LexicalIndex:
    """BM25 over analysed passages; holds ids and bm25s data, not the texts."""

    def __init__(self, ids: Sequence[str], bm25: bm25s.BM25 | None) -> None:
        self.ids: tuple[str, ...] = tuple(ids)
        self._bm25 = bm25
        self._position = {doc_id: i for i, doc_id in enumerate(self.ids)}
        self._stamp = index_stamp(self.ids)

    @classmethod
    def build(cls, ids: Sequence[str], texts: Sequence[str]) -> LexicalIndex:
        """Analyse and index `texts`, each known by the id at the same position."""
        if len(ids) != len(texts):
            raise ValueError(f"{len(ids)} ids for {len(texts)} texts")
        if len(set(ids)) != len(ids):
            raise ValueError("duplicate ids in the lexical index")
        vocab: dict[str, int] = {}
        corpus = [[vocab.setdefault(t, len(vocab)) for t in analyze(text)] for text in texts]
        return cls.from_terms(ids, corpus, vocab)

    @classmethod
    def from_terms(
        cls, ids: Sequence[str], corpus: list[list[int]], vocab: dict[str, int]
    ) -> LexicalIndex:
        """Index passages already analysed: term numbers of `vocab` (which may hold terms no
        passage uses any more: they score nothing)."""
        if not any(corpus):
            return cls(ids, None)
        bm25 = bm25s.BM25(backend="numpy")
        bm25.index(
            bm25s.tokenization.Tokenized(ids=corpus, vocab=vocab),
            create_empty_token=False,
            show_progress=False,
        )
        return cls(ids, bm25)

    @property
    def stamp(self) -> str:
        return self._stamp

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, doc_id: str) -> int | None:
        """Where a passage stands in the index (the order of `ids`), or None."""
        return self._position.get(doc_id)

    def search(
        self,
        query: str,
        k: int,
        allowed: Collection[str] | None = None,
        *,
        positions: np.ndarray | None = None,
    ) -> list[tuple[str, float]]:
        """The `k` best ids (among `allowed` if given, or among the passages at `positions`, in
        increasing order, which costs no lookup per passage) with their BM25 scores, best first."""
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        if self._bm25 is None:
            return []
        vocab = self._bm25.vocab_dict
        token_ids = [vocab[t] for t in analyze(query) if t in vocab]
        if not token_ids:
            return []
        scores = self._bm25.get_scores_from_ids(token_ids)
        if positions is not None:
            candidates = positions[scores[positions] > 0]
        elif allowed is None:
            candidates = np.flatnonzero(scores > 0)
        else:
            found = [self._position[i] for i in allowed if i in self._position]
            candidates = np.array(sorted(found), dtype=np.int64)
            candidates = candidates[scores[candidates] > 0]
        # stable sort on the candidates' order keeps ties deterministic (corpus order)
        best = candidates[np.argsort(-scores[candidates], kind="stable")[:k]]
        return [(self.ids[i], float(scores[i])) for i in best]

    def save(self, directory: Path) -> None:
        """Write the index into `directory`, replacing it whole (never half-written)."""
        directory = Path(directory)
        directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}.tmp-", dir=directory.parent))
        try:
            if self._bm25 is not None:
                self._bm25.save(tmp / "bm25", show_progress=False)
            meta = {
                "analyzer": ANALYZER_VERSION,
                "stamp": self.stamp,
                "ids": list(self.ids),
                "bm25": self._bm25 is not None,  # False when no passage has a single token
            }
            (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
            swap_in(tmp, directory)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    @classmethod
    def load(cls, directory: Path, *, mmap: bool = False) -> LexicalIndex | None:
        """The saved index, or None when missing, corrupt or from another analyser (rebuild).
        `mmap`: the BM25 arrays are mapped from the files, shared by the processes of a host."""
        directory = Path(directory)
        meta_path = directory / "meta.json"
        if not meta_path.is_file():
            log.info("no lexical index in %s", directory)
            return None
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("analyzer") != ANALYZER_VERSION:
                log.info("lexical index %s has analyser %s", directory, meta.get("analyzer"))
                return None
            ids = [str(i) for i in meta["ids"]]
            if index_stamp(ids) != meta["stamp"]:
                raise ValueError("stamp does not match the ids")
            bm25 = None
            if meta["bm25"]:
                bm25 = bm25s.BM25.load(directory / "bm25", mmap=mmap, show_progress=False)
                _check_bm25(bm25, len(ids))
            return cls(ids, bm25)
        except (OSError, ValueError, KeyError, TypeError, EOFError) as err:
            log.warning("lexical index %s unreadable (%s): it will be rebuilt", directory, err)
            return None


def swap_in(tmp: Path, directory: Path) -> None:
    """Put the folder `tmp` in the place of `directory`. Two renames: a kill in between leaves
    no folder (rebuilt), never a mixed one; processes that mapped the old files keep them."""
    if directory.exists():
        old = directory.parent / f".{directory.name}.old-{uuid.uuid4().hex}"
        directory.rename(old)
        tmp.rename(directory)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(directory)


def _check_bm25(bm25: bm25s.BM25, n_docs: int) -> None:
    scores = bm25.scores
    if scores["num_docs"] != n_docs:
        raise ValueError(f"{scores['num_docs']} documents in bm25 data for {n_docs} ids")
    if len(scores["indptr"]) != len(bm25.vocab_dict) + 1:
        raise ValueError("bm25 vocabulary and matrix disagree")
    if len(scores["data"]) != len(scores["indices"]) or scores["indptr"][-1] != len(scores["data"]):
        raise ValueError("bm25 matrix arrays disagree")
