"""One writer per index: a second ingest exits at once (code 3) or waits (--wait); an ingest
with other settings never drops a collection a server may be using; --prune removes them."""

from __future__ import annotations

import os
import subprocess
import time

import pytest
from pdf_factory import make_long_report
from test_ingest import ingest_cmd, write_corpus

from assistant.assistant import Assistant
from assistant.cli import EXIT_LOCKED, run
from assistant.errors import IndexLockedError, IndexMismatchError
from assistant.ingest.lock import index_lock
from assistant.ingest.run import ingest
from assistant.search.embed import HashingEmbedder
from assistant.search.index import open_index
from assistant.search.store import ChromaStore


def _args(settings, *extra: str) -> list[str]:
    return ingest_cmd(settings, *extra)[3:]


def test_an_ingest_exits_with_code_3_while_another_holds_the_index(make_settings, tmp_path, capsys):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 1)
    s = make_settings(corpus)
    with index_lock(s.index_dir):
        assert run(_args(s)) == EXIT_LOCKED == 3
        err = capsys.readouterr().err
        assert "déjà en cours" in err and f"processus {os.getpid()}" in err
        assert "--wait" in err and "Traceback" not in err
        assert not (s.index_dir / "manifest.sqlite").exists()
    assert run(_args(s)) == 0  # released: the next one runs


def test_the_assistants_own_first_ingest_takes_the_lock(make_settings, tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 1)
    s = make_settings(corpus)
    with index_lock(s.index_dir), pytest.raises(IndexLockedError, match="déjà en cours"):
        Assistant.from_settings(s)
    assert Assistant.from_settings(s).documents()


def test_wait_flag_waits_for_the_running_ingest_then_runs(make_settings, tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    s = make_settings(corpus)
    with index_lock(s.index_dir):
        proc = subprocess.Popen(
            ingest_cmd(s, "--wait"), stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert proc.stderr is not None
        deadline, seen = time.monotonic() + 120, ""
        while "j'attends" not in seen and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            seen += line
        assert "Une indexation est déjà en cours… j'attends" in seen
        time.sleep(0.5)
        assert proc.poll() is None  # still waiting while the lock is held
        assert not (s.index_dir / "manifest.sqlite").exists()
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "2 ajoutés" in out


@pytest.mark.slow
def test_a_second_ingest_started_during_the_first_exits_at_once(make_settings, tmp_path):
    """The battery's case: two real ingest processes on a fresh index, the second started while
    the first runs (same settings, and other settings); the first finishes untouched."""
    corpus = tmp_path / "corpus"
    make_long_report(corpus / "a-rapport.pdf", 1500)
    write_corpus(corpus, 3)
    s = make_settings(corpus)
    first = subprocess.Popen(
        ingest_cmd(s), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 120
    while not (s.index_dir / "chroma").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    others = [
        subprocess.Popen(ingest_cmd(s), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        subprocess.Popen(
            ingest_cmd(s),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "ASSISTANT_CHUNKING__SIZE": "500"},  # another fingerprint
        ),
    ]
    results = [p.communicate(timeout=300) for p in others]
    running = first.poll() is None
    _out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert running, "la première indexation a fini avant les autres : test non concluant"
    for proc, (_, other_err) in zip(others, results, strict=True):
        assert proc.returncode == EXIT_LOCKED, other_err
        assert "déjà en cours" in other_err and f"processus {first.pid}" in other_err
        assert "Traceback" not in other_err
    again = ingest(s)
    assert again.count("unchanged") == 4 and not again.failed


def test_other_settings_keep_the_collection_in_use_until_pruned(
    make_settings, tmp_path, capsys, monkeypatch
):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    a = make_settings(corpus)
    ingest(a)
    ids_a = ChromaStore(a, HashingEmbedder(), create=False).ids()
    serving = open_index(a)  # a server on the first settings

    b = make_settings(corpus, chunking={"size": 500})
    report = ingest(b)
    assert report.count("added") == 2
    assert [name for name, _ in report.other_indexes] == [a.collection_name]
    assert ChromaStore(a, HashingEmbedder(), create=False).ids() == ids_a
    assert serving.store.ids() == ids_a and open_index(a).chunks.keys() == ids_a

    monkeypatch.setenv("ASSISTANT_CHUNKING__SIZE", "500")
    assert run(_args(b)) == 0
    out = capsys.readouterr().out
    assert a.fingerprint() in out and "assistant ingest --prune" in out
    assert ChromaStore(a, HashingEmbedder(), create=False).ids() == ids_a

    old_tables = a.index_dir / f"tables-{a.fingerprint()}"
    assert old_tables.is_dir()
    assert run(_args(b, "--prune")) == 0
    out = capsys.readouterr().out
    assert "supprimé" in out and a.fingerprint() in out
    assert not old_tables.exists()  # the pruned settings' read-side tables go with them
    assert (b.index_dir / f"tables-{b.fingerprint()}").is_dir()
    with pytest.raises(IndexMismatchError):
        ChromaStore(a, HashingEmbedder(), create=False)
    assert open_index(b).chunks  # the current index is untouched by the prune
