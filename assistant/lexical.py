"""French lexical index: a French analyser and a BM25 index (bm25s) over passage ids."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import shutil
import tempfile
import threading
import unicodedata
import uuid
from collections.abc import Collection, Sequence
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

log = logging.getLogger(__name__)

# Bump whenever analyze() changes: a saved index with another version is rebuilt.
ANALYZER_VERSION = "fr-1"

_STOP_WORDS = """
a à ai as au aux avec avoir avons avez avait avaient ayant eu aura auront aurait ont
le la les l un une des de du d et ou où en dans pour par sur sous sans chez entre vers
depuis pendant avant après selon contre parmi lors dès jusqu jusque lorsqu lorsque
puisqu puisque quoiqu parce afin comme ainsi alors donc mais car or ni si aussi
ce cet cette ces ceci cela ça celui celle ceux celles c ci là
qui que qu quoi dont quel quelle quels quelles lequel laquelle lesquels lesquelles
combien comment pourquoi quand
est sont été être étaient était étant es suis sommes êtes sera seront serait seraient
soit soient fut fait faire peut peuvent
il elle ils elles on nous vous je j tu me m te t se s moi toi lui eux y
sa son ses mon ma mes ton ta tes notre nos votre vos leur leurs
ne n pas plus moins très trop peu tout tous toute toutes même mêmes autre autres
tel telle tels telles également encore déjà bien ici etc aujourd hui
peut-être c-à-d est-à-dire au-delà vis-à-vis
"""

# Pronouns and particles of inverted questions ("existe-t-il", "est-ce") are split, never joined.
_CLITICS = {"t", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "ce", "ci", "là"}
_CLITICS |= {"y", "en", "le", "la", "les", "moi", "toi", "lui", "leur"}

_APOS = "'’ʼ‘`´"
_HYPHENS = "-‐"  # NFKC maps the non-breaking hyphen U+2011 to U+2010
_ELISION = re.compile(rf"(?<!\w)(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldnsjmtc])[{_APOS}]")
_ACRONYM = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}[^\W\d_]?(?!\w)")
_MONEY = re.compile(r"(\d)\s*(mds?|mrds?|m)\s*€")
_TOKEN = re.compile(
    r"(?P<ord>\d+)(?:ère|eme|ème|er|re|nde|nd|e)(?![\w])"
    r"|(?P<num>\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?)"
    r"(?P<pct>\s*(?:%|pour[\s-]?cents?(?!\w)|p\.\s?cent(?!\w)))?"
    rf"|(?P<word>[^\W\d_]+(?:[{_HYPHENS}][^\W\d_]+)*)"
    r"|(?P<euro>€)"
)
_FRENCH_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def fold(text: str) -> str:
    """Remove accents and expand ligatures (é→e, œ→oe, æ→ae, ç→c)."""
    if text.isascii():
        return text
    text = text.replace("œ", "oe").replace("æ", "ae").replace("Œ", "OE").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


STOP_WORDS = frozenset(fold(w) for w in _STOP_WORDS.split())

_local = threading.local()  # a PyStemmer object must not be shared between threads


def _stem(word: str) -> str:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("french")
    stem = stemmer.stemWord(word)
    # Snowball leaves some plurals untouched ("élus", "euros", "enjeux"): drop their mark.
    # It maps "heureuse(s)" to "heureux", so every stem in "-eux" loses its x alike.
    if stem.endswith("eux"):
        stem = stem[:-1]
    elif stem == word and len(word) >= 4 and word[-1] == "s" and not word.endswith("ss"):
        stem = word[:-1]
    return fold(stem)


def canonical_number(text: str) -> str:
    """One form per number: no thousands separator, decimal comma, no trailing zero."""
    text = text.replace(" ", "")
    if _FRENCH_THOUSANDS.fullmatch(text):  # "1.000" is a thousand in French
        text = text.replace(".", "")
    whole, _, frac = text.replace(".", ",").partition(",")
    frac = frac.rstrip("0")
    return f"{whole},{frac}" if frac else whole


@functools.lru_cache(maxsize=200_000)  # a corpus repeats its words: analyse each once
def _word_tokens(word: str) -> tuple[str, ...]:
    if len(word) < 2 or fold(word) in STOP_WORDS:
        return ()
    parts = re.split(f"[{_HYPHENS}]", word)
    if len(parts) == 1:
        return (_stem(word),)
    content = [p for p in parts if p not in _CLITICS]
    if len(content) < 2:
        return tuple(t for p in content for t in _word_tokens(p))
    # "co-construction" → "coconstruct" (matches "coconstruction") + "construct"
    joined = _stem("".join(content))
    return (joined, *(_stem(p) for p in content if len(p) > 2 and fold(p) not in STOP_WORDS))


def analyze(text: str) -> list[str]:
    """Tokens of a French text: stemmed, accent-folded words without stop words; canonical figures."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _ELISION.sub(" ", text)
    text = _ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _MONEY.sub(
        lambda m: f"{m.group(1)} {'million' if m.group(2) == 'm' else 'milliard'} €", text
    )
    tokens: list[str] = []
    for m in _TOKEN.finditer(text):
        if m.group("ord"):
            tokens.append(m.group("ord") + "e")
        elif m.group("num"):
            tokens.append(canonical_number(m.group("num")) + ("%" if m.group("pct") else ""))
        elif m.group("word"):
            tokens.extend(_word_tokens(m.group("word")))
        else:
            tokens.append("euro")
    return tokens


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
        if not vocab:
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

    def search(
        self, query: str, k: int, allowed: Collection[str] | None = None
    ) -> list[tuple[str, float]]:
        """The `k` best ids (among `allowed` if given) with their BM25 scores, best first."""
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        if self._bm25 is None:
            return []
        vocab = self._bm25.vocab_dict
        token_ids = [vocab[t] for t in analyze(query) if t in vocab]
        if not token_ids:
            return []
        scores = self._bm25.get_scores_from_ids(token_ids)
        if allowed is None:
            candidates = np.flatnonzero(scores > 0)
        else:
            positions = [self._position[i] for i in allowed if i in self._position]
            candidates = np.array(sorted(positions), dtype=np.int64)
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
            if directory.exists():
                # Two renames: a kill in between leaves no index (rebuilt), never a mixed one.
                old = directory.parent / f".{directory.name}.old-{uuid.uuid4().hex}"
                directory.rename(old)
                tmp.rename(directory)
                shutil.rmtree(old, ignore_errors=True)
            else:
                tmp.rename(directory)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex | None:
        """The saved index, or None when missing, corrupt or from another analyser (rebuild)."""
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
                bm25 = bm25s.BM25.load(directory / "bm25", show_progress=False)
                _check_bm25(bm25, len(ids))
            return cls(ids, bm25)
        except (OSError, ValueError, KeyError, TypeError, EOFError) as err:
            log.warning("lexical index %s unreadable (%s): it will be rebuilt", directory, err)
            return None


def _check_bm25(bm25: bm25s.BM25, n_docs: int) -> None:
    scores = bm25.scores
    if scores["num_docs"] != n_docs:
        raise ValueError(f"{scores['num_docs']} documents in bm25 data for {n_docs} ids")
    if len(scores["indptr"]) != len(bm25.vocab_dict) + 1:
        raise ValueError("bm25 vocabulary and matrix disagree")
    if len(scores["data"]) != len(scores["indices"]) or scores["indptr"][-1] != len(scores["data"]):
        raise ValueError("bm25 matrix arrays disagree")
